//! Wire types of the `settings` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
/// Issue 17 point 9: the address book's entries and the own organisation's profile travel
/// as the domain's own types (TypeScript: `OrganisationEntryView`, `OrganisationProfileView`).
pub use domain::{
    OrganisationEntry as OrganisationEntryView, ProfileInput as OrganisationProfileView,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// R7b: a legal basis the chair added. `code` is what the basis editor sends
/// (`custom:<id>`); `label` the law and its article as shown everywhere.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CustomBasisView {
    pub id: String,
    pub code: String,
    pub organisation_type: String,
    pub organisation_label: String,
    pub law: String,
    pub article: String,
    pub note: Option<String>,
    pub label: String,
}

/// R7b: what the chair types to add a legal basis for an organisation type.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct NewCustomBasis {
    pub organisation_type: String,
    pub law: String,
    pub article: String,
    #[ts(optional)]
    pub note: Option<String>,
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

/// What the chair types to save an organisation in the address book.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct NewOrganisationEntry {
    pub name: String,
    pub organisation_type: String,
    #[ts(optional)]
    pub department: Option<String>,
    /// Issue 17 point 9: where a family complains about this partner.
    #[ts(optional)]
    pub complaint_route: Option<String>,
}

/// Issue 17 point 9: the profile in the settings; `kept` is false before one is saved.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct OrganisationSettings {
    pub kept: bool,
    pub profile: OrganisationProfileView,
    /// The address book with each partner's complaint route.
    pub partners: Vec<OrganisationEntryView>,
    /// The organisation's logo as a data URL (`data:image/png;base64,...`), for the preview.
    pub logo: Option<String>,
}

/// The outcome of importing a profile file; `cancelled` when the chair closed the dialog.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProfileImported {
    pub cancelled: bool,
    /// Partners in the file.
    pub partners: u32,
    pub settings: OrganisationSettings,
}
