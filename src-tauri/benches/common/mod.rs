//! What the benches share: the input of a meeting as a chair starts one.

use casusoverleg_lib::dto::NewMeeting;

/// A new meeting on `date`; the family is not at the table and the reason is given.
pub fn new_meeting(case_label: String, date: &str) -> NewMeeting {
    NewMeeting {
        case_label,
        date: date.into(),
        purpose: "Samen afspreken wie het gezin helpt met school en wonen".into(),
        criteria: None,
        family_present: Some(false),
        anonymous: None,
        family_absence_reason: Some(
            "Moeder wil eerst zelf met de school praten, daarna sluit ze aan.".into(),
        ),
    }
}
