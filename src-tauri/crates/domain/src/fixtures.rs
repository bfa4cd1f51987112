//! Test fixtures shared by the rule tests of several modules.
#![allow(clippy::unwrap_used)]

use crate::{
    default_retention, Action, ActionId, Basis, Category, ConsentMethod, ConsentRecord, Consenter,
    FamilyNotification, Field, Item, ItemId, ItemRecord, Kind, Label, Meeting, MeetingId,
    MeetingRecord, NotificationId, NotificationMethod, NotificationScope, NotificationTiming,
    OrganisationType, Participant, ParticipantId, ParticipantRecord, Prose, Relation,
    ReleaseChoice, ReleaseMatrix, ReleaseRequest, Role, Subject, SubjectId, SubjectRecord,
};
use chrono::{NaiveDate, Utc};

pub(crate) fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub(crate) fn participant(
    meeting: MeetingId,
    role: Role,
    org: OrganisationType,
) -> ParticipantRecord {
    ParticipantRecord {
        participant: Participant {
            id: ParticipantId::new(),
            meeting_id: meeting,
            name: Label::parse("Deelnemer", Field::Name).unwrap(),
            organisation: Label::parse("Organisatie", Field::Organisation).unwrap(),
            function: None,
            phone: None,
            email: None,
            role,
            expertise_only: false,
        },
        organisation_type: org,
        secrecy: true,
        pledged_at: Some(Utc::now()),
        attendance: crate::Attendance::Present,
        complaint_route: None,
    }
}

/// A meeting that can be finalized: a case lead from the wijkteam, a GGZ participant
/// who brings one item about the (absent) mother on her consent, one action for the
/// case lead relying on it, released; the mother is informed beforehand.
pub(crate) fn complete() -> (
    MeetingRecord,
    ParticipantId,
    ParticipantId,
    ItemId,
    SubjectId,
) {
    let meeting = Meeting {
        id: MeetingId::new(),
        case_label: Label::parse("Casus 7", Field::CaseLabel).unwrap(),
        date: day(2026, 11, 24),
        purpose: Prose::parse("Afstemmen hulp", Field::Purpose, 100).unwrap(),
        criteria: Some(
            Prose::parse(
                "Zorgen over de veiligheid thuis; meerdere hulpverleners betrokken.",
                Field::Criteria,
                200,
            )
            .unwrap(),
        ),
        family_present: false,
        family_absence_reason: Some(
            Prose::parse(
                "Moeder wil eerst zelf met de huisarts praten over haar behandeling.",
                Field::FamilyAbsenceReason,
                200,
            )
            .unwrap(),
        ),
        anonymous: false,
        created_at: Utc::now(),
    };
    let lead = participant(meeting.id, Role::CaseLead, OrganisationType::Wijkteam);
    let ggz = participant(meeting.id, Role::ContentRole, OrganisationType::Ggz);
    let (lead_id, ggz_id) = (lead.participant.id, ggz.participant.id);
    let mother = Subject {
        id: SubjectId::new(),
        meeting_id: meeting.id,
        relation: Relation::Parent,
        name: None,
        birth_date: Some(day(1985, 3, 1)),
        parental_authority: true,
        has_secret_address: false,
        language: crate::FamilyLanguage::default(),
    };
    let mother_id = mother.id;
    let item = Item {
        id: ItemId::new(),
        meeting_id: meeting.id,
        contributor: ggz_id,
        text: Prose::parse("In behandeling.", Field::ItemText, 100).unwrap(),
        kind: Kind::Fact,
        category: Category::General,
        source: crate::Source::unknown(),
        created_at: Utc::now(),
    };
    let item_id = item.id;
    let action = Action {
        id: ActionId::new(),
        who: lead_id,
        what: Prose::parse("Gezinsplan opstellen", Field::ActionWhat, 100).unwrap(),
        due: day(2026, 12, 15),
        relies_on: vec![item_id],
        for_family: crate::ForFamily::Unchecked,
        condition: None,
        decision: None,
    };
    let action_id = action.id;
    let mut record = MeetingRecord {
        meeting,
        subjects: vec![SubjectRecord {
            subject: mother,
            present: false,
        }],
        participants: vec![lead, ggz],
        items: vec![ItemRecord {
            item,
            subjects: vec![mother_id],
            basis: Some(Basis::Consent {
                records: vec![ConsentRecord {
                    subject: mother_id,
                    given_by: Consenter::Subject,
                    method: ConsentMethod::Written,
                    at: Utc::now(),
                    withdrawn: None,
                    scope: crate::ConsentScope::Given {
                        recipients: vec![lead_id, ggz_id],
                        purpose: Prose::parse("Afstemmen hulp", Field::ConsentPurpose, 100)
                            .unwrap(),
                    },
                }],
                not_competent: vec![],
            }),
            wall: None,
        }],
        actions: vec![action],
        releases: ReleaseMatrix::new(),
        notifications: vec![FamilyNotification {
            id: NotificationId::new(),
            about: NotificationScope::WholeFamily,
            informer: lead_id,
            method: NotificationMethod::Conversation,
            timing: NotificationTiming::Beforehand,
            done_on: None,
            lifted_on: None,
        }],
        retention_until: default_retention(day(2026, 11, 24)),
        carried_over: vec![],
        decisions: vec![],
        dissents: vec![],
        purpose_for_family: false,
        voices: Vec::new(),
        minutes: crate::Minutes::default(),
    };
    record
        .decide_release(ReleaseRequest {
            item: item_id,
            recipient: lead_id,
            decided_by: ggz_id,
            at: Utc::now(),
            choice: ReleaseChoice::Release {
                action: action_id,
                motivation: None,
            },
        })
        .unwrap();
    (record, lead_id, ggz_id, item_id, mother_id)
}

/// Seed 004 art. 6.4b: a consent scope reaching every participant of the meeting.
pub(crate) fn scope_all(record: &MeetingRecord) -> crate::ConsentScope {
    crate::ConsentScope::Given {
        recipients: record
            .participants
            .iter()
            .map(|p| p.participant.id)
            .collect(),
        purpose: Prose::parse("Afstemmen hulp", Field::ConsentPurpose, 100).unwrap(),
    }
}

/// R8: turns a subject into a child of 8 on the fixtures' meeting date (24-11-2026), for
/// whom the holders of parental authority consent.
pub(crate) fn make_young_child(subject: &mut Subject) {
    subject.relation = Relation::Youth;
    subject.birth_date = Some(day(2018, 3, 1));
    subject.parental_authority = false;
}
