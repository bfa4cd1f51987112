//! The subcommands. They translate only: the work is in the `store` crate, the rules in
//! `domain`. Output names counts and file names, never personal data.

use crate::messages::{CliError, EXIT_PROBLEM};
use crate::passphrase::Passphrases;
use chrono::Utc;
use std::io::Write;
use std::path::Path;
use store::{AuditVerdict, Store};
use texts::cli as t;

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
    let passphrase = pass.next(t::PROMPT_STORE)?;
    // A changed page that the open itself reads (schema, migrations) fails the open.
    let store = Store::open(data_dir, &passphrase).map_err(|e| match e {
        store::StoreError::Sqlite(_) | store::StoreError::Corrupt(_) => {
            CliError::problem(t::CANNOT_OPEN)
        }
        e => e.into(),
    })?;
    // R18 × R21: a store behind its audit witness is refused, as in the app.
    match store.check_witness() {
        Ok(v) if v.is_ok() => Ok(store),
        Ok(v) => Err(store::StoreError::BehindWitness(v).into()),
        Err(e) => Err(e.into()),
    }
}

/// Opens with a passphrase already asked for, refusing a store behind its witness.
fn open_checked(data_dir: &Path, passphrase: &str) -> Result<Store, CliError> {
    let store = Store::open(data_dir, passphrase)?;
    match store.check_witness() {
        Ok(v) if v.is_ok() => Ok(store),
        Ok(v) => Err(store::StoreError::BehindWitness(v).into()),
        Err(e) => Err(e.into()),
    }
}

/// R18/R21: every page's HMAC, SQLite's structure and the audit chain. A problem found is
/// exit code 1.
pub fn verify(
    data_dir: &Path,
    pass: &mut Passphrases,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let damaged = |e: store::StoreError| match e {
        store::StoreError::Sqlite(_) | store::StoreError::Corrupt(_) => {
            CliError::problem(t::VERIFY_UNREADABLE)
        }
        e => e.into(),
    };
    let store = open(data_dir, pass)?;
    say(
        out,
        &t::witness_ok(store.audit_position().map_err(damaged)?),
    );
    let integrity = store.integrity_check().map_err(damaged)?;
    let verdict = store.verify_audit().map_err(damaged)?;
    let mut problems = 0;
    if integrity.cipher_problems == 0 {
        say(out, t::CIPHER_OK);
    } else {
        problems += 1;
        say(out, &t::cipher_damaged(integrity.cipher_problems));
    }
    if integrity.sqlite_ok {
        say(out, t::DATABASE_OK);
    } else {
        problems += 1;
        say(out, t::DATABASE_DAMAGED);
    }
    match verdict {
        AuditVerdict::Intact { entries } => {
            say(out, &t::audit_ok(entries));
        }
        AuditVerdict::Broken { at_seq, problem } => {
            problems += 1;
            let what = match problem {
                store::AuditProblem::HashMismatch => t::AUDIT_LINE_CHANGED,
                store::AuditProblem::Gap => t::AUDIT_GAP,
                store::AuditProblem::HeadMismatch => t::AUDIT_HEAD_MISSING,
            };
            say(out, &t::audit_broken(at_seq, what));
        }
    }
    store.close()?;
    if problems == 0 {
        Ok(())
    } else {
        Err(CliError {
            exit: EXIT_PROBLEM,
            message: t::problems_found(problems),
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
        return Err(CliError::usage(t::BACKUP_DIR_MISSING));
    }
    require_store(data_dir)?;
    let passphrase = pass.next(t::PROMPT_STORE)?;
    let mut store = open_checked(data_dir, &passphrase)?;
    let check = store.backup_to(file, &passphrase, Utc::now())?;
    store.close()?;
    say(
        out,
        &t::backup_made(file.display(), check.row_counts.len(), check.audit_entries),
    );
    say(out, t::BACKUP_KEY_NOTE);
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
    let passphrase = pass.next(t::PROMPT_BACKUP)?;
    let outcome = store::restore(data_dir, file, &passphrase, force, Utc::now())?;
    if outcome.other_store {
        say(out, t::RESTORE_OTHER_STORE);
    }
    say(out, t::WITNESS_MOVED);
    say(
        out,
        &t::restored(
            outcome.check.row_counts.len(),
            outcome.check.audit_entries,
            if outcome.replaced_existing {
                t::RESTORE_REPLACED
            } else {
                t::RESTORE_FIRST
            },
        ),
    );
    Ok(())
}

/// R21: old passphrase, then the new one twice; the domain's policy decides.
pub fn rekey(data_dir: &Path, pass: &mut Passphrases, out: &mut dyn Write) -> Result<(), CliError> {
    require_store(data_dir)?;
    let old = pass.next(t::PROMPT_OLD)?;
    let new = pass.next(t::PROMPT_NEW)?;
    let confirmation = pass.next(t::PROMPT_NEW_AGAIN)?;
    domain::check_passphrase_change(&old, &new, &confirmation)
        .map_err(|e| CliError::from(store::StoreError::Invalid(e)))?;
    let mut store = open_checked(data_dir, &old)?;
    store.change_passphrase(&old, &new, Utc::now())?;
    store.close()?;
    say(out, t::REKEYED);
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
        say(out, &t::breaches_destroyed(breaches));
    }
    say(out, &t::meetings_destroyed(destroyed.len()));
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
    let period = domain::ReportPeriod::parse(period).map_err(|_| CliError::usage(t::BAD_PERIOD))?;
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
                .map_err(|_| CliError::usage(t::BAD_MEETING_ID))
        })
        .transpose()?;
    let period = domain::LogPeriod::parse(from.unwrap_or(""), to.unwrap_or("")).map_err(|e| {
        CliError::usage(match e {
            domain::DomainError::PeriodReversed => t::LOG_PERIOD_REVERSED,
            _ => t::BAD_LOG_DATE,
        })
    })?;
    let (from, to) = (period.from, period.to);
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
