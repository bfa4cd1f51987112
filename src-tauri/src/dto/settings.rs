//! Wire types of the `settings` group of `ipc.rs` (what the UI sends and gets).

/// Issue 17 point 9: the address book's entries and the own organisation's profile travel
/// as the domain's own types (TypeScript: `OrganisationEntryView`, `OrganisationProfileView`).
pub use domain::{
    OrganisationEntry as OrganisationEntryView, ProfileInput as OrganisationProfileView,
};
use serde::{Deserialize, Serialize};
/// The settings, the audit check and the custom bases: the store's own views.
pub use store::{AuditCheck, CustomBasisView, SettingsView as Settings};
use ts_rs::TS;

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

/// The passphrases are wiped when the value is dropped (R21).
#[derive(Debug, Clone, Default, Deserialize, TS, zeroize::Zeroize, zeroize::ZeroizeOnDrop)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ChangePassphrase {
    pub old: String,
    pub new: String,
    pub confirmation: String,
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
