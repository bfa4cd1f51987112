//! What a change of the meeting answers besides the meeting page: who already received
//! what a withdrawn consent covered (R10), who must hear of a correction (R16) and which
//! cells a bulk release decision covered (R5/R9).

use super::MeetingFlow;
use crate::{CorrectionResult, FlowData, ReceivedItem};
use domain::input::ReleaseCellKey;
use serde::Serialize;

/// R10: after a withdrawal, who already received the affected items.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct WithdrawalOutcome {
    pub meeting: MeetingFlow,
    /// (item, recipient) pairs: they were released before the withdrawal.
    pub already_received: Vec<ReceivedItem>,
}

/// R16 (seed 003 §5.3.4): a participant who received the old version and must be told.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct InformRecipient {
    pub participant_id: String,
    pub name: String,
    pub organisation: String,
}

/// R16: the meeting after the correction and who to inform.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CorrectionOutcome {
    pub flow: MeetingFlow,
    /// R16: the contributor refused; the item did not change.
    pub refused: bool,
    pub inform_recipients: Vec<InformRecipient>,
}

/// The meeting after a bulk decision, and the cells it decided (for "Ongedaan maken").
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReleaseBulkResult {
    pub flow: MeetingFlow,
    pub cells: Vec<ReleaseCellKey>,
}

impl FlowData {
    /// R10: the meeting and who already received what the withdrawn consent covered.
    pub fn withdrawal_outcome(&self, already_received: Vec<ReceivedItem>) -> WithdrawalOutcome {
        WithdrawalOutcome {
            meeting: self.view(),
            already_received,
        }
    }

    /// R16: the meeting and, for a granted correction, the participants to inform in table
    /// order.
    pub fn correction_outcome(&self, result: &CorrectionResult) -> CorrectionOutcome {
        let (refused, inform): (bool, &[domain::ParticipantId]) = match result {
            CorrectionResult::Corrected { inform } => (false, inform),
            CorrectionResult::Refused => (true, &[]),
        };
        let inform_recipients = inform
            .iter()
            .filter_map(|p| {
                self.record
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
            flow: self.view(),
            refused,
            inform_recipients,
        }
    }

    /// R5/R9: the meeting and the cells a bulk decision covered.
    pub fn bulk_outcome(&self, cells: &[domain::BulkCell]) -> ReleaseBulkResult {
        ReleaseBulkResult {
            flow: self.view(),
            cells: cells
                .iter()
                .map(|c| ReleaseCellKey::of(c.item, c.recipient))
                .collect(),
        }
    }
}
