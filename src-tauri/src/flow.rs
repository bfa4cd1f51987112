//! Command bodies of the complete meeting (R1–R15). They only translate: wire → domain
//! types (ids parsed; texts into `Prose`/`Label` by the domain), call the store (which asks
//! the domain inside one transaction), and the stored record → `MeetingFlow`.

use crate::commands::{meeting_id, AppState};
use crate::dto::flow::*;
use crate::dto::{ApiError, Item as ItemDto, Participant as ParticipantDto};
use crate::messages::{checklist, domain_message};
use chrono::{NaiveDate, SecondsFormat, Utc};
use domain::{DomainError, Field, Label, Prose};
use store::{FlowData, PreparationInput};
use texts::labels;
use uuid::Uuid;

const TIME: SecondsFormat = SecondsFormat::Secs;

pub(crate) fn parse_id<T>(
    raw: &str,
    make: fn(Uuid) -> T,
    error: DomainError,
) -> Result<T, ApiError> {
    Uuid::parse_str(raw).map(make).map_err(|_| error.into())
}

pub(crate) fn subject_id(raw: &str, field: Field) -> Result<domain::SubjectId, ApiError> {
    parse_id(
        raw,
        domain::SubjectId::from_uuid,
        DomainError::UnknownSubject { field },
    )
}

fn subject_ids(raw: &[String], field: Field) -> Result<Vec<domain::SubjectId>, ApiError> {
    raw.iter().map(|s| subject_id(s, field)).collect()
}

pub(crate) fn item_id(raw: &str, field: Field) -> Result<domain::ItemId, ApiError> {
    parse_id(
        raw,
        domain::ItemId::from_uuid,
        DomainError::UnknownItem { field },
    )
}

pub(crate) fn participant_id(raw: &str, field: Field) -> Result<domain::ParticipantId, ApiError> {
    parse_id(
        raw,
        domain::ParticipantId::from_uuid,
        DomainError::ParticipantNotInMeeting { field },
    )
}

fn date(raw: &str, field: Field) -> Result<NaiveDate, ApiError> {
    Ok(domain::parse_date(raw, field)?)
}

/// R7c/R9/R12: every motivation is parsed by the domain's one motivation rule.
fn motivation(raw: &str) -> Result<Prose, ApiError> {
    Ok(domain::parse_motivation(
        raw,
        Field::Motivation,
        domain::MOTIVATION_MAX_CHARS,
    )?)
}

// ---- wire → domain -----------------------------------------------------------------

/// R7b: the wire code of a custom legal basis, `custom:<id>`, in the same place as the
/// codes of the fixed ones (so the basis editor offers both alike).
pub(crate) const CUSTOM_BASIS_PREFIX: &str = "custom:";

pub(crate) fn custom_basis_code(id: domain::CustomBasisId) -> String {
    format!("{CUSTOM_BASIS_PREFIX}{id}")
}

/// A basis from the wire; a custom legal basis is looked up in the store.
enum ParsedBasis {
    Ready(domain::Basis),
    Custom(domain::CustomBasisId),
}

fn basis(input: BasisInput) -> Result<ParsedBasis, ApiError> {
    if let BasisInput::Legal { legal_basis } = &input {
        if let Some(raw) = legal_basis.strip_prefix(CUSTOM_BASIS_PREFIX) {
            let id = Uuid::parse_str(raw.trim()).map_err(|_| DomainError::UnknownValue {
                field: Field::Basis,
            })?;
            return Ok(ParsedBasis::Custom(domain::CustomBasisId::from_uuid(id)));
        }
    }
    Ok(ParsedBasis::Ready(match input {
        BasisInput::Consent { not_competent } => domain::Basis::Consent {
            records: Vec::new(),
            not_competent: subject_ids(&not_competent, Field::Consent)?,
        },
        BasisInput::Legal { legal_basis } => domain::Basis::Legal(
            domain::LegalBasis::from_code(&legal_basis).ok_or(DomainError::UnknownValue {
                field: Field::Basis,
            })?,
        ),
        BasisInput::ConflictOfDuties {
            answers,
            motivation: m,
        } => domain::Basis::ConflictOfDuties {
            answers,
            motivation: motivation(&m)?,
        },
    }))
}

fn consenter(c: Consenter) -> Result<domain::Consenter, ApiError> {
    Ok(match c {
        Consenter::Subject => domain::Consenter::Subject,
        Consenter::Parent { subject_id: s } => {
            domain::Consenter::Parent(subject_id(&s, Field::Consent)?)
        }
        Consenter::OtherAuthority { name } => {
            domain::Consenter::OtherAuthority(Label::parse(&name, Field::Consent)?)
        }
        Consenter::AuthorityByRelation { relation: r } => domain::Consenter::AuthorityByRelation(r),
    })
}

/// Seed 004 art. 6.4b: the scope as the chair enters it.
fn consent_scope(recipients: &[String], purpose: &str) -> Result<domain::ConsentScope, ApiError> {
    Ok(domain::ConsentScope::Given {
        recipients: recipients
            .iter()
            .map(|r| participant_id(r, Field::ConsentRecipients))
            .collect::<Result<_, _>>()?,
        purpose: Prose::parse(
            purpose,
            Field::ConsentPurpose,
            domain::CONSENT_PURPOSE_MAX_CHARS,
        )?,
    })
}

fn timing(t: NotificationTiming) -> Result<domain::NotificationTiming, ApiError> {
    Ok(match t {
        NotificationTiming::Beforehand => domain::NotificationTiming::Beforehand,
        NotificationTiming::Afterwards { motivation: m } => {
            domain::NotificationTiming::Afterwards {
                motivation: motivation(&m)?,
            }
        }
        NotificationTiming::Postponed {
            ground: g,
            motivation: m,
            review_date,
        } => domain::NotificationTiming::Postponed {
            ground: g,
            motivation: motivation(&m)?,
            review_date: date(&review_date, Field::ReviewDate)?,
        },
    })
}

// ---- domain → wire -----------------------------------------------------------------

fn consenter_dto(c: &domain::Consenter) -> Consenter {
    match c {
        domain::Consenter::Subject => Consenter::Subject,
        domain::Consenter::Parent(s) => Consenter::Parent {
            subject_id: s.to_string(),
        },
        domain::Consenter::OtherAuthority(n) => Consenter::OtherAuthority {
            name: n.to_string(),
        },
        domain::Consenter::AuthorityByRelation(r) => {
            Consenter::AuthorityByRelation { relation: *r }
        }
    }
}

fn ids<T: ToString>(v: &[T]) -> Vec<String> {
    v.iter().map(ToString::to_string).collect()
}

/// The stored record as the meeting page shows it, with the checklist (R13).
pub fn flow_dto(data: &FlowData) -> MeetingFlow {
    let r = &data.record;
    let m = &r.meeting;
    let subjects = r
        .subjects
        .iter()
        .map(|s| Subject {
            id: s.subject.id.to_string(),
            relation: s.subject.relation,
            name: s.subject.name.as_ref().map(ToString::to_string),
            birth_date: s
                .subject
                .birth_date
                .map(|d| d.format("%Y-%m-%d").to_string()),
            age: s.subject.birth_date.map(|b| domain::age_on(b, m.date)),
            present: s.present,
            parental_authority: s.subject.parental_authority,
            has_secret_address: s.subject.has_secret_address,
            may_hold_authority: s.subject.relation.can_hold_authority(),
            may_be_judged_not_competent: domain::may_be_judged_not_competent(
                s.subject.relation,
                s.subject.birth_date,
                m.date,
            ),
            may_consent_for_another: s.subject.relation.may_consent_for_another(),
        })
        .collect();
    let release_ctx = r.release_context();
    let item_profiles = r
        .items
        .iter()
        .map(|i| {
            let consent_ids = data.consent_ids.get(&i.item.id);
            let basis = i.basis.as_ref().map(|b| match b {
                domain::Basis::Consent {
                    records,
                    not_competent,
                } => Basis::Consent {
                    records: records
                        .iter()
                        .enumerate()
                        .map(|(n, c)| Consent {
                            id: consent_ids
                                .and_then(|v| v.get(n))
                                .cloned()
                                .unwrap_or_default(),
                            subject_id: c.subject.to_string(),
                            given_by: consenter_dto(&c.given_by),
                            method: c.method,
                            at: c.at.to_rfc3339_opts(TIME, true),
                            withdrawn_at: c.withdrawn.map(|w| w.to_rfc3339_opts(TIME, true)),
                            scope: c.scope.clone(),
                        })
                        .collect(),
                    not_competent: ids(not_competent),
                },
                domain::Basis::Legal(l) => Basis::Legal {
                    legal_basis: l.code().into(),
                },
                domain::Basis::CustomLegal(c) => Basis::Legal {
                    legal_basis: custom_basis_code(c.id),
                },
                domain::Basis::ConflictOfDuties {
                    answers,
                    motivation,
                } => Basis::ConflictOfDuties {
                    answers: *answers,
                    motivation: motivation.to_string(),
                },
            });
            ItemProfile {
                item_id: i.item.id.to_string(),
                subject_ids: ids(&i.subjects),
                basis,
                basis_problem: match r.check_item_basis(i) {
                    Some(Err(e)) => Some(domain_message(&e)),
                    _ => None,
                },
                withdrawn: r.releases.withdrawn_items().any(|w| *w == i.item.id),
                releasable: r.releases.releasable(i.item.id, &release_ctx),
                version: data.version_of(i.item.id),
                corrected: data.version_of(i.item.id) > 1,
            }
        })
        .collect();
    let releases = r
        .releases
        .cells()
        .filter_map(|((item, recipient), d)| match d {
            domain::ReleaseDecision::Undecided => None,
            domain::ReleaseDecision::StaysInMeeting { decided_by, at } => {
                Some(ReleaseCell::Stays {
                    item_id: item.to_string(),
                    recipient_id: recipient.to_string(),
                    decided_by: decided_by.to_string(),
                    at: at.to_rfc3339_opts(TIME, true),
                })
            }
            domain::ReleaseDecision::Released {
                action,
                decided_by,
                at,
                motivation,
            } => Some(ReleaseCell::Released {
                item_id: item.to_string(),
                recipient_id: recipient.to_string(),
                action_id: action.to_string(),
                decided_by: decided_by.to_string(),
                at: at.to_rfc3339_opts(TIME, true),
                motivation: motivation.as_ref().map(ToString::to_string),
            }),
        })
        .collect();
    let notifications = r
        .notifications
        .iter()
        .map(|n| Notification {
            id: n.id.to_string(),
            subject_ids: match &n.about {
                domain::NotificationScope::WholeFamily => Vec::new(),
                domain::NotificationScope::Subjects(s) => ids(s),
            },
            informer: n.informer.to_string(),
            method: n.method,
            timing: match &n.timing {
                domain::NotificationTiming::Beforehand => NotificationTiming::Beforehand,
                domain::NotificationTiming::Afterwards { motivation } => {
                    NotificationTiming::Afterwards {
                        motivation: motivation.to_string(),
                    }
                }
                domain::NotificationTiming::Postponed {
                    ground,
                    motivation,
                    review_date,
                } => NotificationTiming::Postponed {
                    ground: *ground,
                    motivation: motivation.to_string(),
                    review_date: review_date.format("%Y-%m-%d").to_string(),
                },
            },
            done_on: n.done_on.map(|d| d.format("%Y-%m-%d").to_string()),
            lifted_on: n.lifted_on.map(|d| d.format("%Y-%m-%d").to_string()),
            status: match n.status() {
                domain::NotificationStatus::Postponed => NotificationStatus::Postponed,
                domain::NotificationStatus::Agreed => NotificationStatus::Agreed,
                domain::NotificationStatus::Done(_) => NotificationStatus::Done,
            },
            may_lift: n.next_event() == Some(domain::NotificationEvent::LiftPostponement),
            may_record_done: n.next_event() == Some(domain::NotificationEvent::RecordDone),
        })
        .collect();
    let checklist = match data.state {
        domain::MeetingState::Finalized { .. } => Vec::new(),
        domain::MeetingState::Draft => domain::checklist(r)
            .iter()
            .map(|p| {
                let (message, section, target_id) = checklist::describe(r, p);
                OpenPoint {
                    code: p.code().into(),
                    message,
                    section,
                    target_id,
                }
            })
            .collect(),
    };
    MeetingFlow {
        id: m.id.to_string(),
        case_label: m.case_label.to_string(),
        date: m.date.format("%Y-%m-%d").to_string(),
        purpose: m.purpose.to_string(),
        criteria: m.criteria.as_ref().map(ToString::to_string),
        family_absence_reason: m.family_absence_reason.as_ref().map(ToString::to_string),
        family_present: m.family_present,
        anonymous: m.anonymous,
        retention_until: r.retention_until.map(|d| d.format("%Y-%m-%d").to_string()),
        finalized_at: match data.state {
            domain::MeetingState::Finalized { at } => Some(at.to_rfc3339_opts(TIME, true)),
            domain::MeetingState::Draft => None,
        },
        subjects,
        participants: r
            .participants
            .iter()
            .map(|p| ParticipantDto::from(p.participant.clone()))
            .collect(),
        profiles: r
            .participants
            .iter()
            .map(|p| ParticipantProfile {
                participant_id: p.participant.id.to_string(),
                organisation_type: p.organisation_type.code().into(),
                secrecy: p.secrecy,
                pledged_at: p.pledged_at.map(|t| t.to_rfc3339_opts(TIME, true)),
                attendance: crate::attendance::kind_dto(p.attendance).0,
                info_sent: crate::attendance::kind_dto(p.attendance).1,
                complaint_route: p.complaint_route.as_ref().map(|r| r.as_str().to_owned()),
            })
            .collect(),
        items: r
            .items
            .iter()
            .map(|i| ItemDto::from(i.item.clone()))
            .collect(),
        item_profiles,
        actions: r
            .actions
            .iter()
            .map(|a| Action {
                id: a.id.to_string(),
                who: a.who.to_string(),
                what: a.what.to_string(),
                due: a.due.format("%Y-%m-%d").to_string(),
                relies_on: ids(&a.relies_on),
                for_family: match &a.for_family {
                    domain::ForFamily::Unchecked => ForFamily::Unchecked,
                    domain::ForFamily::Checked => ForFamily::Checked,
                    domain::ForFamily::NotForFamily { motivation } => ForFamily::NotForFamily {
                        motivation: motivation.to_string(),
                    },
                },
            })
            .collect(),
        releases,
        notifications,
        checklist,
        carried_actions: crate::followup::carried_dto(r),
        attendance_counts: crate::attendance::counts_dto(r),
        purpose_for_family: r.purpose_for_family,
    }
}

// ---- commands ----------------------------------------------------------------------

pub fn reference_data() -> ReferenceData {
    reference_data_with(&[])
}

/// The reference data with the legal bases the chair added per organisation type (R7b)
/// after the fixed ones of seed 004 art. 5.2.
pub fn reference_data_with(custom: &[domain::CustomBasis]) -> ReferenceData {
    ReferenceData {
        organisation_types: domain::OrganisationType::ALL
            .into_iter()
            .map(|t| OrganisationTypeInfo {
                code: t.code().into(),
                label: labels::organisation_type(t).into(),
                wgbo: t.wgbo_applies(),
                legal_bases: t
                    .legal_bases()
                    .iter()
                    .map(|b| LegalBasisInfo {
                        code: b.code().into(),
                        label: labels::legal_basis(*b).into(),
                    })
                    .chain(
                        custom
                            .iter()
                            .filter(|c| c.holds_for(t))
                            .map(|c| LegalBasisInfo {
                                code: custom_basis_code(c.id),
                                label: labels::custom_basis(c.law.as_str(), c.article.as_str()),
                            }),
                    )
                    .collect(),
            })
            .collect(),
        authority_relations: [
            domain::Relation::Youth,
            domain::Relation::Parent,
            domain::Relation::Carer,
            domain::Relation::Guardian,
            domain::Relation::Other,
        ]
        .into_iter()
        .filter(|r| r.can_hold_authority())
        .collect(),
    }
}

pub(crate) fn flow(
    state: &AppState,
    id: &str,
    f: impl FnOnce(&mut store::Store, domain::MeetingId) -> Result<FlowData, store::StoreError>,
) -> Result<MeetingFlow, ApiError> {
    let id = meeting_id(id)?;
    state.with_store(|s| f(s, id)).map(|d| flow_dto(&d))
}

pub fn get_meeting_flow(state: &AppState, id: &str) -> Result<MeetingFlow, ApiError> {
    flow(state, id, |s, id| {
        let data = s.meeting_flow(id)?;
        crate::commands::log_read(s, store::AuditKind::MeetingOpened, Some(id))?;
        Ok(data)
    })
}

pub fn update_preparation(state: &AppState, input: Preparation) -> Result<MeetingFlow, ApiError> {
    let prep = PreparationInput {
        purpose: input.purpose,
        criteria: input.criteria,
        family_present: input.family_present,
        family_absence_reason: input.family_absence_reason.unwrap_or_default(),
        anonymous: input.anonymous,
    };
    flow(state, &input.meeting_id, |s, id| {
        s.update_preparation(id, &prep, Utc::now())
    })
}

pub fn add_subject(state: &AppState, input: NewSubject) -> Result<MeetingFlow, ApiError> {
    let subject = domain::SubjectInput {
        relation: input.relation.parse(Field::Relation)?,
        name: input.name,
        birth_date: input.birth_date,
        parental_authority: input.parental_authority.unwrap_or(false),
    };
    flow(state, &input.meeting_id, |s, id| {
        s.add_subject(id, &subject, input.present, Utc::now())
    })
}

pub fn set_subject_present(
    state: &AppState,
    meeting: &str,
    subject: &str,
    present: bool,
) -> Result<MeetingFlow, ApiError> {
    let subject = subject_id(subject, Field::Subjects)?;
    flow(state, meeting, |s, id| {
        s.set_subject_present(id, subject, present, Utc::now())
    })
}

pub fn record_pledge(
    state: &AppState,
    meeting: &str,
    participant: &str,
) -> Result<MeetingFlow, ApiError> {
    let participant = participant_id(participant, Field::Name)?;
    flow(state, meeting, |s, id| {
        s.record_pledge(id, participant, Utc::now())
    })
}

/// R2: a participant who sent apologies confirmed confidentiality later, on `date`.
pub fn record_later_pledge(
    state: &AppState,
    meeting: &str,
    participant: &str,
    date: &str,
) -> Result<MeetingFlow, ApiError> {
    let participant = participant_id(participant, Field::PledgeDate)?;
    let on = domain::parse_date(date, Field::PledgeDate)?;
    flow(state, meeting, |s, id| {
        s.record_pledge_on(id, participant, on, crate::trust::today(), Utc::now())
    })
}

pub fn set_item_basis(state: &AppState, input: ItemBasisInput) -> Result<MeetingFlow, ApiError> {
    let item = item_id(&input.item_id, Field::Item)?;
    let subjects = subject_ids(&input.subject_ids, Field::Subjects)?;
    let parsed = basis(input.basis.parse(Field::Basis)?)?;
    flow(state, &input.meeting_id, |s, id| {
        let basis = match parsed {
            ParsedBasis::Ready(b) => b,
            // R7b: whether it holds for the contributor is the domain's check.
            ParsedBasis::Custom(c) => domain::Basis::CustomLegal(s.custom_basis(c)?),
        };
        s.set_item_basis(id, item, subjects, basis, Utc::now())
    })
}

pub fn add_consent(state: &AppState, input: NewConsent) -> Result<MeetingFlow, ApiError> {
    let item = item_id(&input.item_id, Field::Item)?;
    let subject = subject_id(&input.subject_id, Field::Consent)?;
    let by = consenter(input.given_by.parse(Field::Consent)?)?;
    let method = input.method.parse(Field::ConsentMethod)?;
    let scope = consent_scope(&input.scope_recipients, &input.scope_purpose)?;
    flow(state, &input.meeting_id, |s, id| {
        s.add_consent(
            id,
            item,
            store::ConsentGiven {
                subject,
                given_by: by,
                method,
                scope,
            },
            Utc::now(),
        )
    })
}

pub fn withdraw_consent(
    state: &AppState,
    meeting: &str,
    consent: &str,
) -> Result<WithdrawalOutcome, ApiError> {
    let id = meeting_id(meeting)?;
    state
        .with_store(|s| s.withdraw_consent(id, consent, Utc::now()))
        .map(|(data, received)| WithdrawalOutcome {
            meeting: flow_dto(&data),
            already_received: received
                .into_iter()
                .map(|(item, recipient)| ReceivedItem {
                    item_id: item.to_string(),
                    recipient_id: recipient.to_string(),
                })
                .collect(),
        })
}

pub fn add_action(state: &AppState, input: NewAction) -> Result<MeetingFlow, ApiError> {
    let action = domain::ActionInput {
        who: participant_id(&input.who, Field::ActionWho)?,
        what: input.what,
        due: input.due,
        relies_on: input
            .relies_on
            .iter()
            .map(|i| item_id(i, Field::ReliesOn))
            .collect::<Result<_, _>>()?,
    };
    flow(state, &input.meeting_id, |s, id| {
        s.add_action(id, &action, Utc::now())
    })
}

pub fn decide_release(state: &AppState, input: ReleaseInput) -> Result<MeetingFlow, ApiError> {
    let item = item_id(&input.item_id, Field::Item)?;
    let recipient = parse_id(
        &input.recipient_id,
        domain::ParticipantId::from_uuid,
        DomainError::RecipientNotInMeeting,
    )?;
    let choice = match input.choice.parse(Field::ReleaseChoice)? {
        ReleaseChoice::Stays => domain::ReleaseChoice::StayInMeeting,
        ReleaseChoice::Release {
            action_id,
            motivation: m,
        } => domain::ReleaseChoice::Release {
            action: parse_id(
                &action_id,
                domain::ActionId::from_uuid,
                DomainError::ActionNotInPlan,
            )?,
            motivation: if m.trim().is_empty() {
                None
            } else {
                Some(motivation(&m)?)
            },
        },
    };
    flow(state, &input.meeting_id, |s, id| {
        s.decide_release(id, item, recipient, choice, Utc::now())
    })
}

pub fn add_notification(state: &AppState, input: NewNotification) -> Result<MeetingFlow, ApiError> {
    let about = if input.subject_ids.is_empty() {
        domain::NotificationScope::WholeFamily
    } else {
        domain::NotificationScope::Subjects(subject_ids(
            &input.subject_ids,
            Field::NotificationSubjects,
        )?)
    };
    let n = domain::NotificationInput {
        about,
        informer: participant_id(&input.informer, Field::Informer)?,
        method: input.method.parse(Field::NotificationMethod)?,
        timing: timing(input.timing.parse(Field::NotificationTiming)?)?,
    };
    flow(state, &input.meeting_id, |s, id| {
        s.add_notification(id, n, Utc::now())
    })
}

pub fn set_retention(
    state: &AppState,
    meeting: &str,
    until: &str,
) -> Result<MeetingFlow, ApiError> {
    let until = date(until, Field::RetentionUntil)?;
    flow(state, meeting, |s, id| {
        s.set_retention(id, until, Utc::now())
    })
}

/// R14c: what the family letter shows of an action (draft only).
pub fn set_action_for_family(
    state: &AppState,
    meeting: &str,
    action: &str,
    for_family: ForFamily,
) -> Result<MeetingFlow, ApiError> {
    let action = parse_id(
        action,
        domain::ActionId::from_uuid,
        DomainError::ActionNotInPlan,
    )?;
    let for_family = match for_family {
        ForFamily::Unchecked => domain::ForFamily::Unchecked,
        ForFamily::Checked => domain::ForFamily::Checked,
        ForFamily::NotForFamily { motivation: m } => domain::ForFamily::NotForFamily {
            motivation: motivation(&m)?,
        },
    };
    flow(state, meeting, |s, id| {
        s.set_action_for_family(id, action, for_family, Utc::now())
    })
}

/// R14c: the chair checked that the purpose reads well for the family (draft only).
pub fn set_purpose_for_family(
    state: &AppState,
    meeting: &str,
    checked: bool,
) -> Result<MeetingFlow, ApiError> {
    flow(state, meeting, |s, id| {
        s.set_purpose_for_family(id, checked, Utc::now())
    })
}

/// R14c/R17: where complaints about a participant's organisation go (draft only).
pub fn set_complaint_route(
    state: &AppState,
    meeting: &str,
    participant: &str,
    route: &str,
) -> Result<MeetingFlow, ApiError> {
    let participant = participant_id(participant, Field::ComplaintRoute)?;
    flow(state, meeting, |s, id| {
        s.set_complaint_route(id, participant, route, Utc::now())
    })
}

fn notification_id(raw: &str) -> Result<domain::NotificationId, ApiError> {
    parse_id(
        raw,
        domain::NotificationId::from_uuid,
        DomainError::UnknownNotification,
    )
}

/// R12/AVG art. 23: lifts a postponement of a finalized meeting on `on`.
pub fn lift_postponement(
    state: &AppState,
    meeting: &str,
    notification: &str,
    on: &str,
) -> Result<MeetingFlow, ApiError> {
    let n = notification_id(notification)?;
    let on = date(on, Field::LiftedOn)?;
    let today = crate::trust::today();
    flow(state, meeting, |s, id| {
        s.lift_postponement(id, n, on, today, Utc::now())
    })
}

/// R12 (seed 003 §3.6c): the outcome was told to the family on `on`.
pub fn record_notification_done(
    state: &AppState,
    meeting: &str,
    notification: &str,
    on: &str,
) -> Result<MeetingFlow, ApiError> {
    let n = notification_id(notification)?;
    let on = date(on, Field::NotificationDoneOn)?;
    let today = crate::trust::today();
    flow(state, meeting, |s, id| {
        s.record_notification_done(id, n, on, today, Utc::now())
    })
}

pub fn finalize_meeting(state: &AppState, meeting: &str) -> Result<MeetingFlow, ApiError> {
    flow(state, meeting, |s, id| s.finalize_meeting(id, Utc::now()))
}
