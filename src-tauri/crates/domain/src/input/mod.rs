//! What the UI sends, before it is trusted: the IPC layer's request types, each with the
//! `parse` that turns it into the domain's validated input or the [`DomainError`] naming
//! the [`Field`] at fault. Ids arrive as text and are parsed here (a wrong id is an id of
//! nothing: the error says which kind, e.g. "kies een bestaand agendapunt"); enum values
//! arrive as a [`Choice`]; texts stay unparsed where the domain parses them later
//! (`ItemInput`, `MeetingInput`, …) and are parsed here where a rule needs them now
//! (motivations, dates, consent scope). The meeting id itself is the store's to check (a
//! meeting that is not there), so it stays text.
//!
//! The Tauri shell deserializes these and hands them on; their TypeScript twins are
//! generated from them (feature `ts`), so what the UI sends is declared once.

mod choice;
mod items;
mod meeting;
mod people;
mod plan;
mod releases;
mod rights;

pub use choice::Choice;
pub use items::{
    BasisChoice, BasisInput, ConsentGiven, ConsenterInput, CorrectionRequest, ItemBasisInput,
    ItemConsent, ItemConsents, ItemEntry, NewConsent, NewItem, NewWithdrawal,
};
pub use meeting::{ExtendRetention, NewFollowUp, NewMeeting, Preparation};
pub use people::{
    NewFamilyVoice, NewParticipant, NewSubject, ParticipantUpdate, SetAttendance, SubjectLanguage,
};
pub use plan::{
    ForFamilyInput, NewAction, NewDecision, NewDissent, NewNotification, NotificationTimingInput,
    SetCarriedStatus,
};
pub use releases::{
    ReleaseBulkInput, ReleaseBulkScope, ReleaseCellKey, ReleaseChoiceInput, ReleaseInput,
    ReleaseUndoInput,
};
pub use rights::NewRightsRequest;

use crate::{DomainError, Field, ItemId, ParticipantId, SubjectId};

/// A family member's id from the wire; `field` names the form field in the error.
pub fn subject_id(raw: &str, field: Field) -> Result<SubjectId, DomainError> {
    SubjectId::parse(raw, DomainError::UnknownSubject { field })
}

/// Family members' ids from the wire, all or the first error.
pub fn subject_ids(raw: &[String], field: Field) -> Result<Vec<SubjectId>, DomainError> {
    raw.iter().map(|s| subject_id(s, field)).collect()
}

/// An item's id from the wire; `field` names the form field in the error.
pub fn item_id(raw: &str, field: Field) -> Result<ItemId, DomainError> {
    ItemId::parse(raw, DomainError::UnknownItem { field })
}

/// Items' ids from the wire, all or the first error.
pub fn item_ids(raw: &[String], field: Field) -> Result<Vec<ItemId>, DomainError> {
    raw.iter().map(|s| item_id(s, field)).collect()
}

/// A participant's id from the wire: an id that does not parse is no one at this table
/// (R5); `field` names the form field in the error.
pub fn participant_id(raw: &str, field: Field) -> Result<ParticipantId, DomainError> {
    ParticipantId::parse(raw, DomainError::ParticipantNotInMeeting { field })
}

/// R11: an action of the plan from the wire.
pub fn action_id(raw: &str) -> Result<crate::ActionId, DomainError> {
    crate::ActionId::parse(raw, DomainError::ActionNotInPlan)
}

/// R11: a decision from the wire.
pub fn decision_id(raw: &str) -> Result<crate::DecisionId, DomainError> {
    crate::DecisionId::parse(raw, DomainError::UnknownDecision)
}

/// R11: a dissent from the wire.
pub fn dissent_id(raw: &str) -> Result<crate::DissentId, DomainError> {
    crate::DissentId::parse(raw, DomainError::UnknownDissent)
}

/// R12: a notification from the wire.
pub fn notification_id(raw: &str) -> Result<crate::NotificationId, DomainError> {
    crate::NotificationId::parse(raw, DomainError::UnknownNotification)
}

/// A family member's view, wish or objection from the wire.
pub fn voice_id(raw: &str) -> Result<crate::VoiceId, DomainError> {
    crate::VoiceId::parse(raw, DomainError::UnknownVoice)
}

/// R9: the recipient of a release from the wire.
pub fn recipient_id(raw: &str) -> Result<ParticipantId, DomainError> {
    ParticipantId::parse(raw, DomainError::RecipientNotInMeeting)
}

/// R7c/R9/R12/R14c: a motivation from the wire, by the domain's one motivation rule.
pub fn motivation(raw: &str) -> Result<crate::Prose, DomainError> {
    crate::parse_motivation(raw, Field::Motivation, crate::MOTIVATION_MAX_CHARS)
}

#[cfg(test)]
mod tests;
