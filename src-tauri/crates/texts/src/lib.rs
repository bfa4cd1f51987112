//! The back end's Dutch text catalog: every text a user reads that comes from Rust —
//! error messages of the app, labels of reference data, the checklist, the documents, the
//! management report and the admin tool `casus` — is written here once, and nowhere else.
//! The UI's own texts live in `ui/src/lib/i18n/nl.ts`.
//!
//! House rules:
//! - Plain Dutch (B1). Never personal data of the store, never the refused value, never a
//!   passphrase, never SQLite's own text (R21). A text with a value is a `fn` that takes it.
//! - A key is a `pub const` (fixed text) or a `pub fn` (text with values, or a Dutch name of
//!   a domain enum). Using a key that does not exist fails to compile.
//! - Callers name a key by its module: `texts::errors::LOCKED`, `t::role(..)` after
//!   `use texts::documents as t`, or `use texts::errors::{LOCKED, ..}`. The catalog test
//!   (`tests/catalog.rs`) fails on a key no other crate uses and on a text written twice.
//! - The catalog decides no rule: which text applies is decided by the caller (the shell,
//!   `docs`, `store`, `cli`) from what the domain decided. Only `domain` may be a dependency.

pub mod checklist;
pub mod cli;
pub mod documents;
pub mod errors;
pub mod labels;
pub mod reports;
pub mod templates;
