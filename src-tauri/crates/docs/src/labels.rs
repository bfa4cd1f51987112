//! Dutch names of the domain's enums as the documents print them, and the date format.

use chrono::NaiveDate;
use domain::{
    Category, Kind, NotificationMethod, NotificationTiming, PostponeGround, Relation, Role,
    SourceKind,
};

/// `24-11-2026` style, as Dutch readers expect (day-month-year, no leading zeros).
pub fn date(d: NaiveDate) -> String {
    d.format("%-d-%-m-%Y").to_string()
}

pub fn role(r: Role) -> &'static str {
    match r {
        Role::CaseLead => "regiehouder",
        Role::ContentRole => "inhoudelijke rol",
        Role::Expert => "adviseur/expert",
        Role::Informant => "informant",
        Role::Other => "overig",
    }
}

pub fn kind(k: Kind) -> &'static str {
    match k {
        Kind::Fact => "feit",
        Kind::Opinion => "mening",
    }
}

pub fn category(c: Category) -> &'static str {
    match c {
        Category::General => "algemeen gegeven",
        Category::Special => "bijzonder persoonsgegeven",
        Category::Criminal => "strafrechtelijk gegeven",
    }
}

/// R6: from whom the contributor has an item.
pub fn source(s: SourceKind) -> &'static str {
    match s {
        SourceKind::OwnObservation => "eigen waarneming van de inbrenger",
        SourceKind::Family => "het gezin",
        SourceKind::ThirdParty => "iemand anders (een derde)",
        SourceKind::Document => "een document of register",
        SourceKind::Unknown => "onbekend (ingebracht voordat de bron werd vastgelegd)",
    }
}

/// R6: the source line of an item: the kind, and its short text when there is one.
pub fn source_line(s: SourceKind, detail: Option<&str>) -> String {
    match detail {
        Some(d) => format!("Bron: {} — {d}", source(s)),
        None => format!("Bron: {}", source(s)),
    }
}

pub fn relation(r: Relation) -> &'static str {
    match r {
        Relation::Youth => "jeugdige",
        Relation::Parent => "ouder",
        Relation::Carer => "verzorger",
        Relation::Guardian => "voogd",
        Relation::Other => "overig gezinslid",
    }
}

pub fn method(m: NotificationMethod) -> &'static str {
    match m {
        NotificationMethod::Conversation => "in een gesprek",
        NotificationMethod::Letter => "met een brief",
        NotificationMethod::Folder => "met een folder",
    }
}

fn ground(g: PostponeGround) -> &'static str {
    match g {
        PostponeGround::Safety => "de veiligheid van een ander zou in gevaar komen",
        PostponeGround::CriminalInvestigation => {
            "een strafrechtelijk onderzoek zou worden geschaad"
        }
    }
}

/// R12: when the family is informed, with the motivation where one was given.
pub fn timing(t: &NotificationTiming) -> String {
    match t {
        NotificationTiming::Beforehand => "vooraf".into(),
        NotificationTiming::Afterwards { motivation } => {
            format!("achteraf; reden: {}", motivation.as_str())
        }
        NotificationTiming::Postponed {
            ground: g,
            motivation,
            review_date,
        } => format!(
            "uitgesteld omdat {}; reden: {}; opnieuw bekijken op {}",
            ground(*g),
            motivation.as_str(),
            date(*review_date)
        ),
    }
}

pub fn yes_no(b: bool) -> &'static str {
    if b {
        "ja"
    } else {
        "nee"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_day_month_year() {
        assert_eq!(
            date(NaiveDate::from_ymd_opt(2026, 3, 5).unwrap()),
            "5-3-2026"
        );
    }
}
