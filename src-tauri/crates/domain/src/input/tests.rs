//! The parse methods of the wire inputs: a bad id gives the error naming its field, a
//! good input parses to the expected value.

use super::*;
use crate::{
    Attendance, AttendanceKind, Basis, BulkScope, CarriedStatus, ConsentMethod, ConsentScope,
    Consenter, CustomBasisId, ForFamily, Kind, LegalBasis, NotificationScope, NotificationTiming,
    OrganisationType, ReleaseChoice, Role,
};

const BAD: &str = "not-an-id";

fn id() -> String {
    uuid::Uuid::now_v7().to_string()
}

fn new_item(contributor: &str) -> NewItem {
    serde_json::from_value(serde_json::json!({
        "meetingId": id(),
        "contributorId": contributor,
        "text": "Zorgen over school",
        "kind": "fact",
        "category": "general",
        "source": "own",
    }))
    .unwrap()
}

#[test]
fn choice_known_unknown_wrong_type_and_missing() {
    #[derive(Debug, serde::Deserialize)]
    struct Probe {
        #[serde(default)]
        role: Choice<Role>,
    }
    let role = |json: &str| serde_json::from_str::<Probe>(json).unwrap().role;
    assert_eq!(
        role(r#"{"role":"caseLead"}"#),
        Choice::Known(Role::CaseLead)
    );
    for bad in [
        r#"{"role":"boss"}"#,
        r#"{"role":42}"#,
        r#"{"role":null}"#,
        r#"{"role":{"x":1}}"#,
        r#"{"role":["caseLead"]}"#,
        r#"{}"#,
    ] {
        assert_eq!(role(bad), Choice::Unknown, "{bad}");
    }
    assert_eq!(
        Choice::<Role>::Unknown.parse(Field::Role),
        Err(DomainError::UnknownValue { field: Field::Role })
    );
}

#[test]
fn one_id_parser_names_the_kind_and_field() {
    assert_eq!(
        subject_id(BAD, Field::VoiceSubject),
        Err(DomainError::UnknownSubject {
            field: Field::VoiceSubject
        })
    );
    assert_eq!(
        item_ids(&[id(), BAD.into()], Field::RestsOn),
        Err(DomainError::UnknownItem {
            field: Field::RestsOn
        })
    );
    assert_eq!(
        participant_id(BAD, Field::Informer),
        Err(DomainError::ParticipantNotInMeeting {
            field: Field::Informer
        })
    );
    let good = id();
    assert_eq!(
        item_id(&good, Field::Item).map(|i| i.to_string()),
        Ok(good.clone())
    );
}

#[test]
fn r7b_custom_basis_code_round_trips_and_a_bad_id_is_an_unknown_basis() {
    let c = CustomBasisId::new();
    assert!(c.code().starts_with(crate::CUSTOM_BASIS_PREFIX));
    assert_eq!(CustomBasisId::from_code(&c.code()), Some(Ok(c)));
    assert_eq!(CustomBasisId::from_code("jeugdwet_7_4"), None);
    assert_eq!(
        CustomBasisId::from_code("custom:nope"),
        Some(Err(DomainError::UnknownValue {
            field: Field::Basis
        }))
    );
    let legal = |code: String| BasisInput::Legal { legal_basis: code }.parse();
    assert_eq!(legal(c.code()), Ok(BasisChoice::Custom(c)));
    let fixed = LegalBasis::ALL[0];
    assert_eq!(
        legal(fixed.code().to_owned()),
        Ok(BasisChoice::Ready(Basis::Legal(fixed)))
    );
    assert_eq!(
        legal("geen".into()),
        Err(DomainError::UnknownValue {
            field: Field::Basis
        })
    );
}

#[test]
fn r5_new_item_with_a_bad_contributor_is_no_one_at_the_table() {
    assert_eq!(
        new_item(BAD).parse().map(|_| ()),
        Err(DomainError::ContributorNotInMeeting)
    );
    let mut item = new_item(&id());
    item.subject_ids = Some(vec![BAD.into()]);
    assert_eq!(
        item.parse().map(|_| ()),
        Err(DomainError::UnknownSubject {
            field: Field::Subjects
        })
    );
}

#[test]
fn r6_new_item_parses_with_its_kind_and_no_basis_or_consents() {
    let who = id();
    let entry = new_item(&who).parse().unwrap();
    assert_eq!(entry.item.contributor.to_string(), who);
    assert_eq!(entry.item.kind, Kind::Fact);
    assert!(entry.basis.is_none() && entry.consents.is_empty() && entry.subjects.is_empty());
    let mut unknown = new_item(&who);
    unknown.kind = Choice::Unknown;
    assert_eq!(
        unknown.parse().map(|_| ()),
        Err(DomainError::UnknownValue { field: Field::Kind })
    );
}

#[test]
fn r8_a_consent_parses_with_its_scope_and_a_bad_recipient_names_the_scope() {
    let (subject, recipient) = (id(), id());
    let consent = |recipient: &str| NewConsent {
        meeting_id: id(),
        item_id: id(),
        subject_id: subject.clone(),
        given_by: Consenter::Subject.into(),
        method: ConsentMethod::Verbal.into(),
        scope_recipients: vec![recipient.to_owned()],
        scope_purpose: "Hulp bij school".into(),
    };
    let (_, given) = consent(&recipient).parse().unwrap();
    assert_eq!(given.subject.to_string(), subject);
    assert_eq!(given.given_by, Consenter::Subject);
    assert!(
        matches!(given.scope, ConsentScope::Given { ref recipients, .. }
        if recipients.len() == 1 && recipients[0].to_string() == recipient)
    );
    assert_eq!(
        consent(BAD).parse().map(|_| ()),
        Err(DomainError::ParticipantNotInMeeting {
            field: Field::ConsentRecipients
        })
    );
}

#[test]
fn r9_release_choice_needs_an_action_in_the_plan_and_empty_motivation_is_none() {
    let release = |action: &str, motivation: &str| ReleaseInput {
        meeting_id: id(),
        item_id: id(),
        recipient_id: id(),
        choice: ReleaseChoiceInput::Release {
            action_id: action.into(),
            motivation: motivation.into(),
        }
        .into(),
    };
    assert_eq!(
        release(BAD, "").parse().map(|_| ()),
        Err(DomainError::ActionNotInPlan)
    );
    let (_, _, choice) = release(&id(), "  ").parse().unwrap();
    assert!(matches!(
        choice,
        ReleaseChoice::Release {
            motivation: None,
            ..
        }
    ));
    let mut bad_recipient = release(&id(), "");
    bad_recipient.recipient_id = BAD.into();
    assert_eq!(
        bad_recipient.parse().map(|_| ()),
        Err(DomainError::RecipientNotInMeeting)
    );
    let bulk = ReleaseBulkInput {
        meeting_id: id(),
        scope: Choice::Unknown,
    };
    assert_eq!(
        bulk.parse(),
        Err(DomainError::UnknownValue {
            field: Field::ReleaseChoice
        })
    );
    let matrix = ReleaseBulkInput {
        meeting_id: id(),
        scope: ReleaseBulkScope::Matrix.into(),
    };
    assert_eq!(matrix.parse(), Ok(BulkScope::Matrix));
}

#[test]
fn r1_participant_with_an_unknown_organisation_type_or_role() {
    let participant = |org: Option<&str>, role: Choice<Role>| NewParticipant {
        meeting_id: id(),
        name: "Jansen".into(),
        organisation: "GGD".into(),
        function: String::new(),
        phone: String::new(),
        email: String::new(),
        role,
        organisation_type: org.map(str::to_owned),
        secrecy: Some(true),
        expertise_only: None,
    };
    let (input, extra) = participant(None, Role::CaseLead.into()).parse().unwrap();
    assert_eq!(input.role, Role::CaseLead);
    assert_eq!(extra.organisation_type, OrganisationType::Overig);
    assert!(extra.secrecy);
    assert_eq!(
        participant(Some("bakker"), Role::CaseLead.into())
            .parse()
            .map(|_| ()),
        Err(DomainError::UnknownValue {
            field: Field::Organisation
        })
    );
    assert_eq!(
        participant(None, Choice::Unknown).parse().map(|_| ()),
        Err(DomainError::UnknownValue { field: Field::Role })
    );
}

#[test]
fn r2_attendance_keeps_info_sent_only_with_apologies() {
    let set = |kind: AttendanceKind| SetAttendance {
        meeting_id: id(),
        participant_id: id(),
        attendance: kind.into(),
        info_sent: true,
    };
    assert_eq!(
        set(AttendanceKind::Apologies).parse().map(|(_, a)| a),
        Ok(Attendance::Apologies { info_sent: true })
    );
    assert_eq!(
        set(AttendanceKind::Present).parse().map(|(_, a)| a),
        Ok(Attendance::Present)
    );
    let mut bad = set(AttendanceKind::Observer);
    bad.participant_id = BAD.into();
    assert_eq!(
        bad.parse(),
        Err(DomainError::ParticipantNotInMeeting {
            field: Field::Attendance
        })
    );
}

#[test]
fn r11_plan_inputs_name_their_ids() {
    let action = NewAction {
        meeting_id: id(),
        who: id(),
        what: "Huisbezoek".into(),
        due: "2026-01-10".into(),
        relies_on: vec![BAD.into()],
        condition: None,
        decision_id: Some(String::new()),
    };
    assert_eq!(
        action.parse().map(|_| ()),
        Err(DomainError::UnknownItem {
            field: Field::ReliesOn
        })
    );
    let ok = NewAction {
        relies_on: vec![],
        ..action
    }
    .parse()
    .unwrap();
    assert!(ok.decision.is_none() && ok.condition.is_empty());
    let dissent = NewDissent {
        meeting_id: id(),
        decision_id: BAD.into(),
        participant_id: id(),
        why: "Te vroeg".into(),
    };
    assert_eq!(dissent.parse(), Err(DomainError::UnknownDecision));
    let carried = SetCarriedStatus {
        meeting_id: id(),
        carried_id: id(),
        done: true,
        condition_met: true,
        reason: Choice::Unknown,
        note: String::new(),
    };
    assert_eq!(carried.parse().map(|(_, s)| s), Ok(CarriedStatus::Done));
    assert_eq!(
        SetCarriedStatus {
            carried_id: BAD.into(),
            ..carried
        }
        .parse(),
        Err(DomainError::UnknownCarriedAction)
    );
}

#[test]
fn r14c_not_for_the_family_needs_a_motivation() {
    assert_eq!(ForFamilyInput::Checked.parse(), Ok(ForFamily::Checked));
    assert!(matches!(
        ForFamilyInput::NotForFamily {
            motivation: String::new()
        }
        .parse(),
        Err(e) if e.field() == Some(Field::Motivation)
    ));
}

#[test]
fn r12_notification_gives_every_fault_at_once_and_parses_the_whole_family() {
    let notification = |informer: &str, timing: Choice<NotificationTimingInput>| NewNotification {
        meeting_id: id(),
        subject_ids: vec![],
        informer: informer.into(),
        method: Choice::Unknown,
        timing,
    };
    let err = notification(BAD, Choice::Unknown).parse().unwrap_err();
    let fields: Vec<_> = err.each().iter().filter_map(|e| e.field()).collect();
    assert_eq!(
        fields,
        [
            Field::Informer,
            Field::NotificationMethod,
            Field::NotificationTiming
        ]
    );
    let mut ok = notification(&id(), NotificationTimingInput::Beforehand.into());
    ok.method = crate::NotificationMethod::Conversation.into();
    let parsed = ok.parse().unwrap();
    assert_eq!(parsed.about, NotificationScope::WholeFamily);
    assert_eq!(parsed.timing, NotificationTiming::Beforehand);
}

#[test]
fn r11_follow_up_names_a_bad_participant_and_r16_a_bad_requester() {
    let follow = NewFollowUp {
        previous_meeting_id: id(),
        date: "2026-02-01".into(),
        participant_ids: Some(vec![BAD.into()]),
        subject_ids: None,
    };
    assert_eq!(
        follow.parse(),
        Err(DomainError::ParticipantNotInMeeting { field: Field::Name })
    );
    let correction = CorrectionRequest {
        meeting_id: id(),
        item_id: id(),
        text: String::new(),
        reason: "Klopt niet".into(),
        reaction: String::new(),
        requested_by: BAD.into(),
        competent: None,
        decision: Choice::Unknown,
        decided_on: String::new(),
        motivation: String::new(),
    };
    assert_eq!(
        correction.parse().map(|_| ()),
        Err(DomainError::UnknownSubject {
            field: Field::RequestedBy
        })
    );
}
