//! The Dutch texts of `casus` (plain language, B1) and the exit codes. No message quotes
//! personal data, a passphrase, or SQLite's own error text (R21).

use store::{BackupDamage, BackupError, StoreError};

/// Exit code: all is well.
pub const EXIT_OK: u8 = 0;
/// Exit code: a problem was found (damage, a broken audit chain, a failed write).
pub const EXIT_PROBLEM: u8 = 1;
/// Exit code: wrong use or wrong input (arguments, passphrase, files); nothing changed.
pub const EXIT_USAGE: u8 = 2;

pub const NO_TERMINAL: &str =
    "Er is geen terminal om het wachtwoord te vragen. Geef het wachtwoord door met --passphrase-fd.";
pub const BAD_FD: &str =
    "Het wachtwoord kan niet worden gelezen uit de opgegeven bestandsdescriptor (--passphrase-fd).";
pub const BAD_PERIOD: &str = "Geef de periode als een hele maand, een kwartaal of een jaar, \
     bijvoorbeeld --period 2026-07, --period 2026-Q3 of --period 2026.";
pub const FREE_PERIOD: &str = "Een rapportage gaat altijd over een hele maand, een kwartaal of \
     een jaar, niet over losse dagen. Gebruik --period, bijvoorbeeld --period 2026-Q3.";
pub const BAD_MEETING_ID: &str =
    "Het nummer van het overleg klopt niet. Kopieer het uit de app of uit casus log.";
pub const BAD_LOG_DATE: &str =
    "Geef een datum als jaar-maand-dag, bijvoorbeeld --from 2026-07-01 --to 2026-07-31.";
pub const LOG_PERIOD_REVERSED: &str = "De datum bij --from ligt na de datum bij --to.";
pub const NO_PASSPHRASE: &str = "Er is geen wachtwoord ontvangen.";
pub const PASSPHRASE_TOO_LONG: &str = "Het wachtwoord is te lang (meer dan 4096 tekens).";
pub const PASSPHRASE_NOT_UTF8: &str = "Het wachtwoord bevat tekens die niet kunnen worden gelezen.";
pub const NO_DATA_DIR: &str =
    "De map met de opslag is niet gevonden. Geef de map op met --data-dir.";
pub const WRONG_PASSPHRASE: &str = "Onjuist wachtwoord. Er is niets veranderd.";

/// A refusal or failure: the exit code and the Dutch message for the terminal.
#[derive(Debug)]
pub struct CliError {
    pub exit: u8,
    pub message: String,
}

impl CliError {
    pub fn usage(message: &str) -> Self {
        Self {
            exit: EXIT_USAGE,
            message: message.into(),
        }
    }

    pub fn problem(message: &str) -> Self {
        Self {
            exit: EXIT_PROBLEM,
            message: message.into(),
        }
    }
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::WrongPassphrase => Self::usage(WRONG_PASSPHRASE),
            StoreError::NoStore => Self::usage(
                "In deze map staat geen opslag van Casusoverleg. Controleer --data-dir.",
            ),
            StoreError::InUse => Self::usage(
                "De opslag is in gebruik (door de app of door een ander beheerprogramma). Sluit de app en probeer het opnieuw. Er is niets veranderd.",
            ),
            StoreError::SchemaTooNew { .. } => Self::usage(
                "Deze opslag is gemaakt met een nieuwere versie van Casusoverleg. Gebruik het beheerprogramma van die versie.",
            ),
            StoreError::Invalid(d) => Self::usage(&domain_message(&d)),
            StoreError::Corrupt(_) => Self::problem(
                "De opslag is beschadigd: gegevens kunnen niet worden gelezen.",
            ),
            // SQLite and IO details stay out of the message: they may quote data (R21).
            StoreError::Io(_) => Self::problem(
                "Lezen of schrijven van een bestand is mislukt (schijf vol, geen rechten?). Er is niets veranderd.",
            ),
            _ => Self::problem("De opslag gaf een onverwachte fout. Er is niets veranderd."),
        }
    }
}

fn domain_message(e: &domain::DomainError) -> String {
    match e {
        domain::DomainError::PassphraseTooShort { min } => {
            format!("Het nieuwe wachtwoord is te kort: gebruik minstens {min} tekens.")
        }
        domain::DomainError::PassphraseMismatch => {
            "De twee nieuwe wachtwoorden zijn niet gelijk.".into()
        }
        domain::DomainError::PassphraseUnchanged => {
            "Het nieuwe wachtwoord is hetzelfde als het oude. Kies een ander wachtwoord.".into()
        }
        _ => "De invoer is niet geldig.".into(),
    }
}

impl From<BackupError> for CliError {
    fn from(e: BackupError) -> Self {
        match e {
            BackupError::WrongPassphrase => Self::usage(
                "Het wachtwoord past niet bij de back-up, of het bestand is geen (volledige) back-up. Er is niets veranderd.",
            ),
            BackupError::Missing => Self::usage("Het back-upbestand bestaat niet. Er is niets veranderd."),
            BackupError::TargetExists => Self::usage(
                "Dat bestand bestaat al (of een .part-bestand met die naam). Kies een nieuwe bestandsnaam; er is niets overschreven.",
            ),
            BackupError::Damaged(d) => Self::problem(match d {
                BackupDamage::Cipher => "De back-up is beschadigd of gewijzigd: de controle van de versleuteling klopt niet. Er is niets veranderd.",
                BackupDamage::Structure => "De back-up is beschadigd: de database-structuur klopt niet. Er is niets veranderd.",
                BackupDamage::AuditChain => "De back-up is gewijzigd: het logboek klopt niet meer. Er is niets veranderd.",
            }),
            BackupError::NotAStore => Self::usage(
                "Dit bestand is geen back-up van Casusoverleg. Er is niets veranderd.",
            ),
            BackupError::OtherStore => Self::usage(
                "Deze back-up hoort bij een andere opslag dan die in deze map. Wilt u toch deze back-up terugzetten, gebruik dan --force. Er is niets veranderd.",
            ),
            BackupError::CurrentStoreLocked => Self::usage(
                "De huidige opslag opent niet met het wachtwoord van de back-up, dus kan niet worden gecontroleerd of de back-up erbij hoort. Wilt u toch terugzetten, gebruik dan --force. Er is niets veranderd.",
            ),
            BackupError::LeftoverFromEarlierRestore => Self::usage(
                "Een eerder herstel is niet afgemaakt: er staat nog een bestand casusoverleg.db.voor-herstel in de map. Zet dat eerst apart. Er is niets veranderd.",
            ),
            BackupError::CopyMismatch => Self::problem(
                "De geschreven kopie komt niet overeen met de opslag en is weggegooid. Er is niets veranderd.",
            ),
            BackupError::Store(e) => e.into(),
        }
    }
}
