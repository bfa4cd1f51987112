//! The subcommands. They translate only: the work is in the `store` crate, the rules in
//! `domain`. Output names counts and file names, never personal data.

use crate::messages::{CliError, EXIT_PROBLEM};
use crate::passphrase::Passphrases;
use chrono::Utc;
use std::io::Write;
use std::path::Path;
use store::{AuditVerdict, Store};

const PROMPT: &str = "Wachtwoord van de opslag: ";

fn say(out: &mut dyn Write, line: &str) {
    let _ = writeln!(out, "{line}");
}

/// Refuses before asking for a passphrase when there is no store to open.
fn require_store(data_dir: &Path) -> Result<(), CliError> {
    if store::store_exists(data_dir) {
        Ok(())
    } else {
        Err(store::StoreError::NoStore.into())
    }
}

fn open(data_dir: &Path, pass: &mut Passphrases) -> Result<Store, CliError> {
    require_store(data_dir)?;
    let passphrase = pass.next(PROMPT)?;
    // A changed page that the open itself reads (schema, migrations) fails the open.
    Store::open(data_dir, &passphrase).map_err(|e| match e {
        store::StoreError::Sqlite(_) | store::StoreError::Corrupt(_) => CliError::problem(
            "De opslag kan niet worden geopend: het bestand is beschadigd of gewijzigd. Zet zo nodig een back-up terug.",
        ),
        e => e.into(),
    })
}

/// R18/R21: every page's HMAC, SQLite's structure and the audit chain. A problem found is
/// exit code 1.
pub fn verify(
    data_dir: &Path,
    pass: &mut Passphrases,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let damaged = |e: store::StoreError| match e {
        store::StoreError::Sqlite(_) | store::StoreError::Corrupt(_) => CliError::problem(
            "Versleuteling of database: NIET in orde (het bestand is beschadigd of gewijzigd).",
        ),
        e => e.into(),
    };
    let store = open(data_dir, pass)?;
    let integrity = store.integrity_check().map_err(damaged)?;
    let verdict = store.verify_audit().map_err(damaged)?;
    let mut problems = 0;
    if integrity.cipher_problems == 0 {
        say(
            out,
            "Versleuteling: in orde (alle pagina's zijn onveranderd).",
        );
    } else {
        problems += 1;
        say(
            out,
            &format!(
                "Versleuteling: NIET in orde ({} pagina's beschadigd of gewijzigd).",
                integrity.cipher_problems
            ),
        );
    }
    if integrity.sqlite_ok {
        say(out, "Database: in orde.");
    } else {
        problems += 1;
        say(out, "Database: NIET in orde (de structuur is beschadigd).");
    }
    match verdict {
        AuditVerdict::Intact { entries } => {
            say(
                out,
                &format!("Logboek: in orde ({entries} regels, keten klopt)."),
            );
        }
        AuditVerdict::Broken { at_seq, problem } => {
            problems += 1;
            let what = match problem {
                store::AuditProblem::HashMismatch => "een regel is gewijzigd",
                store::AuditProblem::Gap => "een regel ontbreekt of is tussengevoegd",
                store::AuditProblem::HeadMismatch => "regels aan het eind ontbreken",
            };
            say(
                out,
                &format!("Logboek: NIET in orde bij regel {at_seq}: {what}."),
            );
        }
    }
    store.close()?;
    if problems == 0 {
        Ok(())
    } else {
        Err(CliError {
            exit: EXIT_PROBLEM,
            message: format!("Controle: {problems} probleem/problemen gevonden."),
        })
    }
}

/// R21: an encrypted backup under the store's own passphrase, checked before it gets its
/// name; recorded in the audit log.
pub fn backup(
    data_dir: &Path,
    file: &Path,
    pass: &mut Passphrases,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    // Refused before the store is opened, so a refusal leaves it byte-identical (the store
    // checks again, atomically, before it writes).
    if file.exists() || store::backup_part_path(file).exists() {
        return Err(store::BackupError::TargetExists.into());
    }
    if file
        .parent()
        .is_some_and(|d| !d.as_os_str().is_empty() && !d.is_dir())
    {
        return Err(CliError::usage(
            "De map voor het back-upbestand bestaat niet. Er is niets veranderd.",
        ));
    }
    require_store(data_dir)?;
    let passphrase = pass.next(PROMPT)?;
    let mut store = Store::open(data_dir, &passphrase)?;
    let check = store.backup_to(file, &passphrase, Utc::now())?;
    store.close()?;
    say(
        out,
        &format!(
            "Back-up gemaakt en gecontroleerd: {} ({} tabellen, {} regels in het logboek).",
            file.display(),
            check.row_counts.len(),
            check.audit_entries
        ),
    );
    say(
        out,
        "De back-up is versleuteld met het huidige wachtwoord van de opslag; bewaar dat wachtwoord bij de back-up in gedachten.",
    );
    Ok(())
}

/// R21: puts a verified backup in place of the store (see `store::restore`).
pub fn restore(
    data_dir: &Path,
    file: &Path,
    force: bool,
    pass: &mut Passphrases,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let passphrase = pass.next("Wachtwoord van de back-up: ")?;
    let outcome = store::restore(data_dir, file, &passphrase, force, Utc::now())?;
    if outcome.other_store {
        say(
            out,
            "Let op: de back-up hoorde bij een andere opslag (--force).",
        );
    }
    say(
        out,
        &format!(
            "Back-up teruggezet ({} tabellen, {} regels in het logboek). {}",
            outcome.check.row_counts.len(),
            outcome.check.audit_entries,
            if outcome.replaced_existing {
                "De vorige opslag is vervangen."
            } else {
                "Er was nog geen opslag in deze map."
            }
        ),
    );
    Ok(())
}

/// R21: old passphrase, then the new one twice; the domain's policy decides.
pub fn rekey(data_dir: &Path, pass: &mut Passphrases, out: &mut dyn Write) -> Result<(), CliError> {
    require_store(data_dir)?;
    let old = pass.next("Huidig wachtwoord: ")?;
    let new = pass.next("Nieuw wachtwoord: ")?;
    let confirmation = pass.next("Nieuw wachtwoord (nogmaals): ")?;
    domain::check_passphrase_change(&old, &new, &confirmation)
        .map_err(|e| CliError::from(store::StoreError::Invalid(e)))?;
    let mut store = Store::open(data_dir, &old)?;
    store.change_passphrase(&old, &new, Utc::now())?;
    store.close()?;
    say(
        out,
        "Het wachtwoord is gewijzigd. Oudere back-ups openen nog steeds alleen met het oude wachtwoord.",
    );
    Ok(())
}

/// R15: destroys every meeting whose retention date has passed, now.
pub fn purge(data_dir: &Path, pass: &mut Passphrases, out: &mut dyn Write) -> Result<(), CliError> {
    let mut store = open(data_dir, pass)?;
    let today = chrono::Local::now().date_naive();
    let destroyed = store.destroy_expired(today, Utc::now())?;
    // R20 × R15: breach records past their five years too.
    let breaches = store.destroy_expired_breaches(Utc::now())?;
    store.close()?;
    if breaches > 0 {
        say(
            out,
            &format!("{breaches} datalek-registratie(s) vernietigd (bewaartermijn voorbij)."),
        );
    }
    say(
        out,
        &match destroyed.len() {
            1 => "1 overleg vernietigd (bewaartermijn voorbij).".to_string(),
            n => format!("{n} overleggen vernietigd (bewaartermijn voorbij)."),
        },
    );
    Ok(())
}

/// R19: the anonymous management report of a fixed period (a calendar month, quarter or
/// year) on standard output, as JSON or CSV. Counts only (small cells suppressed by the
/// domain); nothing is written to the store.
pub fn report(
    data_dir: &Path,
    period: &str,
    format: crate::ReportFormat,
    pass: &mut Passphrases,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    // The period first: a wrong date costs no key derivation and opens nothing.
    let period = domain::ReportPeriod::parse(period)
        .map_err(|_| CliError::usage(crate::messages::BAD_PERIOD))?;
    let store = open(data_dir, pass)?;
    let report = store.management_report(period)?;
    store.close()?;
    let text = match format {
        crate::ReportFormat::Json => store::report_to_json(&report)?,
        crate::ReportFormat::Csv => store::report_to_csv(&report)?,
    };
    say(out, text.trim_end());
    Ok(())
}

/// NEN 7513: the audit log for the privacy officer, oldest first: number, time (UTC), kind,
/// meeting id, decided by. Ids and kinds only. Listing it is itself logged.
pub fn log(
    data_dir: &Path,
    meeting: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
    pass: &mut Passphrases,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    // The filter first: wrong input costs no key derivation and opens nothing.
    let meeting = meeting
        .map(|m| {
            uuid::Uuid::parse_str(m.trim())
                .map(domain::MeetingId::from_uuid)
                .map_err(|_| CliError::usage(crate::messages::BAD_MEETING_ID))
        })
        .transpose()?;
    let day = |d: Option<&str>| {
        d.map(|d| {
            chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                .map_err(|_| CliError::usage(crate::messages::BAD_LOG_DATE))
        })
        .transpose()
    };
    let (from, to) = (day(from)?, day(to)?);
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(CliError::usage(crate::messages::LOG_PERIOD_REVERSED));
        }
    }
    let mut store = open(data_dir, pass)?;
    let entries = store.audit_entries(&store::AuditFilter { meeting, from, to })?;
    store.log_access(store::AuditKind::AuditLogViewed, None, Utc::now())?;
    store.close()?;
    say(out, "nr\ttijd (UTC)\tsoort\toverleg\tbesloten door");
    for e in &entries {
        say(
            out,
            &format!(
                "{}\t{}\t{}\t{}\t{}",
                e.seq,
                e.at,
                e.kind,
                e.meeting_id.as_deref().unwrap_or("-"),
                e.decided_by.as_deref().unwrap_or("voorzitter"),
            ),
        );
    }
    say(out, &format!("{} regels.", entries.len()));
    Ok(())
}
