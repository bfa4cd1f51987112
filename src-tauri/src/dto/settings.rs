//! Wire types of the `settings` group of `ipc.rs` (what the UI sends and gets).

/// Issue 17 point 9: the address book's entries and the own organisation's profile travel
/// as the domain's own types (TypeScript: `OrganisationEntryView`, `OrganisationProfileView`),
/// and so do the inputs of the address book and the custom bases (R7b).
pub use domain::{
    NewCustomBasis, NewOrganisationEntry, OrganisationEntry as OrganisationEntryView,
    ProfileInput as OrganisationProfileView,
};
use serde::Deserialize;
/// The settings, the audit check, the custom bases and the organisation settings: the
/// store's own views.
pub use store::{AuditCheck, CustomBasisView, SettingsView as Settings};
pub use store::{OrganisationSettings, ProfileImported};
use ts_rs::TS;

/// The passphrases are wiped when the value is dropped (R21).
#[derive(Debug, Clone, Default, Deserialize, TS, zeroize::Zeroize, zeroize::ZeroizeOnDrop)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ChangePassphrase {
    pub old: String,
    pub new: String,
    pub confirmation: String,
}
