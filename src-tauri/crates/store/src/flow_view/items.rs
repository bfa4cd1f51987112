//! The items of the meeting page: each item's basis and what follows from it (R6–R10),
//! the withdrawals of consent (R10) and who may consent to a new item (R8).

use super::{ids, TIME};
use crate::FlowData;
use domain::{ConsentMethod, ConsentScope, FourQuestions, MeetingRecord};
use serde::Serialize;

/// R7b: the wire code of a custom legal basis, `custom:<id>` (the domain's one
/// encoding, [`domain::CustomBasisId::code`]).
pub fn custom_basis_code(id: domain::CustomBasisId) -> String {
    id.code()
}

/// R8: who may consent for one subject of a new item by one contributor, on the meeting
/// date (the domain decides: `consent_candidates`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ConsentCandidatesView {
    pub contributor_id: String,
    pub subject_id: String,
    /// Whose consent is needed: the subject, one holder of gezag, or both.
    pub required: domain::Consenters,
    /// The subject themself (when their own consent is needed), then each holder of
    /// parental authority among the family members.
    pub people: Vec<domain::Consenter>,
    /// The parents' consent is needed and no family member of this meeting holds gezag.
    pub no_holder_known: bool,
}

/// R8: one consent record of an item's consent basis, with its stored id.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Consent {
    pub id: String,
    pub subject_id: String,
    pub given_by: domain::Consenter,
    pub method: ConsentMethod,
    pub at: String,
    pub withdrawn_at: Option<String>,
    /// Seed 004 art. 6.4b: to whom and for what.
    pub scope: ConsentScope,
}

/// R7: the basis of an item as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Basis {
    #[serde(rename_all = "camelCase")]
    Consent {
        records: Vec<Consent>,
        not_competent: Vec<String>,
    },
    #[serde(rename_all = "camelCase")]
    Legal { legal_basis: String },
    #[serde(rename_all = "camelCase")]
    ConflictOfDuties {
        answers: FourQuestions,
        motivation: String,
    },
}

/// Per item: its subjects, basis and what follows from them (R6–R10).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ItemProfile {
    pub item_id: String,
    pub subject_ids: Vec<String>,
    pub basis: Option<Basis>,
    /// The Dutch reason the basis does not hold (R7/R8), or null when it holds or is absent.
    pub basis_problem: Option<String>,
    /// R10: consent was withdrawn; never releasable or printable again.
    pub withdrawn: bool,
    /// R9/R10: decided by the domain: the basis holds and consent was not withdrawn.
    pub releasable: bool,
    /// R16: the current version (1 = never corrected).
    pub version: u32,
    /// R16: corrected after finalization (version > 1).
    pub corrected: bool,
    /// The wall: shown in presentation mode (`domain::on_wall`: the chair's mark, else
    /// off for special, criminal and conflict-of-duties items).
    pub on_wall: bool,
}

/// R10: a consent withdrawn after the meeting and whom to inform.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ConsentWithdrawalView {
    pub id: String,
    pub subject_id: String,
    pub withdrawn_by: domain::Consenter,
    pub method: ConsentMethod,
    pub withdrawn_on: String,
    /// The items that lost their basis.
    pub item_ids: Vec<String>,
    /// One per recipient who already had any of those items.
    pub tasks: Vec<InformTaskView>,
}

/// R10: one recipient to tell of a withdrawal, with the items they had.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct InformTaskView {
    pub id: String,
    pub recipient_id: String,
    pub item_ids: Vec<String>,
    pub done_on: Option<String>,
}

/// The stored basis with the ids of its consent records (`consent_ids`, same order).
fn basis(b: &domain::Basis, consent_ids: Option<&[String]>) -> Basis {
    match b {
        domain::Basis::Consent {
            records,
            not_competent,
        } => Basis::Consent {
            records: records
                .iter()
                .enumerate()
                .map(|(n, c)| Consent {
                    id: consent_ids
                        .and_then(|v| v.get(n))
                        .cloned()
                        .unwrap_or_default(),
                    subject_id: c.subject.to_string(),
                    given_by: c.given_by.clone(),
                    method: c.method,
                    at: c.at.to_rfc3339_opts(TIME, true),
                    withdrawn_at: c.withdrawn.map(|w| w.to_rfc3339_opts(TIME, true)),
                    scope: c.scope.clone(),
                })
                .collect(),
            not_competent: ids(not_competent),
        },
        domain::Basis::Legal(l) => Basis::Legal {
            legal_basis: l.code().into(),
        },
        domain::Basis::CustomLegal(c) => Basis::Legal {
            legal_basis: custom_basis_code(c.id),
        },
        domain::Basis::ConflictOfDuties {
            answers,
            motivation,
        } => Basis::ConflictOfDuties {
            answers: *answers,
            motivation: motivation.to_string(),
        },
    }
}

/// Per item of the flow: its basis and what the domain decided about it.
pub(super) fn item_profiles(data: &FlowData) -> Vec<ItemProfile> {
    let r = &data.record;
    let release_ctx = r.release_context();
    r.items
        .iter()
        .map(|i| ItemProfile {
            item_id: i.item.id.to_string(),
            subject_ids: ids(&i.subjects),
            basis: i
                .basis
                .as_ref()
                .map(|b| basis(b, data.consent_ids.get(&i.item.id).map(Vec::as_slice))),
            basis_problem: match r.check_item_basis(i) {
                Some(Err(e)) => Some(texts::errors::domain_message(&e)),
                _ => None,
            },
            withdrawn: r.releases.withdrawn_items().any(|w| *w == i.item.id),
            releasable: r.releases.releasable(i.item.id, &release_ctx),
            version: data.version_of(i.item.id),
            corrected: data.version_of(i.item.id) > 1,
            on_wall: domain::on_wall(i),
        })
        .collect()
}

/// R10: the withdrawals of a finalized meeting with their inform tasks.
pub(super) fn withdrawals(data: &FlowData) -> Vec<ConsentWithdrawalView> {
    data.withdrawals
        .iter()
        .map(|w| ConsentWithdrawalView {
            id: w.id.clone(),
            subject_id: w.withdrawal.subject.to_string(),
            withdrawn_by: w.withdrawal.by.clone(),
            method: w.withdrawal.method,
            withdrawn_on: w.withdrawal.on.to_string(),
            item_ids: ids(&w.withdrawal.items),
            tasks: w
                .withdrawal
                .tasks
                .iter()
                .zip(&w.task_ids)
                .map(|(t, id)| InformTaskView {
                    id: id.clone(),
                    recipient_id: t.recipient.to_string(),
                    item_ids: ids(&t.items),
                    done_on: t.done_on.map(|d| d.to_string()),
                })
                .collect(),
        })
        .collect()
}

/// R8: who may consent, per participant (as contributor) and subject.
pub(super) fn consent_candidates(r: &MeetingRecord) -> Vec<ConsentCandidatesView> {
    let subjects: Vec<domain::Subject> = r.subjects.iter().map(|s| s.subject.clone()).collect();
    r.participants
        .iter()
        .flat_map(|p| {
            subjects.iter().map(|about| {
                let c = domain::consent_candidates(
                    about,
                    &subjects,
                    p.organisation_type,
                    r.meeting.date,
                );
                ConsentCandidatesView {
                    contributor_id: p.participant.id.to_string(),
                    subject_id: about.id.to_string(),
                    required: c.required,
                    people: c.people,
                    no_holder_known: c.no_holder_known,
                }
            })
        })
        .collect()
}
