//! Bulk test data for benchmarks: realistic meetings written straight into the schema in
//! large transactions (far faster than one command per row). Every meeting gets a case
//! lead and other participants who all pledged, subjects, items with a legal basis, a plan,
//! decided releases for every recipient with an action and a family notification, so the
//! checklist of a seeded meeting is empty. Never used by the app itself.

use crate::codec::{date_to_db, time_to_db};
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{Duration, NaiveDate, Utc};
use rusqlite::params;
use uuid::Uuid;

/// Copies the files of folder `from` into `into` (created) and writes each copy to the
/// disk; answers the bytes copied. For benchmarks that work on a copy of a kept seeded
/// store: unsynced, the copy's first checkpoint `fsync` had to write the whole copy out (one
/// create_meeting of ~0.5 s on the 10,000-meeting store in the full runs of 2026-12-06 and
/// 2026-12-07; 4.2 ms after a sync, session 27).
pub fn copy_synced(from: &std::path::Path, into: &std::path::Path) -> std::io::Result<u64> {
    std::fs::create_dir_all(into)?;
    let mut bytes = 0;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        if e.file_type()?.is_file() {
            let to = into.join(e.file_name());
            bytes += std::fs::copy(e.path(), &to)?;
            std::fs::File::open(&to)?.sync_all()?;
        }
    }
    Ok(bytes)
}

/// How much to seed.
#[derive(Debug, Clone, Copy)]
pub struct SeedSpec {
    pub meetings: usize,
    pub participants_per_meeting: usize,
    pub subjects_per_meeting: usize,
    pub items_per_meeting: usize,
    pub actions_per_meeting: usize,
    /// Finalize every seeded meeting (R13; a year of meetings on a chair's laptop is
    /// mostly finalized), with its kept report counts (migration 0025).
    pub finalized: bool,
}

impl SeedSpec {
    /// The benchmark size of the issues: 10,000 meetings, 500,000 items, 12 at the table.
    pub const BIG: SeedSpec = SeedSpec {
        meetings: 10_000,
        participants_per_meeting: 12,
        subjects_per_meeting: 4,
        items_per_meeting: 50,
        actions_per_meeting: 3,
        finalized: false,
    };
}

/// What was seeded: the ids of the last meeting (a full one, for benchmarks).
#[derive(Debug, Clone)]
pub struct Seeded {
    pub meeting_ids: Vec<String>,
}

const FIRST_NAMES: &[&str] = &[
    "Anna", "Bram", "Sanne", "Daan", "Emma", "Finn", "Julia", "Lucas", "Sara", "Milan", "Noor",
    "Sem", "Lotte", "Thijs", "Eva", "Jesse", "Fleur", "Ruben", "Iris", "Luuk", "Yara", "Mohamed",
    "Fatima", "Ayoub", "Zeynep", "Mehmet", "Amira", "Kevin", "Priya", "Olga", "Wim", "Ingrid",
    "Peter", "Marieke", "Hans", "Esther", "Karim", "Nadia", "Jeroen", "Linda",
];

const SURNAMES: &[&str] = &[
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Yilmaz",
    "El Amrani",
    "Kaya",
    "Özdemir",
    "Çelik",
    "Janssen-de Jong",
    "Willems",
    "Koster",
];

/// A family member's name: family `family`, member `member` (deterministic, so the same
/// family has the same names in each of its meetings).
fn family_name(family: usize, member: usize) -> String {
    let first = FIRST_NAMES[(family * 7 + member * 13) % FIRST_NAMES.len()];
    let last = SURNAMES[(family / FIRST_NAMES.len() + family) % SURNAMES.len()];
    format!("{first} {last}")
}

const WORDS: &[&str] = &[
    "school",
    "verzuim",
    "moeder",
    "vader",
    "zorgen",
    "veiligheid",
    "gesprek",
    "huisarts",
    "schulden",
    "wonen",
    "opvoeding",
    "spanning",
    "hulp",
    "afspraak",
    "ontwikkeling",
    "gezondheid",
    "contact",
    "buurt",
    "werk",
    "vrienden",
    "sport",
    "slapen",
    "eten",
    "ruzie",
];

/// A small deterministic generator (xorshift), so seeded data is the same every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn text(&mut self, words: usize) -> String {
        (0..words)
            .map(|_| WORDS[self.below(WORDS.len())])
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn id() -> String {
    Uuid::now_v7().to_string()
}

impl Store {
    /// Writes `spec` worth of meetings, 500 meetings per transaction.
    pub fn seed(&mut self, spec: SeedSpec, seed: u64) -> Result<Seeded, StoreError> {
        let mut rng = Rng(seed.max(1));
        let base = NaiveDate::from_ymd_opt(2026, 1, 5).ok_or(StoreError::Corrupt("date"))?;
        let now = time_to_db(Utc::now());
        let mut meeting_ids = Vec::with_capacity(spec.meetings);
        // Each new participant and item marks its meeting's search document stale
        // (migration 0041); each chunk writes the documents of its meetings once, as the
        // search would, and clears the marks.
        for chunk_start in (0..spec.meetings).step_by(500) {
            let tx = self.conn.transaction()?;
            let first_of_chunk = meeting_ids.len();
            for n in chunk_start..(chunk_start + 500).min(spec.meetings) {
                let m = id();
                let date = base + Duration::days((n % 300) as i64);
                tx.execute_cached(
                    "INSERT INTO meetings (id, case_label, meeting_date, purpose, created_at,
                        criteria, family_present, anonymous, retention_until,
                        family_absence_reason)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, ?7,
                             'De ouders kozen ervoor dat eerst de professionals overleggen.')",
                    params![
                        m,
                        format!("Casus {n:05}"),
                        date_to_db(date),
                        rng.text(8),
                        now,
                        rng.text(12),
                        // A benchmark store measures size, not destruction: its meetings
                        // are kept (as if extended) for ten years, so opening it on any
                        // later day does not destroy thousands of them (R15) first.
                        date.checked_add_months(chrono::Months::new(120))
                            .map(date_to_db)
                    ],
                )?;
                let mut people = Vec::new();
                for p in 0..spec.participants_per_meeting {
                    let pid = id();
                    let role = match p {
                        0 => "case_lead",
                        1 => "expert",
                        2 => "informant",
                        _ => "content_role",
                    };
                    tx.execute_cached(
                        "INSERT INTO participants (id, meeting_id, name, organisation, function,
                            phone, email, role, organisation_type, secrecy, pledged_at)
                         VALUES (?1, ?2, ?3, ?4, 'Consulent', '020 123 45 67',
                                 'naam@organisatie.nl', ?5, 'wijkteam', 1, ?6)",
                        params![
                            pid,
                            m,
                            format!("Deelnemer {p}"),
                            format!("Organisatie {p}"),
                            role,
                            now
                        ],
                    )?;
                    people.push(pid);
                }
                let mut subjects = Vec::new();
                // One family per three meetings (a meeting and two follow-ups): the same
                // names and birth dates, so the rights register recognises them (R17).
                let family = n / 3;
                for s in 0..spec.subjects_per_meeting {
                    let subject = domain::SubjectId::new();
                    let sid = subject.to_string();
                    let (relation, birth) = if s < 2 {
                        let year = 1970 + (family % 25) as i32;
                        (
                            "parent",
                            NaiveDate::from_ymd_opt(year, 1 + s as u32, 1 + (family % 28) as u32),
                        )
                    } else {
                        let year = 2006 + (family % 12) as i32 + s as i32;
                        (
                            "youth",
                            NaiveDate::from_ymd_opt(
                                year,
                                1 + (family % 12) as u32,
                                1 + (family % 28) as u32,
                            ),
                        )
                    };
                    let name = family_name(family, s);
                    tx.execute_cached(
                        "INSERT INTO subjects (id, meeting_id, relation, name, birth_date, present)
                         VALUES (?1, ?2, ?3, ?4, ?5, 0)",
                        params![sid, m, relation, name, birth.map(date_to_db)],
                    )?;
                    crate::rights::index_subject(&tx, subject, Some(&name), birth)?;
                    subjects.push(sid);
                }
                let mut items = Vec::new();
                for _ in 0..spec.items_per_meeting {
                    let iid = id();
                    let by = &people[rng.below(people.len())];
                    let words = 20 + rng.below(30);
                    let text = rng.text(words);
                    tx.execute_cached(
                        "INSERT INTO items (id, meeting_id, contributor_id, text, kind, category, created_at, source_kind)
                         VALUES (?1, ?2, ?3, ?4, ?5, 'general', ?6, 'own')",
                        params![iid, m, by, text, if words.is_multiple_of(2) { "fact" } else { "opinion" }, now],
                    )?;
                    if let Some(s) = subjects.get(rng.below(subjects.len())) {
                        tx.execute_cached(
                            "INSERT INTO item_subjects (item_id, subject_id) VALUES (?1, ?2)",
                            params![iid, s],
                        )?;
                    }
                    tx.execute_cached(
                        "INSERT INTO item_basis (item_id, kind, legal_basis)
                         VALUES (?1, 'legal', 'jeugdwet-2.3')",
                        [&iid],
                    )?;
                    items.push((iid, by.clone()));
                }
                let mut actions = Vec::new();
                for who in people.iter().take(spec.actions_per_meeting) {
                    let aid = id();
                    tx.execute_cached(
                        "INSERT INTO actions (id, meeting_id, who, what, due) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![aid, m, who, rng.text(6), date_to_db(date + Duration::days(21))],
                    )?;
                    actions.push((aid, who.clone()));
                }
                for (aid, who) in &actions {
                    for (iid, by) in &items {
                        if by == who {
                            continue;
                        }
                        let released = rng.below(3) == 0;
                        tx.execute_cached(
                            "INSERT OR IGNORE INTO releases (item_id, recipient_id, decision, action_id,
                                decided_by, at, motivation)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                            params![
                                iid,
                                who,
                                if released { "released" } else { "stays" },
                                released.then_some(aid),
                                by,
                                now,
                                // Experts and informants need a motivation (R9).
                                released.then_some("Nodig voor de afspraak")
                            ],
                        )?;
                    }
                }
                tx.execute_cached(
                    "INSERT INTO notifications (id, meeting_id, whole_family, informer, method, timing)
                     VALUES (?1, ?2, 1, ?3, 'conversation', 'beforehand')",
                    params![id(), m, people[0]],
                )?;
                meeting_ids.push(m);
            }
            for m in &meeting_ids[first_of_chunk..] {
                crate::search::rewrite_doc(&tx, m)?;
            }
            if spec.finalized {
                let chunk = serde_json::to_string(&meeting_ids[first_of_chunk..])
                    .map_err(|_| StoreError::Corrupt("meeting ids"))?;
                tx.execute_cached(
                    "UPDATE meetings SET finalized_at = ?2
                     WHERE id IN (SELECT value FROM json_each(?1))",
                    params![chunk, now],
                )?;
                crate::counts::keep(&tx, "SELECT value FROM json_each(?1)", [&chunk])?;
            }
            tx.commit()?;
        }
        Ok(Seeded { meeting_ids })
    }

    /// Appends `n` audit entries through the real chain (for the R18 verification
    /// benchmark), 10,000 per transaction.
    pub fn seed_audit(&mut self, n: usize) -> Result<(), StoreError> {
        let meeting = domain::MeetingId::new();
        for chunk_start in (0..n).step_by(10_000) {
            let tx = self.conn.transaction()?;
            for _ in chunk_start..(chunk_start + 10_000).min(n) {
                crate::audit::append(
                    &tx,
                    crate::AuditKind::ItemAdded,
                    Some(meeting),
                    crate::DecidedBy::Chair,
                    Utc::now(),
                )?;
            }
            tx.commit()?;
        }
        Ok(())
    }
}
