//! R13: an open point of the checklist in plain Dutch, naming the people and items
//! involved (they are on the chair's screen already), and what to do.

use crate::errors::{capitalised, domain_message, THE_SUBJECT};
use domain::{DomainError, MeetingRecord, OpenPoint, Relation};

/// An action the sentence cannot name.
const AN_ACTION: &str = "een afspraak";

fn excerpt(text: &str) -> String {
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut out: String = first_line.trim().chars().take(40).collect();
    if first_line.trim().chars().count() > 40 || text.trim().lines().count() > 1 {
        out.push('…');
    }
    format!("“{out}”")
}

/// "A", "A en B", "A, B en C".
fn list(mut names: Vec<String>) -> String {
    match names.pop() {
        None => String::new(),
        Some(last) if names.is_empty() => last,
        Some(last) => format!("{} en {last}", names.join(", ")),
    }
}

fn participant(r: &MeetingRecord, id: domain::ParticipantId) -> String {
    r.participants
        .iter()
        .find(|p| p.participant.id == id)
        .map(|p| p.participant.name.to_string())
        .unwrap_or_else(|| "een deelnemer".into())
}

fn item(r: &MeetingRecord, id: domain::ItemId) -> String {
    r.items
        .iter()
        .find(|i| i.item.id == id)
        .map(|i| excerpt(i.item.text.as_str()))
        .unwrap_or_else(|| "een inbreng".into())
}

fn action(r: &MeetingRecord, id: domain::ActionId) -> String {
    r.actions
        .iter()
        .find(|a| a.id == id)
        .map(|a| excerpt(a.what.as_str()))
        .unwrap_or_else(|| AN_ACTION.into())
}

fn subject(r: &MeetingRecord, id: domain::SubjectId) -> String {
    let Some(s) = r.subjects.iter().find(|s| s.subject.id == id) else {
        return "een betrokkene".into();
    };
    if let Some(name) = &s.subject.name {
        return name.to_string();
    }
    match s.subject.relation {
        Relation::Youth => "de jeugdige",
        Relation::Parent => "de ouder",
        Relation::Carer => "de verzorger",
        Relation::Guardian => "de voogd",
        Relation::Other => THE_SUBJECT,
    }
    .into()
}

/// The sentence for one open point of the checklist.
pub fn open_point(r: &MeetingRecord, p: &OpenPoint) -> String {
    match p {
        OpenPoint::NoCaseLead => "Er is nog geen regiehouder. Geef één deelnemer de rol regiehouder.".into(),
        OpenPoint::MoreThanOneCaseLead => "Er is meer dan één regiehouder. Een casusoverleg heeft precies één regiehouder."
            .into(),
        OpenPoint::PledgeMissing(id) => format!("{} heeft de geheimhouding nog niet bevestigd.", participant(r, *id)),
        OpenPoint::BasisMissing(id) => format!("Bij de inbreng {} staat nog geen grondslag.", item(r, *id)),
        OpenPoint::BasisInvalid(
            id,
            DomainError::ConsentIncomplete {
                subject: about,
                missing,
                ..
            },
        ) => format!(
            "De grondslag van de inbreng {} klopt nog niet. De toestemming is niet compleet: nog nodig is {}.",
            item(r, *id),
            missing_consent(r, *about, *missing)
        ),
        OpenPoint::BasisInvalid(id, e) => format!(
            "De grondslag van de inbreng {} klopt nog niet. {}",
            item(r, *id),
            domain_message(e)
        ),
        OpenPoint::ActionInvalid(id, e) => format!(
            "De afspraak {} klopt niet meer. {}",
            action(r, *id),
            domain_message(e)
        ),
        OpenPoint::ReleaseUndecided { item: i, recipient } => format!(
            "Nog geen besluit of de inbreng {} naar {} mag.",
            item(r, *i),
            participant(r, *recipient)
        ),
        OpenPoint::ReliesOnUnreleased { action: a, item: i } => format!(
            "De afspraak {} steunt op de inbreng {}, maar die is niet vrijgegeven aan wie de afspraak uitvoert.",
            action(r, *a),
            item(r, *i)
        ),
        OpenPoint::NotificationInvalid(_, e) => format!(
            "De afspraak over het informeren van het gezin klopt niet. {}",
            domain_message(e)
        ),
        OpenPoint::NotificationMissing(ids) => {
            let names = list(ids.iter().map(|id| subject(r, *id)).collect());
            if ids.len() == 1 {
                format!(
                    "{} was er niet bij. Spreek af wie {} informeert, hoe en wanneer.",
                    capitalised(&names),
                    names
                )
            } else {
                format!(
                    "{} waren er niet bij. Spreek af wie hen informeert, hoe en wanneer.",
                    capitalised(&names)
                )
            }
        }
        OpenPoint::FamilyNotificationMissing => "Het gezin was niet bij het overleg. Spreek af wie het gezin informeert, hoe en wanneer."
            .into(),
        OpenPoint::RetentionMissing => "Er is nog geen bewaartermijn. Kies tot wanneer de gegevens bewaard blijven."
            .into(),
        OpenPoint::RetentionNotAfterMeeting => "De bewaartermijn moet na de datum van het overleg liggen.".into(),
        OpenPoint::ReleaseOutsideConsentScope {
            item: i,
            recipients,
            error,
        } => format!(
            "De inbreng {} is vrijgegeven aan {}, maar de toestemming geldt niet voor {}. {}",
            item(r, *i),
            list(recipients.iter().map(|p| participant(r, *p)).collect()),
            if recipients.len() == 1 { "deze ontvanger" } else { "deze ontvangers" },
            domain_message(error)
        ),
        OpenPoint::ObjectionUnanswered(id) => format!(
            "{} maakte bezwaar. Schrijf op wat het overleg daarop antwoordt.",
            capitalised(
                &r.voices
                    .iter()
                    .find(|v| v.id == *id)
                    .map(|v| subject(r, v.subject))
                    .unwrap_or_else(|| THE_SUBJECT.into())
            )
        ),
        OpenPoint::CarriedActionUnsettled(id) => format!(
            "Bij de afspraak {} uit het vorige overleg staat nog niet of die is uitgevoerd.",
            r.carried_over
                .iter()
                .find(|c| c.id == *id)
                .map(|c| excerpt(c.what.as_str()))
                .unwrap_or_else(|| AN_ACTION.into())
        ),
        OpenPoint::TimesIncomplete => "Vul de begintijd en de eindtijd van het overleg allebei in, of laat ze allebei leeg.".into(),
        OpenPoint::AccountNotAgreed => "Het verloop van het overleg is nog niet akkoord. Lees het voor en vink aan dat het overleg ermee akkoord is.".into(),
        OpenPoint::CriteriaMissing => "Schrijf op waarom deze casus in een casusoverleg hoort.".into(),
        OpenPoint::FamilyAbsenceReasonMissing => "Het gezin is er niet bij. Schrijf op waarom niet.".into(),
        OpenPoint::RecipientWithoutPledge(id) => format!(
            "{} had zich afgemeld en heeft de geheimhouding nog niet bevestigd, maar krijgt gegevens of voert een afspraak uit. Leg vast wanneer de geheimhouding is bevestigd.",
            participant(r, *id)
        ),
    }
}

/// R8: whose consent is still missing for `about`, by name and relation (the checklist
/// names family members, as it does elsewhere).
fn missing_consent(
    r: &MeetingRecord,
    about: domain::SubjectId,
    missing: domain::Consenters,
) -> String {
    let own = r
        .subjects
        .iter()
        .find(|s| s.subject.id == about)
        .map_or_else(
            || crate::labels::relation_title(domain::Relation::Other),
            |s| crate::documents::relation(s.subject.relation),
        );
    let subject_part = format!("de toestemming van {} ({own}) zelf", subject(r, about));
    let all: Vec<domain::Subject> = r.subjects.iter().map(|s| s.subject.clone()).collect();
    let holders: Vec<String> = domain::holders_of_authority(about, &all)
        .into_iter()
        .filter_map(|id| all.iter().find(|s| s.id == id))
        .map(|s| {
            format!(
                "{} ({})",
                subject(r, s.id),
                crate::documents::relation(s.relation)
            )
        })
        .collect();
    let parents_part = if holders.is_empty() {
        format!(
            "de toestemming van een ouder met gezag voor {}",
            subject(r, about)
        )
    } else {
        format!(
            "de toestemming voor {} van een ouder met gezag: {}",
            subject(r, about),
            holders.join(", ")
        )
    };
    match missing {
        domain::Consenters::Subject => subject_part,
        domain::Consenters::Parents => parents_part,
        domain::Consenters::SubjectAndParents => format!("{subject_part} en {parents_part}"),
    }
}
