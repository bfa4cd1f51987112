//! Presentation mode (R5/R9: nothing unreleased on the wall): the domain's projection
//! (`domain::present`), which has no birth date, address, contact detail or release field
//! to copy from, in the shape the projected screen reads.

use super::day;
use crate::FlowData;
use domain::{CarriedStatus, Category, Kind, Relation, Role};
use serde::Serialize;

/// A family member on the projected screen: relation and initials only (R4).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PresentedSubject {
    pub relation: Relation,
    pub initials: Option<String>,
    pub present: bool,
}

/// A professional on the projected screen: no phone, no e-mail.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PresentedParticipant {
    pub name: String,
    pub organisation: String,
    pub role: Role,
    /// R1/R5/R9: takes part with expertise only.
    pub expertise_only: bool,
}

/// Presentation mode: one item on the wall, its text, kind, category and who it is about.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PresentedItem {
    pub text: String,
    pub kind: Kind,
    pub category: Category,
    pub contributor: Option<String>,
    pub about: Vec<PresentedSubject>,
}

/// The wall: one contributor's items (one topic); `hidden` items are "niet op het
/// scherm" and come without text or labels.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PresentedContribution {
    pub contributor: PresentedParticipant,
    pub items: Vec<PresentedItem>,
    pub hidden: u32,
}

/// Presentation mode: one action of the plan, by whom and by when.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PresentedAction {
    pub who: Option<String>,
    pub what: String,
    pub due: String,
    /// R11: the event that triggers it, if any.
    pub condition: Option<String>,
}

/// Presentation mode (R11): an action carried over from the previous meeting, with how it
/// went.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PresentedCarried {
    pub who_name: String,
    pub what: String,
    pub due: String,
    /// R11: the event that was to trigger it, if any.
    pub condition: Option<String>,
    pub status: CarriedStatus,
}

/// Presentation mode: everything the projected screen shows, and nothing more. There is
/// no field for a birth date, an address (never the secret address), a phone number, an
/// e-mail address or the release matrix (privacy by construction).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Presentation {
    pub meeting_id: String,
    pub case_label: String,
    pub date: String,
    pub purpose: String,
    pub subjects: Vec<PresentedSubject>,
    pub participants: Vec<PresentedParticipant>,
    /// The items per contributor, only those on the wall (`domain::on_wall`).
    pub contributions: Vec<PresentedContribution>,
    pub actions: Vec<PresentedAction>,
    pub carried: Vec<PresentedCarried>,
}

fn subject(s: &domain::PresentedSubject) -> PresentedSubject {
    PresentedSubject {
        relation: s.relation,
        initials: s.initials.clone(),
        present: s.present,
    }
}

fn participant(x: &domain::PresentedParticipant) -> PresentedParticipant {
    PresentedParticipant {
        name: x.name.to_string(),
        organisation: x.organisation.to_string(),
        role: x.role,
        expertise_only: x.expertise_only,
    }
}

fn contribution(c: &domain::PresentedContribution) -> PresentedContribution {
    PresentedContribution {
        contributor: participant(&c.contributor),
        items: c
            .items
            .iter()
            .map(|i| PresentedItem {
                text: i.text.to_string(),
                kind: i.kind,
                category: i.category,
                contributor: i.contributor.as_ref().map(ToString::to_string),
                about: i.about.iter().map(subject).collect(),
            })
            .collect(),
        hidden: u32::try_from(c.hidden).unwrap_or(u32::MAX),
    }
}

impl FlowData {
    /// Presentation mode: the domain's projection of the record (`domain::present`).
    pub fn presentation(&self) -> Presentation {
        let p = domain::present(&self.record);
        Presentation {
            meeting_id: self.record.meeting.id.to_string(),
            case_label: p.case_label.to_string(),
            date: day(p.date),
            purpose: p.purpose.to_string(),
            subjects: p.subjects.iter().map(subject).collect(),
            participants: p.participants.iter().map(participant).collect(),
            contributions: p.contributions.iter().map(contribution).collect(),
            actions: p
                .actions
                .iter()
                .map(|a| PresentedAction {
                    who: a.who.as_ref().map(ToString::to_string),
                    what: a.what.to_string(),
                    due: day(a.due),
                    condition: a.condition.as_ref().map(ToString::to_string),
                })
                .collect(),
            carried: p
                .carried
                .iter()
                .map(|c| PresentedCarried {
                    who_name: c.who_name.to_string(),
                    what: c.what.to_string(),
                    due: day(c.due),
                    condition: c.condition.as_ref().map(ToString::to_string),
                    status: c.status.clone(),
                })
                .collect(),
        }
    }
}
