//! Command bodies of corrections after finalization (R16). They only translate: wire →
//! domain input, the store (which asks the domain in one transaction), result → wire.

use crate::commands::{meeting_id, AppState};
use crate::dto::corrections::*;
use crate::dto::ApiError;
use crate::flow::{flow_dto, item_id, subject_id};
use chrono::{SecondsFormat, Utc};
use domain::Field;

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
                flow: flow_dto(&data),
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
    state
        .with_store(|s| {
            let versions = s.item_history(id, item)?;
            crate::commands::log_read(s, store::AuditKind::HistoryViewed, Some(id))?;
            Ok(versions)
        })
        .map(|versions| {
            versions
                .into_iter()
                .map(|v| ItemVersion {
                    version: v.version,
                    text: v.text,
                    at: v.at.to_rfc3339_opts(SecondsFormat::Secs, true),
                    reason: v.reason,
                    reaction: v.reaction,
                    requested_by: v.requested_by.map(|s| s.to_string()),
                    decided_on: v.decided_on.map(|d| d.format("%Y-%m-%d").to_string()),
                })
                .collect()
        })
}
