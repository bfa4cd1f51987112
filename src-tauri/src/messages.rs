//! Maps the back end's errors to `{ code, message, field }` for the UI. The code and the
//! field are decided here; every sentence comes from the text catalog (`texts` crate,
//! `texts::errors`). The UI's texts live in `ui/src/lib/i18n/nl.ts`.

use crate::dto::arg::WrongShape;
use crate::dto::{ApiError, FieldMessage};
use domain::{DomainError, Field};
use store::StoreError;
use texts::errors::{
    BREACH_NOT_FOUND, CONSENT_NOT_FOUND, CORRUPT, LOCKED, MEETING_NOT_FOUND, NOT_FINALIZED,
    NOT_FOUND, NO_STORE, SCHEMA_TOO_NEW, STORE_EXISTS, STORE_FAILURE, STORE_IN_USE,
    WRONG_PASSPHRASE,
};

pub(crate) use texts::errors::domain_message;

impl ApiError {
    pub fn new(code: &str, message: &str) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            field: None,
            errors: Vec::new(),
        }
    }

    pub fn locked() -> Self {
        Self::new("locked", LOCKED)
    }

    /// An id from the UI that does not parse: to the chair, the thing does not exist.
    pub fn not_found(field: Option<Field>) -> Self {
        Self {
            field: field.and_then(|f| domain::wire_name(&f)).map(str::to_owned),
            ..Self::new("not_found", NOT_FOUND)
        }
    }
}

/// An IPC argument of the wrong shape: a Dutch sentence naming the field if we
/// know it, never the refused value.
impl From<WrongShape> for ApiError {
    fn from(e: WrongShape) -> Self {
        let name = e.key.as_deref().and_then(texts::errors::argument_name);
        Self {
            code: "invalid_input".into(),
            message: texts::errors::wrong_shape(name),
            field: e.key.filter(|k| texts::errors::argument_name(k).is_some()),
            errors: Vec::new(),
        }
    }
}

fn wire_field(e: &DomainError) -> Option<String> {
    e.field()
        .and_then(|f| domain::wire_name(&f))
        .map(str::to_owned)
}

/// One fault: its code, message and field. Several faults: the first one's code and field
/// with a sentence that counts them, and every fault in `errors` (each at its field).
impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        let errors: Vec<FieldMessage> = match &e {
            DomainError::Several(all) => all
                .iter()
                .map(|one| FieldMessage {
                    field: wire_field(one),
                    message: domain_message(one),
                })
                .collect(),
            _ => Vec::new(),
        };
        let first = e.each().first().copied().cloned().unwrap_or(e.clone());
        Self {
            code: first.code().into(),
            message: errors
                .first()
                .map(|f| f.message.clone())
                .unwrap_or_else(|| domain_message(&e)),
            field: wire_field(&first),
            errors,
        }
    }
}

/// R18 × R21: why the store was not opened (what happened, what to do).
pub(crate) fn witness_message(v: store::WitnessVerdict) -> &'static str {
    match v {
        store::WitnessVerdict::Missing => texts::errors::WITNESS_MISSING,
        _ => texts::errors::BEHIND_WITNESS,
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Invalid(d) => d.into(),
            StoreError::ChecklistOpen(points) => Self::new(
                "checklist_open",
                &texts::errors::checklist_open(points.len()),
            ),
            StoreError::WrongPassphrase => Self {
                field: domain::wire_name(&Field::Passphrase).map(str::to_owned),
                ..Self::new("wrong_passphrase", WRONG_PASSPHRASE)
            },
            StoreError::NoStore => Self::new("no_store", NO_STORE),
            StoreError::AlreadyExists => Self::new("store_exists", STORE_EXISTS),
            StoreError::NotFound("meeting") => Self::new("not_found", MEETING_NOT_FOUND),
            StoreError::NotFound("consent") => Self::new("not_found", CONSENT_NOT_FOUND),
            StoreError::NotFound("breach") => Self::new("not_found", BREACH_NOT_FOUND),
            StoreError::NotFound(_) => Self::new("not_found", NOT_FOUND),
            StoreError::NotFinalized => Self::new("not_finalized", NOT_FINALIZED),
            StoreError::SchemaTooNew { .. } => Self::new("schema_too_new", SCHEMA_TOO_NEW),
            StoreError::Corrupt(_) => Self::new("store_corrupt", CORRUPT),
            StoreError::InUse => Self::new("store_in_use", STORE_IN_USE),
            StoreError::BehindWitness(v) => Self {
                field: domain::wire_name(&Field::Passphrase).map(str::to_owned),
                ..Self::new("store_behind_witness", witness_message(v))
            },
            StoreError::ProfileFileRefused(message) => Self {
                field: Some("path".into()),
                ..Self::new("profile_file_invalid", &message)
            },
            StoreError::LogoUnreadable => Self {
                field: Some("logo".into()),
                ..Self::new("logo_unreadable", texts::errors::LOGO_UNREADABLE)
            },
            StoreError::UnknownFormat => Self::new("unknown_format", texts::errors::UNKNOWN_FORMAT),
            StoreError::NoMeetings => Self::new("no_meetings", texts::errors::NO_MEETINGS),
            StoreError::DestructionFailed => {
                Self::new("destruction_failed", texts::errors::DESTRUCTION_FAILED)
            }
            // SQLite and IO details stay out of the message: they may quote data (R21).
            StoreError::Io(_) | StoreError::Sqlite(_) => Self::new("store_failure", STORE_FAILURE),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_error_names_the_field_in_dutch() {
        let e: ApiError = DomainError::Empty { field: Field::Name }.into();
        assert_eq!(e.message, "Vul de naam in.");
        assert_eq!(e.field.as_deref(), Some("name"));
        let e: ApiError = DomainError::TooLong {
            field: Field::CaseLabel,
            max: 200,
        }
        .into();
        assert_eq!(
            e.message,
            "De naam van de casus is te lang: maximaal 200 tekens."
        );
    }

    #[test]
    fn several_faults_travel_each_with_its_field_and_sentence() {
        let answers = domain::FourQuestions {
            legitimate_purpose: true,
            only_way: true,
            consent_asked_or_impossible: false,
            child_interest_outweighs: true,
        };
        let e: ApiError = domain::conflict_of_duties(answers, "").unwrap_err().into();
        let fields: Vec<_> = e.errors.iter().map(|f| f.field.as_deref()).collect();
        assert_eq!(fields, [Some("basis"), Some("motivation")]);
        assert_eq!(e.field.as_deref(), Some("basis"));
        // The answer still "nee" is named, not only the missing motivation.
        assert!(e.errors[0].message.contains("Is om toestemming gevraagd?"));
        assert!(!e.errors[0].message.contains("gerechtvaardigd doel"));
        assert_eq!(e.errors[1].message, "Vul de motivering in.");
        // One fault: no list, as before.
        let one: ApiError = DomainError::Empty { field: Field::Name }.into();
        assert!(one.errors.is_empty());
    }

    #[test]
    fn a_retention_date_before_the_meeting_names_the_real_range() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let term = domain::RetentionMonths::new(24).unwrap();
        let typo = domain::parse_destroy_after("2026-11-01").unwrap();
        let e: ApiError = domain::check_destroy_after(typo, day(2026, 11, 12), term, None)
            .unwrap_err()
            .into();
        assert_eq!(
            e.message,
            "Kies een datum na de vergaderdatum (12-11-2026) en uiterlijk 12-11-2028."
        );
        assert_eq!(e.field.as_deref(), Some("until"));
    }

    #[test]
    fn a_refused_profile_or_logo_file_is_shown_at_its_field() {
        let e: ApiError = StoreError::ProfileFileRefused("Bij partners[1].type: …".into()).into();
        assert_eq!(
            (e.code.as_str(), e.field.as_deref()),
            ("profile_file_invalid", Some("path"))
        );
        assert_eq!(e.message, "Bij partners[1].type: …");
        let e: ApiError = StoreError::LogoUnreadable.into();
        assert_eq!(
            (e.code.as_str(), e.field.as_deref()),
            ("logo_unreadable", Some("logo"))
        );
        assert!(e.message.starts_with("Het logo kon niet worden gelezen"));
        let e: ApiError = DomainError::LogoNotAnImage.into();
        assert_eq!(e.field.as_deref(), Some("logo"));
        assert!(e
            .message
            .starts_with("Het logo moet een PNG- of JPEG-bestand zijn."));
    }

    #[test]
    fn wrong_passphrase_reads_onjuist_wachtwoord() {
        let e: ApiError = StoreError::WrongPassphrase.into();
        assert_eq!(
            (e.code.as_str(), e.message.as_str()),
            ("wrong_passphrase", "Onjuist wachtwoord")
        );
    }
}
