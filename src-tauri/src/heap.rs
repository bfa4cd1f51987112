//! R21 in the app: the wiping heap's two steps that need the store and WebKit (the rest
//! of what the app asks of the operating system is the `hardening` crate, shared with
//! `casus`).

use hardening::{heap_wipes, restart_with_wiping_heap, WEBKIT_SYSTEM_MALLOC};

/// At the very start of the app (and of the benches, to measure what ships): restart on the
/// wiping heap if needed; once on it, the store leaves SQLCipher's per-allocation memory
/// security off (`store::rely_on_wiping_heap`). If the restart was not possible, SQLCipher
/// keeps wiping what SQLite frees.
pub fn start_with_wiping_heap() {
    restart_with_wiping_heap();
    if heap_wipes() {
        store::rely_on_wiping_heap();
    }
}

/// Issue 19 point 7: WebKit's own processes (the page's process and the network process)
/// run on WebKit's own allocator, which gives freed memory back to the system; glibc keeps
/// every page it has wiped, so on the wiping heap the page's process grew by ~300 MiB over a
/// meeting and never shrank. This process keeps the wiping heap: it outlives every lock.
/// The page's process does not: a lock ends it (R21, `autolock::end_web_process`), so what
/// it freed dies with it, and the page of the next session starts in a new process. The
/// e2e memory scan (`memory.test.mjs`) checks every process after a lock.
///
/// WebKit reads `Malloc` once per process, at its first allocation; this process makes one
/// (the default web context) before the variable goes, and the WebKit processes started from
/// now on do not inherit it. Called from `setup`, before the window and its web view exist.
pub fn web_processes_on_their_own_allocator() {
    if !heap_wipes() {
        return;
    }
    let _ = webkit2gtk::WebContext::default();
    std::env::remove_var(WEBKIT_SYSTEM_MALLOC.0);
}
