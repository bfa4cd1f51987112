//! Reading passphrases (R21): from the terminal without echo, or line by line from an
//! inherited file descriptor (`--passphrase-fd N`, for scripts and tests). Never from an
//! argument or an environment variable, where other users of the machine could read it.
//! Every buffer is a `Zeroizing` one, wiped when dropped.

use crate::messages::CliError;
use std::fs::File;
use std::io::Read;
use zeroize::Zeroizing;

/// Longest accepted line (bytes). The buffer is allocated once at this size, so it never
/// moves (a reallocation would leave an unwiped copy behind).
const MAX_LINE: usize = 4096;

/// Where passphrases come from.
#[derive(Debug)]
pub enum Passphrases {
    Terminal,
    /// An open descriptor, read one line per passphrase.
    Fd(File),
}

impl Passphrases {
    /// `--passphrase-fd N` if given, else the terminal.
    pub fn from_fd(fd: Option<u32>) -> Result<Self, CliError> {
        match fd {
            None => Ok(Passphrases::Terminal),
            Some(n) => open_fd(n).map(Passphrases::Fd),
        }
    }

    /// The next passphrase; `prompt` is shown on the terminal only.
    pub fn next(&mut self, prompt: &str) -> Result<Zeroizing<String>, CliError> {
        match self {
            Passphrases::Terminal => rpassword::prompt_password(prompt)
                .map(Zeroizing::new)
                .map_err(|_| CliError::usage(texts::cli::NO_TERMINAL)),
            Passphrases::Fd(file) => read_line(file),
        }
    }
}

/// Opens inherited descriptor `n` through `/dev/fd/n`, without unsafe code.
fn open_fd(n: u32) -> Result<File, CliError> {
    if n <= 2 {
        // 0–2 are the standard streams; stdin is allowed (`--passphrase-fd 0`).
        if n != 0 {
            return Err(CliError::usage(texts::cli::BAD_FD));
        }
    }
    File::open(format!("/dev/fd/{n}")).map_err(|_| CliError::usage(texts::cli::BAD_FD))
}

/// One line (without `\n` or `\r\n`), read byte by byte so nothing after it is consumed.
fn read_line(file: &mut File) -> Result<Zeroizing<String>, CliError> {
    let mut buf = Zeroizing::new(Vec::with_capacity(MAX_LINE));
    let mut byte = Zeroizing::new([0u8; 1]);
    loop {
        match file.read(&mut *byte) {
            Ok(0) => break,
            Ok(_) if byte[0] == b'\n' => break,
            Ok(_) => {
                if buf.len() == MAX_LINE {
                    return Err(CliError::usage(texts::cli::PASSPHRASE_TOO_LONG));
                }
                buf.push(byte[0]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return Err(CliError::usage(texts::cli::BAD_FD)),
        }
    }
    if buf.last() == Some(&b'\r') {
        // The byte stays in the spare capacity, which `zeroize` wipes too.
        buf.pop();
    }
    if buf.is_empty() {
        return Err(CliError::usage(texts::cli::NO_PASSPHRASE));
    }
    let bytes = std::mem::take(&mut *buf);
    match String::from_utf8(bytes) {
        Ok(s) => Ok(Zeroizing::new(s)),
        Err(e) => {
            drop(Zeroizing::new(e.into_bytes()));
            Err(CliError::usage(texts::cli::PASSPHRASE_NOT_UTF8))
        }
    }
}
