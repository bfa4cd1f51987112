//! The one name of a small enum's variant: its serde name. The IPC layer sends it, the UI's
//! TypeScript bindings spell it (ts-rs, optional `ts` feature) and the store derives its
//! column text from it, so no crate keeps its own table of names.

use serde::de::value::{Error as ValueError, StrDeserializer};
use serde::de::{DeserializeOwned, IntoDeserializer};
use serde::ser::{self, Impossible, Serialize};
use std::fmt;

/// The serde name of a unit variant (`Role::CaseLead` → `"caseLead"`), or `None` for a
/// value that is not a unit variant.
pub fn wire_name<T: Serialize + ?Sized>(value: &T) -> Option<&'static str> {
    value.serialize(NameOf).ok()
}

/// `meeting_id` → `meetingId`: serde's `rename_all = "camelCase"` spelling of a snake_case
/// name (the IPC argument keys; the store's column text of an enum).
pub fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The unit variant whose serde name is `name`, or `None` for an unknown name.
pub fn from_wire_name<T: DeserializeOwned>(name: &str) -> Option<T> {
    let d: StrDeserializer<'_, ValueError> = name.into_deserializer();
    T::deserialize(d).ok()
}

/// Not a unit variant.
#[derive(Debug)]
struct NotAName;

impl fmt::Display for NotAName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a unit variant")
    }
}

impl std::error::Error for NotAName {}

impl ser::Error for NotAName {
    fn custom<M: fmt::Display>(_: M) -> Self {
        NotAName
    }
}

/// A serializer that only answers the name of a unit variant.
struct NameOf;

macro_rules! not_a_name {
    ($($method:ident($($arg:ty),*)),* $(,)?) => {
        $(fn $method(self, $(_: $arg),*) -> Result<Self::Ok, Self::Error> {
            Err(NotAName)
        })*
    };
}

impl ser::Serializer for NameOf {
    type Ok = &'static str;
    type Error = NotAName;
    type SerializeSeq = Impossible<Self::Ok, Self::Error>;
    type SerializeTuple = Impossible<Self::Ok, Self::Error>;
    type SerializeTupleStruct = Impossible<Self::Ok, Self::Error>;
    type SerializeTupleVariant = Impossible<Self::Ok, Self::Error>;
    type SerializeMap = Impossible<Self::Ok, Self::Error>;
    type SerializeStruct = Impossible<Self::Ok, Self::Error>;
    type SerializeStructVariant = Impossible<Self::Ok, Self::Error>;

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Self::Ok, Self::Error> {
        Ok(variant)
    }

    not_a_name!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
    );

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<Self::Ok, Self::Error> {
        Err(NotAName)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<Self::Ok, Self::Error> {
        Err(NotAName)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Self::Ok, Self::Error> {
        Err(NotAName)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Self::Error> {
        Err(NotAName)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Self::Error> {
        Err(NotAName)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Self::Error> {
        Err(NotAName)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Self::Error> {
        Err(NotAName)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Self::Error> {
        Err(NotAName)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, Self::Error> {
        Err(NotAName)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Self::Error> {
        Err(NotAName)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Field, Requester, Role, SourceKind};

    #[test]
    fn unit_variants_have_their_serde_name_and_come_back_from_it() {
        assert_eq!(wire_name(&Role::CaseLead), Some("caseLead"));
        assert_eq!(wire_name(&SourceKind::OwnObservation), Some("own"));
        assert_eq!(
            wire_name(&Requester::ThirdPartyWithConsent),
            Some("thirdPartyWithConsent")
        );
        for r in Role::ALL {
            let name = wire_name(&r).unwrap();
            assert_eq!(from_wire_name::<Role>(name), Some(r));
            assert_eq!(serde_json::to_value(r).unwrap(), name);
        }
        assert_eq!(from_wire_name::<Role>("boss"), None);
        assert_eq!(from_wire_name::<Role>("case_lead"), None);
        assert_eq!(wire_name(&42u8), None);
        assert_eq!(wire_name("text"), None);
    }

    #[test]
    fn field_wire_names_are_the_input_names_of_the_ipc_requests() {
        for (field, name) in [
            (Field::CaseLabel, "caseLabel"),
            (Field::MeetingDate, "date"),
            (Field::Contributor, "contributorId"),
            (Field::ItemText, "text"),
            (Field::PassphraseConfirmation, "confirmation"),
            (Field::Subjects, "subjectIds"),
            (Field::ConsentMethod, "method"),
            (Field::NotificationMethod, "method"),
            (Field::RetentionUntil, "until"),
            (Field::Search, "query"),
            (Field::CustomBasis, "basisId"),
        ] {
            assert_eq!(wire_name(&field), Some(name));
            assert_eq!(field.to_string(), name);
        }
    }
}
