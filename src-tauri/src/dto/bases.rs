//! Wire types of the legal bases the chair adds per organisation type (R7b).

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
