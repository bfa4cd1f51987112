//! What the UI sends about releases (R9): one cell's decision, a bulk "stays in the
//! meeting" and taking it back.

use super::{item_id, motivation, recipient_id, Choice};
use crate::{ActionId, BulkScope, DomainError, Field, ItemId, ParticipantId, ReleaseChoice};
use serde::{Deserialize, Serialize};

/// R9: the contributor's decision for one cell.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, rename = "ReleaseChoice")
)]
pub enum ReleaseChoiceInput {
    /// It stays in the meeting.
    Stays,
    /// It goes to the recipient for an action.
    #[serde(rename_all = "camelCase")]
    Release {
        /// The action that needs it.
        action_id: String,
        /// Empty = none (required for an Expert/Informant or special/criminal data).
        motivation: String,
    },
}

impl ReleaseChoiceInput {
    /// The decision: the action must be in the plan; an empty motivation is none.
    pub fn parse(&self) -> Result<ReleaseChoice, DomainError> {
        Ok(match self {
            ReleaseChoiceInput::Stays => ReleaseChoice::StayInMeeting,
            ReleaseChoiceInput::Release {
                action_id,
                motivation: m,
            } => ReleaseChoice::Release {
                action: ActionId::parse(action_id, DomainError::ActionNotInPlan)?,
                motivation: if m.trim().is_empty() {
                    None
                } else {
                    Some(motivation(m)?)
                },
            },
        })
    }
}

/// R9: one cell's decision.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReleaseInput {
    /// The meeting.
    pub meeting_id: String,
    /// The item (row).
    pub item_id: String,
    /// The recipient (column).
    pub recipient_id: String,
    /// The decision.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "ReleaseChoiceInput"))]
    pub choice: Choice<ReleaseChoiceInput>,
}

impl ReleaseInput {
    /// The item, the recipient and the decision.
    pub fn parse(&self) -> Result<(ItemId, ParticipantId, ReleaseChoice), DomainError> {
        let item = item_id(&self.item_id, Field::Item)?;
        let recipient = recipient_id(&self.recipient_id)?;
        let choice = self.choice.clone().parse(Field::ReleaseChoice)?.parse()?;
        Ok((item, recipient, choice))
    }
}

/// R5/R9: which cells a bulk "stays in the meeting" covers.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ReleaseBulkScope {
    /// One item's row.
    #[serde(rename_all = "camelCase")]
    Row {
        /// The item.
        item_id: String,
    },
    /// One recipient's column.
    #[serde(rename_all = "camelCase")]
    Column {
        /// The recipient.
        recipient_id: String,
    },
    /// The whole matrix.
    Matrix,
}

/// R5/R9: a bulk "stays in the meeting".
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReleaseBulkInput {
    /// The meeting.
    pub meeting_id: String,
    /// Which cells.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "ReleaseBulkScope"))]
    pub scope: Choice<ReleaseBulkScope>,
}

impl ReleaseBulkInput {
    /// Which cells, by ids.
    pub fn parse(&self) -> Result<BulkScope, DomainError> {
        Ok(match self.scope.clone().parse(Field::ReleaseChoice)? {
            ReleaseBulkScope::Row { item_id: i } => BulkScope::Row(item_id(&i, Field::Item)?),
            ReleaseBulkScope::Column { recipient_id: r } => BulkScope::Column(recipient_id(&r)?),
            ReleaseBulkScope::Matrix => BulkScope::Matrix,
        })
    }
}

/// One cell of the release matrix, by ids.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReleaseCellKey {
    /// The item (row).
    pub item_id: String,
    /// The recipient (column).
    pub recipient_id: String,
}

impl ReleaseCellKey {
    /// The wire form of a cell.
    pub fn of(item: ItemId, recipient: ParticipantId) -> Self {
        Self {
            item_id: item.to_string(),
            recipient_id: recipient.to_string(),
        }
    }

    /// The cell's item and recipient.
    pub fn parse(&self) -> Result<(ItemId, ParticipantId), DomainError> {
        Ok((
            item_id(&self.item_id, Field::Item)?,
            recipient_id(&self.recipient_id)?,
        ))
    }
}

/// R5/R9: takes a bulk decision back: the cells it decided.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReleaseUndoInput {
    /// The meeting.
    pub meeting_id: String,
    /// The cells to take back.
    pub cells: Vec<ReleaseCellKey>,
}

impl ReleaseUndoInput {
    /// The cells, by ids.
    pub fn parse(&self) -> Result<Vec<(ItemId, ParticipantId)>, DomainError> {
        self.cells.iter().map(ReleaseCellKey::parse).collect()
    }
}
