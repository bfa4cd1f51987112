//! Wire types of the `family` group of `ipc.rs` (what the UI sends and gets).

/// What the UI sends about the family: the domain's input types (their `parse` gives the
/// domain's validated input).
pub use domain::input::{NewFamilyVoice, NewSubject, SubjectLanguage};
