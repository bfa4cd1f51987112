//! Command bodies of the trust features (R15, R18, R21). They translate only: the rules
//! are in `domain`, the work in `store`.

use crate::commands::{meeting_id, AppState};
use crate::dto::trust::{AuditCheck, ChangePassphrase, ExpiringMeeting, Settings};
use crate::dto::ApiError;
use chrono::{NaiveDate, Utc};
use domain::Field;
use store::{AuditVerdict, StoreError};
use texts::errors::WRONG_OLD_PASSPHRASE;

/// The chair's calendar day (R15 retention is counted in days).
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn settings_dto(state: &AppState, s: store::Settings) -> Settings {
    Settings {
        idle_minutes: u32::try_from(s.idle.timeout().as_secs() / 60).unwrap_or(u32::MAX),
        idle_minutes_min: domain::IDLE_MIN_MINUTES,
        idle_minutes_max: domain::IDLE_MAX_MINUTES,
        idle_overridden: state.idle_overridden(),
        retention_months: s.retention_months.get(),
        retention_months_min: domain::RETENTION_MIN_MONTHS,
        retention_months_max: domain::RETENTION_MAX_MONTHS,
        retention_ceiling_months: s.retention_ceiling.get(),
        retention_ceiling_months_min: domain::RETENTION_CEILING_MIN_MONTHS,
        retention_ceiling_months_max: domain::RETENTION_CEILING_MAX_MONTHS,
        rights_retention_months: s.rights_retention.get(),
        rights_retention_months_min: domain::RIGHTS_RETENTION_MIN_MONTHS,
        rights_retention_months_max: domain::RIGHTS_RETENTION_MAX_MONTHS,
    }
}

/// R21: the old passphrase is checked by a real key check; the new one follows the policy
/// and differs from the old one. Wrong old passphrase: nothing changes.
pub fn change_passphrase(state: &AppState, input: &ChangePassphrase) -> Result<(), ApiError> {
    domain::check_passphrase_change(&input.old, &input.new, &input.confirmation)?;
    state
        .with_store(|s| s.change_passphrase(&input.old, &input.new, Utc::now()))
        .map_err(|e| {
            if e.code == "wrong_passphrase" {
                ApiError {
                    field: domain::wire_name(&Field::OldPassphrase).map(str::to_owned),
                    ..ApiError::new("wrong_old_passphrase", WRONG_OLD_PASSPHRASE)
                }
            } else {
                e
            }
        })
}

pub fn get_settings(state: &AppState) -> Result<Settings, ApiError> {
    let s = state.with_store(|s| s.settings())?;
    Ok(settings_dto(state, s))
}

/// R21: minutes of inactivity before the store locks (1–60); applies at once.
pub fn set_idle_minutes(state: &AppState, minutes: u32) -> Result<Settings, ApiError> {
    let s = state.with_store(|s| s.set_idle_minutes(minutes, Utc::now()))?;
    state.apply_idle_setting(s.idle);
    Ok(settings_dto(state, s))
}

/// R15: default retention of meetings created from now on (1–24 months).
pub fn set_retention_months(state: &AppState, months: u32) -> Result<Settings, ApiError> {
    let s = state.with_store(|s| s.set_retention_months(months, Utc::now()))?;
    Ok(settings_dto(state, s))
}

/// R15: the maximum retention of a meeting, extensions included (6–60 months).
pub fn set_retention_ceiling(state: &AppState, months: u32) -> Result<Settings, ApiError> {
    let s = state.with_store(|s| s.set_retention_ceiling(months, Utc::now()))?;
    Ok(settings_dto(state, s))
}

/// R15/R17: how long an answered rights request is kept after its answer (1–60 months).
pub fn set_rights_retention_months(state: &AppState, months: u32) -> Result<Settings, ApiError> {
    let s = state.with_store(|s| s.set_rights_retention_months(months, Utc::now()))?;
    Ok(settings_dto(state, s))
}

/// R18/R21: recomputes the audit chain and checks the encrypted file.
pub fn verify_audit(state: &AppState) -> Result<AuditCheck, ApiError> {
    let (verdict, integrity) =
        state.with_store(|s| Ok::<_, StoreError>((s.verify_audit()?, s.integrity_check()?)))?;
    let file_intact = integrity.is_clean();
    Ok(match verdict {
        AuditVerdict::Intact { entries } => AuditCheck {
            intact: true,
            entries: u32::try_from(entries).unwrap_or(u32::MAX),
            broken_at: None,
            problem: None,
            file_intact,
        },
        AuditVerdict::Broken { at_seq, problem } => AuditCheck {
            intact: false,
            entries: 0,
            broken_at: Some(u32::try_from(at_seq).unwrap_or(0)),
            problem: Some(problem),
            file_intact,
        },
    })
}

/// R15: meetings destroyed within the next 30 days, soonest first.
pub fn expiring_meetings(state: &AppState) -> Result<Vec<ExpiringMeeting>, ApiError> {
    state
        .with_store(|s| s.expiring_within(today(), domain::EXPIRY_NOTICE_DAYS))
        .map(|list| list.into_iter().map(Into::into).collect())
}

/// R15: extends a meeting's destroy-after date by 6 months, with a reason. Returns the
/// new list of meetings that expire soon.
pub fn extend_retention(
    state: &AppState,
    meeting: &str,
    reason: &str,
) -> Result<Vec<ExpiringMeeting>, ApiError> {
    let id = meeting_id(meeting)?;
    state.with_store(|s| s.extend_retention(id, reason, today(), Utc::now()))?;
    expiring_meetings(state)
}
