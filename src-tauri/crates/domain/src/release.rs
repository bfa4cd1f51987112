//! R9/R10: the release matrix, item × recipient. Privacy by default: every cell starts
//! `Undecided`, and the only way to change a cell is [`ReleaseMatrix::decide`], which checks
//! that the decision is the item's contributor's (R5; the chair records it on their behalf).

use crate::{ActionId, Category, DomainError, ItemId, ParticipantId, Prose, Role};
use chrono::{DateTime, Utc};
use std::collections::{BTreeMap, BTreeSet};

/// Longest motivation text, in characters.
pub const MOTIVATION_MAX_CHARS: usize = 5_000;

/// R9: the answer for one item and one recipient. On the wire only a decided cell travels
/// (`kind`: `stays` or `released`); an undecided cell is left out.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ReleaseDecision {
    /// No answer yet; treated as not released (privacy by default).
    #[serde(skip)]
    Undecided,
    /// The contributor decided the item stays in the meeting for this recipient.
    #[serde(rename = "stays", rename_all = "camelCase")]
    StaysInMeeting {
        /// The contributor who decided.
        decided_by: ParticipantId,
        /// When it was recorded.
        #[serde(with = "crate::wire::moment")]
        #[cfg_attr(feature = "ts", ts(as = "String"))]
        at: DateTime<Utc>,
    },
    /// The contributor released the item to this recipient for one action of the plan.
    #[serde(rename_all = "camelCase")]
    Released {
        /// The action of the plan it is released for.
        #[serde(rename = "actionId")]
        action: ActionId,
        /// The contributor who decided.
        decided_by: ParticipantId,
        /// When it was recorded.
        #[serde(with = "crate::wire::moment")]
        #[cfg_attr(feature = "ts", ts(as = "String"))]
        at: DateTime<Utc>,
        /// Why, where a motivation is required.
        motivation: Option<Prose>,
    },
}

impl ReleaseDecision {
    /// Whether there is no answer yet.
    pub fn is_undecided(&self) -> bool {
        matches!(self, ReleaseDecision::Undecided)
    }
    /// Whether the item is released to the recipient.
    pub fn is_released(&self) -> bool {
        matches!(self, ReleaseDecision::Released { .. })
    }
}

static UNDECIDED: ReleaseDecision = ReleaseDecision::Undecided;

/// What the contributor decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReleaseChoice {
    /// The item stays in the meeting for this recipient.
    StayInMeeting,
    /// The item is released for one action.
    Release {
        /// The action of the plan.
        action: ActionId,
        /// Why, where a motivation is required.
        motivation: Option<Prose>,
    },
}

/// R9: a decision the chair records on behalf of `decided_by`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseRequest {
    /// The item.
    pub item: ItemId,
    /// The recipient.
    pub recipient: ParticipantId,
    /// The contributor on whose behalf it is recorded.
    pub decided_by: ParticipantId,
    /// When.
    pub at: DateTime<Utc>,
    /// The decision.
    pub choice: ReleaseChoice,
}

/// What `decide` needs to know about one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReleaseItem {
    /// Its id.
    pub id: ItemId,
    /// Who brought it in.
    pub contributor: ParticipantId,
    /// Its category.
    pub category: Category,
    /// R7: the item has a basis and it checks out (`check_basis`).
    pub basis_valid: bool,
}

/// The meeting as far as releases are concerned: participants with their role, items,
/// and the actions of the plan with who carries them out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReleaseContext {
    /// Every participant with their role.
    pub participants: Vec<(ParticipantId, Role)>,
    /// Every item.
    pub items: Vec<ReleaseItem>,
    /// Every action with who carries it out.
    pub actions: Vec<(ActionId, ParticipantId)>,
}

impl ReleaseContext {
    fn item(&self, id: ItemId) -> Option<&ReleaseItem> {
        self.items.iter().find(|i| i.id == id)
    }
    fn role(&self, id: ParticipantId) -> Option<Role> {
        self.participants
            .iter()
            .find(|(p, _)| *p == id)
            .map(|(_, r)| *r)
    }
}

/// R9: the release decisions of one meeting, item × recipient.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReleaseMatrix {
    cells: BTreeMap<(ItemId, ParticipantId), ReleaseDecision>,
    /// R10: items resting on a consent that was withdrawn.
    withdrawn: BTreeSet<ItemId>,
}

impl ReleaseMatrix {
    /// An empty matrix: every cell `Undecided`.
    pub fn new() -> Self {
        Self::default()
    }

    /// Rebuilds a matrix from what the store saved (which only ever saves the results of
    /// [`ReleaseMatrix::decide`] and [`ReleaseMatrix::withdraw_consent`]).
    pub fn restore(
        cells: impl IntoIterator<Item = ((ItemId, ParticipantId), ReleaseDecision)>,
        withdrawn: impl IntoIterator<Item = ItemId>,
    ) -> Self {
        Self {
            cells: cells
                .into_iter()
                .filter(|(_, d)| !d.is_undecided())
                .collect(),
            withdrawn: withdrawn.into_iter().collect(),
        }
    }

    /// The decided cells, for the store.
    pub fn cells(&self) -> impl Iterator<Item = (&(ItemId, ParticipantId), &ReleaseDecision)> {
        self.cells.iter()
    }

    /// R10: the items marked as resting on withdrawn consent.
    pub fn withdrawn_items(&self) -> impl Iterator<Item = &ItemId> {
        self.withdrawn.iter()
    }

    /// The answer for one item and one recipient; `Undecided` unless decided.
    pub fn decision(&self, item: ItemId, recipient: ParticipantId) -> &ReleaseDecision {
        self.cells.get(&(item, recipient)).unwrap_or(&UNDECIDED)
    }

    /// R9/R10: the item exists, has a valid basis and no withdrawn consent.
    pub fn releasable(&self, item: ItemId, ctx: &ReleaseContext) -> bool {
        !self.withdrawn.contains(&item) && ctx.item(item).is_some_and(|i| i.basis_valid)
    }

    /// R9: records the contributor's decision for one cell. Checks, in order: the item
    /// exists; `decided_by` is its contributor; the recipient is another participant; a
    /// released cell of a withdrawn item stays on record (R10). For a release also: the
    /// action is in the plan and carried out by the recipient (need to know: the recipient
    /// needs the item for their own part of the plan, seed 002); an Expert/Informant
    /// recipient or a special/criminal item needs a motivation; the item is releasable.
    /// "Stays in the meeting" is always allowed: it is the privacy-preserving answer.
    pub fn decide(
        &mut self,
        request: ReleaseRequest,
        ctx: &ReleaseContext,
    ) -> Result<(), DomainError> {
        let item = ctx.item(request.item).ok_or(DomainError::UnknownItem {
            field: crate::Field::Item,
        })?;
        if request.decided_by != item.contributor {
            return Err(DomainError::NotTheContributor);
        }
        let role = ctx
            .role(request.recipient)
            .ok_or(DomainError::RecipientNotInMeeting)?;
        if request.recipient == item.contributor {
            return Err(DomainError::RecipientIsContributor);
        }
        if self.withdrawn.contains(&item.id)
            && self.decision(item.id, request.recipient).is_released()
        {
            return Err(DomainError::ReleaseFrozen);
        }
        let decision = match request.choice {
            ReleaseChoice::StayInMeeting => ReleaseDecision::StaysInMeeting {
                decided_by: request.decided_by,
                at: request.at,
            },
            ReleaseChoice::Release { action, motivation } => {
                let (_, who) = ctx
                    .actions
                    .iter()
                    .find(|(a, _)| *a == action)
                    .ok_or(DomainError::ActionNotInPlan)?;
                if *who != request.recipient {
                    return Err(DomainError::ActionNotForRecipient);
                }
                let needs_motivation = matches!(role, Role::Expert | Role::Informant)
                    || matches!(item.category, Category::Special | Category::Criminal);
                if needs_motivation && motivation.is_none() {
                    return Err(DomainError::MotivationRequired);
                }
                // R7c/R9: a motivation, when given, is a real sentence.
                if let Some(m) = &motivation {
                    crate::check_motivation(m.as_str(), crate::Field::Motivation)?;
                }
                if !self.releasable(item.id, ctx) {
                    return Err(DomainError::ItemNotReleasable);
                }
                ReleaseDecision::Released {
                    action,
                    decided_by: request.decided_by,
                    at: request.at,
                    motivation,
                }
            }
        };
        self.cells.insert((item.id, request.recipient), decision);
        Ok(())
    }

    /// R9/R14b: the items released to `recipient`, never one resting on withdrawn consent.
    pub fn released_to(&self, recipient: ParticipantId) -> Vec<ItemId> {
        self.cells
            .iter()
            .filter(|((item, to), d)| {
                *to == recipient && d.is_released() && !self.withdrawn.contains(item)
            })
            .map(|((item, _), _)| *item)
            .collect()
    }

    /// R9: who `item` is released to (never an item resting on withdrawn consent).
    pub fn recipients_of(&self, item: ItemId) -> Vec<ParticipantId> {
        if self.withdrawn.contains(&item) {
            return Vec::new();
        }
        self.cells
            .iter()
            .filter(|((i, _), d)| *i == item && d.is_released())
            .map(|((_, to), _)| *to)
            .collect()
    }

    /// R10: marks `items` as resting on withdrawn consent; from now on they are not
    /// releasable. Returns who already received them.
    pub fn withdraw_consent(
        &mut self,
        items: impl IntoIterator<Item = ItemId>,
    ) -> Vec<(ItemId, ParticipantId)> {
        let items: BTreeSet<ItemId> = items.into_iter().collect();
        self.withdrawn.extend(items.iter().copied());
        self.received(|i| items.contains(i))
    }

    /// Undo of a bulk decision (see [`crate::MeetingRecord::undo_stays`]): a cell that says
    /// "stays in the meeting" goes back to undecided. Returns whether it did.
    pub(crate) fn clear_stays(&mut self, item: ItemId, recipient: ParticipantId) -> bool {
        let stays = matches!(
            self.cells.get(&(item, recipient)),
            Some(ReleaseDecision::StaysInMeeting { .. })
        );
        if stays {
            self.cells.remove(&(item, recipient));
        }
        stays
    }

    /// Forgets a removed item: its (only "stays in the meeting") answers and its R10 mark.
    /// [`crate::MeetingRecord::remove_item`] refuses first while it is released to anyone.
    pub(crate) fn forget_item(&mut self, item: ItemId) {
        self.cells.retain(|(i, _), _| *i != item);
        self.withdrawn.remove(&item);
    }

    /// R10: (item, recipient) pairs already released for items resting on withdrawn consent:
    /// "who already received them".
    pub fn received_before_withdrawal(&self) -> Vec<(ItemId, ParticipantId)> {
        self.received(|i| self.withdrawn.contains(i))
    }

    fn received(&self, which: impl Fn(&ItemId) -> bool) -> Vec<(ItemId, ParticipantId)> {
        self.cells
            .iter()
            .filter(|((item, _), d)| which(item) && d.is_released())
            .map(|(key, _)| *key)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Field;

    struct Fixture {
        ctx: ReleaseContext,
        contributor: ParticipantId,
        recipient: ParticipantId,
        expert: ParticipantId,
        item: ItemId,
        special: ItemId,
        action: ActionId,
        expert_action: ActionId,
    }

    fn fixture() -> Fixture {
        let contributor = ParticipantId::new();
        let recipient = ParticipantId::new();
        let expert = ParticipantId::new();
        let item = ItemId::new();
        let special = ItemId::new();
        let action = ActionId::new();
        let expert_action = ActionId::new();
        let ctx = ReleaseContext {
            participants: vec![
                (contributor, Role::ContentRole),
                (recipient, Role::CaseLead),
                (expert, Role::Expert),
            ],
            items: vec![
                ReleaseItem {
                    id: item,
                    contributor,
                    category: Category::General,
                    basis_valid: true,
                },
                ReleaseItem {
                    id: special,
                    contributor,
                    category: Category::Special,
                    basis_valid: true,
                },
            ],
            actions: vec![(action, recipient), (expert_action, expert)],
        };
        Fixture {
            ctx,
            contributor,
            recipient,
            expert,
            item,
            special,
            action,
            expert_action,
        }
    }

    fn release(
        item: ItemId,
        recipient: ParticipantId,
        by: ParticipantId,
        action: ActionId,
        motivation: Option<&str>,
    ) -> ReleaseRequest {
        ReleaseRequest {
            item,
            recipient,
            decided_by: by,
            at: Utc::now(),
            choice: ReleaseChoice::Release {
                action,
                motivation: motivation
                    .map(|m| Prose::parse(m, Field::Motivation, MOTIVATION_MAX_CHARS).unwrap()),
            },
        }
    }

    #[test]
    fn r9_default_is_undecided_and_nothing_released() {
        let f = fixture();
        let m = ReleaseMatrix::new();
        assert_eq!(m.decision(f.item, f.recipient), &ReleaseDecision::Undecided);
        assert!(m.released_to(f.recipient).is_empty());
    }

    #[test]
    fn r9_only_the_contributor_releases() {
        let f = fixture();
        let mut m = ReleaseMatrix::new();
        assert_eq!(
            m.decide(
                release(f.item, f.recipient, f.recipient, f.action, None),
                &f.ctx
            ),
            Err(DomainError::NotTheContributor)
        );
        assert!(m.decision(f.item, f.recipient).is_undecided());
        m.decide(
            release(f.item, f.recipient, f.contributor, f.action, None),
            &f.ctx,
        )
        .unwrap();
        assert_eq!(m.released_to(f.recipient), vec![f.item]);
        assert!(m.released_to(f.expert).is_empty());
    }

    #[test]
    fn r9_recipient_must_be_another_participant() {
        let f = fixture();
        let mut m = ReleaseMatrix::new();
        assert_eq!(
            m.decide(
                release(f.item, ParticipantId::new(), f.contributor, f.action, None),
                &f.ctx
            ),
            Err(DomainError::RecipientNotInMeeting)
        );
        assert_eq!(
            m.decide(
                release(f.item, f.contributor, f.contributor, f.action, None),
                &f.ctx
            ),
            Err(DomainError::RecipientIsContributor)
        );
    }

    #[test]
    fn r9_release_serves_an_action_of_the_recipient() {
        let f = fixture();
        let mut m = ReleaseMatrix::new();
        assert_eq!(
            m.decide(
                release(f.item, f.recipient, f.contributor, ActionId::new(), None),
                &f.ctx
            ),
            Err(DomainError::ActionNotInPlan)
        );
        assert_eq!(
            m.decide(
                release(f.item, f.recipient, f.contributor, f.expert_action, None),
                &f.ctx
            ),
            Err(DomainError::ActionNotForRecipient)
        );
    }

    #[test]
    fn r9_expert_recipient_or_special_item_needs_motivation() {
        let f = fixture();
        let mut m = ReleaseMatrix::new();
        let err = m
            .decide(
                release(f.item, f.expert, f.contributor, f.expert_action, None),
                &f.ctx,
            )
            .unwrap_err();
        assert_eq!(err, DomainError::MotivationRequired);
        assert_eq!(err.field(), Some(Field::Motivation));
        assert_eq!(
            m.decide(
                release(f.special, f.recipient, f.contributor, f.action, None),
                &f.ctx
            ),
            Err(DomainError::MotivationRequired)
        );
        m.decide(
            release(
                f.special,
                f.recipient,
                f.contributor,
                f.action,
                Some("Nodig voor de medicatieafspraak."),
            ),
            &f.ctx,
        )
        .unwrap();
        assert_eq!(m.released_to(f.recipient), vec![f.special]);
    }

    #[test]
    fn r7c_r9_release_motivation_is_a_real_sentence() {
        let f = fixture();
        let mut m = ReleaseMatrix::new();
        assert_eq!(
            m.decide(
                release(f.special, f.recipient, f.contributor, f.action, Some(".")),
                &f.ctx
            ),
            Err(DomainError::MotivationTooShort {
                field: Field::Motivation
            })
        );
        assert!(m.released_to(f.recipient).is_empty());
    }

    #[test]
    fn r9_item_without_valid_basis_cannot_be_released_but_can_stay() {
        let mut f = fixture();
        f.ctx.items[0].basis_valid = false;
        let mut m = ReleaseMatrix::new();
        assert_eq!(
            m.decide(
                release(f.item, f.recipient, f.contributor, f.action, None),
                &f.ctx
            ),
            Err(DomainError::ItemNotReleasable)
        );
        m.decide(
            ReleaseRequest {
                item: f.item,
                recipient: f.recipient,
                decided_by: f.contributor,
                at: Utc::now(),
                choice: ReleaseChoice::StayInMeeting,
            },
            &f.ctx,
        )
        .unwrap();
        assert!(matches!(
            m.decision(f.item, f.recipient),
            ReleaseDecision::StaysInMeeting { .. }
        ));
    }

    #[test]
    fn r10_withdrawal_stops_release_and_lists_who_received() {
        let f = fixture();
        let mut m = ReleaseMatrix::new();
        m.decide(
            release(f.item, f.recipient, f.contributor, f.action, None),
            &f.ctx,
        )
        .unwrap();
        let received = m.withdraw_consent([f.item]);
        assert_eq!(received, vec![(f.item, f.recipient)]);
        assert_eq!(m.received_before_withdrawal(), vec![(f.item, f.recipient)]);
        assert!(!m.releasable(f.item, &f.ctx));
        assert!(m.released_to(f.recipient).is_empty());
        // The record of who received it cannot be overwritten.
        assert_eq!(
            m.decide(
                ReleaseRequest {
                    item: f.item,
                    recipient: f.recipient,
                    decided_by: f.contributor,
                    at: Utc::now(),
                    choice: ReleaseChoice::StayInMeeting,
                },
                &f.ctx
            ),
            Err(DomainError::ReleaseFrozen)
        );
        // Nor can it be released to someone else.
        assert_eq!(
            m.decide(
                release(
                    f.item,
                    f.expert,
                    f.contributor,
                    f.expert_action,
                    Some("Advies van de expert over de aanpak.")
                ),
                &f.ctx
            ),
            Err(DomainError::ItemNotReleasable)
        );
    }

    #[test]
    fn restore_round_trips_decided_cells() {
        let f = fixture();
        let mut m = ReleaseMatrix::new();
        m.decide(
            release(f.item, f.recipient, f.contributor, f.action, None),
            &f.ctx,
        )
        .unwrap();
        let restored = ReleaseMatrix::restore(
            m.cells().map(|(k, d)| (*k, d.clone())),
            m.withdrawn_items().copied(),
        );
        assert_eq!(restored, m);
    }
}
