//! Attendance (R2): who was at the table. Present; afgemeld (sent apologies, with or
//! without sending their information beforehand); or observer (toehoorder).
//!
//! Decisions (R2, R9, R11):
//! - R2: everyone at the table confirms confidentiality, observers included; a participant
//!   who sent apologies was not there and needs no pledge for this meeting.
//! - R9/R11 need to know: an observer takes no part in the plan, so an observer carries out
//!   no action and never receives a release, whether or not they signed the pledge. Making
//!   someone an observer is refused while they carry out an action or something is
//!   released to them.
//! - Someone who sent apologies can still carry out an action and receive what it needs.

use crate::{DomainError, MeetingRecord, ParticipantId};

/// How a participant attended the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Attendance {
    #[default]
    /// At the table.
    Present,
    /// Afgemeld: sent apologies; `info_sent`: sent their information beforehand.
    Apologies {
        /// Sent their information beforehand.
        info_sent: bool,
    },
    /// Toehoorder: listens only; confirms confidentiality (R2) like everyone at the table.
    Observer,
}

impl Attendance {
    /// At the table, so bound to confirm confidentiality (R2).
    pub fn at_table(self) -> bool {
        !matches!(self, Attendance::Apologies { .. })
    }
}

/// Present, afgemeld (apologies) or observer (toehoorder): how the meeting page shows and
/// the chair sends a participant's attendance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum AttendanceKind {
    /// At the table.
    Present,
    /// Sent apologies.
    Apologies,
    /// Listens only.
    Observer,
}

impl AttendanceKind {
    /// The kind of the domain's attendance, and whether the information was sent (only
    /// with apologies).
    pub fn of(a: Attendance) -> (Self, bool) {
        match a {
            Attendance::Present => (Self::Present, false),
            Attendance::Apologies { info_sent } => (Self::Apologies, info_sent),
            Attendance::Observer => (Self::Observer, false),
        }
    }
}

/// Attendance counts shown on the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AttendanceCounts {
    /// Participants present.
    pub present: u32,
    /// Participants who sent apologies.
    pub apologies: u32,
    /// Of those who sent apologies: how many sent their information beforehand.
    pub apologies_info_sent: u32,
    /// Observers (R2: no action, no released data).
    pub observers: u32,
}

impl MeetingRecord {
    /// The attendance counts of this meeting.
    pub fn attendance_counts(&self) -> AttendanceCounts {
        let mut c = AttendanceCounts::default();
        for p in &self.participants {
            match p.attendance {
                Attendance::Present => c.present += 1,
                Attendance::Apologies { info_sent } => {
                    c.apologies += 1;
                    c.apologies_info_sent += u32::from(info_sent);
                }
                Attendance::Observer => c.observers += 1,
            }
        }
        c
    }

    /// R9/R11: whether this participant is an observer (receives nothing, does nothing).
    pub fn is_observer(&self, participant: ParticipantId) -> bool {
        self.participants
            .iter()
            .any(|p| p.participant.id == participant && p.attendance == Attendance::Observer)
    }

    /// R1/R5/R9: whether this participant takes part with expertise only (brings no items
    /// in, receives none; seed 002 II.5).
    pub fn is_expertise_only(&self, participant: ParticipantId) -> bool {
        self.participants
            .iter()
            .any(|p| p.participant.id == participant && p.participant.expertise_only)
    }

    /// Records how a participant attended. An observer carries out no action and receives
    /// no release (R9/R11).
    pub fn set_attendance(
        &mut self,
        participant: ParticipantId,
        attendance: Attendance,
    ) -> Result<(), DomainError> {
        if attendance == Attendance::Observer {
            if self.actions.iter().any(|a| a.who == participant) {
                return Err(DomainError::ObserverHasNoPart);
            }
            if self
                .releases
                .cells()
                .any(|((_, r), d)| *r == participant && !d.is_undecided())
            {
                return Err(DomainError::ObserverHasNoPart);
            }
        }
        let p = self
            .participants
            .iter_mut()
            .find(|p| p.participant.id == participant)
            .ok_or(DomainError::ParticipantNotInMeeting {
                field: crate::Field::Attendance,
            })?;
        p.attendance = attendance;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::complete;
    use crate::{checklist, OpenPoint, ReleaseChoice, ReleaseRequest};
    use chrono::Utc;

    #[test]
    fn r2_apologies_need_no_pledge_observers_do() {
        let (mut record, lead, ggz, ..) = complete();
        record.participants[1].pledged_at = None;
        assert!(checklist(&record).contains(&OpenPoint::PledgeMissing(ggz)));
        record
            .set_attendance(ggz, Attendance::Apologies { info_sent: true })
            .unwrap();
        assert!(!checklist(&record).contains(&OpenPoint::PledgeMissing(ggz)));
        let _ = lead;
    }

    #[test]
    fn r9_r11_observer_gets_no_action_and_no_release() {
        let (mut record, lead, ggz, item, _) = complete();
        // The lead carries out the action and received the item: cannot become observer.
        assert_eq!(
            record.set_attendance(lead, Attendance::Observer),
            Err(DomainError::ObserverHasNoPart)
        );
        // The GGZ participant can, and then nothing can be released to them.
        record.set_attendance(ggz, Attendance::Observer).unwrap();
        let action = record.actions[0].id;
        assert_eq!(
            record.decide_release(ReleaseRequest {
                item,
                recipient: ggz,
                decided_by: ggz,
                at: Utc::now(),
                choice: ReleaseChoice::Release {
                    action,
                    motivation: None
                },
            }),
            Err(DomainError::ObserverHasNoPart)
        );
        let input = crate::ActionInput {
            who: ggz,
            what: "Meekijken".into(),
            due: "2026-12-01".into(),
            relies_on: vec![],
            condition: String::new(),
            decision: None,
        };
        assert_eq!(
            record.add_action(crate::ActionId::new(), &input),
            Err(DomainError::ObserverHasNoPart)
        );
    }

    #[test]
    fn attendance_counts_per_kind() {
        let (mut record, lead, ggz, ..) = complete();
        assert_eq!(record.attendance_counts().present, 2);
        record
            .set_attendance(ggz, Attendance::Apologies { info_sent: true })
            .unwrap();
        let c = record.attendance_counts();
        assert_eq!(
            (c.present, c.apologies, c.apologies_info_sent, c.observers),
            (1, 1, 1, 0)
        );
        let _ = lead;
    }
}
