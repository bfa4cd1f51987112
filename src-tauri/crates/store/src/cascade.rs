//! What the schema says about a meeting's rows: the tables that cascade from `meetings`
//! (R15 destruction in bulk, `Store::destroy_expired`) and the row triggers that keep
//! derived data in step (search documents, kept report counts), which bulk writers drop
//! inside their transaction and put back.

use crate::StoreError;
use rusqlite::Connection;

/// Every table holding rows of the meetings in `?1` (a JSON array of ids), children
/// first, with the conditions that select those rows, one per cascading key (a row goes
/// when any of them selects it; each is one `DELETE`): `meetings` by id, a table that
/// cascades from it by its `meeting_id`, and every other table through its `ON DELETE
/// CASCADE` foreign keys to a parent already selected (a row goes when any of its parents
/// goes, as with the cascade). Read from the schema, so a table a
/// later migration adds is destroyed with its meeting without a change here. The audit
/// log has no foreign key: it keeps the meeting's id only (R18).
pub(crate) fn meeting_rows(tx: &Connection) -> Result<MeetingRows, StoreError> {
    let mut stmt = tx.prepare(
        "SELECT m.name, f.\"from\", f.\"table\", f.\"to\"
         FROM sqlite_master m, pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table' AND f.on_delete = 'CASCADE'
         ORDER BY m.name, f.id",
    )?;
    let keys = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    // Breadth first from `meetings`: a table joins once every parent it cascades from that
    // will be selected at all is known, so its condition names all of them.
    let by_id = "id IN (SELECT value FROM json_each(?1))";
    let mut selected: Vec<(String, String)> = vec![("meetings".into(), by_id.into())];
    let mut parts: Vec<Vec<String>> = vec![vec![by_id.into()]];
    // The keys of every parent row that goes, each set once in a temporary table (memory,
    // `temp_store`), parents before children: a child's statement reads the set instead
    // of selecting it again from the parent (and the parent's parents).
    let mut sets: Vec<String> = Vec::new();
    let mut setup: Vec<String> = Vec::new();
    loop {
        let known = |t: &str| selected.iter().any(|(s, _)| s == t);
        let reachable = |t: &str| reaches_meetings(&keys, t, 0);
        let next = keys
            .iter()
            .map(|(t, ..)| t.as_str())
            .filter(|t| !known(t))
            .find(|t| {
                keys.iter()
                    .filter(|(c, _, p, _)| c == t && reachable(p))
                    .all(|(_, _, p, _)| known(p))
                    && reachable(t)
            })
            .map(str::to_owned);
        let Some(table) = next else { break };
        let by_meeting = keys
            .iter()
            .any(|(c, from, p, _)| *c == table && from == "meeting_id" && p == "meetings");
        let keys_of_table = keys
            .iter()
            .filter(|(c, _, p, _)| *c == table && known(p))
            .filter(|(_, from, _, _)| !by_meeting || from == "meeting_id")
            .map(|(_, from, parent, to)| {
                let of_parent = selected
                    .iter()
                    .find(|(s, _)| s == parent)
                    .map(|(_, c)| c.as_str())
                    .unwrap_or("0");
                if parent == "meetings" && to == "id" {
                    return format!("\"{from}\" IN (SELECT value FROM json_each(?1))");
                }
                let set = format!("destroy_{parent}_{to}");
                if !sets.contains(&set) {
                    setup.push(format!(
                        "CREATE TEMP TABLE \"{set}\" (v NOT NULL PRIMARY KEY) WITHOUT ROWID"
                    ));
                    setup.push(format!(
                        "INSERT OR IGNORE INTO temp.\"{set}\" SELECT \"{to}\" FROM \"{parent}\"
                         WHERE ({of_parent}) AND \"{to}\" IS NOT NULL"
                    ));
                    sets.push(set.clone());
                }
                format!("\"{from}\" IN (SELECT v FROM temp.\"{set}\")")
            })
            .collect::<Vec<_>>();
        selected.push((table, keys_of_table.join(" OR ")));
        parts.push(keys_of_table);
    }
    // Children first: each table's condition reads its parents, which must still be there.
    let mut tables: Vec<(String, Vec<String>)> =
        selected.into_iter().map(|(t, _)| t).zip(parts).collect();
    tables.reverse();
    let teardown = sets
        .iter()
        .map(|set| format!("DROP TABLE temp.\"{set}\";"))
        .collect();
    Ok(MeetingRows {
        setup,
        tables,
        teardown,
    })
}

/// The statements of a destruction in bulk ([`meeting_rows`]), one each, run with the
/// JSON array of meeting ids as `?1` when they have a parameter.
#[derive(Debug)]
pub(crate) struct MeetingRows {
    /// Fills the temporary tables of parent keys (in this order, before any `DELETE`).
    pub setup: Vec<String>,
    /// Table and its conditions, children first.
    pub tables: Vec<(String, Vec<String>)>,
    /// Drops the temporary tables.
    pub teardown: Vec<String>,
}

/// The delete triggers that keep derived data in step row by row: the search documents
/// (migration 0024) and the kept report counts (migration 0025). Name and SQL, to drop and
/// put back.
pub(crate) fn derived_row_triggers(conn: &Connection) -> Result<Vec<(String, String)>, StoreError> {
    triggers_where(
        conn,
        "(name LIKE 'search_doc_%' OR name LIKE 'counts_forget_%') AND name LIKE '%_delete'",
    )
}

/// Name and SQL of the triggers matching `condition` (over `sqlite_master`), to drop inside
/// a transaction and put back from their own text before it commits.
pub(crate) fn triggers_where(
    conn: &Connection,
    condition: &str,
) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND {condition}
         ORDER BY name"
    ))?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Whether `table` is `meetings` or cascades from it (the schema has no cycles; `depth`
/// guards against one anyway).
fn reaches_meetings(keys: &[(String, String, String, String)], table: &str, depth: u8) -> bool {
    table == "meetings"
        || (depth < 16
            && keys
                .iter()
                .any(|(c, _, p, _)| c == table && reaches_meetings(keys, p, depth + 1)))
}
