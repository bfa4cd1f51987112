//! Wire types of the `rights` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// R17: where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum RequestStatus {
    Open,
    Extended,
    Granted,
    Refused,
    Done,
}

/// R17: the chair registers a request.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewRightsRequest {
    pub subject_key: String,
    #[serde(default)]
    #[ts(as = "RequestKind")]
    pub kind: Choice<RequestKind>,
    #[serde(default)]
    #[ts(as = "Requester")]
    pub requester: Choice<Requester>,
    pub requester_name: String,
    /// ISO date `YYYY-MM-DD`.
    pub received_on: String,
    /// A 12–15-year-old is able to judge their interests reasonably (seed 003 §5.1b);
    /// absent = yes.
    #[serde(default)]
    #[ts(optional)]
    pub competent: Option<bool>,
}

/// R17: one request in the register.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RightsRequestView {
    pub id: String,
    pub subject_key: String,
    pub subject_name: String,
    pub subject_birth: Option<String>,
    pub kind: RequestKind,
    pub requester: Requester,
    pub requester_name: String,
    pub received_on: String,
    pub deadline: String,
    pub status: RequestStatus,
    pub notice: Option<String>,
    pub refusal_reason: Option<String>,
    pub answered_on: Option<String>,
    /// Past the deadline without an answer.
    pub overdue: bool,
    /// Still on the chair's list (open, extended, or granted and not yet done).
    pub on_list: bool,
    /// R17 (domain `RightsRequest::allowed_actions`): what the UI may offer.
    pub allowed_actions: RequestActions,
}

/// Someone who received removed data and must be told.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ErasureRecipient {
    pub name: String,
    pub organisation: String,
}

/// R17: what a granted erasure removed.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ErasureInfo {
    pub items_removed: u32,
    pub meetings: u32,
    pub recipients_to_inform: Vec<ErasureRecipient>,
}

/// R17: the request after granting, and for an erasure what was removed.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct GrantOutcome {
    pub request: RightsRequestView,
    pub erasure: Option<ErasureInfo>,
}

// The access report as JSON (R17 portability): the same content as the PDF.

/// R7: the basis of an item: `kind` is `none`, `consent`, `legal` or `conflictOfDuties`;
/// `legalBasis` the code of the statutory ground; `label` the Dutch name.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AccessBasisJson {
    pub kind: String,
    pub legal_basis: Option<String>,
    pub label: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AccessReleaseJson {
    pub recipient: String,
    pub organisation: String,
    pub purpose: String,
    pub due: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AccessVersionJson {
    pub version: u32,
    pub text: String,
    pub date: String,
    pub reason: Option<String>,
    pub reaction: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AccessItemJson {
    pub number: u32,
    /// Null when the item is also about someone else (seed 003 §5.2.3b).
    pub text: Option<String>,
    /// Seed 003 §5.2.3b: the item is also about someone else; text, source text and
    /// versions are withheld.
    pub about_others_too: bool,
    pub kind: Kind,
    pub category: Category,
    /// R6 / seed 003 §5.2.1d: the origin of the item.
    pub source: SourceKind,
    pub source_detail: Option<String>,
    pub contributor_organisation: String,
    pub basis: AccessBasisJson,
    pub consent_withdrawn: bool,
    pub releases: Vec<AccessReleaseJson>,
    pub versions: Vec<AccessVersionJson>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AccessMeetingJson {
    pub reference: String,
    pub date: String,
    pub purpose: String,
    pub finalized: bool,
    pub items: Vec<AccessItemJson>,
}

/// R17: everything the store holds about one family member.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AccessReportJson {
    pub name: String,
    pub birth_date: Option<String>,
    pub printed_on: String,
    pub objected: bool,
    pub meetings: Vec<AccessMeetingJson>,
}

fn iso(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

impl From<&domain::AccessReport> for AccessReportJson {
    fn from(r: &domain::AccessReport) -> Self {
        let basis = |b: domain::AccessBasis| match b {
            domain::AccessBasis::None => AccessBasisJson {
                kind: "none".into(),
                legal_basis: None,
                label: texts::documents::BASIS_NONE.into(),
            },
            domain::AccessBasis::Consent => AccessBasisJson {
                kind: "consent".into(),
                legal_basis: None,
                label: texts::documents::BASIS_CONSENT.into(),
            },
            domain::AccessBasis::Legal(l) => AccessBasisJson {
                kind: "legal".into(),
                legal_basis: Some(l.code().into()),
                label: texts::labels::legal_basis(l).into(),
            },
            // R7b: a basis the chair added; no fixed code.
            domain::AccessBasis::CustomLegal { law, article } => AccessBasisJson {
                kind: "legal".into(),
                legal_basis: None,
                label: texts::labels::custom_basis(&law, &article),
            },
            domain::AccessBasis::ConflictOfDuties => AccessBasisJson {
                kind: "conflictOfDuties".into(),
                legal_basis: None,
                label: texts::documents::BASIS_CONFLICT_OF_DUTIES.into(),
            },
        };
        Self {
            name: r.subject_name.clone(),
            birth_date: r.birth_date.map(iso),
            printed_on: iso(r.printed_on),
            objected: r.objected,
            meetings: r
                .meetings
                .iter()
                .map(|m| AccessMeetingJson {
                    reference: m.meeting_ref.clone(),
                    date: iso(m.meeting_date),
                    purpose: m.purpose.clone(),
                    finalized: m.finalized,
                    items: m
                        .items
                        .iter()
                        .map(|i| {
                            let (text, source_detail, versions) = match &i.content {
                                domain::AccessContent::Shown {
                                    text,
                                    source_detail,
                                    versions,
                                } => (
                                    Some(text.clone()),
                                    source_detail.clone(),
                                    versions.as_slice(),
                                ),
                                domain::AccessContent::AboutOthersToo => (None, None, &[][..]),
                            };
                            AccessItemJson {
                                number: i.number,
                                text,
                                about_others_too: matches!(
                                    i.content,
                                    domain::AccessContent::AboutOthersToo
                                ),
                                kind: i.kind,
                                category: i.category,
                                source: i.source,
                                source_detail,
                                contributor_organisation: i.contributor_organisation.clone(),
                                basis: basis(i.basis.clone()),
                                consent_withdrawn: i.consent_withdrawn,
                                releases: i
                                    .releases
                                    .iter()
                                    .map(|x| AccessReleaseJson {
                                        recipient: x.recipient.clone(),
                                        organisation: x.recipient_organisation.clone(),
                                        purpose: x.purpose.clone(),
                                        due: iso(x.due),
                                    })
                                    .collect(),
                                versions: versions
                                    .iter()
                                    .map(|v| AccessVersionJson {
                                        version: v.version,
                                        text: v.text.clone(),
                                        date: iso(v.on),
                                        reason: v.reason.clone(),
                                        reaction: v.reaction.clone(),
                                    })
                                    .collect(),
                            }
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

impl RightsRequestView {
    pub fn of(s: &store::StoredRequest, today: chrono::NaiveDate) -> Self {
        let r = &s.request;
        let (status, notice, reason) = match &r.status {
            domain::RequestStatus::Open => (RequestStatus::Open, None, None),
            domain::RequestStatus::Extended { notice } => (
                RequestStatus::Extended,
                Some(notice.as_str().to_owned()),
                None,
            ),
            domain::RequestStatus::Granted => (RequestStatus::Granted, None, None),
            domain::RequestStatus::Refused { reason } => (
                RequestStatus::Refused,
                None,
                Some(reason.as_str().to_owned()),
            ),
            domain::RequestStatus::Done => (RequestStatus::Done, None, None),
        };
        Self {
            id: s.id.clone(),
            subject_key: s.subject_key.clone(),
            subject_name: s.subject_name.clone(),
            subject_birth: s.subject_birth.map(iso),
            kind: r.kind,
            requester: r.requester,
            requester_name: r.requester_name.as_str().to_owned(),
            received_on: iso(r.received_on),
            deadline: iso(r.deadline),
            status,
            notice,
            refusal_reason: reason,
            answered_on: s.answered_on.map(iso),
            overdue: r.is_overdue(today),
            on_list: r.is_on_list(),
            allowed_actions: r.allowed_actions(),
        }
    }
}
