//! Wire types of the `participants` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
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

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewParticipant {
    pub meeting_id: String,
    pub name: String,
    pub organisation: String,
    pub function: String,
    pub phone: String,
    pub email: String,
    #[serde(default)]
    #[ts(as = "Role")]
    pub role: Choice<Role>,
    /// Code of the organisation type (R7/R8); absent = "overig".
    #[serde(default)]
    #[ts(optional)]
    pub organisation_type: Option<String>,
    /// Bound by professional secrecy (R7).
    #[serde(default)]
    #[ts(optional)]
    pub secrecy: Option<bool>,
    /// R1/R5/R9: takes part with expertise only (absent = no).
    #[serde(default)]
    #[ts(optional)]
    pub expertise_only: Option<bool>,
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
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ParticipantProfile {
    pub participant_id: String,
    /// Code of the organisation type (see `ReferenceData`).
    pub organisation_type: String,
    pub secrecy: bool,
    /// R2: when confidentiality was confirmed (RFC 3339), or null.
    pub pledged_at: Option<String>,
    /// Present, afgemeld (apologies) or observer.
    pub attendance: crate::dto::AttendanceKind,
    /// With apologies: the information was sent beforehand.
    pub info_sent: bool,
    /// R14c/R17: where complaints about this participant's organisation go.
    pub complaint_route: Option<String>,
}

/// Present, afgemeld (apologies) or observer (toehoorder).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum AttendanceKind {
    Present,
    Apologies,
    Observer,
}

/// How one participant attended. `infoSent` counts only with `apologies`.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SetAttendance {
    pub meeting_id: String,
    pub participant_id: String,
    #[serde(default)]
    #[ts(as = "AttendanceKind")]
    pub attendance: Choice<AttendanceKind>,
    #[serde(default)]
    pub info_sent: bool,
}

/// A participant's corrected details: the fields of `NewParticipant` and which participant.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ParticipantUpdate {
    pub participant_id: String,
    #[serde(flatten)]
    pub details: NewParticipant,
}

impl NewParticipant {
    /// The domain's input, and the organisation type (absent or empty: "overig") and
    /// secrecy (R1/R7/R8).
    pub fn parse(
        self,
    ) -> Result<(domain::ParticipantInput, store::ParticipantExtra), crate::dto::ApiError> {
        let organisation_type = match self.organisation_type.as_deref() {
            None | Some("") => domain::OrganisationType::Overig,
            Some(code) => domain::OrganisationType::from_code(code).ok_or(
                domain::DomainError::UnknownValue {
                    field: domain::Field::Organisation,
                },
            )?,
        };
        let extra = store::ParticipantExtra {
            organisation_type,
            secrecy: self.secrecy.unwrap_or(false),
        };
        let input = domain::ParticipantInput {
            role: self.role.parse(domain::Field::Role)?,
            expertise_only: self.expertise_only.unwrap_or(false),
            name: self.name,
            organisation: self.organisation,
            function: self.function,
            phone: self.phone,
            email: self.email,
        };
        Ok((input, extra))
    }
}
