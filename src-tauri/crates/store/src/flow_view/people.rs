//! The participants of the meeting page: their details and their profile (R1/R2/R7).

use domain::{MeetingRecord, Role};
use serde::Serialize;

use super::TIME;

/// A participant of the meeting as the meeting page lists them, with what the domain
/// allows them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Participant {
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub function: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub role: Role,
    /// R1/R5/R9 (seed 002 II.5): takes part with expertise only.
    pub expertise_only: bool,
    /// R5 (domain `Participant::may_bring_in`): may be the contributor of an item.
    pub may_bring_in: bool,
    /// R9/R11 (domain `Participant::may_receive`): may receive a release, and an action of
    /// theirs may rely on items.
    pub may_receive: bool,
}

impl From<domain::Participant> for Participant {
    fn from(p: domain::Participant) -> Self {
        let (may_bring_in, may_receive) = (p.may_bring_in(), p.may_receive());
        Self {
            id: p.id.to_string(),
            name: p.name.to_string(),
            organisation: p.organisation.to_string(),
            function: p.function.map(|l| l.to_string()),
            phone: p.phone.map(|l| l.to_string()),
            email: p.email.map(|l| l.to_string()),
            role: p.role,
            expertise_only: p.expertise_only,
            may_bring_in,
            may_receive,
        }
    }
}

/// R1/R2/R7: everything about a participant beyond name and contact details.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ParticipantProfile {
    pub participant_id: String,
    /// Code of the organisation type (see `ReferenceData`).
    pub organisation_type: String,
    pub secrecy: bool,
    /// R2: when confidentiality was confirmed (RFC 3339), or null.
    pub pledged_at: Option<String>,
    /// Present, afgemeld (apologies) or observer.
    pub attendance: AttendanceKind,
    /// With apologies: the information was sent beforehand.
    pub info_sent: bool,
    /// R14c/R17: where complaints about this participant's organisation go.
    pub complaint_route: Option<String>,
}

/// Present, afgemeld (apologies) or observer (toehoorder): the domain's.
pub use domain::AttendanceKind;

/// The participants of `r`, in the order of the record.
pub(super) fn participants(r: &MeetingRecord) -> Vec<Participant> {
    r.participants
        .iter()
        .map(|p| Participant::from(p.participant.clone()))
        .collect()
}

/// The profiles of the participants of `r`, in the same order.
pub(super) fn profiles(r: &MeetingRecord) -> Vec<ParticipantProfile> {
    r.participants
        .iter()
        .map(|p| {
            let (attendance, info_sent) = AttendanceKind::of(p.attendance);
            ParticipantProfile {
                participant_id: p.participant.id.to_string(),
                organisation_type: p.organisation_type.code().into(),
                secrecy: p.secrecy,
                pledged_at: p.pledged_at.map(|t| t.to_rfc3339_opts(TIME, true)),
                attendance,
                info_sent,
                complaint_route: p.complaint_route.as_ref().map(|r| r.as_str().to_owned()),
            }
        })
        .collect()
}
