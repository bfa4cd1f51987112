//! How domain values are written to and read from columns.

use crate::StoreError;
use chrono::{DateTime, NaiveDate, Utc};
use domain::{Category, Kind, Role, SourceKind};
use uuid::Uuid;

pub(crate) fn role_to_db(role: Role) -> &'static str {
    match role {
        Role::CaseLead => "case_lead",
        Role::ContentRole => "content_role",
        Role::Expert => "expert",
        Role::Informant => "informant",
        Role::Other => "other",
    }
}

pub(crate) fn role_from_db(s: &str) -> Result<Role, StoreError> {
    Role::ALL
        .into_iter()
        .find(|r| role_to_db(*r) == s)
        .ok_or(StoreError::Corrupt("role"))
}

pub(crate) fn kind_to_db(kind: Kind) -> &'static str {
    match kind {
        Kind::Fact => "fact",
        Kind::Opinion => "opinion",
    }
}

pub(crate) fn kind_from_db(s: &str) -> Result<Kind, StoreError> {
    match s {
        "fact" => Ok(Kind::Fact),
        "opinion" => Ok(Kind::Opinion),
        _ => Err(StoreError::Corrupt("kind")),
    }
}

pub(crate) fn source_to_db(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::OwnObservation => "own",
        SourceKind::Family => "family",
        SourceKind::ThirdParty => "third_party",
        SourceKind::Document => "document",
        SourceKind::Unknown => "unknown",
    }
}

pub(crate) fn source_from_db(s: &str) -> Result<SourceKind, StoreError> {
    match s {
        "own" => Ok(SourceKind::OwnObservation),
        "family" => Ok(SourceKind::Family),
        "third_party" => Ok(SourceKind::ThirdParty),
        "document" => Ok(SourceKind::Document),
        "unknown" => Ok(SourceKind::Unknown),
        _ => Err(StoreError::Corrupt("source")),
    }
}

pub(crate) fn category_to_db(category: Category) -> &'static str {
    match category {
        Category::General => "general",
        Category::Special => "special",
        Category::Criminal => "criminal",
    }
}

pub(crate) fn category_from_db(s: &str) -> Result<Category, StoreError> {
    match s {
        "general" => Ok(Category::General),
        "special" => Ok(Category::Special),
        "criminal" => Ok(Category::Criminal),
        _ => Err(StoreError::Corrupt("category")),
    }
}

pub(crate) fn uuid_from_db(s: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(s).map_err(|_| StoreError::Corrupt("id"))
}

pub(crate) fn date_to_db(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(crate) fn date_from_db(s: &str) -> Result<NaiveDate, StoreError> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| StoreError::Corrupt("date"))
}

pub(crate) fn time_to_db(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true)
}

pub(crate) fn time_from_db(s: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| StoreError::Corrupt("time"))
}

pub(crate) fn relation_to_db(r: domain::Relation) -> &'static str {
    use domain::Relation::*;
    match r {
        Youth => "youth",
        Parent => "parent",
        Carer => "carer",
        Guardian => "guardian",
        Other => "other",
    }
}

pub(crate) fn relation_from_db(s: &str) -> Result<domain::Relation, StoreError> {
    use domain::Relation::*;
    [Youth, Parent, Carer, Guardian, Other]
        .into_iter()
        .find(|r| relation_to_db(*r) == s)
        .ok_or(StoreError::Corrupt("relation"))
}

pub(crate) fn method_to_db(m: domain::ConsentMethod) -> &'static str {
    match m {
        domain::ConsentMethod::Verbal => "verbal",
        domain::ConsentMethod::Written => "written",
        domain::ConsentMethod::Digital => "digital",
    }
}

pub(crate) fn method_from_db(s: &str) -> Result<domain::ConsentMethod, StoreError> {
    match s {
        "verbal" => Ok(domain::ConsentMethod::Verbal),
        "written" => Ok(domain::ConsentMethod::Written),
        "digital" => Ok(domain::ConsentMethod::Digital),
        _ => Err(StoreError::Corrupt("consent method")),
    }
}

pub(crate) fn notification_method_to_db(m: domain::NotificationMethod) -> &'static str {
    match m {
        domain::NotificationMethod::Conversation => "conversation",
        domain::NotificationMethod::Letter => "letter",
        domain::NotificationMethod::Folder => "folder",
    }
}

pub(crate) fn notification_method_from_db(
    s: &str,
) -> Result<domain::NotificationMethod, StoreError> {
    match s {
        "conversation" => Ok(domain::NotificationMethod::Conversation),
        "letter" => Ok(domain::NotificationMethod::Letter),
        "folder" => Ok(domain::NotificationMethod::Folder),
        _ => Err(StoreError::Corrupt("notification method")),
    }
}

pub(crate) fn ground_to_db(g: domain::PostponeGround) -> &'static str {
    match g {
        domain::PostponeGround::Safety => "safety",
        domain::PostponeGround::CriminalInvestigation => "criminal_investigation",
    }
}

pub(crate) fn ground_from_db(s: &str) -> Result<domain::PostponeGround, StoreError> {
    match s {
        "safety" => Ok(domain::PostponeGround::Safety),
        "criminal_investigation" => Ok(domain::PostponeGround::CriminalInvestigation),
        _ => Err(StoreError::Corrupt("postpone ground")),
    }
}
