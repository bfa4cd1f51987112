//! Two FTS5 auxiliary functions for search (issue 19 point 1), registered on every store
//! connection. FTS5's own `highlight()` and `snippet()` re-tokenize every column of every
//! returned meeting (≈ 1,750 words each), and `snippet()` scores every match against every
//! other one; these read where the query matched from the index itself (`xInst`: the
//! position lists FTS5 already holds for the row), and tokenize only the start of the one
//! column the snippet comes from, up to the snippet's last word.
//!
//! - `casus_hits(meeting_search_docs)`: `hits * 8 + columns`, where `columns` has bit `i`
//!   set when column `i` matched and `hits` counts the matched words as `highlight()` marks
//!   them: overlapping matches of one column count once.
//! - `casus_snippet(meeting_search_docs)`: the text `snippet(t, -1, '', '', '…', 12)` gives,
//!   with the same choice of column and window (most distinct query words in 12 tokens,
//!   the first such window), without its bonus for a window that starts a sentence.
//!
//! The only unsafe code is the FFI to FTS5's C API; each block says why it is sound. A
//! callback never panics (no indexing, no unwrap) and reports errors as SQLite codes.

#![allow(unsafe_code)]

use crate::StoreError;
use rusqlite::ffi;
use rusqlite::Connection;
use std::ffi::{c_char, c_int, c_void};

/// Tokens a snippet shows, as `snippet(..., 12)` did.
const SNIPPET_TOKENS: i64 = 12;
/// What marks text left out before or after a snippet.
const ELLIPSIS: &str = "…";

/// One match of the row: query phrase, column, first token, tokens.
#[derive(Clone, Copy)]
struct Inst {
    phrase: usize,
    col: i32,
    off: i64,
    len: i64,
}

/// The row's matches in position order (column, then token), from the index.
///
/// # Safety
/// `api` and `fts` are the pointers FTS5 passed to the auxiliary function being run.
unsafe fn instances(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
) -> Result<Vec<Inst>, c_int> {
    let (Some(count), Some(inst), Some(size)) = (api.xInstCount, api.xInst, api.xPhraseSize) else {
        return Err(ffi::SQLITE_ERROR);
    };
    let mut n: c_int = 0;
    let rc = count(fts, &mut n);
    if rc != ffi::SQLITE_OK {
        return Err(rc);
    }
    let mut out = Vec::with_capacity(usize::try_from(n).unwrap_or(0));
    for i in 0..n {
        let (mut phrase, mut col, mut off) = (0, 0, 0);
        let rc = inst(fts, i, &mut phrase, &mut col, &mut off);
        if rc != ffi::SQLITE_OK {
            return Err(rc);
        }
        out.push(Inst {
            phrase: usize::try_from(phrase).map_err(|_| ffi::SQLITE_CORRUPT)?,
            col,
            off: i64::from(off),
            len: i64::from(size(fts, phrase)).max(1),
        });
    }
    out.sort_by_key(|m| (m.col, m.off));
    Ok(out)
}

/// `hits * 8 + columns` of the row (see the module doc).
fn hits_and_columns(insts: &[Inst]) -> i64 {
    let (mut hits, mut columns) = (0i64, 0i64);
    let mut open: Option<(i32, i64)> = None; // column and last token of the current mark
    for m in insts {
        let end = m.off + m.len - 1;
        match open {
            // highlight(): a match starting inside the open mark extends it.
            Some((col, last)) if col == m.col && m.off <= last => {
                open = Some((col, last.max(end)));
            }
            _ => {
                hits += 1;
                if (0..3).contains(&m.col) {
                    columns |= 1 << m.col;
                }
                open = Some((m.col, end));
            }
        }
    }
    hits * 8 + columns
}

/// The score of the `SNIPPET_TOKENS` window starting at `insts[from]` (1,000 per query
/// phrase first seen in it, 1 for each further match, as `snippet()` scores), and where
/// `snippet()` would start it: the matches centred, within the column.
fn window(insts: &[Inst], from: usize, phrases: &mut [bool], col_size: i64) -> (i64, i64) {
    phrases.iter_mut().for_each(|p| *p = false);
    let Some(first) = insts.get(from) else {
        return (0, 0);
    };
    // Every match at the window's first token counts, also one listed before `from`.
    let mut from = from;
    while from > 0
        && insts
            .get(from - 1)
            .is_some_and(|m| m.col == first.col && m.off == first.off)
    {
        from -= 1;
    }
    let end = first.off + SNIPPET_TOKENS;
    let (mut score, mut last) = (0, first.off);
    for m in insts.iter().skip(from) {
        if m.col != first.col || m.off >= end {
            break;
        }
        let seen = phrases.get_mut(m.phrase);
        score += match seen {
            Some(s) if *s => 1,
            Some(s) => {
                *s = true;
                1000
            }
            None => 1,
        };
        last = m.off + m.len;
    }
    let mut start = first.off - (SNIPPET_TOKENS - (last - first.off)) / 2;
    if start + SNIPPET_TOKENS > col_size {
        start = col_size - SNIPPET_TOKENS;
    }
    (score, start.max(0))
}

/// Where the tokenizer is while a snippet is cut: the byte range of tokens `from..=to`.
struct Cut {
    pos: i64,
    from: i64,
    to: i64,
    start: usize,
    end: Option<usize>,
}

unsafe extern "C" fn cut_token(
    ctx: *mut c_void,
    flags: c_int,
    _token: *const c_char,
    _n: c_int,
    start: c_int,
    end: c_int,
) -> c_int {
    // SAFETY: `ctx` is the `&mut Cut` `snippet` passed to xTokenize, alive for its call.
    let cut = &mut *ctx.cast::<Cut>();
    if flags & ffi::FTS5_TOKEN_COLOCATED != 0 {
        return ffi::SQLITE_OK;
    }
    let pos = cut.pos;
    cut.pos += 1;
    if pos == cut.from && pos > 0 {
        cut.start = usize::try_from(start).unwrap_or(0);
    }
    if pos == cut.to {
        cut.end = usize::try_from(end).ok();
        // Stop: the rest of the column is not needed.
        return ffi::SQLITE_DONE;
    }
    ffi::SQLITE_OK
}

/// The snippet of the row (see the module doc).
///
/// # Safety
/// `api` and `fts` are the pointers FTS5 passed to the auxiliary function being run.
unsafe fn snippet(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
) -> Result<String, c_int> {
    let insts = instances(api, fts)?;
    let (Some(phrase_count), Some(col_size_of), Some(column_text), Some(tokenize)) = (
        api.xPhraseCount,
        api.xColumnSize,
        api.xColumnText,
        api.xTokenize,
    ) else {
        return Err(ffi::SQLITE_ERROR);
    };
    let mut phrases = vec![false; usize::try_from(phrase_count(fts)).unwrap_or(0)];
    // The best window: the highest score, the first one on a tie (columns in order).
    let (mut best_col, mut best_start, mut best_score) = (0, 0, 0);
    let mut sizes = [None::<i64>; 3];
    for (i, m) in insts.iter().enumerate() {
        let Some(slot) = usize::try_from(m.col).ok().and_then(|c| sizes.get_mut(c)) else {
            continue;
        };
        let col_size = match *slot {
            Some(s) => s,
            None => {
                let mut s: c_int = 0;
                let rc = col_size_of(fts, m.col, &mut s);
                if rc != ffi::SQLITE_OK {
                    return Err(rc);
                }
                *slot = Some(i64::from(s));
                i64::from(s)
            }
        };
        let (score, start) = window(&insts, i, &mut phrases, col_size);
        if score > best_score {
            (best_col, best_start, best_score) = (m.col, start, score);
        }
    }
    let col_size = match usize::try_from(best_col)
        .ok()
        .and_then(|c| sizes.get(c).copied().flatten())
    {
        Some(s) => s,
        None => {
            let mut s: c_int = 0;
            let rc = col_size_of(fts, best_col, &mut s);
            if rc != ffi::SQLITE_OK {
                return Err(rc);
            }
            i64::from(s)
        }
    };
    let (mut text, mut n): (*const c_char, c_int) = (std::ptr::null(), 0);
    let rc = column_text(fts, best_col, &mut text, &mut n);
    if rc != ffi::SQLITE_OK {
        return Err(rc);
    }
    if text.is_null() || n <= 0 {
        return Ok(String::new());
    }
    let len = usize::try_from(n).map_err(|_| ffi::SQLITE_CORRUPT)?;
    // SAFETY: FTS5 gives a buffer of `n` bytes that stays valid during this call.
    let bytes = std::slice::from_raw_parts(text.cast::<u8>(), len);
    let last = best_start + SNIPPET_TOKENS - 1;
    let mut cut = Cut {
        pos: 0,
        from: best_start,
        to: last,
        start: 0,
        end: None,
    };
    let rc = tokenize(
        fts,
        text,
        n,
        std::ptr::addr_of_mut!(cut).cast::<c_void>(),
        Some(cut_token),
    );
    if rc != ffi::SQLITE_OK && rc != ffi::SQLITE_DONE {
        return Err(rc);
    }
    let to_end = last >= col_size - 1;
    let end = if to_end { len } else { cut.end.unwrap_or(len) };
    let body = bytes.get(cut.start..end).unwrap_or(bytes);
    let mut out = String::with_capacity(body.len() + 2 * ELLIPSIS.len());
    if best_start > 0 {
        out.push_str(ELLIPSIS);
    }
    out.push_str(&String::from_utf8_lossy(body));
    if !to_end {
        out.push_str(ELLIPSIS);
    }
    Ok(out)
}

unsafe extern "C" fn casus_hits(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    _n: c_int,
    _args: *mut *mut ffi::sqlite3_value,
) {
    // SAFETY: FTS5 calls this with its API table, the row's context and a result context.
    match api.as_ref().map(|api| instances(api, fts)) {
        Some(Ok(insts)) => ffi::sqlite3_result_int64(ctx, hits_and_columns(&insts)),
        Some(Err(rc)) => ffi::sqlite3_result_error_code(ctx, rc),
        None => ffi::sqlite3_result_error_code(ctx, ffi::SQLITE_MISUSE),
    }
}

unsafe extern "C" fn casus_snippet(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    _n: c_int,
    _args: *mut *mut ffi::sqlite3_value,
) {
    // SAFETY: as `casus_hits`; SQLITE_TRANSIENT makes SQLite copy the text before `s` goes.
    match api.as_ref().map(|api| snippet(api, fts)) {
        Some(Ok(s)) => match u64::try_from(s.len()) {
            Ok(len) => ffi::sqlite3_result_text64(
                ctx,
                s.as_ptr().cast::<c_char>(),
                len,
                ffi::SQLITE_TRANSIENT(),
                // The encoding argument is an unsigned char.
                ffi::SQLITE_UTF8 as u8,
            ),
            Err(_) => ffi::sqlite3_result_error_code(ctx, ffi::SQLITE_TOOBIG),
        },
        Some(Err(rc)) => ffi::sqlite3_result_error_code(ctx, rc),
        None => ffi::sqlite3_result_error_code(ctx, ffi::SQLITE_MISUSE),
    }
}

fn failure(rc: c_int) -> StoreError {
    StoreError::Sqlite(rusqlite::Error::SqliteFailure(ffi::Error::new(rc), None))
}

/// Registers `casus_hits` and `casus_snippet` on `conn`.
pub(crate) fn register(conn: &Connection) -> Result<(), StoreError> {
    // SAFETY: `handle()` is the live connection owned by `conn`. FTS5 hands out its API
    // table through `SELECT fts5(?1)` with a pointer bound under the type "fts5_api_ptr"
    // (the documented way); the statement is finalized before the pointer is used, and the
    // table lives as long as the connection. The names are NUL-terminated literals.
    unsafe {
        let db = conn.handle();
        let mut api: *mut ffi::fts5_api = std::ptr::null_mut();
        let mut stmt: *mut ffi::sqlite3_stmt = std::ptr::null_mut();
        let rc = ffi::sqlite3_prepare_v2(
            db,
            c"SELECT fts5(?1)".as_ptr(),
            -1,
            &mut stmt,
            std::ptr::null_mut(),
        );
        if rc != ffi::SQLITE_OK {
            return Err(failure(rc));
        }
        let rc = ffi::sqlite3_bind_pointer(
            stmt,
            1,
            std::ptr::addr_of_mut!(api).cast::<c_void>(),
            c"fts5_api_ptr".as_ptr(),
            None,
        );
        let step = if rc == ffi::SQLITE_OK {
            ffi::sqlite3_step(stmt)
        } else {
            rc
        };
        ffi::sqlite3_finalize(stmt);
        if step != ffi::SQLITE_ROW && step != ffi::SQLITE_DONE {
            return Err(failure(step));
        }
        let Some(api) = api.as_ref() else {
            return Err(failure(ffi::SQLITE_ERROR));
        };
        let Some(create) = api.xCreateFunction else {
            return Err(failure(ffi::SQLITE_ERROR));
        };
        let api_ptr = std::ptr::from_ref(api).cast_mut();
        for (name, f) in [
            (
                c"casus_hits",
                casus_hits as unsafe extern "C" fn(_, _, _, _, _),
            ),
            (c"casus_snippet", casus_snippet),
        ] {
            let rc = create(api_ptr, name.as_ptr(), std::ptr::null_mut(), Some(f), None);
            if rc != ffi::SQLITE_OK {
                return Err(failure(rc));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    /// A table like `meeting_search_docs`, with the functions registered.
    fn table(rows: &[[&str; 3]]) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE VIRTUAL TABLE t USING fts5(a, b, c,
                 tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');",
        )
        .unwrap();
        for r in rows {
            conn.execute("INSERT INTO t (a, b, c) VALUES (?1, ?2, ?3)", r)
                .unwrap();
        }
        register(&conn).unwrap();
        conn
    }

    /// Per row: (casus_hits, casus_snippet) and what highlight()/snippet() give.
    fn compare(conn: &Connection, query: &str) -> Vec<((i64, String), (i64, String))> {
        let mut stmt = conn
            .prepare(
                "SELECT casus_hits(t), casus_snippet(t),
                        highlight(t, 0, char(1), ''), highlight(t, 1, char(1), ''),
                        highlight(t, 2, char(1), ''), snippet(t, -1, '', '', '…', 12)
                 FROM t WHERE t MATCH ?1 ORDER BY rowid",
            )
            .unwrap();
        stmt.query_map([query], |r| {
            let (mut hits, mut columns) = (0i64, 0i64);
            for i in 0..3 {
                let marked: String = r.get(2 + i)?;
                let n = marked.bytes().filter(|b| *b == 1).count() as i64;
                hits += n;
                if n > 0 {
                    columns |= 1 << i;
                }
            }
            Ok(((r.get(0)?, r.get(1)?), (hits * 8 + columns, r.get(5)?)))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
    }

    #[test]
    fn hits_and_short_snippets_are_what_highlight_and_snippet_give() {
        let conn = table(&[
            [
                "Gezin Zorgvuldig",
                "Anne-Marie Zorg\nJan de Wit",
                "Er zijn zorgen over de huisvesting\nDe school deelt de zorgen",
            ],
            ["Casus 12", "Jan Jansen", "Schoolverzuim sinds september"],
            ["Zoë Bakker", "", "zorg zorgen zorgvuldig, school."],
        ]);
        for q in [
            "\"zorg\"*",
            "\"zorgen\"* \"huisvesting\"*",
            "\"jan\"*",
            "\"s\"*",
            "\"sc\"*",
            "\"zorg\"* \"zorgen\"*",
            "\"anne-marie\"*",
            "\"zoe\"*",
            "\"casus\"* \"jan\"* \"school\"*",
        ] {
            for (ours, theirs) in compare(&conn, q) {
                assert_eq!(ours.0, theirs.0, "hits of {q}");
                // Columns of at most 12 tokens: no sentence to prefer, the same text.
                assert_eq!(ours.1, theirs.1, "snippet of {q}");
            }
        }
    }

    #[test]
    fn a_long_column_gives_twelve_tokens_around_the_match_and_the_same_hits() {
        let filler = "het gezin krijgt hulp van het wijkteam en de school.";
        let items = format!(
            "{}\nMoeder heeft zorgen over de huisvesting en schulden.\n{}",
            [filler; 30].join(" "),
            [filler; 30].join(" ")
        );
        let conn = table(&[["Gezin Lang", "Piet", &items]]);
        for q in ["\"huisvesting\"*", "\"s\"*", "\"zorgen\"* \"schulden\"*"] {
            for (ours, theirs) in compare(&conn, q) {
                assert_eq!(ours.0, theirs.0, "hits of {q}");
                let words = ours.1.split_whitespace().count();
                assert!(
                    words <= 13 && ours.1.starts_with('…') && ours.1.ends_with('…'),
                    "{}",
                    ours.1
                );
            }
        }
        let ours = &compare(&conn, "\"huisvesting\"*")[0].0 .1;
        assert!(ours.contains("huisvesting"), "{ours}");
        let ours = &compare(&conn, "\"zorgen\"* \"schulden\"*")[0].0 .1;
        assert!(
            ours.contains("zorgen") && ours.contains("schulden"),
            "{ours}"
        );
    }
}
