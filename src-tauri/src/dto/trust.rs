//! Wire types of the trust features: unlock result, settings (R15, R21), the audit and
//! integrity check (R18, R21) and meetings near their destroy-after date (R15).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where the audit chain does not hold (R18): the store's enum travels as itself.
pub use store::AuditProblem;

/// The store was unlocked; `destroyed` expired meetings were destroyed first (R15).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Unlocked {
    pub destroyed: u32,
}

/// The chair's settings with their bounds.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Settings {
    /// R21: minutes of inactivity before the store locks itself.
    pub idle_minutes: u32,
    pub idle_minutes_min: u32,
    pub idle_minutes_max: u32,
    /// The idle time is fixed by the command line (tests); the setting applies later.
    pub idle_overridden: bool,
    /// R15: default retention of new meetings, in months.
    pub retention_months: u32,
    pub retention_months_min: u32,
    pub retention_months_max: u32,
    /// R15: the maximum retention of a meeting, extensions included, in months.
    pub retention_ceiling_months: u32,
    pub retention_ceiling_months_min: u32,
    pub retention_ceiling_months_max: u32,
    /// R15/R17: how long an answered rights request is kept after its answer, in months.
    pub rights_retention_months: u32,
    pub rights_retention_months_min: u32,
    pub rights_retention_months_max: u32,
}

/// The passphrases are wiped when the value is dropped (R21).
#[derive(Debug, Clone, Default, Deserialize, TS, zeroize::Zeroize, zeroize::ZeroizeOnDrop)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ChangePassphrase {
    pub old: String,
    pub new: String,
    pub confirmation: String,
}

/// The result of "Controleer auditlog": the hash chain (R18) and the encrypted file (R21).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AuditCheck {
    /// The chain holds from the first to the anchored last entry.
    pub intact: bool,
    /// Entries checked (when intact).
    pub entries: u32,
    /// The first entry where the chain breaks.
    pub broken_at: Option<u32>,
    pub problem: Option<AuditProblem>,
    /// `PRAGMA cipher_integrity_check` and `PRAGMA integrity_check` are clean.
    pub file_intact: bool,
}

/// R15: a meeting whose destroy-after date is within 30 days.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExpiringMeeting {
    pub id: String,
    pub case_label: String,
    /// `YYYY-MM-DD`
    pub date: String,
    /// `YYYY-MM-DD`: the last day the meeting is kept.
    pub destroy_after: String,
    pub extensions: u32,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExtendRetention {
    pub meeting_id: String,
    pub reason: String,
}

impl From<store::ExpiringMeeting> for ExpiringMeeting {
    fn from(e: store::ExpiringMeeting) -> Self {
        Self {
            id: e.id.to_string(),
            case_label: e.case_label.as_str().to_owned(),
            date: e.date.to_string(),
            destroy_after: e.destroy_after.to_string(),
            extensions: e.extensions,
        }
    }
}
