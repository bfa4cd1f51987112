//! Command body of attendance (R2): wire → `domain::Attendance`, the store (which asks
//! the domain in one transaction), the new meeting → wire.
use crate::dto::attendance::{AttendanceCounts, AttendanceKind, SetAttendance};
use crate::dto::flow::MeetingFlow;
use crate::dto::ApiError;
use crate::flow::{flow, participant_id};
use chrono::Utc;
use domain::{Attendance, Field};

pub(crate) fn kind_dto(a: Attendance) -> (AttendanceKind, bool) {
    match a {
        Attendance::Present => (AttendanceKind::Present, false),
        Attendance::Apologies { info_sent } => (AttendanceKind::Apologies, info_sent),
        Attendance::Observer => (AttendanceKind::Observer, false),
    }
}

pub(crate) fn counts_dto(r: &domain::MeetingRecord) -> AttendanceCounts {
    let c = r.attendance_counts();
    AttendanceCounts {
        present: c.present,
        apologies: c.apologies,
        apologies_info_sent: c.apologies_info_sent,
        observers: c.observers,
    }
}

pub fn set_attendance(state: &AppState, input: SetAttendance) -> Result<MeetingFlow, ApiError> {
    let participant = participant_id(&input.participant_id, Field::Attendance)?;
    let attendance = match input.attendance.parse(Field::Attendance)? {
        AttendanceKind::Present => Attendance::Present,
        AttendanceKind::Apologies => Attendance::Apologies {
            info_sent: input.info_sent,
        },
        AttendanceKind::Observer => Attendance::Observer,
    };
    flow(state, &input.meeting_id, |s, id| {
        s.set_attendance(id, participant, attendance, Utc::now())
    })
}

use crate::commands::AppState;
