//! R15 after the unlock: the unlock makes expired meetings unreachable in one short
//! transaction (`store::Store::unlock`); this thread destroys the rest of their rows, one
//! chunk of at most `store::DESTROY_CHUNK` (25) meetings per transaction
//! ([`AppState::destroy_pending_chunk`]), with a pause after each so a waiting command
//! takes the store first. The freed pages are given
//! back and the WAL truncated after the last chunk. A lock stops it; the next unlock
//! destroys what is left before anything else.
//!
//! The same thread writes the search documents that new participants and items left stale
//! (migration 0041), one per transaction, once the chair has been still for a second and
//! nothing waits to be destroyed ([`AppState::index_stale_search_doc`]): so adding stays
//! cheap in the meeting and a search seldom finds a document to write first.

use crate::state::AppState;
use std::time::Duration;
use tauri::{AppHandle, Manager};

/// How long the thread waits between looks while nothing waits.
const IDLE: Duration = Duration::from_millis(250);
/// The pause after a chunk: a command waiting for the store gets it first.
const BETWEEN_CHUNKS: Duration = Duration::from_millis(20);
/// How long the chair is still before a stale search document is written.
const STILL: Duration = Duration::from_secs(1);

pub fn start(app: AppHandle) {
    // Without the thread the rows wait for the next unlock, which destroys them first:
    // nothing is shown of them in between, so the app runs on.
    let _ = std::thread::Builder::new()
        .name("destroyer".into())
        .spawn(move || loop {
            let more = app.try_state::<AppState>().is_some_and(|state| {
                state.destroy_pending_chunk() || state.index_stale_search_doc(STILL)
            });
            std::thread::sleep(if more { BETWEEN_CHUNKS } else { IDLE });
        });
}
