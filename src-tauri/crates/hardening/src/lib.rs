//! R21: what the app and the admin tool `casus` ask of Linux: core dumps off, a heap that
//! wipes what it frees, the idle clock, and (feature `session-watch`, the app only) the
//! screen-lock and sleep signals.
//!
//! - Core dumps are off: `RLIMIT_CORE` 0 (soft and hard, so nothing can raise it again; it
//!   is inherited by the WebKit processes the web view starts) and `PR_SET_DUMPABLE` 0 for
//!   the app itself (no core file, no ptrace attach by other processes of the same user).
//! - Freed heap memory is overwritten, in the app and in every WebKit process it starts:
//!   glibc fills each freed block (`glibc.malloc.perturb`, with its per-thread cache off so
//!   no block skips the fill) and WebKit uses the system allocator (`Malloc=1`) instead of
//!   its own, which keeps freed blocks as they were. Without both, the app process still
//!   held the item texts and the passphrase (IPC bodies and answers in WebKit's heap) after
//!   a lock. Both are read once at process start, so the app starts itself again with them
//!   set (`restart_with_wiping_heap`); the Rust heap is wiped by `ZeroAlloc` (main.rs).
//!   WebKit's page and network processes go back to WebKit's allocator
//!   (`web_processes_on_their_own_allocator`): the page's process ends at every lock.
//! - Idle time is measured with `CLOCK_BOOTTIME`, which keeps counting while the computer
//!   sleeps; the monotonic clock behind `Instant` stops during suspend.

#[cfg(feature = "session-watch")]
pub mod session_watch;

use std::time::Duration;

/// Turns core dumps off for this process and every process it starts from now on.
pub fn disable_core_dumps() -> rustix::io::Result<()> {
    rustix::process::setrlimit(
        rustix::process::Resource::Core,
        rustix::process::Rlimit {
            current: Some(0),
            maximum: Some(0),
        },
    )?;
    rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable)
}

/// The glibc tunables that make `free` overwrite every block (R21).
pub const WIPING_TUNABLES: &str = "glibc.malloc.perturb=204:glibc.malloc.tcache_count=0";
/// WebKit's switch to the system allocator (bmalloc/libpas otherwise keeps freed blocks).
pub const WEBKIT_SYSTEM_MALLOC: (&str, &str) = ("Malloc", "1");
/// Measurement only (`./x bench`, docs/engineering.md §7): this argument starts the app without the
/// wiping heap, to measure what it costs. Never use it in daily use.
pub const HEAP_WIPE_OFF_ARG: &str = "--heap-wipe=off";

/// The environment this process must be started with for a wiping heap, or `None` when it
/// already has it (or the wiping heap was switched off for a measurement).
pub fn wiping_heap_env(
    tunables: Option<&str>,
    webkit_malloc: Option<&str>,
    switched_off: bool,
) -> Option<Vec<(&'static str, String)>> {
    if switched_off {
        return None;
    }
    let has_tunables = tunables.is_some_and(|t| t.ends_with(WIPING_TUNABLES));
    let has_malloc = webkit_malloc == Some(WEBKIT_SYSTEM_MALLOC.1);
    if has_tunables && has_malloc {
        return None;
    }
    let tunables = match tunables.filter(|t| !t.is_empty()) {
        // Later settings win, so ours go last.
        Some(t) if !has_tunables => format!("{t}:{WIPING_TUNABLES}"),
        Some(t) => t.to_string(),
        None => WIPING_TUNABLES.to_string(),
    };
    Some(vec![
        ("GLIBC_TUNABLES", tunables),
        (WEBKIT_SYSTEM_MALLOC.0, WEBKIT_SYSTEM_MALLOC.1.to_string()),
    ])
}

/// Whether this process runs on the wiping heap (its environment has both settings).
pub fn heap_wipes() -> bool {
    missing_wiping_env(false).is_none()
}

/// [`wiping_heap_env`] for this process's own environment.
fn missing_wiping_env(switched_off: bool) -> Option<Vec<(&'static str, String)>> {
    let var = |k: &str| std::env::var(k).ok();
    wiping_heap_env(
        var("GLIBC_TUNABLES").as_deref(),
        var(WEBKIT_SYSTEM_MALLOC.0).as_deref(),
        switched_off,
    )
}

/// Starts this program again, same arguments, with a wiping heap (see the module docs).
/// Returns only when that is not needed or not possible; the app then runs as it is.
pub fn restart_with_wiping_heap() {
    use std::os::unix::process::CommandExt;
    let Some(env) = missing_wiping_env(std::env::args_os().any(|a| a == HEAP_WIPE_OFF_ARG)) else {
        return;
    };
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let mut args = std::env::args_os();
    let arg0 = args.next().unwrap_or_else(|| exe.clone().into_os_string());
    // `exec` replaces this process (same pid); it returns only on failure.
    let _failed = std::process::Command::new(&exe)
        .arg0(arg0)
        .args(args)
        .envs(env)
        .exec();
}

/// Time since boot, including time spent in suspend (`CLOCK_BOOTTIME`).
pub fn boot_time() -> Duration {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::Boottime);
    Duration::new(
        u64::try_from(t.tv_sec).unwrap_or(0),
        u32::try_from(t.tv_nsec).unwrap_or(0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r21_the_app_restarts_itself_once_with_a_wiping_heap() {
        let env = wiping_heap_env(None, None, false).unwrap();
        assert_eq!(
            env,
            vec![
                ("GLIBC_TUNABLES", WIPING_TUNABLES.to_string()),
                ("Malloc", "1".to_string())
            ]
        );
        // Someone else's tunables are kept, ours go last (later ones win).
        let env = wiping_heap_env(Some("glibc.malloc.arena_max=2"), Some("1"), false).unwrap();
        assert_eq!(
            env[0].1,
            format!("glibc.malloc.arena_max=2:{WIPING_TUNABLES}")
        );
        // Started again with both: no further restart, so no loop.
        assert_eq!(
            wiping_heap_env(Some(WIPING_TUNABLES), Some("1"), false),
            None
        );
        let ours = format!("glibc.malloc.arena_max=2:{WIPING_TUNABLES}");
        assert_eq!(wiping_heap_env(Some(&ours), Some("1"), false), None);
        // Only the tunables missing: restart, keeping them as they are.
        assert_eq!(
            wiping_heap_env(Some(WIPING_TUNABLES), None, false).unwrap()[0].1,
            WIPING_TUNABLES
        );
        // Switched off for a measurement.
        assert_eq!(wiping_heap_env(None, None, true), None);
    }

    #[test]
    fn r21_idle_clock_is_boottime_not_the_monotonic_clock() {
        let before = rustix::time::clock_gettime(rustix::time::ClockId::Boottime);
        let ours = boot_time();
        let after = rustix::time::clock_gettime(rustix::time::ClockId::Boottime);
        assert!(ours.as_secs() >= u64::try_from(before.tv_sec).unwrap());
        assert!(ours.as_secs() <= u64::try_from(after.tv_sec).unwrap());
    }
}
