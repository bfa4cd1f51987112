//! Wire types of the `participants` group of `ipc.rs` (what the UI sends and gets).

/// What the UI sends about participants: the domain's input types (their `parse` gives
/// the domain's validated input).
pub use domain::input::{NewParticipant, ParticipantUpdate, SetAttendance};
/// The participants of the meeting page (R1/R2/R7): the store's view travels as itself;
/// `AttendanceKind` is also what the chair sends (`SetAttendance`).
pub use store::{AttendanceKind, Participant, ParticipantProfile};
