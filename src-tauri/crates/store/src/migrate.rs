//! Numbered SQL migrations, applied in one transaction when the store opens.

use crate::StoreError;
use rusqlite::{params, Connection};

/// All migrations, in order. Append only: never edit a migration that has shipped.
pub const MIGRATIONS: &[(u32, &str)] = &[
    (1, include_str!("../migrations/0001_foundation.sql")),
    (2, include_str!("../migrations/0002_audit.sql")),
    (3, include_str!("../migrations/0003_meeting_flow.sql")),
    (4, include_str!("../migrations/0004_meeting_list_index.sql")),
    (
        5,
        include_str!("../migrations/0005_subject_authority_secret_address.sql"),
    ),
    (6, include_str!("../migrations/0006_trust.sql")),
    (7, include_str!("../migrations/0007_item_versions.sql")),
    (8, include_str!("../migrations/0008_rights_requests.sql")),
    (9, include_str!("../migrations/0009_attendance_search.sql")),
    (10, include_str!("../migrations/0010_follow_up.sql")),
    // 0011 is not used; keep the highest number last (LATEST_SCHEMA_VERSION).
    (12, include_str!("../migrations/0012_store_id.sql")),
    (13, include_str!("../migrations/0013_fk_indexes.sql")),
    (14, include_str!("../migrations/0014_consent_scope.sql")),
    (15, include_str!("../migrations/0015_family_letters.sql")),
    (
        16,
        include_str!("../migrations/0016_retention_limits_reasons.sql"),
    ),
    (
        17,
        include_str!("../migrations/0017_item_source_correction_decisions.sql"),
    ),
    (18, include_str!("../migrations/0018_breach_register.sql")),
    (
        19,
        include_str!("../migrations/0019_custom_legal_bases.sql"),
    ),
    (20, include_str!("../migrations/0020_audit_witness.sql")),
    (
        21,
        include_str!("../migrations/0021_consent_withdrawals.sql"),
    ),
    (22, include_str!("../migrations/0022_wall_marks.sql")),
    (
        23,
        include_str!("../migrations/0023_follow_up_people_address_book.sql"),
    ),
    (
        24,
        include_str!("../migrations/0024_search_per_meeting.sql"),
    ),
    (25, include_str!("../migrations/0025_report_counts.sql")),
    (
        26,
        include_str!("../migrations/0026_meeting_times_account.sql"),
    ),
    (27, include_str!("../migrations/0027_expertise_only.sql")),
    (28, include_str!("../migrations/0028_decisions_dissent.sql")),
    (29, include_str!("../migrations/0029_action_conditions.sql")),
    (30, include_str!("../migrations/0030_family_voice.sql")),
    (31, include_str!("../migrations/0031_family_language.sql")),
    (
        32,
        include_str!("../migrations/0032_organisation_profile.sql"),
    ),
    (
        34,
        include_str!("../migrations/0034_decision_for_family.sql"),
    ),
    (35, include_str!("../migrations/0035_organisation_logo.sql")),
    (
        36,
        include_str!("../migrations/0036_subject_search_and_kept_totals.sql"),
    ),
    (
        37,
        include_str!("../migrations/0037_search_prefix_index.sql"),
    ),
    (38, include_str!("../migrations/0038_destroying.sql")),
    (
        39,
        include_str!("../migrations/0039_subject_identity_key.sql"),
    ),
    (
        40,
        include_str!("../migrations/0040_search_newest_first_ascending.sql"),
    ),
    (
        41,
        include_str!("../migrations/0041_search_doc_stale_on_insert.sql"),
    ),
    (42, include_str!("../migrations/0042_known_name_words.sql")),
];

/// The schema version this build creates: the number of the last migration.
pub const LATEST_SCHEMA_VERSION: u32 = match MIGRATIONS.last() {
    Some((v, _)) => *v,
    None => 0,
};

pub(crate) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version    INTEGER PRIMARY KEY NOT NULL,
             applied_at TEXT NOT NULL
         ) STRICT;",
    )?;
    let current = current_version(&tx)?;
    if current > LATEST_SCHEMA_VERSION {
        return Err(StoreError::SchemaTooNew {
            found: current,
            supported: LATEST_SCHEMA_VERSION,
        });
    }
    let applied: Vec<u32> = {
        let mut stmt = tx.prepare("SELECT version FROM schema_migrations")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    let now = chrono::Utc::now().to_rfc3339();
    // Every migration not yet recorded, in order: numbers need not be contiguous, and a
    // store that got a later number first (parallel branches) still gets the earlier one.
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| !applied.contains(v)) {
        tx.execute_batch(sql)?;
        if *version == 36 {
            // The words of the names already stored, lower-cased as the domain does it.
            crate::rights::index_all_subject_names(&tx)?;
        }
        if *version == 42 {
            // R4: the words of every name already stored, as the domain splits them.
            crate::anonymous::index_all_names(&tx)?;
        }
        if *version == 39 {
            // The identity key of every named family member already stored.
            crate::rights::key_all_subjects(&tx)?;
        }
        tx.execute(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)",
            params![version, now],
        )?;
    }
    tx.pragma_update(None, "user_version", LATEST_SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(())
}

pub(crate) fn current_version(conn: &Connection) -> Result<u32, StoreError> {
    Ok(conn.query_row(
        "SELECT coalesce(max(version), 0) FROM schema_migrations",
        [],
        |r| r.get(0),
    )?)
}
