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

/// A moment on the wire: RFC 3339 in UTC to the second (`2026-12-06T01:50:00Z`), the form
/// the UI shows and sorts. Use as `#[serde(with = "domain::wire::moment")]` on a
/// `DateTime<Utc>` field (and `#[cfg_attr(feature = "ts", ts(as = "String"))]`).
pub mod moment {
    use chrono::{DateTime, SecondsFormat, Utc};
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes the moment to the second, `Z` for UTC.
    pub fn serialize<S: Serializer>(at: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&at.to_rfc3339_opts(SecondsFormat::Secs, true))
    }

    /// Reads any RFC 3339 moment and keeps it in UTC.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        DateTime::parse_from_rfc3339(&text)
            .map(|t| t.with_timezone(&Utc))
            .map_err(serde::de::Error::custom)
    }

    /// The same for an optional moment (`null` when absent).
    pub mod option {
        use chrono::{DateTime, Utc};
        use serde::{Deserialize, Deserializer, Serializer};

        /// Writes the moment to the second, or `null`.
        pub fn serialize<S: Serializer>(
            at: &Option<DateTime<Utc>>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match at {
                Some(at) => super::serialize(at, s),
                None => s.serialize_none(),
            }
        }

        /// Reads an RFC 3339 moment or `null`.
        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<DateTime<Utc>>, D::Error> {
            #[derive(Deserialize)]
            struct Wrap(#[serde(with = "super")] DateTime<Utc>);
            Ok(Option::<Wrap>::deserialize(d)?.map(|w| w.0))
        }
    }

    #[cfg(test)]
    mod tests {
        use chrono::{DateTime, TimeZone, Utc};
        use serde::{Deserialize, Serialize};

        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        struct At {
            #[serde(with = "super")]
            at: DateTime<Utc>,
            #[serde(with = "super::option")]
            done: Option<DateTime<Utc>>,
        }

        #[test]
        fn a_moment_goes_on_the_wire_to_the_second_in_utc_and_comes_back() {
            let at = Utc.with_ymd_and_hms(2026, 12, 6, 1, 50, 7).unwrap();
            let v = At { at, done: None };
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(json, r#"{"at":"2026-12-06T01:50:07Z","done":null}"#);
            assert_eq!(serde_json::from_str::<At>(&json).unwrap(), v);
            let back: At = serde_json::from_str(
                r#"{"at":"2026-12-06T02:50:07+01:00","done":"2026-12-06T01:50:07Z"}"#,
            )
            .unwrap();
            assert_eq!(back.at, at);
            assert_eq!(back.done, Some(at));
        }
    }
}

/// An organisation type on the wire: its code (`"wijkteam"`, `"veilig_thuis"`), as the
/// reference data and the participant profile spell it. Use as
/// `#[serde(with = "domain::wire::organisation_code")]` (and `ts(as = "String")`).
pub mod organisation_code {
    /// Writes the code.
    pub fn serialize<S: serde::Serializer>(
        t: &crate::OrganisationType,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_str(t.code())
    }
}
