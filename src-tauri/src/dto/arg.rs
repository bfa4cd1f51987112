//! Every argument of every IPC command is an [`Arg<T>`]: it accepts *any* JSON (or a
//! missing key) and keeps either the typed value or where the value had the wrong shape.
//! So Tauri's own deserializer never refuses an argument with its English message
//! ("invalid type: string \"ja\", expected a boolean"); the command turns the wrong shape
//! into the Dutch error of `messages.rs` naming the field (bad input gets a clear
//! Dutch error and changes nothing). [`domain::input::Choice`] does the same one level
//! deeper for enum values, with a per-field message.
//!
//! The refused value itself is never kept: only the JSON key where it went wrong, so no
//! personal data reaches an error message or a log.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use serde_path_to_error::Segment;
use zeroize::{Zeroize, Zeroizing};

/// An IPC argument that may have had the wrong shape.
#[derive(Debug)]
pub struct Arg<T>(Result<T, WrongShape>);

/// Where an argument had the wrong shape: the innermost object key on the path to the
/// offending value (`present`, `birthDate`, …), if there was one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrongShape {
    pub key: Option<String>,
}

impl<T> Arg<T> {
    /// The typed value, or where it went wrong (turned into a Dutch `ApiError` by `?`).
    pub fn get(self) -> Result<T, WrongShape> {
        self.0
    }

    /// As [`Arg::get`], naming the argument itself when the wrong shape was the whole
    /// argument rather than a field inside it: `meeting_id` is named by its wire key
    /// `meetingId`.
    pub fn named(self, argument: &str) -> Result<T, WrongShape> {
        self.0.map_err(|e| WrongShape {
            key: e.key.or_else(|| Some(crate::ipc::camel(argument))),
        })
    }
}

/// A passphrase or secret address as an argument: wiped when dropped (R21), never
/// printed, a plain `string` on the wire.
#[derive(Deserialize, Default)]
#[serde(transparent)]
pub struct Secret(Zeroizing<String>);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

impl std::ops::Deref for Secret {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.as_str()
    }
}

impl From<&str> for Secret {
    fn from(s: &str) -> Self {
        Secret(Zeroizing::new(s.to_owned()))
    }
}

impl ts_rs::TS for Secret {
    type WithoutGenerics = Self;
    type OptionInnerType = Self;
    fn name(_: &ts_rs::Config) -> String {
        "string".to_owned()
    }
    fn inline(cfg: &ts_rs::Config) -> String {
        Self::name(cfg)
    }
}

impl<T> From<T> for Arg<T> {
    fn from(v: T) -> Self {
        Arg(Ok(v))
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Arg<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // First the whole value (a missing key is `None`), so a failure inside it never
        // leaves a streaming deserializer half-way; then the typed value from that copy.
        let mut value = Option::<Value>::deserialize(d)?.unwrap_or(Value::Null);
        let typed = serde_path_to_error::deserialize(&value).map_err(|e| {
            // serde reports a missing field at its parent, naming it in the message
            // ("missing field `text`"): the name is the key, the message holds no value.
            let missing = e
                .inner()
                .to_string()
                .strip_prefix("missing field `")
                .and_then(|rest| rest.split('`').next())
                .map(str::to_owned);
            let key = missing.or_else(|| {
                e.path().iter().rev().find_map(|segment| match segment {
                    Segment::Map { key } => Some(key.clone()),
                    _ => None,
                })
            });
            WrongShape { key }
        });
        // The copy may hold a passphrase or a secret address (R21): wipe its text.
        wipe(&mut value);
        Ok(Arg(typed))
    }
}

fn wipe(value: &mut Value) {
    match value {
        Value::String(s) => s.zeroize(),
        Value::Array(items) => items.iter_mut().for_each(wipe),
        Value::Object(fields) => fields.values_mut().for_each(wipe),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dto::NewItem;

    #[derive(Debug, Deserialize)]
    struct Probe {
        present: Arg<bool>,
        #[serde(default = "missing")]
        input: Arg<NewItem>,
    }

    fn missing() -> Arg<NewItem> {
        Arg(Err(WrongShape { key: None }))
    }

    fn probe(json: &str) -> Probe {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn right_shape_passes_through() {
        let p = probe(r#"{"present": true}"#);
        assert_eq!(p.present.get(), Ok(true));
    }

    #[test]
    fn wrong_json_type_of_a_plain_argument_names_no_value() {
        for bad in [r#""ja""#, "1", "null", "[]", r#"{"x":1}"#] {
            let p = probe(&format!(r#"{{"present": {bad}}}"#));
            assert_eq!(p.present.get(), Err(WrongShape { key: None }), "{bad}");
        }
    }

    #[test]
    fn wrong_type_inside_an_input_names_the_innermost_key() {
        let p = probe(
            r#"{"present": true, "input": {"meetingId": "m", "contributorId": 7, "text": "x"}}"#,
        );
        let err = p.input.get().unwrap_err();
        assert_eq!(err.key.as_deref(), Some("contributorId"));
        // The refused value is not in the error.
        assert!(!format!("{err:?}").contains('7'));
    }

    #[test]
    fn a_missing_field_is_named() {
        let p = probe(r#"{"present": true, "input": {"meetingId": "m", "contributorId": "c"}}"#);
        assert_eq!(p.input.get().unwrap_err().key.as_deref(), Some("text"));
    }

    #[test]
    fn a_whole_argument_of_the_wrong_shape_gets_its_own_name() {
        let p = probe(r#"{"present": "ja"}"#);
        assert_eq!(
            p.present.named("present").unwrap_err().key.as_deref(),
            Some("present")
        );
    }
}
