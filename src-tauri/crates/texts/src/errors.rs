//! Error messages of the app (R21: plain Dutch, B1; never personal data, never the refused
//! value). The shell picks the code and the field; the sentence comes from here.

use domain::{Dependency, DomainError, Field};

/// How a field is named inside a sentence ("Vul {de naam} in.").
pub(crate) fn field_name(field: Field) -> &'static str {
    match field {
        Field::CaseLabel => "de naam van de casus",
        Field::MeetingDate => "de datum",
        Field::Purpose => "het doel",
        Field::Name => "de naam",
        Field::Organisation => "de organisatie",
        Field::Function => "de functie",
        Field::Department => "de afdeling of het contact",
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
        Field::ActionCondition => "de voorwaarde",
        Field::Due => "de datum waarop het klaar is",
        Field::ReliesOn => "de gegevens waar de afspraak op steunt",
        Field::Informer => "wie het gezin informeert",
        Field::NotificationSubjects => "wie er geïnformeerd wordt",
        Field::ReviewDate => "de datum om opnieuw te bekijken",
        Field::RetentionUntil => "de bewaartermijn",
        Field::ParentalAuthority => "wie het gezag heeft",
        Field::SecretAddress => "het geheime adres",
        Field::SpokenLanguage => "de taal van de tolk",
        Field::LetterLanguage => "de taal van de brief",
        Field::Kind => "of het een feit of een mening is",
        Field::Category => "het soort persoonsgegeven",
        Field::ConsentMethod => "hoe de toestemming is gegeven",
        Field::ReleaseChoice => "de beslissing over vrijgave",
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
        Field::VoiceSubject => "van wie het komt",
        Field::VoiceKind => "of het een mening, wens of bezwaar is",
        Field::VoiceChannel => "hoe het in het overleg kwam",
        Field::VoiceText => "wat de betrokkene zei",
        Field::VoiceAnswer => "het antwoord van het overleg",
        Field::Search => "een zoekwoord",
        Field::Attendance => "de aanwezigheid",
        Field::Period => "de periode",
        Field::DiscoveredAt => "het moment waarop het datalek is ontdekt",
        Field::BreachDescription => "de korte omschrijving",
        Field::PartnersInformedAt => "het moment waarop de partners zijn geïnformeerd",
        Field::Breach => "het datalek",
        Field::NotificationDoneOn => "de datum waarop het gezin is geïnformeerd",
        Field::LiftedOn => "de datum waarop het uitstel stopt",
        Field::WithdrawnOn => "de datum van intrekken",
        Field::GivenBy => "wie de toestemming gaf",
        Field::WithdrawnBy => "wie de toestemming intrekt",
        Field::InformedOn => "de datum waarop de ontvanger is geïnformeerd",
        Field::ExpertiseOnly => "of iemand alleen deskundigheid inbrengt",
        Field::DecisionWhat => "het besluit",
        Field::DecisionWhy => "waarom dit besloten is",
        Field::RestsOn => "de inbreng waar het besluit op berust",
        Field::Decision => "het besluit waar de afspraak onder valt",
        Field::Dissenter => "wie het niet eens is",
        Field::DissentWhy => "waarom hij of zij het niet eens is",
        Field::ForFamily => "wat het gezin over de afspraak leest",
        Field::ComplaintRoute => "waar het gezin een klacht kan indienen",
        Field::OwnOrganisation => "de naam van uw organisatie",
        Field::OwnAddress => "het adres van uw organisatie",
        Field::PrivacyOfficer => "de naam van de privacyfunctionaris",
        Field::PrivacyEmail => "het e-mailadres van de privacyfunctionaris",
        Field::PrivacyPhone => "het telefoonnummer van de privacyfunctionaris",
        Field::ComplaintProcedure => "de klachtenprocedure van uw organisatie",
        Field::ProfileVersion => "de versie van het bestand",
        Field::Logo => "het logo",
        Field::OrganisationType => "het soort organisatie",
        Field::FamilyAbsenceReason => "de reden van afwezigheid van het gezin",
        Field::PledgeDate => "de datum van bevestigen",
        Field::RetentionCeiling => "de langste bewaartermijn",
        Field::RightsRetentionMonths => "de bewaartermijn van het register van verzoeken",
        Field::Source => "van wie de inbreng komt (de bron)",
        Field::SourceDetail => "de toelichting bij de bron",
        Field::CorrectionDecision => "de beslissing van de inbrenger",
        Field::DecidedOn => "de datum van de beslissing",
        Field::ConsentRecipients => "voor welke deelnemers de toestemming geldt",
        Field::ConsentPurpose => "waarvoor de toestemming is gegeven",
        Field::CustomLaw => "de naam van de wet",
        Field::CustomArticle => "het artikel",
        Field::CustomNote => "de toelichting",
        Field::CustomBasis => "de grondslag",
        Field::StartTime => "de begintijd",
        Field::EndTime => "de eindtijd",
        Field::Account => "het verloop van het overleg",
        Field::AccountAgreed => "of het overleg akkoord is met het verloop",
    }
}

/// The first letter in upper case, for a field name that opens a sentence.
pub(crate) fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A subject (family member), inside a sentence.
pub(crate) const THE_SUBJECT: &str = "de betrokkene";

/// The app stops: without the idle watcher the store would never lock by itself (R21).
pub const AUTOLOCK_FAILED: &str = "Casusoverleg: automatische vergrendeling kon niet starten";

/// The app could not start (`reason`: Tauri's error; the store is not open yet, so it
/// holds no personal data).
pub fn startup_failed(reason: impl std::fmt::Display) -> String {
    format!("Casusoverleg kon niet starten: {reason}")
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
pub const NOT_FOUND: &str = "Deze inbreng bestaat niet (meer).";
pub const SCHEMA_TOO_NEW: &str =
    "Deze opslag is gemaakt met een nieuwere versie van Casusoverleg. Werk de app eerst bij.";
pub const CORRUPT: &str =
    "De opslag is beschadigd. Er is niets gewijzigd. Neem contact op met uw beheerder.";
pub const STORE_FAILURE: &str =
    "Opslaan of lezen is niet gelukt. Er is niets gewijzigd. Probeer het opnieuw.";

/// The sentence for a rule the domain refused.
pub fn domain_message(e: &DomainError) -> String {
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
        DomainError::InvalidTime { field } => format!(
            "Vul voor {} een tijd in als uren en minuten, zoals 09:30.",
            field_name(*field)
        ),
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
            field: Field::WithdrawnOn,
        } => "Kies een datum vanaf de dag van het overleg tot en met vandaag.".into(),
        DomainError::DateOutOfRange {
            field: Field::InformedOn,
        } => "Kies een datum vanaf de dag van intrekken tot en met vandaag.".into(),
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
        DomainError::LogoNotAnImage => {
            "Het logo moet een PNG- of JPEG-bestand zijn. Kies een ander bestand.".into()
        }
        DomainError::LogoNotBase64 => {
            "Het logo in het bestand is geen geldige base64-tekst of data-URL van een PNG- of JPEG-bestand."
                .into()
        }
        DomainError::LogoTooLarge { max_kb } => {
            format!("Het logo is groter dan {max_kb} kB. Kies een kleiner bestand.")
        }
        DomainError::LogoTooManyPixels { max } => format!(
            "Het logo is te groot: maximaal {max} bij {max} pixels. Kies een kleinere afbeelding."
        ),
        DomainError::DuplicatePartner => {
            "Deze organisatie staat al eerder in het bestand. Noem elke organisatie één keer."
                .into()
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
        } => "Kies een betrokkene uit de lijst.".into(),
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
        DomainError::ConflictOfDutiesNotAllYes { answers } => {
            // The questions as the item form asks them (ui/src/lib/i18n/nl.ts).
            let question = |letter: &char| match letter {
                'a' => "“Dient het inbrengen een gerechtvaardigd doel?”",
                'b' => "“Is inbrengen de enige manier om dit doel te bereiken?”",
                'c' => "“Is om toestemming gevraagd? Of is vragen niet mogelijk of niet verantwoord?”",
                _ => "“Weegt het belang van het kind zwaarder dan het belang van geheimhouding?”",
            };
            let missing: Vec<&str> = answers.not_yes().iter().map(question).collect();
            let named = if missing.is_empty() {
                String::new()
            } else {
                format!(" Nog niet met ja beantwoord: {}", missing.join(" en "))
            };
            format!("Bij een conflict van plichten moeten alle vier de vragen met ja beantwoord zijn.{named} Is dat niet zo, dan mag deze inbreng niet zonder toestemming worden ingebracht.")
        }
        DomainError::ConflictOfDutiesWithoutSecrecy => {
            "Deze inbrenger heeft geen beroepsgeheim. Een conflict van plichten is dan geen grondslag.".into()
        }
        DomainError::ConsentIncomplete {
            relation, missing, ..
        } => consent_incomplete(*relation, *missing),
        DomainError::ConsentNotEntitled(reason) => not_entitled(*reason),
        DomainError::ConsentWithdrawn { .. } => {
            "De toestemming is ingetrokken. Deze inbreng mag het overleg niet meer uit.".into()
        }
        DomainError::NotTheContributor => {
            "Alleen de inbrenger beslist of deze inbreng het overleg uit mag.".into()
        }
        DomainError::RecipientNotInMeeting => {
            "Kies als ontvanger iemand die aan tafel zit bij dit overleg.".into()
        }
        DomainError::RecipientIsContributor => {
            "De inbrenger heeft deze inbreng al. Kies een andere ontvanger.".into()
        }
        DomainError::ActionNotInPlan => "Kies een afspraak uit het plan van aanpak.".into(),
        DomainError::ActionNotForRecipient => {
            "Deze ontvanger voert die afspraak niet uit. Deel alleen wat iemand nodig heeft voor zijn eigen afspraak.".into()
        }
        DomainError::MotivationRequired => {
            "Schrijf op waarom dit nodig is. Dat moet bij een adviseur of informant als ontvanger, en bij bijzondere of strafrechtelijke gegevens.".into()
        }
        DomainError::ItemNotReleasable => {
            "Deze inbreng mag het overleg niet uit: de grondslag klopt niet of de toestemming is ingetrokken.".into()
        }
        DomainError::ReleaseFrozen => {
            "De toestemming voor deze inbreng is ingetrokken. Wie het al kreeg, blijft vastgelegd.".into()
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
        DomainError::UnknownDecision => "Kies een besluit van dit overleg.".into(),
        DomainError::UnknownDissent => "Dit verschil van inzicht bestaat niet (meer).".into(),
        DomainError::DissentAlreadyRecorded => {
            "Deze deelnemer heeft al vastgelegd dat hij of zij het niet eens is met dit besluit."
                .into()
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
        DomainError::WithdrawerNotEntitled => {
            "Deze persoon mag deze toestemming niet intrekken. Dat mag wie de toestemming gaf, of wie volgens de leeftijd toestemming moet geven: onder de 12 de ouders met gezag of de voogd, van 12 tot 16 de jongere (en bij een arts of GGZ ook de ouders), vanaf 16 alleen de jongere zelf.".into()
        }
        DomainError::ConsentAlreadyWithdrawn => {
            "Deze toestemming is al ingetrokken.".into()
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
        DomainError::VoiceNotAtTheTable => {
            "Deze betrokkene was niet bij het overleg. Kies hoe het wel in het overleg kwam: via de regiehouder of schriftelijk.".into()
        }
        DomainError::UnknownVoice => {
            "Dit hoort niet (meer) bij dit overleg. Laad het overleg opnieuw.".into()
        }
        DomainError::CarriedActionHasNoCondition => {
            "Deze afspraak had geen voorwaarde. Kies of de afspraak is uitgevoerd of niet.".into()
        }
        DomainError::ExpertiseOnlyRole => {
            "Alleen deskundigheid inbrengen past bij een adviseur/expert of bij 'overig'. De regiehouder, een inhoudelijke rol en een informant brengen gegevens in of nemen ze mee. Kies een andere rol of zet het vinkje uit.".into()
        }
        DomainError::ExpertiseOnlyBringsNoItems => {
            "Deze deelnemer brengt alleen deskundigheid in, geen gegevens. Kies een andere inbrenger.".into()
        }
        DomainError::ExpertiseOnlyReceivesNoItems {
            field: Field::ReliesOn,
        } => "Deze deelnemer brengt alleen deskundigheid in en neemt geen gegevens mee. Een afspraak zonder inbreng kan wel, bijvoorbeeld: geeft advies aan de regiehouder.".into(),
        DomainError::ExpertiseOnlyReceivesNoItems { .. } => {
            "Deze deelnemer brengt alleen deskundigheid in en krijgt geen inbreng mee uit het overleg.".into()
        }
        DomainError::ExpertiseOnlyButInvolved(d) => expertise_only_involved(*d).into(),
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
        DomainError::RetentionNotAfterMeeting {
            meeting_date,
            latest: Some(latest),
        } => format!(
            "Kies een datum na de vergaderdatum ({}) en uiterlijk {}.",
            crate::documents::date(*meeting_date),
            crate::documents::date(*latest)
        ),
        DomainError::RetentionNotAfterMeeting { meeting_date, .. } => format!(
            "De bewaartermijn moet na de dag van het overleg ({}) eindigen. Kies een latere datum.",
            crate::documents::date(*meeting_date)
        ),
        DomainError::Several(all) => format!(
            "{} velden zijn nog niet goed ingevuld. Bij elk veld staat wat er mist.",
            all.len()
        ),
        DomainError::RetentionMaximumReached { months } => format!(
            "Verlengen kan niet meer. De gegevens mogen niet langer dan {months} maanden na het overleg bewaard blijven."
        ),
        DomainError::CorrectionRequesterNotEntitled => {
            "Deze persoon mag niet om correctie van deze inbreng vragen. Dat mag alleen de betrokkene over wie de inbreng gaat, of een ouder met gezag of voogd die voor die persoon mag optreden. Onder de 12 vragen de ouders met gezag of de voogd. Van 12 tot 16 vraagt de jongere zelf, of de ouders als de jongere zijn of haar belangen niet goed kan overzien. Vanaf 16 vraagt de jongere zelf.".into()
        }
        DomainError::AmbiguousSubject => {
            "Er zijn meer mensen met deze naam zonder geboortedatum. Kies de persoon opnieuw in de lijst.".into()
        }
        DomainError::ConsentWithoutSubject => {
            "Toestemming moet van iemand komen. Kies over welke betrokkene deze inbreng gaat, of kies een andere grondslag.".into()
        }
        DomainError::OutsideConsentScope { .. } => {
            "Dit mag niet naar deze ontvanger: de toestemming van het gezin geldt niet voor deze persoon. Laat de inbreng in het overleg, of vraag het gezin opnieuw om toestemming en leg die vast.".into()
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
        DomainError::EndNotAfterStart => {
            "De eindtijd moet later zijn dan de begintijd.".into()
        }
        DomainError::AgreedWithoutAccount => {
            "Schrijf eerst het verloop van het overleg op. Daarna kan het overleg ermee akkoord gaan.".into()
        }
        DomainError::IdentifyingTextInAnonymousMeeting { field, found } => format!(
            "Dit overleg is anoniem. In {} staat {}. Daarmee is het gezin te herkennen. Haal het weg.",
            field_name(*field),
            match found {
                domain::Identifying::Bsn => "een burgerservicenummer (BSN)",
                domain::Identifying::Phone => "een telefoonnummer",
                domain::Identifying::Email => "een e-mailadres",
                domain::Identifying::Iban => "een bankrekeningnummer (IBAN)",
                domain::Identifying::KnownName => "een naam die de app kent van een betrokkene",
            }
        ),
        DomainError::ConsentScopeUnconfirmed { .. } => {
            "Dit mag nog niet naar deze ontvanger: bij de toestemming staat niet voor welke deelnemers die geldt. Vraag het gezin opnieuw en leg de toestemming vast met de ontvangers en het doel.".into()
        }
    }
}

/// Why something cannot be removed yet, and what to do first (R5, R6, R8, R9, R11, R12).
/// R1/R5/R9: why a participant cannot (yet) take part with expertise only.
fn expertise_only_involved(d: Dependency) -> &'static str {
    match d {
        Dependency::ItemsOfParticipant => {
            "Deze deelnemer bracht al inbreng in. Wie alleen deskundigheid inbrengt, brengt geen gegevens in. Verwijder eerst die inbreng of laat het vinkje uit."
        }
        Dependency::ReleasesToParticipant => {
            "Er is al inbreng vrijgegeven aan deze deelnemer. Laat die inbreng eerst in het overleg blijven, of laat het vinkje uit."
        }
        _ => {
            "Een afspraak van deze deelnemer steunt op inbreng. Haal die inbreng eerst uit de afspraak, of laat het vinkje uit."
        }
    }
}

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
            "Deze deelnemer kan niet weg: er is al besloten over vrijgave aan hem of haar."
        }
        Dependency::ItemReleased => {
            "Deze inbreng kan niet weg: hij is vrijgegeven aan een ontvanger. Laat de inbreng eerst in het overleg blijven."
        }
        Dependency::ItemReliedOn => {
            "Deze inbreng kan niet weg: een afspraak steunt erop. Pas eerst die afspraak aan."
        }
        Dependency::ReleasesForAction => {
            "Deze afspraak kan niet weg: er is inbreng vrijgegeven voor deze afspraak. Laat die inbreng eerst in het overleg blijven."
        }
        Dependency::ItemsRestOnBasis => {
            "Deze grondslag kan niet weg: er is inbreng die op deze grondslag rust. Kies bij die inbreng eerst een andere grondslag."
        }
        Dependency::ActionsUnderDecision => {
            "Dit besluit kan niet weg: er vallen afspraken onder. Verwijder eerst die afspraken."
        }
        Dependency::DissentWithDecision => {
            "Dit besluit kan niet weg: iemand heeft vastgelegd het er niet mee eens te zijn. Verwijder eerst dat verschil van inzicht."
        }
        Dependency::ItemDecisionRestsOn => {
            "Deze inbreng kan niet weg: een besluit berust erop. Verwijder eerst dat besluit."
        }
        Dependency::DissentOfParticipant => {
            "Deze deelnemer kan niet weg: hij of zij is het niet eens met een besluit. Verwijder eerst dat verschil van inzicht."
        }
    }
}

/// How an IPC argument key is named inside a sentence; `None` for keys the chair never
/// types (then the message stays general).
pub fn argument_name(key: &str) -> Option<&'static str> {
    let field = match key {
        "caseLabel" => Field::CaseLabel,
        "date" => Field::MeetingDate,
        "purpose" => Field::Purpose,
        "name" => Field::Name,
        "organisation" => Field::Organisation,
        "function" => Field::Function,
        "department" => Field::Department,
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
        "condition" => Field::ActionCondition,
        "conditionMet" => Field::CarriedStatus,
        "voiceSubject" => Field::VoiceSubject,
        "voiceKind" => Field::VoiceKind,
        "voiceChannel" => Field::VoiceChannel,
        "voiceText" => Field::VoiceText,
        "voiceAnswer" => Field::VoiceAnswer,
        "voiceId" => return Some("de mening, wens of bezwaar"),
        "due" => Field::Due,
        "reliesOn" => Field::ReliesOn,
        "informerId" => Field::Informer,
        "about" => Field::NotificationSubjects,
        "reviewDate" => Field::ReviewDate,
        "doneOn" => Field::NotificationDoneOn,
        "liftedOn" => Field::LiftedOn,
        "withdrawnOn" => Field::WithdrawnOn,
        "withdrawnBy" => Field::WithdrawnBy,
        "givenBy" => Field::GivenBy,
        "informedOn" => Field::InformedOn,
        "expertiseOnly" => Field::ExpertiseOnly,
        "why" => Field::DecisionWhy,
        "restsOn" => Field::RestsOn,
        "decisionId" => Field::Decision,
        "forFamily" => Field::ForFamily,
        "complaintRoute" => Field::ComplaintRoute,
        "until" => Field::RetentionUntil,
        "parentalAuthority" | "holds" => Field::ParentalAuthority,
        "secretAddress" | "address" => Field::SecretAddress,
        "spokenLanguage" => Field::SpokenLanguage,
        "letterLanguage" => Field::LetterLanguage,
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
        "organisationType" => Field::OrganisationType,
        "meetingId" | "id" => return Some("het overleg"),
        "subjectId" => return Some(THE_SUBJECT),
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
        "carriedId" => return Some("de afspraak uit het vorige overleg"),
        "infoSent" => return Some("of de informatie vooraf is gestuurd"),
        "from" => Field::PeriodFrom,
        "to" => Field::PeriodTo,
        "source" => Field::Source,
        "sourceDetail" => Field::SourceDetail,
        "decision" => Field::CorrectionDecision,
        "decidedOn" => Field::DecidedOn,
        "competent" => return Some("of de jongere zijn of haar belangen kan overzien"),
        "startTime" => Field::StartTime,
        "endTime" => Field::EndTime,
        "account" => Field::Account,
        "agreed" => Field::AccountAgreed,
        "format" => return Some("de bestandsvorm"),
        "export" => return Some("wat u wilt bewaren"),
        "all" | "meetingIds" => return Some("welke overleggen"),
        _ => return None,
    };
    Some(field_name(field))
}

/// An IPC argument of the wrong shape, naming the field when [`argument_name`] knows it.
pub fn wrong_shape(name: Option<&str>) -> String {
    match name {
        Some(name) => format!(
            "De app kreeg voor {name} geen geldige waarde. Vul het opnieuw in en probeer het nog eens."
        ),
        None => "De app kreeg gegevens in een onverwachte vorm. Probeer het nog eens; lukt het niet, start de app dan opnieuw.".into(),
    }
}

/// R13: finalizing refused while `open` points of the checklist are open.
pub fn checklist_open(open: usize) -> String {
    format!(
        "Het overleg kan nog niet worden afgerond: er {} nog {} {}. Zie de lijst bij Afronden.",
        if open == 1 { "staat" } else { "staan" },
        open,
        if open == 1 {
            "open punt"
        } else {
            "open punten"
        }
    )
}

pub const CONSENT_NOT_FOUND: &str = "Deze toestemming bestaat niet (meer) bij dit overleg.";
pub const BREACH_NOT_FOUND: &str = "Dit datalek staat niet (meer) in het register.";
pub const NOT_FINALIZED: &str =
    "Documenten kunnen pas worden afgedrukt als het overleg is afgerond.";
pub const STORE_IN_USE: &str = "De opslag wordt op dit moment hersteld met het beheerprogramma. Probeer het over een minuut opnieuw.";

pub const DOCUMENT_UNKNOWN: &str = "Dit document hoort niet bij dit overleg.";
pub const DOCUMENT_FAILED: &str = "Het document kon niet worden gemaakt. Probeer het opnieuw.";
pub const SAVE_FAILED: &str =
    "Het document kon niet worden opgeslagen. Kies een andere map en probeer het opnieuw.";
/// Issue 17 point 9: the logo file could not be read.
pub const LOGO_UNREADABLE: &str =
    "Het logo kon niet worden gelezen. Kies een PNG- of JPEG-bestand op uw computer.";
/// Issue 17 point 9: the profile file could not be read.
pub const PROFILE_FILE_UNREADABLE: &str =
    "Het bestand kon niet worden gelezen. Kies het organisatieprofiel dat u van uw ICT-afdeling kreeg.";
/// Issue 17 point 9: the profile file is larger than any real profile.
pub const PROFILE_FILE_TOO_LARGE: &str =
    "Dit bestand is te groot voor een organisatieprofiel. Kies het juiste bestand.";

/// Issue 17 point 9: the file is no valid JSON, or a key is unknown, missing or of the
/// wrong kind. `detail` is serde's message, translated where known.
pub fn profile_file_shape(line: usize, column: usize, detail: &str) -> String {
    let quoted = |from: &str| {
        detail
            .strip_prefix(from)
            .and_then(|rest| rest.split('`').next())
            .map(str::to_owned)
    };
    let what = if let Some(k) = quoted("unknown field `") {
        format!("het veld \"{k}\" kent dit programma niet")
    } else if let Some(k) = quoted("missing field `") {
        format!("het veld \"{k}\" ontbreekt")
    } else if detail.starts_with("invalid type") {
        "hier staat een verkeerd soort waarde (bijvoorbeeld tekst waar een getal hoort)".to_owned()
    } else {
        "dit bestand is geen leesbaar organisatieprofiel".to_owned()
    };
    format!("Regel {line}, kolom {column}: {what}. Er is niets veranderd.")
}

/// Issue 17 point 9: one fault of a profile file at its place (`partners[2].klachtroute`).
fn profile_file_fault(place: &str, message: &str) -> String {
    format!("Bij {place}: {message}")
}

/// Issue 17 point 9: the closing sentence under the faults of a refused file.
const PROFILE_FILE_NOTHING_CHANGED: &str =
    "Er is niets veranderd. Laat het bestand verbeteren en importeer het opnieuw.";

/// Issue 17 point 9: a refused profile file: every fault at its place, one a line, and the
/// closing sentence.
pub fn profile_file_faults(faults: &[domain::ImportFault]) -> String {
    faults
        .iter()
        .map(|f| profile_file_fault(&f.place, &domain_message(&f.error)))
        .chain(std::iter::once(PROFILE_FILE_NOTHING_CHANGED.to_owned()))
        .collect::<Vec<_>>()
        .join("\n")
}

pub const NO_DIALOG: &str = "Het venster om een plek te kiezen kon niet worden geopend.";
pub const LETTER_POSTPONED: &str = "Deze brief kan nog niet worden gemaakt: het informeren van deze betrokkene is uitgesteld. Stop eerst het uitstel.";

pub const UNKNOWN_FORMAT: &str =
    "Kies een bestandsvorm die hier kan: een bestand voor andere systemen, een tabel of een pdf.";
pub const UNKNOWN_EXPORT: &str = "Deze export bestaat niet.";
pub const NO_MEETINGS: &str = "Kies een of meer casusoverleggen, of kies alle overleggen.";
pub const EXPORT_FAILED: &str = "Het bestand kon niet worden gemaakt. Probeer het opnieuw.";

// --- R18 × R21: the audit witness ----------------------------------------------------

/// The store is older than its audit witness says (rollback, replaced audit pages).
pub const BEHIND_WITNESS: &str = "De opslag is niet geopend: het logboek is korter of anders dan de app het de vorige keer achterliet. Er is waarschijnlijk een oudere kopie van de opslag teruggezet. Zo kan een eerder verwijderd dossier of een vastgelegde handeling ongemerkt terugkomen of verdwijnen. Neem contact op met de privacyfunctionaris; zet een back-up alleen bewust terug met het beheerprogramma (casus restore).";

/// The audit witness beside the store or in the config folder is gone.
pub const WITNESS_MISSING: &str = "De opslag is niet geopend: het controlebestand van het logboek ontbreekt (naast de opslag of in de instellingenmap). Iemand kan het hebben verwijderd om een oudere kopie terug te zetten. Neem contact op met de privacyfunctionaris; met het beheerprogramma (casus restore) zet u bewust een back-up terug.";

/// R21 × R14: the store locked while the chair chose where to save; nothing was written.
pub const LOCKED_DURING_DIALOG: &str = "Casusoverleg werd vergrendeld terwijl u een plek koos. Er is niets opgeslagen. Ontgrendel en sla het document opnieuw op.";

/// R8: whose consent is still missing, by relation (R21: no name in an error).
fn consent_incomplete(relation: domain::Relation, missing: domain::Consenters) -> String {
    let whom = format!("de {}", crate::documents::relation(relation));
    let who = match missing {
        domain::Consenters::Subject => format!("{whom} zelf"),
        domain::Consenters::Parents => "een ouder met gezag".to_owned(),
        domain::Consenters::SubjectAndParents => format!("{whom} zelf en van een ouder met gezag"),
    };
    format!(
        "De toestemming is niet compleet. Nog nodig voor {whom}: de toestemming van {who}. Leg vast wie toestemming gaf, hoe en wanneer."
    )
}

/// R8: why this consent does not count (seed 003 §3.2), with the age on the meeting date.
fn not_entitled(reason: domain::NotEntitled) -> String {
    use domain::NotEntitled as N;
    match reason {
        N::OwnConsentUnder12 { age } => format!(
            "Dit kind is {age} jaar: de eigen toestemming telt niet; de ouders met gezag beslissen. Er is niets opgeslagen."
        ),
        N::OwnConsentNotCompetent { age } => format!(
            "Deze jongere is {age} jaar en kan volgens de inbrenger de eigen belangen niet goed overzien: de ouders met gezag beslissen. Er is niets opgeslagen."
        ),
        N::ParentFor16Plus { age } => format!(
            "Deze betrokkene is {age} jaar en beslist zelf: de toestemming van een ouder telt niet. Er is niets opgeslagen."
        ),
        N::ParentForCompetentYouth { age } => format!(
            "Deze jongere is {age} jaar en kan de eigen belangen overzien: die beslist zelf, de toestemming van een ouder telt niet. Vindt de inbrenger dat de jongere dat niet kan, leg dat dan eerst vast. Er is niets opgeslagen."
        ),
        N::ParentForAdult => "Deze betrokkene is volwassen en beslist zelf: de toestemming van een ander telt niet. Er is niets opgeslagen.".to_owned(),
    }
}
