//! The choice lists whose content follows from rules (R7: legal bases per organisation
//! type, R8: who may hold gezag, R1: who may take part with expertise only), with their
//! Dutch labels from `texts`. Serialized as they are over IPC.

use crate::custom_basis_code;
use domain::{Relation, Role};
use serde::Serialize;
use texts::labels;

/// Choice lists whose content follows from rules (R7: legal bases per organisation type).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReferenceData {
    pub organisation_types: Vec<OrganisationTypeInfo>,
    /// R8 (domain `Relation::can_hold_authority`): the relations that may hold gezag, for
    /// a subject that is not saved yet.
    pub authority_relations: Vec<Relation>,
    /// R1 (domain `Role::allows_expertise_only`): the roles that may take part with
    /// expertise only; the participant form offers the checkbox for these.
    pub expertise_only_roles: Vec<Role>,
}

/// One organisation type with its Dutch label and the legal bases it may rest an item on
/// (seed 004 art. 5.2, R7b).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct OrganisationTypeInfo {
    pub code: String,
    pub label: String,
    /// R8: health care under the WGBO (double consent for 12–15).
    pub wgbo: bool,
    pub legal_bases: Vec<LegalBasisInfo>,
    /// R7 (domain `OrganisationType::default_legal_basis`): the legal basis code an item
    /// form preselects; `None`: consent.
    pub default_legal_basis: Option<String>,
    /// R7/R8 (domain `OrganisationType::proposed_basis`): what the item form proposes for
    /// an item about someone, and for an item about nobody.
    pub proposal: BasisProposal,
    pub proposal_about_nobody: BasisProposal,
}

/// R7/R8: the basis the item form proposes (the legal basis is `default_legal_basis`).
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum BasisProposal {
    Legal,
    Consent,
    Later,
}

impl From<domain::BasisProposal> for BasisProposal {
    fn from(p: domain::BasisProposal) -> Self {
        match p {
            domain::BasisProposal::Legal(_) => Self::Legal,
            domain::BasisProposal::Consent => Self::Consent,
            domain::BasisProposal::Later => Self::Later,
        }
    }
}

/// One legal basis: its wire code and Dutch label.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LegalBasisInfo {
    pub code: String,
    pub label: String,
}

impl ReferenceData {
    /// The reference data with the legal bases the chair added per organisation type (R7b)
    /// after the fixed ones of seed 004 art. 5.2.
    pub fn with(custom: &[domain::CustomBasis]) -> Self {
        ReferenceData {
            organisation_types: domain::OrganisationType::ALL
                .into_iter()
                .map(|t| OrganisationTypeInfo {
                    code: t.code().into(),
                    label: labels::organisation_type(t).into(),
                    wgbo: t.wgbo_applies(),
                    default_legal_basis: t.default_legal_basis().map(|b| b.code().into()),
                    proposal: t.proposed_basis(true).into(),
                    proposal_about_nobody: t.proposed_basis(false).into(),
                    legal_bases: t
                        .legal_bases()
                        .iter()
                        .map(|b| LegalBasisInfo {
                            code: b.code().into(),
                            label: labels::legal_basis(*b).into(),
                        })
                        .chain(
                            custom
                                .iter()
                                .filter(|c| c.holds_for(t))
                                .map(|c| LegalBasisInfo {
                                    code: custom_basis_code(c.id),
                                    label: labels::custom_basis(c.law.as_str(), c.article.as_str()),
                                }),
                        )
                        .collect(),
                })
                .collect(),
            authority_relations: [
                Relation::Youth,
                Relation::Parent,
                Relation::Carer,
                Relation::Guardian,
                Relation::Other,
            ]
            .into_iter()
            .filter(|r| r.can_hold_authority())
            .collect(),
            expertise_only_roles: Role::ALL
                .into_iter()
                .filter(|r| r.allows_expertise_only())
                .collect(),
        }
    }
}
