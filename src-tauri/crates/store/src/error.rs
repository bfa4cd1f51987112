use domain::DomainError;

/// Why a store operation failed. Never carries personal data: SQLite errors are kept for
/// the developer's eye only and are shown to the chair as a generic Dutch message.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("wrong passphrase")]
    WrongPassphrase,
    #[error("no store has been created yet")]
    NoStore,
    #[error("a store already exists")]
    AlreadyExists,
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("the store has schema version {found}; this app supports up to {supported}")]
    SchemaTooNew { found: u32, supported: u32 },
    #[error("stored data does not parse: {0}")]
    Corrupt(&'static str),
    #[error(transparent)]
    Invalid(#[from] DomainError),
    /// R13: the meeting cannot be finalized while these points are open.
    #[error("{} open points on the checklist", .0.len())]
    ChecklistOpen(Vec<domain::OpenPoint>),
    /// R13/R14: documents are printed only for a finalized meeting.
    #[error("the meeting is not finalized")]
    NotFinalized,
    /// The store is being restored by the admin tool, or (for a restore) is open elsewhere.
    #[error("the store is in use")]
    InUse,
    /// R15: expired data could not be destroyed at unlock; the store stayed locked.
    #[error("destroying expired data failed")]
    DestructionFailed,
    /// R18 × R21: the store does not reach its audit witness (rolled back, audit pages
    /// replaced, tail cut off, or the witness vanished); it was not opened.
    #[error("the store is behind its audit witness: {0:?}")]
    BehindWitness(crate::WitnessVerdict),
    /// Issue 17 point 9: the profile file the chair picked was refused as a whole; the
    /// Dutch lines say where and why (places and field names, never the file's values).
    #[error("the profile file was refused")]
    ProfileFileRefused(String),
    /// Issue 17 point 9: the logo file the chair picked could not be read.
    #[error("the logo file could not be read")]
    LogoUnreadable,
    /// An export asked for in a file format the screen does not offer.
    #[error("unknown file format")]
    UnknownFormat,
    /// R20: a breach's impact asked for no meeting at all.
    #[error("no meetings chosen")]
    NoMeetings,
    #[error("file system: {0}")]
    Io(std::io::Error),
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
}
