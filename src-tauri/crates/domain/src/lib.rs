//! Pure model and rules of a casusoverleg.
//!
//! Every rule of `shared/domain.md` (R1–R21) that the app enforces is decided here, in
//! plain functions over plain types: no IO, no SQL, no Tauri. Adapters (store, docs, the
//! Tauri shell) parse their input into these types and trust them afterwards.

mod error;
mod ids;
mod item;
mod meeting;
mod participant;
mod passphrase;
mod subject;
mod text;

pub use error::{DomainError, Field};
pub use ids::{ItemId, MeetingId, ParticipantId, SubjectId};
pub use item::{Category, Item, ItemInput, Kind};
pub use meeting::{Meeting, MeetingInput};
pub use participant::{check_role_assignment, Participant, ParticipantInput, Role};
pub use passphrase::{check_new_passphrase, passphrase_strength, Strength, PASSPHRASE_MIN_CHARS};
pub use subject::{Relation, Subject, SubjectInput};
pub use text::{Label, Prose, LABEL_MAX_CHARS};
