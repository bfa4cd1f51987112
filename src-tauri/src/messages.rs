//! The back end's Dutch message catalog: every text the chair can read that comes from
//! Rust (error messages) is here and nowhere else. The UI's texts live in
//! `ui/src/lib/i18n/nl.ts`. Plain Dutch (B1); never personal data, never the refused value.

use crate::dto::arg::WrongShape;
use crate::dto::ApiError;
use domain::{Dependency, DomainError, Field};
use store::StoreError;

/// How a field is named inside a sentence ("Vul {de naam} in.").
fn field_name(field: Field) -> &'static str {
    match field {
        Field::CaseLabel => "de naam van de casus",
        Field::MeetingDate => "de datum",
        Field::Purpose => "het doel",
        Field::Name => "de naam",
        Field::Organisation => "de organisatie",
        Field::Function => "de functie",
        Field::Phone => "het telefoonnummer",
        Field::Email => "het e-mailadres",
        Field::Role => "de rol",
        Field::Contributor => "de inbrenger",
        Field::ItemText => "de inbreng",
        Field::Relation => "de relatie",
        Field::BirthDate => "de geboortedatum",
        Field::Passphrase => "het wachtwoord",
        Field::PassphraseConfirmation => "de herhaling van het wachtwoord",
        Field::Criteria => "waarom deze casus in het overleg hoort",
        Field::Subjects => "de betrokkenen",
        Field::Basis => "de grondslag",
        Field::Consent => "de toestemming",
        Field::Recipient => "de ontvanger",
        Field::DecidedBy => "de inbrenger die beslist",
        Field::Action => "de afspraak",
        Field::Motivation => "de motivering",
        Field::Item => "de inbreng",
        Field::ActionWho => "wie de afspraak uitvoert",
        Field::ActionWhat => "wat er gebeurt",
        Field::Due => "de datum waarop het klaar is",
        Field::ReliesOn => "de gegevens waar de afspraak op steunt",
        Field::Informer => "wie het gezin informeert",
        Field::NotificationSubjects => "wie er geïnformeerd wordt",
        Field::ReviewDate => "de datum om opnieuw te bekijken",
        Field::RetentionUntil => "de bewaartermijn",
        Field::ParentalAuthority => "wie het gezag heeft",
        Field::SecretAddress => "het geheime adres",
        Field::Kind => "of het een feit of een mening is",
        Field::Category => "het soort gegeven",
        Field::ConsentMethod => "hoe de toestemming is gegeven",
        Field::ReleaseChoice => "de beslissing over delen",
        Field::NotificationMethod => "hoe het gezin wordt geïnformeerd",
        Field::NotificationTiming => "wanneer het gezin wordt geïnformeerd",
        Field::RetentionReason => "de reden",
        Field::RetentionMonths => "de standaard bewaartermijn",
        Field::OldPassphrase => "het huidige wachtwoord",
        Field::IdleMinutes => "de tijd tot vergrendelen",
        Field::CorrectionReason => "de reden van de correctie",
        Field::Reaction => "de reactie van het gezin",
        Field::RequestedBy => "wie om de correctie vroeg",
        Field::PeriodFrom => "de eerste dag van de periode",
        Field::PeriodTo => "de laatste dag van de periode",
        Field::RequestSubject => "over wie het verzoek gaat",
        Field::RequestKind => "het soort verzoek",
        Field::Requester => "wie het verzoek doet",
        Field::RequesterName => "de naam van wie het verzoek doet",
        Field::ReceivedOn => "de datum van ontvangst",
        Field::Notice => "het bericht over de verlenging",
        Field::RefusalReason => "de reden van weigeren",
        Field::Request => "het verzoek",
        Field::CarriedStatus => "wat er van de afspraak terechtkwam",
        Field::CarriedNote => "de toelichting",
        Field::Search => "een zoekwoord",
        Field::Attendance => "de aanwezigheid",
        Field::Period => "de periode",
        Field::DiscoveredAt => "het moment waarop het datalek is ontdekt",
        Field::BreachDescription => "de korte omschrijving",
        Field::PartnersInformedAt => "het moment waarop de partners zijn geïnformeerd",
        Field::Breach => "het datalek",
        Field::NotificationDoneOn => "de datum waarop het gezin is geïnformeerd",
        Field::LiftedOn => "de datum waarop het uitstel stopt",
        Field::ForFamily => "wat het gezin over de afspraak leest",
        Field::ComplaintRoute => "waar het gezin een klacht kan indienen",
        Field::FamilyAbsenceReason => "de reden van afwezigheid van het gezin",
        Field::PledgeDate => "de datum van bevestigen",
        Field::RetentionCeiling => "de langste bewaartermijn",
        Field::RightsRetentionMonths => "de bewaartermijn van het register van verzoeken",
        Field::Source => "van wie het gegeven komt (de bron)",
        Field::SourceDetail => "de toelichting bij de bron",
        Field::CorrectionDecision => "de beslissing van de inbrenger",
        Field::DecidedOn => "de datum van de beslissing",
        Field::ConsentRecipients => "met wie de gegevens gedeeld mogen worden",
        Field::ConsentPurpose => "waarvoor de toestemming is gegeven",
        Field::CustomLaw => "de naam van de wet",
        Field::CustomArticle => "het artikel",
        Field::CustomNote => "de toelichting",
        Field::CustomBasis => "de grondslag",
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

pub const WRONG_PASSPHRASE: &str = "Onjuist wachtwoord";
pub const WRONG_OLD_PASSPHRASE: &str =
    "Het huidige wachtwoord is onjuist. Het wachtwoord is niet gewijzigd.";
pub const DESTRUCTION_FAILED: &str =
    "Verlopen casusoverleggen konden niet worden vernietigd. De opslag blijft vergrendeld. Probeer het opnieuw of neem contact op met uw beheerder.";
pub const LOCKED: &str = "Casusoverleg is vergrendeld. Ontgrendel eerst met uw wachtwoord.";
pub const NO_STORE: &str = "Er is nog geen beveiligde opslag. Maak die eerst aan.";
pub const STORE_EXISTS: &str = "Er is al een beveiligde opslag op deze computer.";
pub const MEETING_NOT_FOUND: &str = "Dit casusoverleg bestaat niet (meer).";
pub const NOT_FOUND: &str = "Dit gegeven bestaat niet (meer).";
pub const SCHEMA_TOO_NEW: &str =
    "Deze opslag is gemaakt met een nieuwere versie van Casusoverleg. Werk de app eerst bij.";
pub const CORRUPT: &str =
    "De opslag is beschadigd. Er is niets gewijzigd. Neem contact op met uw beheerder.";
pub const STORE_FAILURE: &str =
    "Opslaan of lezen is niet gelukt. Er is niets gewijzigd. Probeer het opnieuw.";

pub(crate) fn domain_message(e: &DomainError) -> String {
    match e {
        DomainError::Empty { field } => format!("Vul {} in.", field_name(*field)),
        DomainError::TooLong { field, max } => format!(
            "{} is te lang: maximaal {max} tekens.",
            capitalised(field_name(*field))
        ),
        DomainError::ControlCharacters { field } => format!(
            "{} bevat tekens die niet zijn toegestaan, zoals een regeleinde.",
            capitalised(field_name(*field))
        ),
        DomainError::InvalidEmail { .. } => {
            "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.".into()
        }
        DomainError::InvalidPhone { .. } => {
            "Vul een geldig telefoonnummer in, zoals 020 123 45 67.".into()
        }
        DomainError::InvalidDate { field } => {
            format!("Vul voor {} een geldige datum in.", field_name(*field))
        }
        DomainError::DateOutOfRange {
            field: Field::BirthDate,
        } => "De geboortedatum kan niet na de datum van het overleg liggen.".into(),
        DomainError::DateOutOfRange {
            field: field @ (Field::NotificationDoneOn | Field::LiftedOn),
        } => format!(
            "{} kan niet vóór het overleg en niet na vandaag liggen.",
            capitalised(field_name(*field))
        ),
        DomainError::DateOutOfRange {
            field: Field::PledgeDate,
        } => "Kies een datum vanaf de dag van het overleg tot en met vandaag.".into(),
        DomainError::DateOutOfRange { field } => format!(
            "{} kan niet kloppen. Kies een datum tussen 2000 en 2100.",
            capitalised(field_name(*field))
        ),
        DomainError::UnknownValue { field } => {
            format!("Kies een geldige waarde voor {}.", field_name(*field))
        }
        DomainError::SecondCaseLead => {
            "Er is al een regiehouder. Een casusoverleg heeft precies één regiehouder.".into()
        }
        DomainError::ContributorNotInMeeting => {
            "Kies als inbrenger iemand die aan tafel zit bij dit overleg.".into()
        }
        DomainError::IdentifyingDataInAnonymousMeeting { field } => format!(
            "Dit overleg is anoniem. Dan bewaart de app geen {}.",
            field_name(*field)
                .trim_start_matches("de ")
                .trim_start_matches("het ")
        ),
        DomainError::PassphraseTooShort { min } => {
            format!("Het wachtwoord moet minimaal {min} tekens hebben.")
        }
        DomainError::PassphraseMismatch => "De twee wachtwoorden zijn niet gelijk.".into(),
        DomainError::PassphraseUnchanged => {
            "Het nieuwe wachtwoord is hetzelfde als het huidige. Kies een ander wachtwoord.".into()
        }
        DomainError::OutOfRange { field, min, max } => format!(
            "{} moet tussen {min} en {max} liggen.",
            capitalised(field_name(*field))
        ),
        DomainError::RetentionExpired => {
            "De bewaartermijn is al verlopen. Dit casusoverleg wordt vernietigd bij het ontgrendelen.".into()
        }
        DomainError::UnknownSubject {
            field: Field::RequestSubject,
        } => "Kies een gezinslid uit de lijst.".into(),
        DomainError::UnknownSubject { .. } => {
            "Kies een betrokkene van dit casusoverleg.".into()
        }
        DomainError::UnknownItem { .. } => "Kies een inbreng van dit casusoverleg.".into(),
        DomainError::ParticipantNotInMeeting { .. } => {
            "Kies iemand die aan tafel zit bij dit overleg.".into()
        }
        DomainError::LegalBasisNotForOrganisation => {
            "Deze wettelijke grondslag hoort niet bij de organisatie van de inbrenger. Kies een grondslag uit de lijst.".into()
        }
        DomainError::ConflictOfDutiesNotAllYes => {
            "Bij een conflict van plichten moeten alle vier de vragen met ja beantwoord zijn. Is dat niet zo, dan mag dit gegeven niet zonder toestemming worden ingebracht.".into()
        }
        DomainError::ConflictOfDutiesWithoutSecrecy => {
            "Deze inbrenger heeft geen beroepsgeheim. Een conflict van plichten is dan geen grondslag.".into()
        }
        DomainError::ConsentIncomplete { .. } => {
            "De toestemming is niet compleet. Leg vast wie toestemming gaf, hoe en wanneer.".into()
        }
        DomainError::ConsentWithdrawn { .. } => {
            "De toestemming is ingetrokken. Dit gegeven mag niet meer worden gedeeld.".into()
        }
        DomainError::NotTheContributor => {
            "Alleen de inbrenger beslist of dit gegeven het overleg uit mag.".into()
        }
        DomainError::RecipientNotInMeeting => {
            "Kies als ontvanger iemand die aan tafel zit bij dit overleg.".into()
        }
        DomainError::RecipientIsContributor => {
            "De inbrenger heeft dit gegeven al. Kies een andere ontvanger.".into()
        }
        DomainError::ActionNotInPlan => "Kies een afspraak uit het plan van aanpak.".into(),
        DomainError::ActionNotForRecipient => {
            "Deze ontvanger voert die afspraak niet uit. Deel alleen wat iemand nodig heeft voor zijn eigen afspraak.".into()
        }
        DomainError::MotivationRequired => {
            "Schrijf op waarom dit nodig is. Dat moet bij een adviseur of informant als ontvanger, en bij bijzondere of strafrechtelijke gegevens.".into()
        }
        DomainError::ItemNotReleasable => {
            "Dit gegeven mag het overleg niet uit: de grondslag klopt niet of de toestemming is ingetrokken.".into()
        }
        DomainError::ReleaseFrozen => {
            "De toestemming voor dit gegeven is ingetrokken. Wie het al kreeg, blijft vastgelegd.".into()
        }
        DomainError::MeetingFinalized => {
            "Dit casusoverleg is afgerond en kan niet meer worden gewijzigd.".into()
        }
        DomainError::AuthorityNotForRelation => {
            "Alleen een ouder, verzorger of voogd kan het gezag hebben.".into()
        }
        DomainError::NoParentalAuthority => {
            "Deze ouder heeft geen gezag. Toestemming voor een kind onder de 16 komt van wie het gezag heeft.".into()
        }
        DomainError::UnknownNotification => {
            "Deze afspraak over het informeren van het gezin bestaat niet (meer).".into()
        }
        DomainError::CorrectionBeforeFinalize => {
            "Corrigeren kan pas als het overleg is afgerond. Pas de inbreng nu nog gewoon aan.".into()
        }
        DomainError::OpinionNotCorrectable => {
            "Een mening wordt niet gecorrigeerd. Laat de tekst staan en vul de reactie van het gezin in.".into()
        }
        DomainError::CorrectionUnchanged => {
            "Er verandert niets. Pas de tekst aan of vul de reactie van het gezin in.".into()
        }
        DomainError::PeriodReversed => {
            "De periode klopt niet: de laatste dag ligt vóór de eerste dag.".into()
        }
        DomainError::RequesterNotEntitled => {
            "Deze persoon mag dit verzoek niet doen voor deze betrokkene. Onder de 12 vragen de ouders met gezag of de voogd. Van 12 tot 16 vraagt de jongere zelf; ouders mogen wel inzage vragen. Vanaf 16 vraagt de jongere zelf. Anderen alleen met toestemming.".into()
        }
        DomainError::BirthDateNeededForRights => {
            "Vul eerst de geboortedatum van deze jongere in. Die is nodig om te bepalen wie het verzoek mag doen.".into()
        }
        DomainError::AlreadyExtended => {
            "De termijn van dit verzoek is al een keer verlengd. Dat kan maar één keer.".into()
        }
        DomainError::ExtensionAfterDeadline => {
            "De termijn van dit verzoek is al voorbij. Verlengen kan alleen zolang de termijn nog loopt.".into()
        }
        DomainError::RequestClosed => "Dit verzoek is al beantwoord.".into(),
        DomainError::RequestNotGranted => {
            "Dit verzoek is nog niet toegekend. Ken het eerst toe.".into()
        }
        DomainError::SubjectObjected => {
            "Deze betrokkene heeft bezwaar gemaakt. Er mogen geen nieuwe gegevens over hem of haar worden vastgelegd.".into()
        }
        DomainError::MomentInFuture { field } => format!(
            "{} ligt in de toekomst. Vul een moment in dat al geweest is.",
            capitalised(field_name(*field))
        ),
        DomainError::PartnersAlreadyInformed => {
            "Bij dit datalek staat al vastgelegd wanneer de partners zijn geïnformeerd.".into()
        }
        DomainError::InformedBeforeDiscovery => {
            "De partners kunnen niet zijn geïnformeerd vóór het datalek was ontdekt. Kijk het moment na.".into()
        }
        DomainError::InvalidPeriod => {
            "Kies een hele maand, een kwartaal of een jaar. Een rapportage over losse dagen kan niet, want dan zijn kleine aantallen terug te rekenen.".into()
        }
        DomainError::StillNeeded(d) => still_needed(*d).into(),
        DomainError::FollowUpOfDraft => {
            "Een vervolgoverleg kan pas als dit overleg is afgerond.".into()
        }
        DomainError::UnknownCarriedAction => {
            "Deze afspraak uit het vorige overleg hoort niet bij dit overleg.".into()
        }
        DomainError::ObserverHasNoPart => {
            "Een toehoorder voert geen afspraak uit en krijgt geen gegevens mee. Kies iemand anders, of haal eerst de afspraken en vrijgaven van deze deelnemer weg.".into()
        }
        DomainError::NotificationPostponed => {
            "Het informeren is uitgesteld. Stop eerst het uitstel. Daarna kunt u invullen wanneer het gezin is geïnformeerd.".into()
        }
        DomainError::NotificationNotPostponed => {
            "Dit informeren is niet (meer) uitgesteld. Er is niets om te stoppen.".into()
        }
        DomainError::NotYetFinalized => {
            "Dit kan pas als het overleg is afgerond.".into()
        }
        DomainError::MotivationTooShort { field } => format!(
            "{} is te kort. Schrijf in een hele zin waarom: minstens {} woorden en {} tekens.",
            capitalised(field_name(*field)),
            domain::MOTIVATION_MIN_WORDS,
            domain::MOTIVATION_MIN_CHARS
        ),
        DomainError::RecipientWithoutPledge => {
            "Deze ontvanger heeft de geheimhouding nog niet bevestigd. Leg dat eerst vast; wie zich had afgemeld, kan dat ook na het overleg doen.".into()
        }
        DomainError::PledgeDateNotForPresent => {
            "Wie aan tafel zat, bevestigt de geheimhouding tijdens het overleg. Een latere datum is alleen voor wie zich had afgemeld.".into()
        }
        DomainError::RetentionBeyondTerm { months } => format!(
            "Kies een datum binnen {months} maanden na het overleg. Langer bewaren kan alleen door te verlengen, met een reden."
        ),
        DomainError::RetentionMaximumReached { months } => format!(
            "Verlengen kan niet meer. De gegevens mogen niet langer dan {months} maanden na het overleg bewaard blijven."
        ),
        DomainError::CorrectionRequesterNotEntitled => {
            "Deze persoon mag niet om correctie van dit gegeven vragen. Dat mag alleen wie het gegeven over gaat, of een ouder met gezag of voogd die voor die persoon mag optreden. Onder de 12 vragen de ouders met gezag of de voogd. Van 12 tot 16 vraagt de jongere zelf, of de ouders als de jongere zijn of haar belangen niet goed kan overzien. Vanaf 16 vraagt de jongere zelf.".into()
        }
        DomainError::AmbiguousSubject => {
            "Er zijn meer mensen met deze naam zonder geboortedatum. Kies de persoon opnieuw in de lijst.".into()
        }
        DomainError::ConsentWithoutSubject => {
            "Toestemming moet van iemand komen. Kies over welke betrokkene dit gegeven gaat, of kies een andere grondslag.".into()
        }
        DomainError::OutsideConsentScope { .. } => {
            "Dit mag niet naar deze ontvanger: de toestemming van het gezin geldt niet voor deze persoon. Laat het gegeven in het overleg, of vraag het gezin opnieuw om toestemming en leg die vast.".into()
        }
        DomainError::CaseLabelNotACode => {
            "Dit overleg is anoniem. Gebruik als naam van de casus een code zonder naam of adres, met minstens één cijfer. Bijvoorbeeld: Casus A-7K2.".into()
        }
        DomainError::CustomLawInvalid => format!(
            "Vul de naam van de wet in, met letters en minstens {} tekens. Bijvoorbeeld: Wet op het primair onderwijs.",
            domain::CUSTOM_LAW_MIN_CHARS
        ),
        DomainError::CustomArticleWithoutNumber => {
            "Vul het artikel in met het nummer. Bijvoorbeeld: art. 10b.".into()
        }
        DomainError::IdentifyingTextInAnonymousMeeting { field, found } => format!(
            "Dit overleg is anoniem. In {} staat {}. Daarmee is het gezin te herkennen. Haal het weg.",
            field_name(*field),
            match found {
                domain::Identifying::Bsn => "een burgerservicenummer (BSN)",
                domain::Identifying::Phone => "een telefoonnummer",
                domain::Identifying::Email => "een e-mailadres",
                domain::Identifying::Iban => "een bankrekeningnummer (IBAN)",
                domain::Identifying::KnownName => "een naam die de app kent van een gezinslid",
            }
        ),
        DomainError::ConsentScopeUnconfirmed { .. } => {
            "Dit mag nog niet naar deze ontvanger: bij de toestemming staat niet met wie het gezin wil delen. Vraag het gezin opnieuw en leg de toestemming vast met de ontvangers en het doel.".into()
        }
    }
}

/// Why something cannot be removed yet, and what to do first (R5, R6, R8, R9, R11, R12).
fn still_needed(d: Dependency) -> &'static str {
    match d {
        Dependency::ItemsAboutSubject => {
            "Deze betrokkene kan niet weg: er gaat nog inbreng over hem of haar. Pas eerst die inbreng aan."
        }
        Dependency::ConsentGivenBySubject => {
            "Deze betrokkene kan niet weg: hij of zij gaf toestemming voor inbreng. Die toestemming blijft vastgelegd."
        }
        Dependency::NotificationAboutSubject => {
            "Deze betrokkene kan niet weg: een afspraak over het informeren van het gezin noemt hem of haar. Verwijder eerst die afspraak."
        }
        Dependency::ItemsOfParticipant => {
            "Deze deelnemer kan niet weg: hij of zij bracht inbreng in en houdt daar zeggenschap over. Verwijder eerst die inbreng."
        }
        Dependency::ActionsOfParticipant => {
            "Deze deelnemer kan niet weg: hij of zij voert een afspraak uit. Verwijder eerst die afspraak."
        }
        Dependency::NotificationsByParticipant => {
            "Deze deelnemer kan niet weg: hij of zij informeert het gezin. Verwijder eerst die afspraak."
        }
        Dependency::ReleasesToParticipant => {
            "Deze deelnemer kan niet weg: er is al besloten over het delen van gegevens met hem of haar."
        }
        Dependency::ItemReleased => {
            "Deze inbreng kan niet weg: hij is gedeeld met een ontvanger. Laat de inbreng eerst in het overleg blijven."
        }
        Dependency::ItemReliedOn => {
            "Deze inbreng kan niet weg: een afspraak steunt erop. Pas eerst die afspraak aan."
        }
        Dependency::ReleasesForAction => {
            "Deze afspraak kan niet weg: er is inbreng gedeeld voor deze afspraak. Laat die inbreng eerst in het overleg blijven."
        }
        Dependency::ItemsRestOnBasis => {
            "Deze grondslag kan niet weg: er is inbreng die op deze grondslag rust. Kies bij die inbreng eerst een andere grondslag."
        }
    }
}

fn domain_code(e: &DomainError) -> &'static str {
    match e {
        DomainError::Empty { .. } => "empty",
        DomainError::TooLong { .. } => "too_long",
        DomainError::ControlCharacters { .. } => "control_characters",
        DomainError::InvalidEmail { .. } => "invalid_email",
        DomainError::InvalidPhone { .. } => "invalid_phone",
        DomainError::InvalidDate { .. } => "invalid_date",
        DomainError::DateOutOfRange { .. } => "date_out_of_range",
        DomainError::UnknownValue { .. } => "invalid_input",
        DomainError::SecondCaseLead => "second_case_lead",
        DomainError::ContributorNotInMeeting => "contributor_not_in_meeting",
        DomainError::IdentifyingDataInAnonymousMeeting { .. } => "anonymous_meeting",
        DomainError::PassphraseTooShort { .. } => "passphrase_too_short",
        DomainError::PassphraseMismatch => "passphrase_mismatch",
        DomainError::PassphraseUnchanged => "passphrase_unchanged",
        DomainError::OutOfRange { .. } => "out_of_range",
        DomainError::RetentionExpired => "retention_expired",
        DomainError::UnknownSubject { .. } => "unknown_subject",
        DomainError::UnknownItem { .. } => "unknown_item",
        DomainError::ParticipantNotInMeeting { .. } => "participant_not_in_meeting",
        DomainError::LegalBasisNotForOrganisation => "legal_basis_not_for_organisation",
        DomainError::ConflictOfDutiesNotAllYes => "conflict_of_duties_not_all_yes",
        DomainError::ConflictOfDutiesWithoutSecrecy => "conflict_of_duties_without_secrecy",
        DomainError::ConsentIncomplete { .. } => "consent_incomplete",
        DomainError::ConsentWithdrawn { .. } => "consent_withdrawn",
        DomainError::NotTheContributor => "not_the_contributor",
        DomainError::RecipientNotInMeeting => "recipient_not_in_meeting",
        DomainError::RecipientIsContributor => "recipient_is_contributor",
        DomainError::ActionNotInPlan => "action_not_in_plan",
        DomainError::ActionNotForRecipient => "action_not_for_recipient",
        DomainError::MotivationRequired => "motivation_required",
        DomainError::ItemNotReleasable => "item_not_releasable",
        DomainError::ReleaseFrozen => "release_frozen",
        DomainError::MeetingFinalized => "meeting_finalized",
        DomainError::AuthorityNotForRelation => "authority_not_for_relation",
        DomainError::NoParentalAuthority => "no_parental_authority",
        DomainError::UnknownNotification => "unknown_notification",
        DomainError::CorrectionBeforeFinalize => "correction_before_finalize",
        DomainError::OpinionNotCorrectable => "opinion_not_correctable",
        DomainError::CorrectionUnchanged => "correction_unchanged",
        DomainError::PeriodReversed => "period_reversed",
        DomainError::RequesterNotEntitled => "requester_not_entitled",
        DomainError::BirthDateNeededForRights => "birth_date_needed",
        DomainError::AlreadyExtended => "already_extended",
        DomainError::ExtensionAfterDeadline => "extension_after_deadline",
        DomainError::RequestClosed => "request_closed",
        DomainError::RequestNotGranted => "request_not_granted",
        DomainError::SubjectObjected => "subject_objected",
        DomainError::InvalidPeriod => "invalid_period",
        DomainError::MomentInFuture { .. } => "moment_in_future",
        DomainError::PartnersAlreadyInformed => "partners_already_informed",
        DomainError::InformedBeforeDiscovery => "informed_before_discovery",
        DomainError::StillNeeded(_) => "still_needed",
        DomainError::FollowUpOfDraft => "follow_up_of_draft",
        DomainError::UnknownCarriedAction => "unknown_carried_action",
        DomainError::ObserverHasNoPart => "observer_has_no_part",
        DomainError::NotificationPostponed => "notification_postponed",
        DomainError::NotificationNotPostponed => "notification_not_postponed",
        DomainError::NotYetFinalized => "not_yet_finalized",
        DomainError::MotivationTooShort { .. } => "motivation_too_short",
        DomainError::RecipientWithoutPledge => "recipient_without_pledge",
        DomainError::PledgeDateNotForPresent => "pledge_date_not_for_present",
        DomainError::RetentionBeyondTerm { .. } => "retention_beyond_term",
        DomainError::RetentionMaximumReached { .. } => "retention_maximum_reached",
        DomainError::CorrectionRequesterNotEntitled => "correction_requester_not_entitled",
        DomainError::AmbiguousSubject => "ambiguous_subject",
        DomainError::ConsentWithoutSubject => "consent_without_subject",
        DomainError::OutsideConsentScope { .. } => "outside_consent_scope",
        DomainError::ConsentScopeUnconfirmed { .. } => "consent_scope_unconfirmed",
        DomainError::CaseLabelNotACode => "case_label_not_a_code",
        DomainError::IdentifyingTextInAnonymousMeeting { .. } => "identifying_text",
        DomainError::CustomLawInvalid => "custom_law_invalid",
        DomainError::CustomArticleWithoutNumber => "custom_article_without_number",
    }
}

impl ApiError {
    pub fn new(code: &str, message: &str) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            field: None,
        }
    }

    pub fn locked() -> Self {
        Self::new("locked", LOCKED)
    }

    /// An id from the UI that does not parse: to the chair, the thing does not exist.
    pub fn not_found(field: Option<Field>) -> Self {
        Self {
            field: field.map(|f| f.as_str().to_owned()),
            ..Self::new("not_found", NOT_FOUND)
        }
    }
}

/// How an IPC argument key is named inside a sentence; `None` for keys the chair never
/// types (then the message stays general).
fn key_name(key: &str) -> Option<&'static str> {
    let field = match key {
        "caseLabel" => Field::CaseLabel,
        "date" => Field::MeetingDate,
        "purpose" => Field::Purpose,
        "name" => Field::Name,
        "organisation" => Field::Organisation,
        "function" => Field::Function,
        "phone" => Field::Phone,
        "email" => Field::Email,
        "role" => Field::Role,
        "contributorId" => Field::Contributor,
        "text" => Field::ItemText,
        "relation" => Field::Relation,
        "birthDate" => Field::BirthDate,
        "passphrase" | "new" => Field::Passphrase,
        "old" | "oldPassphrase" => Field::OldPassphrase,
        "confirmation" => Field::PassphraseConfirmation,
        "criteria" => Field::Criteria,
        "subjectIds" => Field::Subjects,
        "basis" => Field::Basis,
        "consent" => Field::Consent,
        "recipientId" => Field::Recipient,
        "decidedBy" => Field::DecidedBy,
        "actionId" => Field::Action,
        "motivation" => Field::Motivation,
        "itemId" => Field::Item,
        "who" => Field::ActionWho,
        "what" => Field::ActionWhat,
        "due" => Field::Due,
        "reliesOn" => Field::ReliesOn,
        "informerId" => Field::Informer,
        "about" => Field::NotificationSubjects,
        "reviewDate" => Field::ReviewDate,
        "doneOn" => Field::NotificationDoneOn,
        "liftedOn" => Field::LiftedOn,
        "forFamily" => Field::ForFamily,
        "complaintRoute" => Field::ComplaintRoute,
        "until" => Field::RetentionUntil,
        "parentalAuthority" | "holds" => Field::ParentalAuthority,
        "secretAddress" | "address" => Field::SecretAddress,
        "kind" => Field::Kind,
        "category" => Field::Category,
        "method" => Field::ConsentMethod,
        "choice" => Field::ReleaseChoice,
        "timing" => Field::NotificationTiming,
        "reason" => Field::RetentionReason,
        "retentionMonths" | "months" => Field::RetentionMonths,
        "idleMinutes" | "minutes" => Field::IdleMinutes,
        "reaction" => Field::Reaction,
        "requestedBy" => Field::RequestedBy,
        "present" => return Some("of iemand aanwezig is"),
        "secrecy" => return Some("of iemand een beroepsgeheim heeft"),
        "organisationType" => return Some("het soort organisatie"),
        "meetingId" | "id" => return Some("het overleg"),
        "subjectId" => return Some("de betrokkene"),
        "participantId" => return Some("de deelnemer"),
        "document" => return Some("het document"),
        "subject" => Field::RequestSubject,
        "requestKind" => Field::RequestKind,
        "requester" => Field::Requester,
        "requesterName" => Field::RequesterName,
        "receivedOn" => Field::ReceivedOn,
        "notice" => Field::Notice,
        "requestId" => Field::Request,
        "query" => Field::Search,
        "attendance" => Field::Attendance,
        "period" => Field::Period,
        "discoveredAt" => Field::DiscoveredAt,
        "informedAt" => Field::PartnersInformedAt,
        "breachId" => Field::Breach,
        "description" => Field::BreachDescription,
        "familyAbsenceReason" => Field::FamilyAbsenceReason,
        "pledgeDate" => Field::PledgeDate,
        "ceilingMonths" => Field::RetentionCeiling,
        "rightsMonths" => Field::RightsRetentionMonths,
        "scopeRecipients" => Field::ConsentRecipients,
        "scopePurpose" => Field::ConsentPurpose,
        "law" => Field::CustomLaw,
        "article" => Field::CustomArticle,
        "basisId" => Field::CustomBasis,
        "note" => Field::CarriedNote,
        "done" => Field::CarriedStatus,
        "previousMeetingId" => return Some("het vorige overleg"),
        "carriedId" => return Some("de meegenomen afspraak"),
        "infoSent" => return Some("of de informatie vooraf is gestuurd"),
        "from" => Field::PeriodFrom,
        "to" => Field::PeriodTo,
        "source" => Field::Source,
        "sourceDetail" => Field::SourceDetail,
        "decision" => Field::CorrectionDecision,
        "decidedOn" => Field::DecidedOn,
        "competent" => return Some("of de jongere zijn of haar belangen kan overzien"),
        "format" => return Some("de bestandsvorm"),
        "export" => return Some("wat u wilt bewaren"),
        "all" | "meetingIds" => return Some("welke overleggen"),
        _ => return None,
    };
    Some(field_name(field))
}

/// An IPC argument of the wrong shape: a Dutch sentence naming the field if we
/// know it, never the refused value.
impl From<WrongShape> for ApiError {
    fn from(e: WrongShape) -> Self {
        let message = match e.key.as_deref().and_then(key_name) {
            Some(name) => format!(
                "De app kreeg voor {name} geen geldige waarde. Vul het opnieuw in en probeer het nog eens."
            ),
            None => "De app kreeg gegevens in een onverwachte vorm. Probeer het nog eens; lukt het niet, start de app dan opnieuw.".into(),
        };
        Self {
            code: "invalid_input".into(),
            message,
            field: e.key.filter(|k| key_name(k).is_some()),
        }
    }
}

impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        Self {
            code: domain_code(&e).into(),
            message: domain_message(&e),
            field: e.field().map(|f| f.as_str().to_owned()),
        }
    }
}

/// R18 × R21: why the store was not opened (what happened, what to do).
pub(crate) fn witness_message(v: store::WitnessVerdict) -> &'static str {
    match v {
        store::WitnessVerdict::Missing => WITNESS_MISSING,
        _ => BEHIND_WITNESS,
    }
}

/// The store is older than its audit witness says (rollback, replaced audit pages).
pub const BEHIND_WITNESS: &str = "De opslag is niet geopend: het logboek is korter of anders dan de app het de vorige keer achterliet. Er is waarschijnlijk een oudere kopie van de opslag teruggezet. Zo kan een eerder verwijderd dossier of een vastgelegde handeling ongemerkt terugkomen of verdwijnen. Neem contact op met de privacyfunctionaris; zet een back-up alleen bewust terug met het beheerprogramma (casus restore).";

/// The audit witness beside the store or in the config folder is gone.
pub const WITNESS_MISSING: &str = "De opslag is niet geopend: het controlebestand van het logboek ontbreekt (naast de opslag of in de instellingenmap). Iemand kan het hebben verwijderd om een oudere kopie terug te zetten. Neem contact op met de privacyfunctionaris; met het beheerprogramma (casus restore) zet u bewust een back-up terug.";

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Invalid(d) => d.into(),
            StoreError::ChecklistOpen(points) => Self::new(
                "checklist_open",
                &format!(
                    "Het overleg kan nog niet worden afgerond: er {} nog {} open {}. Zie de lijst bij Afronden.",
                    if points.len() == 1 { "staat" } else { "staan" },
                    points.len(),
                    if points.len() == 1 { "punt" } else { "punten" }
                ),
            ),
            StoreError::WrongPassphrase => Self {
                field: Some(Field::Passphrase.as_str().into()),
                ..Self::new("wrong_passphrase", WRONG_PASSPHRASE)
            },
            StoreError::NoStore => Self::new("no_store", NO_STORE),
            StoreError::AlreadyExists => Self::new("store_exists", STORE_EXISTS),
            StoreError::NotFound("meeting") => Self::new("not_found", MEETING_NOT_FOUND),
            StoreError::NotFound("consent") => Self::new(
                "not_found",
                "Deze toestemming bestaat niet (meer) bij dit overleg.",
            ),
            StoreError::NotFound("breach") => Self::new(
                "not_found",
                "Dit datalek staat niet (meer) in het register.",
            ),
            StoreError::NotFound(_) => Self::new("not_found", NOT_FOUND),
            StoreError::NotFinalized => Self::new(
                "not_finalized",
                "Documenten kunnen pas worden afgedrukt als het overleg is afgerond.",
            ),
            StoreError::SchemaTooNew { .. } => Self::new("schema_too_new", SCHEMA_TOO_NEW),
            StoreError::Corrupt(_) => Self::new("store_corrupt", CORRUPT),
            StoreError::InUse => Self::new(
                "store_in_use",
                "De opslag wordt op dit moment hersteld met het beheerprogramma. Probeer het over een minuut opnieuw.",
            ),
            StoreError::BehindWitness(v) => Self {
                field: Some(Field::Passphrase.as_str().into()),
                ..Self::new("store_behind_witness", witness_message(v))
            },
            StoreError::DestructionFailed => {
                Self::new("destruction_failed", DESTRUCTION_FAILED)
            }
            // SQLite and IO details stay out of the message: they may quote data (R21).
            StoreError::Io(_) | StoreError::Sqlite(_) => Self::new("store_failure", STORE_FAILURE),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_error_names_the_field_in_dutch() {
        let e: ApiError = DomainError::Empty { field: Field::Name }.into();
        assert_eq!(e.message, "Vul de naam in.");
        assert_eq!(e.field.as_deref(), Some("name"));
        let e: ApiError = DomainError::TooLong {
            field: Field::CaseLabel,
            max: 200,
        }
        .into();
        assert_eq!(
            e.message,
            "De naam van de casus is te lang: maximaal 200 tekens."
        );
    }

    #[test]
    fn wrong_passphrase_reads_onjuist_wachtwoord() {
        let e: ApiError = StoreError::WrongPassphrase.into();
        assert_eq!(
            (e.code.as_str(), e.message.as_str()),
            ("wrong_passphrase", "Onjuist wachtwoord")
        );
    }
}

/// R13: an open point of the checklist in plain Dutch, naming the people and items
/// involved (they are on the chair's screen already), and where to fix it.
pub mod checklist {
    use super::domain_message;
    use crate::dto::flow::Section;
    use domain::{MeetingRecord, OpenPoint, Relation};

    fn excerpt(text: &str) -> String {
        let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let mut out: String = first_line.trim().chars().take(40).collect();
        if first_line.trim().chars().count() > 40 || text.trim().lines().count() > 1 {
            out.push('…');
        }
        format!("“{out}”")
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
            .unwrap_or_else(|| "een afspraak".into())
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
            Relation::Other => "de betrokkene",
        }
        .into()
    }

    /// (message, section, target id)
    pub fn describe(r: &MeetingRecord, p: &OpenPoint) -> (String, Section, Option<String>) {
        match p {
            OpenPoint::NoCaseLead => (
                "Er is nog geen regiehouder. Geef één deelnemer de rol regiehouder.".into(),
                Section::Participants,
                None,
            ),
            OpenPoint::MoreThanOneCaseLead => (
                "Er is meer dan één regiehouder. Een casusoverleg heeft precies één regiehouder."
                    .into(),
                Section::Participants,
                None,
            ),
            OpenPoint::PledgeMissing(id) => (
                format!("{} heeft de geheimhouding nog niet bevestigd.", participant(r, *id)),
                Section::Participants,
                Some(id.to_string()),
            ),
            OpenPoint::BasisMissing(id) => (
                format!("Bij de inbreng {} staat nog geen grondslag.", item(r, *id)),
                Section::Items,
                Some(id.to_string()),
            ),
            OpenPoint::BasisInvalid(id, e) => (
                format!(
                    "De grondslag van de inbreng {} klopt nog niet. {}",
                    item(r, *id),
                    domain_message(e)
                ),
                Section::Items,
                Some(id.to_string()),
            ),
            OpenPoint::ActionInvalid(id, e) => (
                format!(
                    "De afspraak {} klopt niet meer. {}",
                    action(r, *id),
                    domain_message(e)
                ),
                Section::Plan,
                Some(id.to_string()),
            ),
            OpenPoint::ReleaseUndecided { item: i, recipient } => (
                format!(
                    "Nog geen besluit of de inbreng {} naar {} mag.",
                    item(r, *i),
                    participant(r, *recipient)
                ),
                Section::Releases,
                Some(i.to_string()),
            ),
            OpenPoint::ReliesOnUnreleased { action: a, item: i } => (
                format!(
                    "De afspraak {} steunt op de inbreng {}, maar die is niet vrijgegeven aan wie de afspraak uitvoert.",
                    action(r, *a),
                    item(r, *i)
                ),
                Section::Releases,
                Some(i.to_string()),
            ),
            OpenPoint::NotificationInvalid(id, e) => (
                format!(
                    "De afspraak over het informeren van het gezin klopt niet. {}",
                    domain_message(e)
                ),
                Section::Family,
                Some(id.to_string()),
            ),
            OpenPoint::NotificationMissing(id) => (
                format!(
                    "{} was er niet bij. Spreek af wie {} informeert, hoe en wanneer.",
                    super::capitalised(&subject(r, *id)),
                    subject(r, *id)
                ),
                Section::Family,
                Some(id.to_string()),
            ),
            OpenPoint::FamilyNotificationMissing => (
                "Het gezin was niet bij het overleg. Spreek af wie het gezin informeert, hoe en wanneer."
                    .into(),
                Section::Family,
                None,
            ),
            OpenPoint::RetentionMissing => (
                "Er is nog geen bewaartermijn. Kies tot wanneer de gegevens bewaard blijven."
                    .into(),
                Section::Finalize,
                None,
            ),
            OpenPoint::RetentionNotAfterMeeting => (
                "De bewaartermijn moet na de datum van het overleg liggen.".into(),
                Section::Finalize,
                None,
            ),
            OpenPoint::ReleaseOutsideConsentScope {
                item: i,
                recipient,
                error,
            } => (
                format!(
                    "De inbreng {} is gedeeld met {}, maar de toestemming geldt niet voor deze ontvanger. {}",
                    item(r, *i),
                    participant(r, *recipient),
                    domain_message(error)
                ),
                Section::Releases,
                Some(i.to_string()),
            ),
            OpenPoint::CarriedActionUnsettled(id) => (
                format!(
                    "Bij de afspraak {} uit het vorige overleg staat nog niet of die is uitgevoerd.",
                    r.carried_over
                        .iter()
                        .find(|c| c.id == *id)
                        .map(|c| excerpt(c.what.as_str()))
                        .unwrap_or_else(|| "een afspraak".into())
                ),
                Section::Plan,
                Some(id.to_string()),
            ),
            OpenPoint::CriteriaMissing => (
                "Schrijf op waarom deze casus in een casusoverleg hoort.".into(),
                Section::Preparation,
                None,
            ),
            OpenPoint::FamilyAbsenceReasonMissing => (
                "Het gezin is er niet bij. Schrijf op waarom niet.".into(),
                Section::Preparation,
                None,
            ),
            OpenPoint::RecipientWithoutPledge(id) => (
                format!(
                    "{} had zich afgemeld en heeft de geheimhouding nog niet bevestigd, maar krijgt gegevens of voert een afspraak uit. Leg vast wanneer de geheimhouding is bevestigd.",
                    participant(r, *id)
                ),
                Section::Participants,
                Some(id.to_string()),
            ),
        }
    }
}
