//! Wire types of the `participants` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::Deserialize;
use ts_rs::TS;

/// The participants of the meeting page (R1/R2/R7): the store's view travels as itself;
/// `AttendanceKind` is also what the chair sends (`SetAttendance`).
pub use store::{AttendanceKind, Participant, ParticipantProfile};

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
