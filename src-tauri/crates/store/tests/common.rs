#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(dead_code)]

use chrono::Utc;
use domain::{Category, Kind, MeetingInput, ParticipantId, ParticipantInput, Role};
use store::Store;
use tempfile::TempDir;

pub const PASS: &str = "correct horse battery staple";

/// One seeded meeting (three participants, one family member, two items, one action),
/// draft or finalized, from `seed`.
pub fn seeded_meeting(store: &mut Store, finalized: bool, seed: u64) -> domain::MeetingId {
    let s = store
        .seed(
            store::SeedSpec {
                meetings: 1,
                participants_per_meeting: 3,
                subjects_per_meeting: 1,
                items_per_meeting: 2,
                actions_per_meeting: 1,
                finalized,
            },
            seed,
        )
        .unwrap();
    domain::MeetingId::from_uuid(s.meeting_ids[0].parse().unwrap())
}

pub fn new_store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::create(dir.path(), PASS).unwrap();
    (dir, store)
}

pub fn meeting_input(label: &str) -> MeetingInput {
    MeetingInput {
        case_label: label.into(),
        date: "2026-11-24".into(),
        purpose: "Afstemmen van de hulp aan het gezin".into(),
        // R3/R4: required before finalizing.
        criteria: "Zorgen over de veiligheid thuis; vier hulpverleners zijn betrokken.".into(),
        family_absence_reason: "Moeder wil eerst zelf met de school praten voordat ze aansluit."
            .into(),
        ..MeetingInput::default()
    }
}

pub fn participant_input(name: &str, role: Role) -> ParticipantInput {
    ParticipantInput {
        name: name.into(),
        organisation: "Wijkteam Zuid".into(),
        function: "Gezinscoach".into(),
        phone: "020-1234567".into(),
        email: "coach@wijkteam.example.nl".into(),
        role,
        expertise_only: false,
    }
}

pub fn item_input(contributor: ParticipantId, text: &str) -> domain::ItemInput {
    domain::ItemInput {
        contributor,
        text: text.into(),
        kind: Kind::Fact,
        category: Category::General,
        source: domain::SourceKind::OwnObservation,
        source_detail: String::new(),
    }
}

pub fn now() -> chrono::DateTime<Utc> {
    Utc::now()
}

/// Every byte of every file in `dir` (the store, its WAL and SHM).
pub fn all_file_bytes(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Seed 004 art. 6.4b: a consent scope reaching every participant of the meeting.
pub fn scope_all(store: &store::Store, meeting: domain::MeetingId) -> domain::ConsentScope {
    let record = store.meeting_flow(meeting).unwrap().record;
    domain::ConsentScope::Given {
        recipients: record
            .participants
            .iter()
            .map(|p| p.participant.id)
            .collect(),
        purpose: domain::Prose::parse("Hulp afstemmen", domain::Field::ConsentPurpose, 100)
            .unwrap(),
    }
}

/// A raw SQLCipher connection on a store file, keyed with [`PASS`], for tests that look under
/// the store's API. Waits until SQLCipher is ready first (see `store::sqlcipher_ready`), so a
/// test that opens its first connection here cannot race another test's first open.
pub fn open_raw(path: impl AsRef<std::path::Path>) -> rusqlite::Connection {
    open_raw_with(path, PASS)
}

/// [`open_raw`] with another passphrase.
pub fn open_raw_with(path: impl AsRef<std::path::Path>, pass: &str) -> rusqlite::Connection {
    store::sqlcipher_ready();
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "key", pass).unwrap();
    conn
}

/// The ids of the meeting, participant and item in a store of an earlier version.
#[derive(Debug)]
pub struct OldStore {
    pub meeting: String,
    pub person: String,
    pub item: String,
}

/// A store of an earlier version in `dir`: every migration before `version`, with one
/// meeting ("Gezin Oud", 01-11-2026), its case lead ("Oud Lid") and one item ("Oude
/// inbreng"), written as that version's schema had them.
pub fn store_before_migration(dir: &std::path::Path, version: u32) -> OldStore {
    let old = OldStore {
        meeting: uuid::Uuid::now_v7().to_string(),
        person: uuid::Uuid::now_v7().to_string(),
        item: uuid::Uuid::now_v7().to_string(),
    };
    let conn = open_raw(dir.join(store::STORE_FILE_NAME));
    conn.execute_batch(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY NOT NULL,
                                         applied_at TEXT NOT NULL) STRICT;",
    )
    .unwrap();
    for (v, sql) in store::MIGRATIONS.iter().filter(|(v, _)| *v < version) {
        conn.execute_batch(sql).unwrap();
        conn.execute(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, 'x')",
            [v],
        )
        .unwrap();
    }
    conn.execute(
        "INSERT INTO meetings (id, case_label, meeting_date, purpose, created_at)
         VALUES (?1, 'Gezin Oud', '2026-11-01', 'Doel', '2026-11-01T10:00:00Z')",
        [&old.meeting],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO participants (id, meeting_id, name, organisation, role)
         VALUES (?1, ?2, 'Oud Lid', 'Wijkteam', 'case_lead')",
        [&old.person, &old.meeting],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO items (id, meeting_id, contributor_id, text, kind, category, created_at)
         VALUES (?1, ?2, ?3, 'Oude inbreng', 'fact', 'general', '2026-11-01T10:00:00Z')",
        [&old.item, &old.meeting, &old.person],
    )
    .unwrap();
    old
}
