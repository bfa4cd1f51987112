//! The exit codes of `casus` and which text of the catalog (`texts::cli`) each error
//! gets. No message quotes personal data, a passphrase, or SQLite's own error text (R21).

use store::{BackupDamage, BackupError, StoreError};
use texts::cli as t;

/// Exit code: all is well.
pub const EXIT_OK: u8 = 0;
/// Exit code: a problem was found (damage, a broken audit chain, a failed write).
pub const EXIT_PROBLEM: u8 = 1;
/// Exit code: wrong use or wrong input (arguments, passphrase, files); nothing changed.
pub const EXIT_USAGE: u8 = 2;

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
            StoreError::WrongPassphrase => Self::usage(t::WRONG_PASSPHRASE),
            StoreError::NoStore => Self::usage(t::NO_STORE),
            StoreError::InUse => Self::usage(t::IN_USE),
            StoreError::SchemaTooNew { .. } => Self::usage(t::SCHEMA_TOO_NEW),
            StoreError::Invalid(d) => Self::usage(&domain_message(&d)),
            StoreError::BehindWitness(store::WitnessVerdict::Missing) => {
                Self::problem(t::WITNESS_MISSING)
            }
            StoreError::BehindWitness(_) => Self::problem(t::WITNESS_BEHIND),
            StoreError::Corrupt(_) => Self::problem(t::CORRUPT),
            // SQLite and IO details stay out of the message: they may quote data (R21).
            StoreError::Io(_) => Self::problem(t::IO_FAILED),
            _ => Self::problem(t::UNEXPECTED),
        }
    }
}

fn domain_message(e: &domain::DomainError) -> String {
    match e {
        domain::DomainError::PassphraseTooShort { min } => t::passphrase_too_short(*min),
        domain::DomainError::PassphraseMismatch => t::PASSPHRASE_MISMATCH.into(),
        domain::DomainError::PassphraseUnchanged => t::PASSPHRASE_UNCHANGED.into(),
        _ => t::INVALID_INPUT.into(),
    }
}

impl From<BackupError> for CliError {
    fn from(e: BackupError) -> Self {
        match e {
            BackupError::WrongPassphrase => Self::usage(t::BACKUP_WRONG_PASSPHRASE),
            BackupError::Missing => Self::usage(t::BACKUP_MISSING),
            BackupError::TargetExists => Self::usage(t::BACKUP_TARGET_EXISTS),
            BackupError::Damaged(d) => Self::problem(match d {
                BackupDamage::Cipher => t::BACKUP_CIPHER_DAMAGED,
                BackupDamage::Structure => t::BACKUP_STRUCTURE_DAMAGED,
                BackupDamage::AuditChain => t::BACKUP_AUDIT_CHANGED,
            }),
            BackupError::NotAStore => Self::usage(t::BACKUP_NOT_A_STORE),
            BackupError::OtherStore => Self::usage(t::BACKUP_OTHER_STORE),
            BackupError::CurrentStoreLocked => Self::usage(t::BACKUP_CURRENT_STORE_LOCKED),
            BackupError::LeftoverFromEarlierRestore => {
                Self::usage(t::LEFTOVER_FROM_EARLIER_RESTORE)
            }
            BackupError::CopyMismatch => Self::problem(t::COPY_MISMATCH),
            BackupError::Store(e) => e.into(),
        }
    }
}
