//! One mechanism for every enum the UI sends (role, relation, kind, basis, ...): the field
//! is a [`Choice<T>`], which accepts *any* JSON value. A known value becomes
//! `Choice::Known`; an unknown string ("boss"), a wrong JSON type (`42`, `null`, an object)
//! or a missing field becomes `Choice::Unknown`, which [`Choice::parse`] turns into the
//! `UnknownValue` error for that field (Dutch in the `texts` crate). So serde never refuses
//! such an argument with an English message before the domain has a say.

use crate::{DomainError, Field};
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Deserializer};

/// An enum value from the UI, not yet trusted. In TypeScript it is typed as `T` itself
/// (`ts(as = "T")` on each field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Choice<T> {
    /// A value of `T`.
    Known(T),
    /// Anything else, or nothing.
    #[default]
    Unknown,
}

impl<T> Choice<T> {
    /// The value, or the "choose a valid value for {field}" error.
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

/// The JSON value as `T` if it is one, else anything at all.
#[derive(Deserialize)]
#[serde(untagged)]
enum KnownOrAny<T> {
    Known(T),
    Any(IgnoredAny),
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Choice<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match KnownOrAny::<T>::deserialize(d)? {
            KnownOrAny::Known(v) => Choice::Known(v),
            KnownOrAny::Any(_) => Choice::Unknown,
        })
    }
}
