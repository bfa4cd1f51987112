use std::fmt;

/// The input field a validation error belongs to, so the UI can show it next to that field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    CaseLabel,
    MeetingDate,
    Purpose,
    Name,
    Organisation,
    Function,
    Phone,
    Email,
    Role,
    Contributor,
    ItemText,
    Relation,
    BirthDate,
    Passphrase,
    PassphraseConfirmation,
}

impl Field {
    /// Stable wire name (camelCase, the name of the input field in the IPC DTOs).
    pub fn as_str(self) -> &'static str {
        match self {
            Field::CaseLabel => "caseLabel",
            Field::MeetingDate => "date",
            Field::Purpose => "purpose",
            Field::Name => "name",
            Field::Organisation => "organisation",
            Field::Function => "function",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::Role => "role",
            Field::Contributor => "contributorId",
            Field::ItemText => "text",
            Field::Relation => "relation",
            Field::BirthDate => "birthDate",
            Field::Passphrase => "passphrase",
            Field::PassphraseConfirmation => "confirmation",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why the domain refused an input. Messages here are for developers; the Tauri shell maps
/// each variant to a Dutch message for the chair. Never carries the refused value itself,
/// so no personal data ends up in logs or error messages (R21).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("{field} is empty")]
    Empty { field: Field },
    #[error("{field} is longer than {max} characters")]
    TooLong { field: Field, max: usize },
    #[error("{field} contains control characters")]
    ControlCharacters { field: Field },
    #[error("{field} is not a valid e-mail address")]
    InvalidEmail { field: Field },
    #[error("{field} is not a valid phone number")]
    InvalidPhone { field: Field },
    #[error("{field} is not a valid date")]
    InvalidDate { field: Field },
    #[error("{field} lies outside the accepted range")]
    DateOutOfRange { field: Field },
    #[error("{field} has an unknown value")]
    UnknownValue { field: Field },
    /// R1: a meeting has exactly one case lead.
    #[error("the meeting already has a case lead (R1)")]
    SecondCaseLead,
    /// R5: the contributor must be a participant of the same meeting.
    #[error("the contributor is not a participant of this meeting (R5)")]
    ContributorNotInMeeting,
    /// R4: an anonymous meeting stores no identifying data about subjects.
    #[error("{field} may not be stored in an anonymous meeting (R4)")]
    IdentifyingDataInAnonymousMeeting { field: Field },
    #[error("the passphrase is shorter than {min} characters")]
    PassphraseTooShort { min: usize },
    #[error("the passphrase and its confirmation differ")]
    PassphraseMismatch,
}

impl DomainError {
    /// The field the error belongs to, if it belongs to one.
    pub fn field(&self) -> Option<Field> {
        match self {
            DomainError::Empty { field }
            | DomainError::TooLong { field, .. }
            | DomainError::ControlCharacters { field }
            | DomainError::InvalidEmail { field }
            | DomainError::InvalidPhone { field }
            | DomainError::InvalidDate { field }
            | DomainError::DateOutOfRange { field }
            | DomainError::UnknownValue { field }
            | DomainError::IdentifyingDataInAnonymousMeeting { field } => Some(*field),
            DomainError::SecondCaseLead => Some(Field::Role),
            DomainError::ContributorNotInMeeting => Some(Field::Contributor),
            DomainError::PassphraseTooShort { .. } => Some(Field::Passphrase),
            DomainError::PassphraseMismatch => Some(Field::PassphraseConfirmation),
        }
    }
}
