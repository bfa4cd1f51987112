//! The wall (presentation mode, R5/R9 × AVG art. 9/10): which items a projected screen
//! shows. The family may be in the room, so what is on the wall is disclosed to everyone
//! there. Special-category items (AVG art. 9), criminal-law items (AVG art. 10) and items
//! brought in on a conflict of duties (R7c) stay off the wall unless the chair marks them
//! "op het scherm"; the chair can mark any item "niet op het scherm".

use crate::{Basis, Category, DomainError, Field, ItemId, ItemRecord, MeetingRecord};

/// The chair's mark on one item for the wall; without one the default of
/// [`hidden_on_wall_by_default`] applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum WallMark {
    /// "Op het scherm": shown, also when its default is hidden.
    Shown,
    /// "Niet op het scherm": hidden, also when its default is shown.
    Hidden,
}

impl WallMark {
    /// The chair's choice as a mark.
    pub fn from_shown(shown: bool) -> Self {
        if shown {
            WallMark::Shown
        } else {
            WallMark::Hidden
        }
    }

    /// Stable code for the store.
    pub fn code(self) -> &'static str {
        match self {
            WallMark::Shown => "shown",
            WallMark::Hidden => "hidden",
        }
    }

    /// The mark of a stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "shown" => Some(WallMark::Shown),
            "hidden" => Some(WallMark::Hidden),
            _ => None,
        }
    }
}

/// Whether an item stays off the wall until the chair shows it: special categories
/// (AVG art. 9), criminal-law data (AVG art. 10) and a conflict of duties (R7c: shared
/// without consent, in the interest of the child).
pub fn hidden_on_wall_by_default(category: Category, basis: Option<&Basis>) -> bool {
    matches!(category, Category::Special | Category::Criminal)
        || matches!(basis, Some(Basis::ConflictOfDuties { .. }))
}

/// Whether the item is on the wall: the chair's mark, else the default.
pub fn on_wall(item: &ItemRecord) -> bool {
    match item.wall {
        Some(WallMark::Shown) => true,
        Some(WallMark::Hidden) => false,
        None => !hidden_on_wall_by_default(item.item.category, item.basis.as_ref()),
    }
}

impl MeetingRecord {
    /// The chair marks an item "op het scherm" (`shown`) or "niet op het scherm"; returns
    /// the mark to store.
    pub fn set_wall_mark(&mut self, item: ItemId, shown: bool) -> Result<WallMark, DomainError> {
        let record = self
            .items
            .iter_mut()
            .find(|i| i.item.id == item)
            .ok_or(DomainError::UnknownItem { field: Field::Item })?;
        let mark = WallMark::from_shown(shown);
        record.wall = Some(mark);
        Ok(mark)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::complete;
    use crate::{FourQuestions, Prose};

    fn item(category: Category) -> ItemRecord {
        let (record, ..) = complete();
        let mut item = record.items[0].clone();
        item.item.category = category;
        item
    }

    #[test]
    fn wall_general_item_is_shown_by_default() {
        assert!(on_wall(&item(Category::General)));
    }

    #[test]
    fn wall_special_category_item_is_hidden_by_default_avg_art_9() {
        assert!(!on_wall(&item(Category::Special)));
    }

    #[test]
    fn wall_criminal_item_is_hidden_by_default_avg_art_10() {
        assert!(!on_wall(&item(Category::Criminal)));
    }

    #[test]
    fn wall_r7c_conflict_of_duties_item_is_hidden_by_default() {
        let mut general = item(Category::General);
        general.basis = Some(Basis::ConflictOfDuties {
            answers: FourQuestions {
                legitimate_purpose: true,
                only_way: true,
                consent_asked_or_impossible: true,
                child_interest_outweighs: true,
            },
            motivation: Prose::parse(
                "Moeder weigert elk contact; het kind loopt gevaar.",
                Field::Motivation,
                500,
            )
            .unwrap(),
        });
        assert!(!on_wall(&general));
    }

    #[test]
    fn wall_chair_shows_a_special_item_and_hides_a_general_one() {
        let mut special = item(Category::Special);
        special.wall = Some(WallMark::Shown);
        assert!(on_wall(&special));
        let mut general = item(Category::General);
        general.wall = Some(WallMark::Hidden);
        assert!(!on_wall(&general));
    }

    #[test]
    fn wall_mark_is_set_on_an_item_of_the_meeting_only() {
        let (mut record, ..) = complete();
        let id = record.items[0].item.id;
        assert_eq!(record.set_wall_mark(id, false), Ok(WallMark::Hidden));
        assert!(!on_wall(&record.items[0]));
        assert_eq!(
            record.set_wall_mark(ItemId::new(), true),
            Err(DomainError::UnknownItem { field: Field::Item })
        );
    }

    #[test]
    fn wall_mark_codes_round_trip() {
        for m in [WallMark::Shown, WallMark::Hidden] {
            assert_eq!(WallMark::from_code(m.code()), Some(m));
        }
        assert_eq!(WallMark::from_code("x"), None);
    }
}
