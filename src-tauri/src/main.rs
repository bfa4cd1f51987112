// Prevents an extra console window on Windows in release.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// R21: freed Rust heap is zeroed, so nothing of a locked session stays in freed memory.
#[global_allocator]
static ALLOC: zeroizing_alloc::ZeroAlloc<std::alloc::System> =
    zeroizing_alloc::ZeroAlloc(std::alloc::System);

fn main() {
    // R21: before anything else (one thread, nothing allocated for the chair yet).
    casusoverleg_lib::heap::start_with_wiping_heap();
    if let Err(e) = casusoverleg_lib::run() {
        // No personal data can be in a startup error: the store is not open yet.
        eprintln!("{}", texts::errors::startup_failed(e));
        std::process::exit(1);
    }
}
