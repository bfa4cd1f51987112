//! `casus`: the admin tool for Casusoverleg's encrypted store (R15, R18, R21).
//!
//! Each subcommand is one variant of [`Command`] and one function in `commands`; adding
//! one (e.g. `report`, R19) is a variant, a match arm and a function. Output is Dutch and
//! never shows personal data. Exit codes: 0 ok, 1 problem found, 2 wrong use or input.

mod commands;
mod messages;
mod passphrase;

use clap::{ArgAction, Parser, Subcommand, ValueEnum};
use messages::{CliError, EXIT_OK};
use passphrase::Passphrases;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Beheerprogramma voor de versleutelde opslag van Casusoverleg.
///
/// Wachtwoorden worden gevraagd zonder dat ze op het scherm verschijnen, of gelezen uit een
/// bestandsdescriptor (--passphrase-fd), één wachtwoord per regel. Nooit als argument.
#[derive(Debug, Parser)]
#[command(
    name = "casus",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    subcommand_help_heading = "Opdrachten",
    subcommand_value_name = "OPDRACHT",
    override_usage = "casus [OPTIES] <OPDRACHT>",
    help_template = "{about}\n\nGebruik: {usage}\n\n{all-args}"
)]
#[command(next_help_heading = "Opties")]
struct Cli {
    /// Toon deze hulp
    #[arg(short = 'h', long, action = ArgAction::Help, global = true)]
    help: Option<bool>,
    /// Toon het versienummer
    #[arg(short = 'V', long, action = ArgAction::Version)]
    version: Option<bool>,
    /// Map met de opslag (anders $CASUSOVERLEG_DATA_DIR, anders de standaardmap van de app)
    #[arg(long, global = true, value_name = "MAP")]
    data_dir: Option<PathBuf>,
    /// Lees wachtwoorden uit deze bestandsdescriptor, één per regel (voor scripts)
    #[arg(long, global = true, value_name = "N")]
    passphrase_fd: Option<u32>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Controleer de versleuteling, de database en de keten van het logboek
    Verify,
    /// Maak een versleutelde, gecontroleerde back-up (met het wachtwoord van de opslag)
    Backup {
        /// Het nieuwe back-upbestand (mag nog niet bestaan)
        file: PathBuf,
    },
    /// Zet een back-up terug in plaats van de huidige opslag
    Restore {
        /// Het back-upbestand
        file: PathBuf,
        /// Ook een back-up van een andere opslag terugzetten
        #[arg(long)]
        force: bool,
    },
    /// Wijzig het wachtwoord (oud, nieuw, nieuw nogmaals)
    Rekey,
    /// Vernietig nu alle overleggen waarvan de bewaartermijn voorbij is (R15)
    Purge,
    /// Het anonieme overzicht van een periode (R19): alleen aantallen, kleine aantallen als "<5"
    Report {
        /// Een hele maand, een kwartaal of een jaar: 2026-07, 2026-Q3 of 2026
        #[arg(long, value_name = "PERIODE")]
        period: Option<String>,
        /// Vroeger: eerste dag. Vrije periodes kunnen niet meer (R19)
        #[arg(long, hide = true)]
        from: Option<String>,
        /// Vroeger: laatste dag. Vrije periodes kunnen niet meer (R19)
        #[arg(long, hide = true)]
        to: Option<String>,
        /// Vorm van de uitvoer
        #[arg(long, value_enum, default_value_t = ReportFormat::Json)]
        format: ReportFormat,
    },
    /// Toon het logboek (NEN 7513): wie wat deed en inzag, alleen soorten en nummers
    Log {
        /// Alleen de regels van dit overleg (het nummer van het overleg)
        #[arg(long, value_name = "ID")]
        meeting: Option<String>,
        /// Vanaf deze dag (JJJJ-MM-DD)
        #[arg(long, value_name = "DATUM")]
        from: Option<String>,
        /// Tot en met deze dag (JJJJ-MM-DD)
        #[arg(long, value_name = "DATUM")]
        to: Option<String>,
    },
}

/// The anonymous report's output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Json,
    Csv,
}

fn main() -> ExitCode {
    // R21: `casus` reads the passphrase and holds the store's key, as the app does: no core
    // dump of it. A refusal (an unusual sandbox) is not fatal: the store stays encrypted.
    let _ = hardening::disable_core_dumps();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    let mut out = std::io::stdout().lock();
    match run(cli, &mut out) {
        Ok(()) => ExitCode::from(EXIT_OK),
        Err(e) => {
            let _ = writeln!(std::io::stderr().lock(), "casus: {}", e.message);
            ExitCode::from(e.exit)
        }
    }
}

/// Help and version go out as clap prints them; a usage error gets a Dutch sentence. The
/// offending argument is not repeated: it could be a passphrase typed by mistake (R21).
fn usage_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    let message = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::from(EXIT_OK);
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            texts::cli::USAGE_NO_COMMAND
        }
        ErrorKind::InvalidSubcommand => texts::cli::USAGE_UNKNOWN_COMMAND,
        ErrorKind::UnknownArgument => texts::cli::USAGE_UNKNOWN_ARGUMENT,
        ErrorKind::MissingRequiredArgument => texts::cli::USAGE_MISSING_ARGUMENT,
        ErrorKind::InvalidValue | ErrorKind::ValueValidation | ErrorKind::InvalidUtf8 => {
            texts::cli::USAGE_INVALID_VALUE
        }
        _ => texts::cli::USAGE_OTHER,
    };
    let _ = writeln!(std::io::stderr().lock(), "{}", texts::cli::usage(message));
    ExitCode::from(messages::EXIT_USAGE)
}

fn run(cli: Cli, out: &mut dyn Write) -> Result<(), CliError> {
    let data_dir = store::resolve_data_dir(cli.data_dir, std::env::var(store::DATA_DIR_ENV).ok())
        .ok_or_else(|| CliError::usage(texts::cli::NO_DATA_DIR))?;
    let mut pass = Passphrases::from_fd(cli.passphrase_fd)?;
    match cli.command {
        Command::Verify => commands::verify(&data_dir, &mut pass, out),
        Command::Backup { file } => commands::backup(&data_dir, &file, &mut pass, out),
        Command::Restore { file, force } => {
            commands::restore(&data_dir, &file, force, &mut pass, out)
        }
        Command::Rekey => commands::rekey(&data_dir, &mut pass, out),
        Command::Purge => commands::purge(&data_dir, &mut pass, out),
        Command::Report {
            period,
            from,
            to,
            format,
        } => {
            // R19: a free from/to range is refused, so two reports cannot be subtracted.
            if from.is_some() || to.is_some() {
                return Err(CliError::usage(texts::cli::FREE_PERIOD));
            }
            let period = period.ok_or_else(|| CliError::usage(texts::cli::BAD_PERIOD))?;
            commands::report(&data_dir, &period, format, &mut pass, out)
        }
        Command::Log { meeting, from, to } => commands::log(
            &data_dir,
            meeting.as_deref(),
            from.as_deref(),
            to.as_deref(),
            &mut pass,
            out,
        ),
    }
}
