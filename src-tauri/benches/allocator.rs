//! What the zero-on-free allocator costs (R21, docs/engineering.md): the app's binary wipes
//! every heap block it frees (`zeroizing_alloc::ZeroAlloc` over the system allocator, see
//! `src/main.rs`), so no freed copy of a name or an item text stays readable in the process.
//!
//! This bench runs one live meeting through the real command layer on a real encrypted
//! store (`common::live_meeting`: 12 participants, 4 family members, 50 items with their
//! basis, 12 agreements, every release decision (≈ 550), the views, the finalization; each
//! answer serialized to JSON as the IPC does) with the same
//! allocator as the app, switched between wiping and not wiping per round. Rounds alternate
//! (off, on, on, off, …) so both see the same machine load; the figure is the ratio of the
//! medians from one run.
//!
//! Run: `cargo bench -p casusoverleg --bench allocator`. `BENCH_SMALL=1`: 2 rounds each.
//! Prints JSON lines.

// A global allocator is unsafe by nature; this bench only forwards to the system allocator
// and to the app's `ZeroAlloc` (the workspace denies unsafe code everywhere else).
#![allow(
    unsafe_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::panic
)]

mod common;

use casusoverleg_lib::commands;
use casusoverleg_lib::state::AppState;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};
use zeroizing_alloc::ZeroAlloc;

/// The app's allocator, with its wiping switched on or off at run time.
struct Switchable;

static WIPE: AtomicBool = AtomicBool::new(false);
static WIPED_BYTES: AtomicU64 = AtomicU64::new(0);
const APP: ZeroAlloc<System> = ZeroAlloc(System);

unsafe impl GlobalAlloc for Switchable {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if WIPE.load(Ordering::Relaxed) {
            WIPED_BYTES.fetch_add(layout.size() as u64, Ordering::Relaxed);
            unsafe { APP.dealloc(ptr, layout) }
        } else {
            unsafe { System.dealloc(ptr, layout) }
        }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if WIPE.load(Ordering::Relaxed) {
            // ZeroAlloc's realloc is the default one: allocate, copy, wipe and free the old
            // block (through `dealloc` above, which counts it).
            unsafe { GlobalAlloc::realloc(&ZeroAllocCounted, ptr, layout, new_size) }
        } else {
            unsafe { System.realloc(ptr, layout, new_size) }
        }
    }
}

/// `ZeroAlloc`'s default realloc, with the wiped bytes counted.
struct ZeroAllocCounted;

unsafe impl GlobalAlloc for ZeroAllocCounted {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { APP.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        WIPED_BYTES.fetch_add(layout.size() as u64, Ordering::Relaxed);
        unsafe { APP.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOC: Switchable = Switchable;

const PASS: &str = "benchmark-wachtwoord 2026";

/// One live meeting through the command layer (`common::live_meeting`); returns the
/// number of commands run.
fn live_meeting(state: &AppState, round: usize) -> usize {
    let mut untimed = |_: &'static str, _: Duration| {};
    let mut calls = common::Calls::new(&mut untimed);
    common::live_meeting(state, round, &mut calls);
    calls.count
}

fn median(v: &mut [Duration]) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1e3
}

fn main() {
    // Measure what ships: the app's wiping heap, so SQLCipher's memory security is off.
    casusoverleg_lib::heap::start_with_wiping_heap();
    let rounds = if std::env::var("BENCH_SMALL").is_ok() {
        2
    } else {
        6
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    store::Store::create(&path, PASS).unwrap().close().unwrap();
    let state = AppState::new(path);
    commands::lock::unlock(&state, PASS).unwrap();
    live_meeting(&state, 0); // warm-up: caches, statements, page cache

    let (mut off, mut on) = (Vec::new(), Vec::new());
    let mut commands_per_round = 0;
    let mut wiped = 0;
    for round in 0..2 * rounds {
        // off, on, on, off, off, on, …: each pair sees the same load.
        let wipe = matches!(round % 4, 1 | 2);
        WIPE.store(wipe, Ordering::Relaxed);
        let before = WIPED_BYTES.load(Ordering::Relaxed);
        let t = Instant::now();
        commands_per_round = live_meeting(&state, round + 1);
        let took = t.elapsed();
        WIPE.store(false, Ordering::Relaxed);
        if wipe {
            wiped = WIPED_BYTES.load(Ordering::Relaxed) - before;
            on.push(took);
        } else {
            off.push(took);
        }
    }
    let (off_ms, on_ms) = (median(&mut off), median(&mut on));
    println!(
        "{{\"bench\":\"allocator\",\"workload\":\"live meeting\",\"commands\":{commands_per_round},\"rounds\":{rounds},\"off_ms\":{off_ms:.1},\"on_ms\":{on_ms:.1},\"ratio\":{:.3},\"wiped_mib_per_meeting\":{:.1}}}",
        on_ms / off_ms,
        wiped as f64 / (1024.0 * 1024.0)
    );
}
