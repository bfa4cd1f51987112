//! The texts of `casus`, the admin tool (plain Dutch, B1). No text quotes personal data, a
//! passphrase, or SQLite's own error text (R21). The help of the options is in the clap
//! derive of `cli/src/main.rs` (clap reads it from doc comments).

// --- Refusals: wrong use or input (exit code 2) ---------------------------------------

pub const NO_TERMINAL: &str =
    "Er is geen terminal om het wachtwoord te vragen. Geef het wachtwoord door met --passphrase-fd.";
pub const BAD_FD: &str =
    "Het wachtwoord kan niet worden gelezen uit de opgegeven bestandsdescriptor (--passphrase-fd).";
pub const BAD_PERIOD: &str = "Geef de periode als een hele maand, een kwartaal of een jaar, \
     bijvoorbeeld --period 2026-07, --period 2026-Q3 of --period 2026.";
pub const FREE_PERIOD: &str = "Een rapportage gaat altijd over een hele maand, een kwartaal of \
     een jaar, niet over losse dagen. Gebruik --period, bijvoorbeeld --period 2026-Q3.";
pub const NO_PASSPHRASE: &str = "Er is geen wachtwoord ontvangen.";
pub const PASSPHRASE_TOO_LONG: &str = "Het wachtwoord is te lang (meer dan 4096 tekens).";
pub const PASSPHRASE_NOT_UTF8: &str = "Het wachtwoord bevat tekens die niet kunnen worden gelezen.";
pub const NO_DATA_DIR: &str =
    "De map met de opslag is niet gevonden. Geef de map op met --data-dir.";
pub const WRONG_PASSPHRASE: &str = "Onjuist wachtwoord. Er is niets veranderd.";
pub const NO_STORE: &str = "In deze map staat geen opslag van Casusoverleg. Controleer --data-dir.";
pub const IN_USE: &str = "De opslag is in gebruik (door de app of door een ander beheerprogramma). Sluit de app en probeer het opnieuw. Er is niets veranderd.";
pub const SCHEMA_TOO_NEW: &str = "Deze opslag is gemaakt met een nieuwere versie van Casusoverleg. Gebruik het beheerprogramma van die versie.";
pub const PASSPHRASE_MISMATCH: &str = "De twee nieuwe wachtwoorden zijn niet gelijk.";
pub const PASSPHRASE_UNCHANGED: &str =
    "Het nieuwe wachtwoord is hetzelfde als het oude. Kies een ander wachtwoord.";
pub const INVALID_INPUT: &str = "De invoer is niet geldig.";

/// R21: the new passphrase is shorter than the domain allows.
pub fn passphrase_too_short(min: usize) -> String {
    format!("Het nieuwe wachtwoord is te kort: gebruik minstens {min} tekens.")
}

pub const BACKUP_WRONG_PASSPHRASE: &str = "Het wachtwoord past niet bij de back-up, of het bestand is geen (volledige) back-up. Er is niets veranderd.";
pub const BACKUP_MISSING: &str = "Het back-upbestand bestaat niet. Er is niets veranderd.";
pub const BACKUP_TARGET_EXISTS: &str = "Dat bestand bestaat al (of een .part-bestand met die naam). Kies een nieuwe bestandsnaam; er is niets overschreven.";
pub const BACKUP_NOT_A_STORE: &str =
    "Dit bestand is geen back-up van Casusoverleg. Er is niets veranderd.";
pub const BACKUP_OTHER_STORE: &str = "Deze back-up hoort bij een andere opslag dan die in deze map. Wilt u toch deze back-up terugzetten, gebruik dan --force. Er is niets veranderd.";
pub const BACKUP_CURRENT_STORE_LOCKED: &str = "De huidige opslag opent niet met het wachtwoord van de back-up, dus kan niet worden gecontroleerd of de back-up erbij hoort. Wilt u toch terugzetten, gebruik dan --force. Er is niets veranderd.";
pub const LEFTOVER_FROM_EARLIER_RESTORE: &str = "Een eerder herstel is niet afgemaakt: er staat nog een bestand casusoverleg.db.voor-herstel in de map. Zet dat eerst apart. Er is niets veranderd.";
pub const BACKUP_DIR_MISSING: &str =
    "De map voor het back-upbestand bestaat niet. Er is niets veranderd.";

// --- Usage errors found by the argument parser ----------------------------------------

pub const USAGE_NO_COMMAND: &str =
    "Geef een opdracht: verify, backup, restore, rekey, purge, report of log.";
pub const USAGE_UNKNOWN_COMMAND: &str = "Onbekende opdracht.";
pub const USAGE_UNKNOWN_ARGUMENT: &str = "Onbekende optie of te veel argumenten.";
pub const USAGE_MISSING_ARGUMENT: &str =
    "Er ontbreekt een argument (bijvoorbeeld de bestandsnaam).";
pub const USAGE_INVALID_VALUE: &str =
    "Een waarde is ongeldig (--passphrase-fd verwacht een getal).";
pub const USAGE_OTHER: &str = "De opdracht klopt niet.";

/// A usage error on the terminal, with where to find help.
pub fn usage(message: &str) -> String {
    format!("casus: {message} Zie: casus --help")
}

// --- Problems found (exit code 1) -----------------------------------------------------

pub const CORRUPT: &str = "De opslag is beschadigd: gegevens kunnen niet worden gelezen.";
pub const IO_FAILED: &str = "Lezen of schrijven van een bestand is mislukt (schijf vol, geen rechten?). Er is niets veranderd.";
pub const UNEXPECTED: &str = "De opslag gaf een onverwachte fout. Er is niets veranderd.";
pub const BACKUP_CIPHER_DAMAGED: &str = "De back-up is beschadigd of gewijzigd: de controle van de versleuteling klopt niet. Er is niets veranderd.";
pub const BACKUP_STRUCTURE_DAMAGED: &str =
    "De back-up is beschadigd: de database-structuur klopt niet. Er is niets veranderd.";
pub const BACKUP_AUDIT_CHANGED: &str =
    "De back-up is gewijzigd: het logboek klopt niet meer. Er is niets veranderd.";
pub const COPY_MISMATCH: &str =
    "De geschreven kopie komt niet overeen met de opslag en is weggegooid. Er is niets veranderd.";
pub const CANNOT_OPEN: &str = "De opslag kan niet worden geopend: het bestand is beschadigd of gewijzigd. Zet zo nodig een back-up terug.";

// --- Prompts --------------------------------------------------------------------------

pub const PROMPT_STORE: &str = "Wachtwoord van de opslag: ";
pub const PROMPT_BACKUP: &str = "Wachtwoord van de back-up: ";
pub const PROMPT_OLD: &str = "Huidig wachtwoord: ";
pub const PROMPT_NEW: &str = "Nieuw wachtwoord: ";
pub const PROMPT_NEW_AGAIN: &str = "Nieuw wachtwoord (nogmaals): ";

// --- R18/R21: verify ------------------------------------------------------------------

pub const VERIFY_UNREADABLE: &str =
    "Versleuteling of database: NIET in orde (het bestand is beschadigd of gewijzigd).";
pub const CIPHER_OK: &str = "Versleuteling: in orde (alle pagina's zijn onveranderd).";

/// How many pages failed their HMAC.
pub fn cipher_damaged(pages: impl std::fmt::Display) -> String {
    format!("Versleuteling: NIET in orde ({pages} pagina's beschadigd of gewijzigd).")
}

pub const DATABASE_OK: &str = "Database: in orde.";
pub const DATABASE_DAMAGED: &str = "Database: NIET in orde (de structuur is beschadigd).";

/// R18: the audit chain is intact.
pub fn audit_ok(entries: impl std::fmt::Display) -> String {
    format!("Logboek: in orde ({entries} regels, keten klopt).")
}

pub const AUDIT_LINE_CHANGED: &str = "een regel is gewijzigd";
pub const AUDIT_GAP: &str = "een regel ontbreekt of is tussengevoegd";
pub const AUDIT_HEAD_MISSING: &str = "regels aan het eind ontbreken";

/// R18: where the audit chain breaks and how (`what`: one of the `AUDIT_*` texts).
pub fn audit_broken(at_seq: impl std::fmt::Display, what: &str) -> String {
    format!("Logboek: NIET in orde bij regel {at_seq}: {what}.")
}

/// The end of a verification that found problems.
pub fn problems_found(problems: impl std::fmt::Display) -> String {
    format!("Controle: {problems} probleem/problemen gevonden.")
}

// --- R21: backup, restore, rekey ------------------------------------------------------

/// A backup was written and checked.
pub fn backup_made(
    file: impl std::fmt::Display,
    tables: usize,
    entries: impl std::fmt::Display,
) -> String {
    format!("Back-up gemaakt en gecontroleerd: {file} ({tables} tabellen, {entries} regels in het logboek).")
}

pub const BACKUP_KEY_NOTE: &str = "De back-up is versleuteld met het huidige wachtwoord van de opslag; bewaar dat wachtwoord bij de back-up in gedachten.";
pub const RESTORE_OTHER_STORE: &str = "Let op: de back-up hoorde bij een andere opslag (--force).";

/// A backup was put back (`what`: [`RESTORE_REPLACED`] or [`RESTORE_FIRST`]).
pub fn restored(tables: usize, entries: impl std::fmt::Display, what: &str) -> String {
    format!("Back-up teruggezet ({tables} tabellen, {entries} regels in het logboek). {what}")
}

pub const RESTORE_REPLACED: &str = "De vorige opslag is vervangen.";
pub const RESTORE_FIRST: &str = "Er was nog geen opslag in deze map.";
pub const REKEYED: &str =
    "Het wachtwoord is gewijzigd. Oudere back-ups openen nog steeds alleen met het oude wachtwoord.";

// --- R15/R20: purge -------------------------------------------------------------------

/// R20 × R15: breach records destroyed.
pub fn breaches_destroyed(n: impl std::fmt::Display) -> String {
    format!("{n} datalek-registratie(s) vernietigd (bewaartermijn voorbij).")
}

/// R15: meetings destroyed.
pub fn meetings_destroyed(n: usize) -> String {
    match n {
        1 => "1 overleg vernietigd (bewaartermijn voorbij).".to_string(),
        n => format!("{n} overleggen vernietigd (bewaartermijn voorbij)."),
    }
}

// --- R18 × R21: the audit witness ----------------------------------------------------

/// The witness beside the store or in the config folder is gone.
pub const WITNESS_MISSING: &str = "Logboek: NIET in orde: het controlebestand van het logboek ontbreekt (naast de opslag of in de instellingenmap). Iemand kan het hebben verwijderd om een oudere kopie terug te zetten. Er is niets veranderd; zet zo nodig bewust een back-up terug (casus restore).";
/// The store is older than its witness.
pub const WITNESS_BEHIND: &str = "Logboek: NIET in orde: de opslag is ouder dan het controlepunt van het logboek (een oudere kopie of oudere logboekpagina's zijn teruggezet). Er is niets veranderd; meld dit bij de privacyfunctionaris en zet zo nodig bewust een back-up terug (casus restore).";
/// `casus restore` moved the witness on purpose.
pub const WITNESS_MOVED: &str = "Het controlepunt van het logboek is bewust verplaatst naar de teruggezette opslag: de app opent deze opslag nu zonder waarschuwing.";
/// `casus verify`: the store is not behind its witness.
pub fn witness_ok(position: impl std::fmt::Display) -> String {
    format!("Controlepunt van het logboek: in orde (de opslag is bij regel {position}, niet ouder dan het controlebestand).")
}

// --- NEN 7513: casus log ---------------------------------------------------------------

/// `--meeting` is not a meeting id.
pub const BAD_MEETING_ID: &str =
    "Het nummer van het overleg klopt niet. Kopieer het uit de app of uit casus log.";
/// `--from`/`--to` is not a date.
pub const BAD_LOG_DATE: &str =
    "Geef een datum als jaar-maand-dag, bijvoorbeeld --from 2026-07-01 --to 2026-07-31.";
/// `--from` after `--to`.
pub const LOG_PERIOD_REVERSED: &str = "De datum bij --from ligt na de datum bij --to.";
