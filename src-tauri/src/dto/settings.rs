//! Wire types of the `settings` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
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

/// An organisation in the chair's address book (no personal data of participants).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct OrganisationEntryView {
    pub id: String,
    pub name: String,
    /// Code of the organisation type.
    pub organisation_type: String,
    pub department: Option<String>,
    /// Issue 17 point 9: where a family complains about this partner.
    pub complaint_route: Option<String>,
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

impl From<&domain::OrganisationEntry> for OrganisationEntryView {
    fn from(e: &domain::OrganisationEntry) -> Self {
        Self {
            id: e.id.to_string(),
            name: e.name.to_string(),
            organisation_type: e.organisation_type.code().to_string(),
            department: e.department.as_ref().map(ToString::to_string),
            complaint_route: e.complaint_route.as_ref().map(ToString::to_string),
        }
    }
}

/// Issue 17 point 9: the chair's own organisation as the settings show and edit it (empty
/// texts: not given). Also what the chair sends to save it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct OrganisationProfileView {
    pub name: String,
    pub address: String,
    pub privacy_officer: String,
    pub privacy_email: String,
    pub privacy_phone: String,
    pub complaint_procedure: String,
}

impl From<&domain::OrganisationProfile> for OrganisationProfileView {
    fn from(p: &domain::OrganisationProfile) -> Self {
        let text =
            |l: &Option<domain::Label>| l.as_ref().map(ToString::to_string).unwrap_or_default();
        let prose =
            |l: &Option<domain::Prose>| l.as_ref().map(ToString::to_string).unwrap_or_default();
        Self {
            name: p.name.to_string(),
            address: prose(&p.address),
            privacy_officer: text(&p.privacy_officer),
            privacy_email: text(&p.privacy_email),
            privacy_phone: text(&p.privacy_phone),
            complaint_procedure: prose(&p.complaint_procedure),
        }
    }
}

impl From<&OrganisationProfileView> for domain::ProfileInput {
    fn from(v: &OrganisationProfileView) -> Self {
        Self {
            name: v.name.clone(),
            address: v.address.clone(),
            privacy_officer: v.privacy_officer.clone(),
            privacy_email: v.privacy_email.clone(),
            privacy_phone: v.privacy_phone.clone(),
            complaint_procedure: v.complaint_procedure.clone(),
        }
    }
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
