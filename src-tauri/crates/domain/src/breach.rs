//! R20: the impact of a data breach. For the meetings concerned (or all on this laptop):
//! per partner organisation, which categories of data about how many family members it
//! received through releases (R9), so the partners can be told within 24 hours (seed 004
//! art. 8.6). Organisation names only: no family data, no item texts.

use crate::{Category, OrganisationType};
use serde::Serialize;

/// Which meetings a breach concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BreachScope {
    /// Every meeting in the store.
    All,
    /// These meetings (unknown ids simply match nothing).
    Meetings(Vec<crate::MeetingId>),
}

/// One category of data an organisation received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryImpact {
    #[serde(serialize_with = "category_code")]
    pub category: Category,
    /// Released items of this category (each item counted once per organisation).
    pub items: u64,
    /// Distinct family members those items are about.
    pub subjects: u64,
}

/// Everything one partner organisation received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrganisationImpact {
    /// The organisation as entered for its participants.
    pub organisation: String,
    #[serde(serialize_with = "org_type_code")]
    pub organisation_type: OrganisationType,
    /// Meetings in which it received something.
    pub meetings: u64,
    /// Participants of that organisation who received something.
    pub recipients: u64,
    /// Distinct family members over all categories.
    pub subjects: u64,
    /// Only categories with at least one item, in the order general, special, criminal.
    pub categories: Vec<CategoryImpact>,
}

/// R20: the list to send to the partners.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BreachImpact {
    /// Meetings looked at.
    pub meetings: u64,
    /// Organisations that received released items, by name.
    pub organisations: Vec<OrganisationImpact>,
}

/// The stable code of a category (JSON, CSV).
pub fn category_code_of(c: Category) -> &'static str {
    match c {
        Category::General => "general",
        Category::Special => "special",
        Category::Criminal => "criminal",
    }
}

fn category_code<S: serde::Serializer>(c: &Category, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(category_code_of(*c))
}

fn org_type_code<S: serde::Serializer>(t: &OrganisationType, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(t.code())
}
