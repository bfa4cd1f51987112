//! Items: what is shared, its legal basis (R7, R7b), consent and its withdrawal (R6), and
//! corrections after finalization (R16).

use crate::commands::*;
use crate::commands::{flow, item_id, meeting_id, participant_id, subject_id};
use crate::dto::MeetingFlow;
use crate::dto::*;
use crate::dto::{ApiError, Item, NewItem};
use crate::state::AppState;
use chrono::Utc;
use domain::{DomainError, Field, ItemInput, ParticipantId, Prose};
use uuid::Uuid;

pub fn add_item(state: &AppState, input: NewItem) -> Result<Item, ApiError> {
    let meeting = meeting_id(&input.meeting_id)?;
    // An id that does not parse cannot be anyone at this table (R5).
    let contributor = Uuid::parse_str(&input.contributor_id)
        .map(ParticipantId::from_uuid)
        .map_err(|_| ApiError::from(domain::DomainError::ContributorNotInMeeting))?;
    let subjects = input
        .subject_ids
        .unwrap_or_default()
        .iter()
        .map(|s| {
            Uuid::parse_str(s)
                .map(domain::SubjectId::from_uuid)
                .map_err(|_| {
                    ApiError::from(domain::DomainError::UnknownSubject {
                        field: domain::Field::Subjects,
                    })
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let item_input = ItemInput {
        contributor,
        text: input.text,
        kind: input.kind.parse(domain::Field::Kind)?,
        category: input.category.parse(domain::Field::Category)?,
        source: input.source.parse(domain::Field::Source)?,
        source_detail: input.source_detail.unwrap_or_default(),
    };
    let parsed = input
        .basis
        .map(|b| basis(b.parse(Field::Basis)?))
        .transpose()?;
    let consents = input
        .consents
        .map(item_consents)
        .transpose()?
        .unwrap_or_default();
    state.with_store(|s| {
        let basis = match parsed {
            None => None,
            Some(ParsedBasis::Ready(b)) => Some(b),
            // R7b: whether it holds for the contributor is the domain's check.
            Some(ParsedBasis::Custom(c)) => Some(domain::Basis::CustomLegal(s.custom_basis(c)?)),
        };
        s.add_item_with_basis(meeting, &item_input, &subjects, basis, consents, Utc::now())
    })
}

/// R8, seed 004 art. 6.4b: the consents of a new item, each with the shared method and scope.
fn item_consents(c: ItemConsents) -> Result<Vec<store::ConsentGiven>, ApiError> {
    if c.given.is_empty() {
        return Ok(Vec::new());
    }
    let method = c.method.parse(Field::ConsentMethod)?;
    let scope = consent_scope(&c.scope_recipients, &c.scope_purpose)?;
    c.given
        .into_iter()
        .map(|g| {
            Ok(store::ConsentGiven {
                subject: subject_id(&g.subject_id, Field::Consent)?,
                given_by: consenter(g.given_by.parse(Field::Consent)?)?,
                method,
                scope: scope.clone(),
            })
        })
        .collect()
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
        } => domain::conflict_of_duties(answers, &m)?,
    }))
}

fn consenter(c: ConsenterInput) -> Result<domain::Consenter, ApiError> {
    Ok(c.parse(Field::Consent)?)
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
            meeting: data.view(),
            already_received: received,
        })
}

/// R10: on a finalized meeting, a consent withdrawn on a day, by an entitled person, and
/// how; the meeting then lists whom to inform.
pub fn record_consent_withdrawal(
    state: &AppState,
    input: NewWithdrawal,
) -> Result<MeetingFlow, ApiError> {
    let by = input
        .withdrawn_by
        .parse(Field::WithdrawnBy)?
        .parse(Field::WithdrawnBy)?;
    let method = input.method.parse(Field::ConsentMethod)?;
    let on = crate::commands::date(&input.withdrawn_on, Field::WithdrawnOn)?;
    let today = crate::commands::today();
    let consent = input.consent_id;
    flow(state, &input.meeting_id, |s, id| {
        s.record_consent_withdrawal(
            id,
            &consent,
            domain::WithdrawalRequest { by, method, on },
            today,
            Utc::now(),
        )
    })
}

/// R10: the chair told the recipient of an inform task on `informed_on`.
pub fn record_withdrawal_informed(
    state: &AppState,
    meeting: &str,
    task: &str,
    informed_on: &str,
) -> Result<MeetingFlow, ApiError> {
    let on = crate::commands::date(informed_on, Field::InformedOn)?;
    let today = crate::commands::today();
    flow(state, meeting, |s, id| {
        s.record_withdrawal_informed(id, task, on, today, Utc::now())
    })
}

pub fn remove_item(state: &AppState, meeting: &str, item: &str) -> Result<MeetingFlow, ApiError> {
    let item = item_id(item, Field::Item)?;
    flow(state, meeting, |s, id| s.remove_item(id, item, Utc::now()))
}

/// The wall: the chair marks an item "op het scherm" or "niet op het scherm" (audited).
pub fn set_on_wall(
    state: &AppState,
    meeting: &str,
    item: &str,
    shown: bool,
) -> Result<MeetingFlow, ApiError> {
    let item = item_id(item, Field::Item)?;
    flow(state, meeting, |s, id| {
        s.set_wall_mark(id, item, shown, Utc::now())
    })
}

pub fn correct_item(
    state: &AppState,
    input: CorrectionRequest,
) -> Result<CorrectionOutcome, ApiError> {
    let id = meeting_id(&input.meeting_id)?;
    let correction = domain::CorrectionInput {
        item: item_id(&input.item_id, Field::Item)?,
        text: input.text,
        reason: input.reason,
        reaction: input.reaction,
        requested_by: subject_id(&input.requested_by, Field::RequestedBy)?,
        competent: input.competent.unwrap_or(true),
        decision: input.decision.parse(Field::CorrectionDecision)?,
        decided_on: input.decided_on,
        motivation: input.motivation,
    };
    state
        .with_store(|s| s.correct_item(id, &correction, Utc::now()))
        .map(|(data, result)| {
            let (refused, inform) = match result {
                store::CorrectionResult::Corrected { inform } => (false, inform),
                store::CorrectionResult::Refused => (true, Vec::new()),
            };
            let inform_recipients = inform
                .iter()
                .filter_map(|p| {
                    data.record
                        .participants
                        .iter()
                        .find(|r| r.participant.id == *p)
                })
                .map(|r| InformRecipient {
                    participant_id: r.participant.id.to_string(),
                    name: r.participant.name.to_string(),
                    organisation: r.participant.organisation.to_string(),
                })
                .collect();
            CorrectionOutcome {
                flow: data.view(),
                refused,
                inform_recipients,
            }
        })
}

pub fn item_history(
    state: &AppState,
    meeting: &str,
    item: &str,
) -> Result<Vec<ItemVersion>, ApiError> {
    let id = meeting_id(meeting)?;
    let item = item_id(item, Field::Item)?;
    state.with_store(|s| {
        let versions = s.item_history(id, item)?;
        crate::state::log_read(s, store::AuditKind::HistoryViewed, Some(id))?;
        Ok(versions)
    })
}
