//! R21: process hardening at start, and the idle clock.
//!
//! - Core dumps are off: `RLIMIT_CORE` 0 (soft and hard, so nothing can raise it again; it
//!   is inherited by the WebKit processes the web view starts) and `PR_SET_DUMPABLE` 0 for
//!   the app itself (no core file, no ptrace attach by other processes of the same user).
//! - Idle time is measured with `CLOCK_BOOTTIME`, which keeps counting while the computer
//!   sleeps; the monotonic clock behind `Instant` stops during suspend.

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
    fn r21_idle_clock_is_boottime_not_the_monotonic_clock() {
        let before = rustix::time::clock_gettime(rustix::time::ClockId::Boottime);
        let ours = boot_time();
        let after = rustix::time::clock_gettime(rustix::time::ClockId::Boottime);
        assert!(ours.as_secs() >= u64::try_from(before.tv_sec).unwrap());
        assert!(ours.as_secs() <= u64::try_from(after.tv_sec).unwrap());
    }
}
