//! R17 portability: the access report as JSON, the same content as the PDF
//! (`docs::render_access_report`); the app saves both side by side.

use serde::Serialize;

/// R7: the basis of an item: `kind` is `none`, `consent`, `legal` or `conflictOfDuties`;
/// `legalBasis` the code of the statutory ground; `label` the Dutch name.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessBasisJson {
    pub kind: String,
    pub legal_basis: Option<String>,
    pub label: String,
}

/// A release of the item: to whom, for what, until when.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessReleaseJson {
    pub recipient: String,
    pub organisation: String,
    pub purpose: String,
    pub due: String,
}

/// R16: an earlier or the current version of the item text.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessVersionJson {
    pub version: u32,
    pub text: String,
    pub date: String,
    pub reason: Option<String>,
    pub reaction: Option<String>,
}

/// One item about the person.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessItemJson {
    pub number: u32,
    /// Null when the item is also about someone else (seed 003 §5.2.3b).
    pub text: Option<String>,
    /// Seed 003 §5.2.3b: the item is also about someone else; text, source text and
    /// versions are withheld.
    pub about_others_too: bool,
    pub kind: domain::Kind,
    pub category: domain::Category,
    /// R6 / seed 003 §5.2.1d: the origin of the item.
    pub source: domain::SourceKind,
    pub source_detail: Option<String>,
    pub contributor_organisation: String,
    pub basis: AccessBasisJson,
    pub consent_withdrawn: bool,
    pub releases: Vec<AccessReleaseJson>,
    pub versions: Vec<AccessVersionJson>,
}

/// One meeting the person is part of.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessMeetingJson {
    pub reference: String,
    pub date: String,
    pub purpose: String,
    pub finalized: bool,
    pub items: Vec<AccessItemJson>,
}

/// R17: everything the store holds about one family member.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
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
