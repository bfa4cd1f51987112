//! R4: the names the store knows, for the domain's check that an anonymous meeting holds
//! no text identifying the family ([`domain::check_anonymous_text`]). The names never leave
//! this process: they are only compared, never logged or returned.

use crate::StoreError;
use rusqlite::Connection;

/// Every name entered anywhere in the store: family members of all meetings, holders of
/// gezag named in a consent, the family members and requesters of rights requests. Empty for a meeting that is not anonymous.
pub(crate) fn known_names(conn: &Connection, anonymous: bool) -> Result<Vec<String>, StoreError> {
    // R4: the names matter only to the check of an anonymous meeting; every other meeting
    // skips the scan over the whole store (it ran on each item and action otherwise).
    if !anonymous {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare_cached(
        "SELECT name FROM subjects WHERE name IS NOT NULL
         UNION SELECT given_by_name FROM consents WHERE given_by_name IS NOT NULL
         UNION SELECT subject_name FROM rights_requests WHERE subject_name IS NOT NULL
         UNION SELECT requester_name FROM rights_requests WHERE requester_name IS NOT NULL",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
