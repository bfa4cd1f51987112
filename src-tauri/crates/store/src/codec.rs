//! How domain values are written to and read from columns.
//!
//! A small domain enum has one name per variant: its serde name (`domain::wire`). Its
//! column holds that name in snake_case (`caseLead` → `case_lead`, `own`, `thirdParty` →
//! `third_party`), the spelling the CHECK constraints of the migrations have used from the
//! start; so stores of every version keep opening without rewriting a row. The only
//! exception is `Requester` (see `rights/requests.rs`).

use crate::StoreError;
use chrono::{DateTime, NaiveDate, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;
use uuid::Uuid;

/// The column text of a small domain enum: its serde name in snake_case.
pub(crate) fn to_db<T: Serialize>(value: T) -> String {
    snake_case(domain::wire_name(&value).unwrap_or_default())
}

/// The domain enum whose column text is `s`; `what` names the column in the corruption
/// error (never the value: it may be personal data in a damaged file).
pub(crate) fn from_db<T: DeserializeOwned>(s: &str, what: &'static str) -> Result<T, StoreError> {
    let wire = domain::camel_case(s);
    // Only the canonical spelling is accepted: `caseLead` is not a column value.
    if snake_case(&wire) != s {
        return Err(StoreError::Corrupt(what));
    }
    domain::from_wire_name(&wire).ok_or(StoreError::Corrupt(what))
}

fn snake_case(camel: &str) -> String {
    let mut out = String::with_capacity(camel.len() + 4);
    for c in camel.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;
    use domain::{
        Category, ConsentMethod, Kind, NotDoneReason, NotificationMethod, PostponeGround, Relation,
        RequestKind, Role, SourceKind,
    };
    use std::fmt::Debug;

    /// Every value a store of any version holds (the CHECK constraints and the hand tables
    /// this module had before the names moved to the domain) reads back as the same variant,
    /// and that variant writes the same text again: old stores open unchanged.
    fn same<T: Serialize + DeserializeOwned + PartialEq + Debug + Copy>(table: &[(&str, T)]) {
        for (text, value) in table {
            assert_eq!(from_db::<T>(text, "test").unwrap(), *value, "{text}");
            assert_eq!(to_db(*value), *text);
        }
    }

    #[test]
    fn column_texts_of_old_stores_still_read_and_write_the_same() {
        use Role::*;
        same(&[
            ("case_lead", CaseLead),
            ("content_role", ContentRole),
            ("expert", Expert),
            ("informant", Informant),
            ("other", Other),
        ]);
        same(&[("fact", Kind::Fact), ("opinion", Kind::Opinion)]);
        same(&[
            ("own", SourceKind::OwnObservation),
            ("family", SourceKind::Family),
            ("third_party", SourceKind::ThirdParty),
            ("document", SourceKind::Document),
            ("unknown", SourceKind::Unknown),
        ]);
        same(&[
            ("general", Category::General),
            ("special", Category::Special),
            ("criminal", Category::Criminal),
        ]);
        same(&[
            ("youth", Relation::Youth),
            ("parent", Relation::Parent),
            ("carer", Relation::Carer),
            ("guardian", Relation::Guardian),
            ("other", Relation::Other),
        ]);
        same(&[
            ("verbal", ConsentMethod::Verbal),
            ("written", ConsentMethod::Written),
            ("digital", ConsentMethod::Digital),
        ]);
        same(&[
            ("conversation", NotificationMethod::Conversation),
            ("letter", NotificationMethod::Letter),
            ("folder", NotificationMethod::Folder),
        ]);
        same(&[
            ("safety", PostponeGround::Safety),
            (
                "criminal_investigation",
                PostponeGround::CriminalInvestigation,
            ),
        ]);
        same(&[
            ("changed_circumstances", NotDoneReason::ChangedCircumstances),
            ("not_acted_upon", NotDoneReason::NotActedUpon),
        ]);
        same(&[
            ("access", RequestKind::Access),
            ("correction", RequestKind::Correction),
            ("erasure", RequestKind::Erasure),
            ("objection", RequestKind::Objection),
            ("portability", RequestKind::Portability),
        ]);
    }

    #[test]
    fn unknown_or_wire_spelled_column_text_is_corrupt() {
        for bad in [
            "caseLead",
            "case-lead",
            "CASE_LEAD",
            "boss",
            "",
            "case__lead",
            "_case_lead",
        ] {
            assert!(
                matches!(
                    from_db::<Role>(bad, "role"),
                    Err(StoreError::Corrupt("role"))
                ),
                "{bad}"
            );
        }
    }
}
