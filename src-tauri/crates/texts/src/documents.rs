//! The texts of the PDF documents (R14) and of their listing in the app: titles, headings,
//! field labels, the Dutch names of the domain's enums as documents print them, and the
//! date format. The longer fixed texts are editable templates (see [`crate::templates`]).

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
        Category::General => "algemeen persoonsgegeven",
        Category::Special => "bijzonder persoonsgegeven",
        Category::Criminal => "strafrechtelijk persoonsgegeven",
    }
}

/// R6: from whom the contributor has an item.
fn source(s: SourceKind) -> &'static str {
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
        Relation::Other => "andere betrokkene",
    }
}

pub fn method(m: NotificationMethod) -> &'static str {
    match m {
        NotificationMethod::Conversation => "in een gesprek",
        NotificationMethod::Letter => "met een brief",
        NotificationMethod::Folder => "met een folder",
    }
}

fn postpone_ground(g: PostponeGround) -> &'static str {
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
            postpone_ground(*g),
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

// --- Every document -------------------------------------------------------------------

/// Every page of every document carries this marking (R14).
pub const CONFIDENTIAL_MARK: &str = "Vertrouwelijk";

/// The footer line of a page: marking, meeting reference and page x of y (R14).
pub fn page_footer(meeting_ref: &str, page: usize, pages: usize) -> String {
    format!("{CONFIDENTIAL_MARK} · {meeting_ref} · pagina {page} van {pages}")
}

/// The footer line with the printing date after it.
pub fn footer_printed(footer: &str, printed: &str) -> String {
    format!("{footer} · afgedrukt op {printed}")
}

/// R18: the footer with the audit log's position when the document was made.
pub fn footer_with_log(footer: &str, position: i64) -> String {
    format!("{footer} · Logboek #{position}")
}

/// Issue 17 point 9: the privacy officer's contact in the letter's rights part and in the
/// access report.
pub fn privacy_officer(organisation: &str, name: &str, contact: &str) -> String {
    if contact.is_empty() {
        format!(
            "Heeft u een vraag over privacy? De privacyfunctionaris van {organisation} is {name}."
        )
    } else {
        format!(
            "Heeft u een vraag over privacy? De privacyfunctionaris van {organisation} is {name}. U bereikt deze persoon via {contact}."
        )
    }
}

/// Issue 17 point 9: heading of the privacy officer's paragraph.
pub const PRIVACY_OFFICER_HEADING: &str = "Privacyfunctionaris";

pub const MEETING_DETAILS: &str = "Gegevens van het overleg";
pub const CASE: &str = "Casus";
pub const DATE: &str = "Datum";
pub const REFERENCE: &str = "Kenmerk";
pub const PURPOSE: &str = "Doel";

/// The heading of one item: its number, fact/opinion and category.
pub fn item_heading(number: impl std::fmt::Display, kind: &str, category: &str) -> String {
    format!("Gegeven {number} — {kind}, {category}")
}

// --- R14a: the plan -------------------------------------------------------------------

pub const PLAN_TITLE: &str = "Plan van aanpak casusoverleg";
pub const CRITERIA: &str = "Waarom dit overleg";

/// Seed 002 Feitenonderzoek 4: the date with the time of the meeting,
/// `5-12-2026, 09:30–11:00 uur` (times as `HH:MM`; one of them may be missing).
pub fn date_and_time(day: NaiveDate, start: Option<&str>, end: Option<&str>) -> String {
    match (start, end) {
        (Some(s), Some(e)) => format!("{}, {s}–{e} uur", date(day)),
        (Some(s), None) => format!("{}, vanaf {s} uur", date(day)),
        (None, Some(e)) => format!("{}, tot {e} uur", date(day)),
        (None, None) => date(day),
    }
}
pub const ACCOUNT: &str = "Verloop van het overleg";
pub const NO_ACCOUNT: &str = "Er is geen verloop van het overleg vastgelegd.";
pub const ACCOUNT_AGREED: &str = "Het overleg is akkoord gegaan met dit verslag van het verloop.";
pub const ACCOUNT_NOT_AGREED: &str =
    "Het overleg is nog niet akkoord gegaan met dit verslag van het verloop.";
pub const ANONYMOUS: &str = "Anoniem besproken";
pub const RETAIN_UNTIL: &str = "Bewaren tot";
pub const PARTICIPANTS: &str = "Deelnemers";
/// R1 (seed 002 II.5): after the role of who takes part with expertise only.
pub const EXPERTISE_ONLY: &str = "alleen deskundigheid";
pub const FAMILY: &str = "Het gezin";
pub const FAMILY_PRESENT: &str = "Gezin aanwezig bij het overleg";
pub const PRESENT: &str = "aanwezig";
pub const ABSENT: &str = "niet aanwezig";
/// Issue 17 point 1: the plan's heading for what the family said.
pub const FAMILY_VOICE: &str = "Wat het gezin vindt";

/// View, wish or objection, as a label.
pub fn voice_kind(kind: domain::VoiceKind) -> &'static str {
    match kind {
        domain::VoiceKind::View => "Mening",
        domain::VoiceKind::Wish => "Wens",
        domain::VoiceKind::Objection => "Bezwaar",
    }
}

/// How it reached the meeting.
pub fn voice_channel(channel: domain::VoiceChannel) -> &'static str {
    match channel {
        domain::VoiceChannel::InPerson => "zelf gezegd in het overleg",
        domain::VoiceChannel::ByCaseLead => "ingebracht door de regiehouder",
        domain::VoiceChannel::InWriting => "schriftelijk",
    }
}

/// The heading of one view, wish or objection in the plan.
pub fn voice_heading(kind: &str, member: &str, channel: &str) -> String {
    format!("{kind} van {member} ({channel})")
}

/// How the meeting answered it.
pub fn voice_answer(answer: &str) -> String {
    format!("Antwoord van het overleg: {answer}")
}

/// An objection the meeting did not answer (only a draft's plan can show it).
pub const VOICE_NOT_ANSWERED: &str = "Nog geen antwoord van het overleg.";

/// The plan's heading for the actions, and the document name in its footer.
pub const PLAN: &str = "Plan van aanpak";
pub const NO_ACTIONS: &str = "Er zijn geen afspraken gemaakt.";

/// The heading of one action of the plan.
pub fn action_heading(
    number: impl std::fmt::Display,
    who: &str,
    organisation: &str,
    due: &str,
) -> String {
    format!("Afspraak {number}: {who} ({organisation}), uiterlijk {due}")
}

/// R11: the event that triggers a conditional action.
pub fn action_condition(condition: &str) -> String {
    format!("Voorwaarde: {condition}")
}

/// The items an action relies on.
pub fn relies_on(items: &str) -> String {
    format!("Gebruikt: {items}")
}

/// R11/seed 002: the heading of one decision of the plan.
pub fn decision_heading(number: impl std::fmt::Display, what: &str) -> String {
    format!("Besluit {number}: {what}")
}

/// R11/seed 002: why a decision was taken.
pub fn decision_why(why: &str) -> String {
    format!("Waarom: {why}")
}

/// R11: the items (by reference) a decision rests on.
pub fn rests_on(items: &str) -> String {
    format!("Berust op inbreng: {items}")
}

/// Seed 002: a participant who disagrees with a decision, and why.
pub fn dissent(name: &str, organisation: &str, why: &str) -> String {
    format!("{name} ({organisation}) is het niet eens: {why}")
}

/// R11: the plan's heading above the actions that hang under no decision.
pub const ACTIONS_WITHOUT_DECISION: &str = "Afspraken zonder besluit";

pub const ITEMS: &str = "Ingebrachte gegevens";
pub const NO_ITEMS: &str = "Er zijn geen gegevens ingebracht.";

/// One item in the plan's list.
pub fn plan_item(item: &str, contributor: &str, kind: &str, category: &str) -> String {
    format!("{item}: ingebracht door {contributor}; {kind}, {category}")
}

pub const ITEM_WITHDRAWN: &str = "; toestemming ingetrokken";
pub const RELEASES: &str = "Vrijgegeven gegevens";
pub const NO_RELEASES: &str = "Er zijn geen gegevens vrijgegeven: alles blijft in het overleg.";

/// One release in the plan's list.
pub fn plan_release(item: &str, recipient: &str, action: &str) -> String {
    format!("{item} aan {recipient} voor afspraak {action}")
}

pub const RELEASE_WITHDRAWN: &str = " (toestemming later ingetrokken: ontvanger informeren)";
pub const NOTIFICATIONS: &str = "Informeren van het gezin";
pub const NO_NOTIFICATIONS: &str = "Het gezin was aanwezig; er is niets apart afgesproken.";
pub const WHOLE_FAMILY: &str = "het hele gezin";

/// R12: one agreement about informing the family.
pub fn notification(informer: &str, about: &str, method: &str, timing: &str) -> String {
    format!("{informer} informeert {about} {method}, {timing}.")
}

/// R12: a letter language by its Dutch name.
fn letter_language(l: domain::LetterLanguage) -> &'static str {
    match l {
        domain::LetterLanguage::Nl => "Nederlands",
        domain::LetterLanguage::En => "Engels",
    }
}

/// R12 (seed 004 art. 1.2): a covered member's language under a notification agreement:
/// the letter's language and, when needed, the interpreter and the language they speak.
pub fn notification_language(member: &str, language: &domain::FamilyLanguage) -> String {
    let letter = format!(
        "{member}: brief in het {}",
        letter_language(language.letter)
    );
    match (language.interpreter_needed, &language.spoken_language) {
        (false, _) => format!("{letter}."),
        (true, None) => format!("{letter}, tolk nodig."),
        (true, Some(spoken)) => format!("{letter}, tolk nodig ({spoken})."),
    }
}

// --- R14b: the extract ----------------------------------------------------------------

pub const EXTRACT_TITLE: &str = "Uittreksel casusoverleg";
pub const RECIPIENT: &str = "Ontvanger";
pub const RELEASED_TO_YOU: &str = "Aan u vrijgegeven gegevens";
pub const NOTHING_RELEASED_TO_YOU: &str = "Er zijn geen gegevens aan u vrijgegeven.";

/// Who brought an item in, with their organisation.
pub fn contributed_by(contributor: &str, organisation: &str) -> String {
    format!("Ingebracht door: {contributor} ({organisation})")
}

/// R9: what the recipient may use an item for, and until when.
pub fn only_for(action: &str, due: &str) -> String {
    format!("Alleen te gebruiken voor: {action} (uiterlijk {due})")
}

/// R9: the motivation of a release.
pub fn release_reason(motivation: &str) -> String {
    format!("Reden van vrijgave: {motivation}")
}

// R14c: the family letter's words are in its language's template
// (`assets/documents/familiebrief/`).

// --- Issue 17 point 8: preparing the meeting ---------------------------------------------

pub const INVITATION_TITLE: &str = "Uitnodiging casusoverleg";
pub const ATTENDANCE_TITLE: &str = "Presentielijst casusoverleg";
/// The column over the signatures of the attendance sheet.
pub const ATTENDANCE_SIGN: &str = "Naam, organisatie en rol — handtekening";

/// One attendee's line under their name: organisation and role.
pub fn attendance_detail(organisation: &str, role: &str) -> String {
    format!("{organisation} ({role})")
}

// --- R14d/R17: the access report ------------------------------------------------------

pub const ACCESS_TITLE: &str = "Inzageoverzicht";

/// Seed 003 §5.2.3b: what the report says instead of the text of an item that is also
/// about someone else.
pub const ABOUT_OTHERS_TOO: &str = "Deze inbreng gaat ook over iemand anders. Daarom staat de tekst hier niet. Vraag de organisatie die het inbracht om inzage in het deel over u.";

/// The reference in the access report's footer: no name, only the printing date.
pub fn access_reference(printed_on: NaiveDate) -> String {
    format!("INZAGE-{}", printed_on.format("%Y%m%d"))
}

pub const ABOUT_WHOM: &str = "Over wie";
pub const NAME: &str = "Naam";
pub const BIRTH_DATE: &str = "Geboortedatum";
pub const ACCESS_DATE: &str = "Datum overzicht";
pub const OBJECTED: &str =
    "U heeft bezwaar gemaakt. Er worden geen nieuwe gegevens meer over u vastgelegd.";
pub const NOTHING_ABOUT_YOU: &str = "Er zijn geen gegevens over u vastgelegd.";

/// The heading of one meeting in the access report.
pub fn meeting_of(date: &str) -> String {
    format!("Casusoverleg van {date}")
}

pub const STATUS: &str = "Status";
pub const FINALIZED: &str = "afgerond";
pub const DRAFT: &str = "nog niet afgerond";
pub const NOTHING_IN_MEETING: &str = "In dit overleg is niets over u ingebracht.";

/// Which organisation brought an item in.
pub fn contributed_by_organisation(organisation: &str) -> String {
    format!("Ingebracht door: {organisation}")
}

/// The basis of an item (one of the `BASIS_*` texts or [`legal_basis`]).
pub fn ground(basis: &str) -> String {
    format!("Grond: {basis}")
}

/// R7: no basis recorded yet.
pub const BASIS_NONE: &str = "nog niet vastgelegd";
/// R7: consent.
pub const BASIS_CONSENT: &str = "toestemming";
/// R7: a conflict of duties.
pub const BASIS_CONFLICT_OF_DUTIES: &str = "conflict van plichten";

/// R7: a statutory basis, by its label.
pub fn legal_basis(label: &str) -> String {
    format!("wettelijke grondslag: {label}")
}

pub const CONSENT_WITHDRAWN: &str =
    "De toestemming is ingetrokken. Deze inbreng krijgt geen vrijgave meer.";
pub const NOT_PASSED_ON: &str = "Niet doorgegeven aan anderen.";

/// One release of an item, as the family member reads it.
pub fn passed_on(recipient: &str, organisation: &str, purpose: &str, due: &str) -> String {
    format!("Doorgegeven aan: {recipient} ({organisation}), voor: {purpose} (uiterlijk {due})")
}

/// R16: one version of a corrected item.
pub fn version(number: impl std::fmt::Display, on: &str, text: &str) -> String {
    format!("Versie {number} van {on}: {text}")
}

/// R16: the reason of a correction, after a version.
pub fn correction_reason(reason: &str) -> String {
    format!(" Reden van correctie: {reason}")
}

/// R16: the family's reaction, after a version.
pub fn your_reaction(reaction: &str) -> String {
    format!(" Uw reactie: {reaction}")
}

// --- R20: the breach list -------------------------------------------------------------

/// The breach list's title and the reference in its footer (it belongs to no meeting).
pub const BREACH_REFERENCE: &str = "Datalek-overzicht";
pub const BREACH_TITLE: &str = "Datalek: welke organisaties kregen gegevens?";

/// The breach list's opening line.
pub fn breach_intro(meetings: impl std::fmt::Display, printed_on: &str) -> String {
    format!(
        "Overzicht van {meetings} casusoverleg(gen), gemaakt op {printed_on}. Informeer deze partners binnen 24 uur."
    )
}

pub const NO_ORGANISATION: &str = "Geen enkele organisatie kreeg gegevens uit deze overleggen.";
pub const MEETINGS: &str = "Overleggen";
pub const RECIPIENTS: &str = "Ontvangers";
pub const MEMBERS: &str = "Betrokkenen";

/// One category of data an organisation received.
pub fn breach_category(category: &str, items: u64, subjects: u64) -> String {
    let plural = if subjects == 1 { "" } else { "n" };
    format!("{category}: {items} keer inbreng over {subjects} betrokkene{plural}")
}

// --- The documents as the app lists them (R14) ----------------------------------------

pub const PLAN_LISTING: &str = "Plan van aanpak (voor het dossier van de regiehouder)";

/// R12: after a letter's title, the language it is written in; nothing for Dutch.
fn in_language(title: String, language: domain::LetterLanguage) -> String {
    match language {
        domain::LetterLanguage::Nl => title,
        other => format!("{title} (in het {})", letter_language(other)),
    }
}

/// The letter to the family in general, as listed.
pub fn family_letter_listing(language: domain::LetterLanguage) -> String {
    in_language("Brief aan het gezin".to_owned(), language)
}

/// A letter to one family member, as listed.
pub fn letter_listing(who: &str, language: domain::LetterLanguage) -> String {
    in_language(format!("Brief aan {who}"), language)
}

/// An extract, as listed.
pub fn extract_listing(name: &str, organisation: &str) -> String {
    format!("Uittreksel voor {name} ({organisation})")
}

/// File name of the plan (no personal data in file names).
pub fn plan_file(reference: &str) -> String {
    format!("{reference}-plan-van-aanpak.pdf")
}

/// File name of the `n`th letter: the addressee is a number, never a name.
pub fn letter_file(reference: &str, n: usize) -> String {
    format!("{reference}-brief-gezin-{n:02}.pdf")
}

/// Issue 17 point 8: file name of the `n`th participant's invitation: their organisation,
/// never their name.
pub fn invitation_file(reference: &str, n: usize, slug: &str) -> String {
    format!("{reference}-uitnodiging-{n:02}-{slug}.pdf")
}

/// Issue 17 point 8: file name of the attendance sheet.
pub fn attendance_file(reference: &str) -> String {
    format!("{reference}-presentielijst.pdf")
}

/// File name of the `n`th extract.
pub fn extract_file(reference: &str, n: usize, slug: &str) -> String {
    format!("{reference}-uittreksel-{n:02}-{slug}.pdf")
}

/// R19: file name of a report of the period `code` (`ext`: `csv` or `json`).
pub fn report_file(code: &str, ext: &str) -> String {
    format!("rapportage-{code}.{ext}")
}

/// R20: file name of the breach overview made on `today` (`ext`: `pdf` or `json`).
pub fn breach_file(today: impl std::fmt::Display, ext: &str) -> String {
    format!("datalek-ontvangers-{today}.{ext}")
}

/// Suffix of the file name of the consent records export (ISO/IEC TS 27560).
pub const CONSENT_EXPORT: &str = "toestemmingen-iso27560";
/// Suffix of the file name of the meeting outcome export (SoH).
pub const OUTCOME_EXPORT: &str = "uitkomst-overleg";

/// The reference in an export's file name when the export names none.
pub fn meeting_fallback_reference(id: impl std::fmt::Display) -> String {
    format!("overleg-{id}")
}

/// R14d: file name (without extension) of an access report printed on `printed` (a
/// `YYYYMMDD` date), with the last six hex digits of the request id (never a name).
pub fn access_file(printed: impl std::fmt::Display, request_id: &str) -> String {
    let hex: String = request_id.chars().filter(char::is_ascii_hexdigit).collect();
    let tail = hex.get(hex.len().saturating_sub(6)..).unwrap_or("");
    format!("inzageoverzicht-{printed}-{tail}")
}

/// Title of the native dialog that saves one document.
pub const SAVE_DOCUMENT: &str = "Document opslaan";
/// Issue 17 point 9: title of the dialog that picks the organisation profile file.
pub const PICK_PROFILE: &str = "Organisatieprofiel kiezen";
/// Issue 17 point 9: title of the native dialog that picks the organisation's logo.
pub const PICK_LOGO: &str = "Logo van uw organisatie kiezen";
/// Title of the native dialog that picks the folder for the documents.
pub const PICK_FOLDER: &str = "Map kiezen voor de documenten";
/// Title of the native dialog that saves a report or export.
pub const SAVE_FILE: &str = "Bestand opslaan";

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

    #[test]
    fn an_access_report_file_ends_in_the_request_ids_last_six_hex_digits() {
        let id = "0f8e2c1a-3b4d-4e5f-9a6b-7c8d9e0fab12";
        assert_eq!(
            access_file("20261206", id),
            "inzageoverzicht-20261206-0fab12"
        );
        assert_eq!(access_file("20261206", "ab"), "inzageoverzicht-20261206-ab");
    }
}
