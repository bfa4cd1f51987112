//! R5/R9/R13: which cells of the release matrix need the contributor's decision, and the
//! bulk "everything not needed by an action stays in the meeting".
//!
//! Need to know, not nice to know (seed 002 I): at the end of the meeting it is agreed who
//! needs which information for their part of the plan (seed 002 II.5). So a cell needs an
//! answer only where the plan can ask for the item: the recipient carries out an action and
//! some action relies on the item. Everything else stays in the meeting by default (R9:
//! "not released") without anyone having to say so, which is what the release page tells
//! the chair ("Zolang er niets is besloten, blijft alles in het overleg").

use crate::{
    ActionId, DomainError, ItemId, MeetingRecord, ParticipantId, ReleaseChoice, ReleaseRequest,
    Role,
};
use chrono::{DateTime, Utc};
use std::collections::{BTreeMap, BTreeSet};

/// Why a cell needs no decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NoDecisionReason {
    /// R1/R9: the recipient takes part with expertise only and receives nothing (seed 002
    /// II.5); no cell, no column, nothing to decide.
    ExpertiseOnly,
    /// R5: the recipient brought the item in; it is theirs already.
    OwnItem,
    /// R9/R11: the recipient carries out no action, so there is nothing to take it away for.
    NoAction,
    /// R1/R9: an adviseur/expert or informant is at the table for their expertise and takes
    /// nothing away unless one of their own actions relies on the item (seed 002 II.5).
    ExpertOnly,
    /// R9: no action of the plan relies on the item: nobody needs it (need to know).
    NotReliedOn,
}

/// R13: whether one cell (item × recipient) needs the contributor's decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellNeed {
    /// The cell is counted until the contributor decides it.
    Needed {
        /// The recipient's actions that rely on the item (R11). Empty: another participant's
        /// action relies on it, this recipient's do not; then "stays in the meeting" is the
        /// expected answer, which a bulk decision gives.
        needed_by: Vec<ActionId>,
    },
    /// Shown as such and never counted.
    NotNeeded(NoDecisionReason),
}

impl CellNeed {
    /// Whether the cell is counted.
    pub fn is_needed(&self) -> bool {
        matches!(self, CellNeed::Needed { .. })
    }
}

/// Which cells a bulk "stays in the meeting" covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkScope {
    /// One item (a row).
    Row(ItemId),
    /// One recipient (a column).
    Column(ParticipantId),
    /// The whole matrix.
    Matrix,
}

/// A cell with the contributor on whose behalf a bulk decision or its undo is recorded (R18).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BulkCell {
    /// The item.
    pub item: ItemId,
    /// The recipient.
    pub recipient: ParticipantId,
    /// The item's contributor (R5).
    pub contributor: ParticipantId,
}

impl MeetingRecord {
    /// R13: for every item × participant, whether a decision is needed and, if not, why.
    /// In the order of the items, then of the participants.
    pub fn release_needs(&self) -> Vec<(ItemId, ParticipantId, CellNeed)> {
        let relied_on: BTreeSet<ItemId> = self
            .actions
            .iter()
            .flat_map(|a| a.relies_on.iter().copied())
            .collect();
        let mut by_recipient: BTreeMap<ParticipantId, Vec<&crate::Action>> = BTreeMap::new();
        for a in &self.actions {
            by_recipient.entry(a.who).or_default().push(a);
        }
        let mut out = Vec::with_capacity(self.items.len() * self.participants.len());
        for item in &self.items {
            for p in &self.participants {
                let recipient = p.participant.id;
                let actions = by_recipient.get(&recipient);
                let needed_by: Vec<ActionId> = actions
                    .into_iter()
                    .flatten()
                    .filter(|a| a.relies_on.contains(&item.item.id))
                    .map(|a| a.id)
                    .collect();
                let need = if p.participant.expertise_only {
                    CellNeed::NotNeeded(NoDecisionReason::ExpertiseOnly)
                } else if item.item.contributor == recipient {
                    CellNeed::NotNeeded(NoDecisionReason::OwnItem)
                } else if actions.is_none() {
                    CellNeed::NotNeeded(NoDecisionReason::NoAction)
                } else if !needed_by.is_empty() {
                    CellNeed::Needed { needed_by }
                } else if matches!(p.participant.role, Role::Expert | Role::Informant) {
                    CellNeed::NotNeeded(NoDecisionReason::ExpertOnly)
                } else if !relied_on.contains(&item.item.id) {
                    CellNeed::NotNeeded(NoDecisionReason::NotReliedOn)
                } else {
                    CellNeed::Needed {
                        needed_by: Vec::new(),
                    }
                };
                out.push((item.item.id, recipient, need));
            }
        }
        out
    }

    /// R13/R11: the recipients the release matrix shows as columns: the participants with
    /// at least one cell that is not "no action" or "own item", i.e. who carry out an
    /// action and could take someone else's item away for it. The others are shown only on
    /// request, except who takes part with expertise only: never a column (R9, seed 002).
    /// In the order of the participants.
    pub fn release_columns(&self) -> Vec<ParticipantId> {
        let needs = self.release_needs();
        self.participants
            .iter()
            .map(|p| p.participant.id)
            .filter(|id| {
                needs.iter().any(|(_, r, n)| {
                    r == id
                        && !matches!(
                            n,
                            CellNeed::NotNeeded(
                                NoDecisionReason::NoAction
                                    | NoDecisionReason::OwnItem
                                    | NoDecisionReason::ExpertiseOnly
                            )
                        )
                })
            })
            .collect()
    }

    /// R9/R11: the action a one-step release of `item` to `recipient` is for, when there is
    /// exactly one to choose: the one action of the recipient that relies on the item, or,
    /// when none of theirs relies on it, the recipient's only action. Otherwise (several, or
    /// none) the chair chooses the action, so this is `None`.
    pub fn one_step_release_action(
        &self,
        item: ItemId,
        recipient: ParticipantId,
    ) -> Option<ActionId> {
        let own: Vec<&crate::Action> = self.actions.iter().filter(|a| a.who == recipient).collect();
        let relying: Vec<&&crate::Action> =
            own.iter().filter(|a| a.relies_on.contains(&item)).collect();
        match (relying.as_slice(), own.as_slice()) {
            ([only], _) => Some(only.id),
            ([], [only]) => Some(only.id),
            _ => None,
        }
    }

    /// R5/R9: the contributors' "stays in the meeting" for every undecided cell in `scope`
    /// that needs a decision and is not needed by an action of its recipient. Each cell is
    /// recorded as its contributor's own decision, exactly like a single one
    /// ([`MeetingRecord::decide_release`]). Returns the cells it decided (possibly none).
    pub fn bulk_stays(
        &mut self,
        scope: BulkScope,
        at: DateTime<Utc>,
    ) -> Result<Vec<BulkCell>, DomainError> {
        match scope {
            BulkScope::Row(item) if !self.items.iter().any(|i| i.item.id == item) => {
                return Err(DomainError::UnknownItem {
                    field: crate::Field::Item,
                })
            }
            BulkScope::Column(p) if !self.participants.iter().any(|x| x.participant.id == p) => {
                return Err(DomainError::RecipientNotInMeeting)
            }
            _ => {}
        }
        let contributors: BTreeMap<ItemId, ParticipantId> = self
            .items
            .iter()
            .map(|i| (i.item.id, i.item.contributor))
            .collect();
        let cells: Vec<BulkCell> = self
            .release_needs()
            .into_iter()
            .filter(|(item, recipient, need)| {
                let in_scope = match scope {
                    BulkScope::Row(i) => i == *item,
                    BulkScope::Column(p) => p == *recipient,
                    BulkScope::Matrix => true,
                };
                in_scope
                    && matches!(need, CellNeed::Needed { needed_by } if needed_by.is_empty())
                    && self.releases.decision(*item, *recipient).is_undecided()
            })
            .filter_map(|(item, recipient, _)| {
                contributors.get(&item).map(|c| BulkCell {
                    item,
                    recipient,
                    contributor: *c,
                })
            })
            .collect();
        let mut record = self.clone();
        for c in &cells {
            record.decide_release(ReleaseRequest {
                item: c.item,
                recipient: c.recipient,
                decided_by: c.contributor,
                at,
                choice: ReleaseChoice::StayInMeeting,
            })?;
        }
        *self = record;
        Ok(cells)
    }

    /// Undoes a bulk decision as one step: each of `cells` that still says "stays in the
    /// meeting" goes back to undecided (which is also not released, R9). A cell decided
    /// differently since is left alone. Returns the cells it undid.
    pub fn undo_stays(&mut self, cells: &[(ItemId, ParticipantId)]) -> Vec<BulkCell> {
        let contributors: BTreeMap<ItemId, ParticipantId> = self
            .items
            .iter()
            .map(|i| (i.item.id, i.item.contributor))
            .collect();
        let mut undone = Vec::new();
        for (item, recipient) in cells {
            let Some(contributor) = contributors.get(item) else {
                continue;
            };
            if self.releases.clear_stays(*item, *recipient) {
                undone.push(BulkCell {
                    item: *item,
                    recipient: *recipient,
                    contributor: *contributor,
                });
            }
        }
        undone
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::complete;
    use crate::{checklist, OpenPoint, OrganisationType, ReleaseDecision};

    fn need(record: &MeetingRecord, item: ItemId, recipient: ParticipantId) -> CellNeed {
        record
            .release_needs()
            .into_iter()
            .find(|(i, r, _)| *i == item && *r == recipient)
            .map(|(_, _, n)| n)
            .unwrap()
    }

    #[test]
    fn r13_the_matrix_columns_are_the_participants_with_an_action_on_someone_elses_item() {
        let (record, _, school, _) = with_recipient(Role::ContentRole);
        let columns = record.release_columns();
        assert!(columns.contains(&school), "the school holds an action");
        let lead = record.actions[0].who;
        assert!(columns.contains(&lead), "the case lead holds an action");
        for p in &record.participants {
            let id = p.participant.id;
            if !record.actions.iter().any(|a| a.who == id) {
                assert!(
                    !columns.contains(&id),
                    "a participant without an action is no column"
                );
            }
        }
    }

    #[test]
    fn r11_a_one_step_release_is_for_the_only_relying_action_or_else_the_only_action() {
        let (mut record, item, school, school_action) = with_recipient(Role::ContentRole);
        // The school's one action relies on nothing: still the only action to release for.
        assert_eq!(
            record.one_step_release_action(item, school),
            Some(school_action)
        );
        // A second action of the school, relying on nothing: the chair must choose.
        let mut second = record.actions[1].clone();
        second.id = ActionId::new();
        record.actions.push(second.clone());
        assert_eq!(record.one_step_release_action(item, school), None);
        // One of them relies on the item: that one.
        if let Some(a) = record.actions.iter_mut().find(|a| a.id == second.id) {
            a.relies_on = vec![item];
        }
        assert_eq!(
            record.one_step_release_action(item, school),
            Some(second.id)
        );
        // Both rely on it: the chair chooses again.
        if let Some(a) = record.actions.iter_mut().find(|a| a.id == school_action) {
            a.relies_on = vec![item];
        }
        assert_eq!(record.one_step_release_action(item, school), None);
        // A participant without an action: nothing to release for.
        let none = crate::fixtures::participant(
            record.meeting.id,
            Role::ContentRole,
            OrganisationType::Onderwijs,
        );
        assert_eq!(
            record.one_step_release_action(item, none.participant.id),
            None
        );
    }

    /// The fixture (an item by the GGZ, relied on by and released to the case lead) plus a
    /// school participant with `role` and an action that relies on nothing.
    fn with_recipient(role: Role) -> (MeetingRecord, ItemId, ParticipantId, ActionId) {
        let (mut record, _, _, item, _) = complete();
        let school =
            crate::fixtures::participant(record.meeting.id, role, OrganisationType::Onderwijs);
        let school_id = school.participant.id;
        record.participants.push(school);
        let mut action = record.actions[0].clone();
        action.id = ActionId::new();
        action.who = school_id;
        action.relies_on = vec![];
        let action_id = action.id;
        record.actions.push(action);
        (record, item, school_id, action_id)
    }

    /// [`with_recipient`] with an "overig" participant who takes part with expertise only
    /// and holds an action that relies on no item ("geeft advies aan ...").
    fn with_expertise_only() -> (MeetingRecord, ItemId, ParticipantId) {
        let (mut record, item, adviser, _) = with_recipient(Role::Other);
        if let Some(p) = record.participants.last_mut() {
            p.participant.expertise_only = true;
        }
        (record, item, adviser)
    }

    #[test]
    fn r13_expertise_only_participant_needs_no_release_decision_and_is_no_column() {
        let (record, item, adviser) = with_expertise_only();
        assert_eq!(
            need(&record, item, adviser),
            CellNeed::NotNeeded(NoDecisionReason::ExpertiseOnly)
        );
        assert!(!record.release_columns().contains(&adviser));
        assert!(record.release_columns().contains(&record.actions[0].who));
        // R13: the checklist asks no release decision for them: the meeting can finalize.
        assert!(checklist(&record).is_empty(), "{:?}", checklist(&record));
        // The same person without the flag would need an answer (someone relies on the item).
        let (plain, ..) = with_recipient(Role::Other);
        assert!(!checklist(&plain).is_empty());
    }

    #[test]
    fn r9_expertise_only_participant_cannot_receive_a_release() {
        let (mut record, item, adviser) = with_expertise_only();
        let ggz = record.items[0].item.contributor;
        let action = record.actions[1].id;
        let before = record.clone();
        for choice in [
            ReleaseChoice::Release {
                action,
                motivation: None,
            },
            ReleaseChoice::StayInMeeting,
        ] {
            let err = record
                .decide_release(ReleaseRequest {
                    item,
                    recipient: adviser,
                    decided_by: ggz,
                    at: Utc::now(),
                    choice,
                })
                .unwrap_err();
            assert_eq!(
                err,
                DomainError::ExpertiseOnlyReceivesNoItems {
                    field: crate::Field::Recipient
                }
            );
            assert_eq!(err.field(), Some(crate::Field::Recipient));
        }
        assert_eq!(record, before);
        // A bulk "stays in the meeting" makes no cell for them either.
        record
            .bulk_stays(BulkScope::Matrix, Utc::now())
            .unwrap_or_default();
        assert!(!record.releases.cells().any(|((_, r), _)| *r == adviser));
    }

    #[test]
    fn r11_expertise_only_participant_gets_an_action_without_items_only() {
        let (mut record, item, adviser) = with_expertise_only();
        let advice = crate::ActionInput {
            who: adviser,
            what: "Geeft advies aan de regiehouder over de aanpak op school.".into(),
            due: "2026-12-01".into(),
            relies_on: vec![],
            condition: String::new(),
            decision: None,
        };
        record.add_action(ActionId::new(), &advice).unwrap();
        let err = record
            .add_action(
                ActionId::new(),
                &crate::ActionInput {
                    relies_on: vec![item],
                    ..advice
                },
            )
            .unwrap_err();
        assert_eq!(
            err,
            DomainError::ExpertiseOnlyReceivesNoItems {
                field: crate::Field::ReliesOn
            }
        );
        assert_eq!(err.field(), Some(crate::Field::ReliesOn));
    }

    #[test]
    fn r2_expertise_only_participant_still_confirms_confidentiality() {
        let (mut record, _, adviser) = with_expertise_only();
        if let Some(p) = record.participants.last_mut() {
            p.pledged_at = None;
        }
        assert!(checklist(&record).contains(&OpenPoint::PledgeMissing(adviser)));
    }

    #[test]
    fn r5_own_item_needs_no_decision() {
        let (record, _, ggz, item, _) = complete();
        assert_eq!(record.items[0].item.contributor, ggz);
        assert_eq!(
            need(&record, item, ggz),
            CellNeed::NotNeeded(NoDecisionReason::OwnItem)
        );
    }

    #[test]
    fn r5_r9_recipient_without_action_needs_no_decision() {
        let (mut record, lead, ggz, _, _) = complete();
        let mut own = record.items[0].clone();
        own.item.id = ItemId::new();
        own.item.contributor = lead;
        let own_id = own.item.id;
        record.items.push(own);
        record.actions[0].relies_on.push(own_id);
        assert!(!record.actions.iter().any(|a| a.who == ggz));
        assert_eq!(
            need(&record, own_id, ggz),
            CellNeed::NotNeeded(NoDecisionReason::NoAction)
        );
    }

    #[test]
    fn r5_r9_item_not_relied_on_needs_no_decision_and_finalize_does_not_count_it() {
        let (mut record, item, school, _) = with_recipient(Role::ContentRole);
        record.actions[0].relies_on.clear();
        assert_eq!(
            need(&record, item, school),
            CellNeed::NotNeeded(NoDecisionReason::NotReliedOn)
        );
        assert!(!checklist(&record)
            .iter()
            .any(|p| matches!(p, OpenPoint::ReleaseUndecided { .. })));
    }

    #[test]
    fn r1_r5_expert_only_needs_no_decision_unless_their_action_relies_on_it() {
        let (mut record, item, expert, expert_action) = with_recipient(Role::Expert);
        assert_eq!(
            need(&record, item, expert),
            CellNeed::NotNeeded(NoDecisionReason::ExpertOnly)
        );
        assert!(checklist(&record).is_empty());
        record.actions[1].relies_on = vec![item];
        assert_eq!(
            need(&record, item, expert),
            CellNeed::Needed {
                needed_by: vec![expert_action]
            }
        );
        assert!(checklist(&record).contains(&OpenPoint::ReleaseUndecided {
            item,
            recipient: expert
        }));
    }

    #[test]
    fn r5_bulk_stays_records_the_contributors_decision_for_cells_not_needed_by_an_action() {
        // The lead's action relies on the item, the school's does not: the school's cell
        // needs an answer, and "stays in the meeting" is the one a bulk decision gives.
        let (mut record, item, school, _) = with_recipient(Role::ContentRole);
        let lead = record.actions[0].who;
        assert_eq!(
            need(&record, item, school),
            CellNeed::Needed { needed_by: vec![] }
        );
        assert!(checklist(&record).contains(&OpenPoint::ReleaseUndecided {
            item,
            recipient: school
        }));
        let at = Utc::now();
        let cells = record.bulk_stays(BulkScope::Column(school), at).unwrap();
        let contributor = record.items[0].item.contributor;
        assert_eq!(
            cells,
            vec![BulkCell {
                item,
                recipient: school,
                contributor
            }]
        );
        assert_eq!(
            record.releases.decision(item, school),
            &ReleaseDecision::StaysInMeeting {
                decided_by: contributor,
                at
            }
        );
        assert_eq!(checklist(&record), vec![]);
        // Nothing left to decide in bulk; a cell needed by an action is never touched.
        assert_eq!(record.bulk_stays(BulkScope::Matrix, at), Ok(vec![]));
        assert!(record.releases.decision(item, lead).is_released());
        // Undo is one step: the cell is undecided again and counted again.
        let undone = record.undo_stays(&[(item, school)]);
        assert_eq!(undone.len(), 1);
        assert!(record.releases.decision(item, school).is_undecided());
        assert!(checklist(&record).contains(&OpenPoint::ReleaseUndecided {
            item,
            recipient: school
        }));
    }

    #[test]
    fn r5_bulk_by_row_and_matrix_cover_every_cell_not_needed_by_an_action() {
        let (mut record, item, school, _) = with_recipient(Role::ContentRole);
        let cells = record.bulk_stays(BulkScope::Row(item), Utc::now()).unwrap();
        assert_eq!(cells.len(), 1);
        assert_eq!(cells[0].recipient, school);
        record.undo_stays(&[(item, school)]);
        let cells = record.bulk_stays(BulkScope::Matrix, Utc::now()).unwrap();
        assert_eq!(cells.len(), 1);
    }

    #[test]
    fn r5_undo_leaves_a_cell_decided_differently_since() {
        // The fixture's item is released to the case lead: undo never takes that back.
        let (mut record, lead, _, item, _) = complete();
        let before = record.releases.decision(item, lead).clone();
        assert!(before.is_released());
        assert!(record.undo_stays(&[(item, lead)]).is_empty());
        assert_eq!(record.releases.decision(item, lead), &before);
    }

    #[test]
    fn r5_bulk_scope_must_exist() {
        let (mut record, ..) = complete();
        assert_eq!(
            record.bulk_stays(BulkScope::Row(ItemId::new()), Utc::now()),
            Err(DomainError::UnknownItem {
                field: crate::Field::Item
            })
        );
        assert_eq!(
            record.bulk_stays(BulkScope::Column(ParticipantId::new()), Utc::now()),
            Err(DomainError::RecipientNotInMeeting)
        );
    }
}
