//! One mechanism for every enum the UI sends (role, relation, kind, basis, ...): the field
//! is a [`Choice<T>`], which accepts *any* JSON value. A known value becomes
//! `Choice::Known`; an unknown string ("boss"), a wrong JSON type (`42`, `null`, an object)
//! or a missing field becomes `Choice::Unknown`, and the command layer turns that into the
//! Dutch `UnknownValue` error of `messages.rs` for that field. So Tauri's serde never
//! refuses such an argument with an English message before our code runs.

use domain::{DomainError, Field};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

/// An enum value from the UI, not yet trusted. In TypeScript it is typed as `T` itself
/// (`#[ts(as = "T")]` on each field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Choice<T> {
    Known(T),
    #[default]
    Unknown,
}

impl<T> Choice<T> {
    /// The value, or the Dutch "choose a valid value for {field}" error.
    pub fn parse(self, field: Field) -> Result<T, DomainError> {
        match self {
            Choice::Known(v) => Ok(v),
            Choice::Unknown => Err(DomainError::UnknownValue { field }),
        }
    }
}

impl<T> From<T> for Choice<T> {
    fn from(v: T) -> Self {
        Choice::Known(v)
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Choice<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        Ok(T::deserialize(value).map_or(Choice::Unknown, Choice::Known))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dto::Role;

    #[derive(Debug, Deserialize)]
    struct Probe {
        #[serde(default)]
        role: Choice<Role>,
    }

    fn role(json: &str) -> Choice<Role> {
        serde_json::from_str::<Probe>(json).unwrap().role
    }

    #[test]
    fn r1_known_unknown_wrong_type_and_missing_roles() {
        assert_eq!(
            role(r#"{"role":"caseLead"}"#),
            Choice::Known(Role::CaseLead)
        );
        for bad in [
            r#"{"role":"boss"}"#,
            r#"{"role":42}"#,
            r#"{"role":null}"#,
            r#"{"role":{"x":1}}"#,
            r#"{"role":["caseLead"]}"#,
            r#"{}"#,
        ] {
            assert_eq!(role(bad), Choice::Unknown, "{bad}");
        }
        assert_eq!(
            Choice::<Role>::Unknown.parse(Field::Role),
            Err(DomainError::UnknownValue { field: Field::Role })
        );
    }
}
