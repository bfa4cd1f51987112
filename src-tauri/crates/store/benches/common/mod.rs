//! What the store benches share: the target dir, a seeded store kept between runs (as the
//! commands bench seeds it: finalized meetings, 12 at the table, 4 family members, 50
//! items), a working copy of it, and percentiles. Each bench uses part of it.

#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout
)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use store::{SeedSpec, Store};

/// `<target>/`, from `<target>/release/deps/<bench>-xxxx`.
pub fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.ancestors().nth(3).unwrap().to_path_buf()
}

/// The seeded store the commands bench (`src-tauri/benches/commands.rs`) keeps and seeds
/// the same way, `<target>/bench-store-<meetings>-v2`, with its passphrase: `./x bench`
/// seeds each size once for every bench that reads it.
pub fn commands_bench_store(meetings: usize) -> (PathBuf, &'static str) {
    const PASS: &str = "benchmark-wachtwoord 2026";
    let dir = target_dir().join(format!("bench-store-{meetings}-v2"));
    let spec = SeedSpec {
        meetings,
        finalized: true,
        ..SeedSpec::BIG
    };
    let kept = kept(
        dir,
        |d| Store::create(d, PASS).unwrap(),
        |d| Store::open(d, PASS).unwrap(),
        spec,
    );
    (kept, PASS)
}

/// A store kept in `dir` between runs (`store/` and its witness folder `config/`): made by
/// `create` and seeded with `spec` (seed 42) once, migrated in place once per schema
/// version (by `open`), so no run pays either on its working copy. Delete it to re-seed.
pub fn kept(
    dir: PathBuf,
    create: impl FnOnce(&Path) -> Store,
    open: impl FnOnce(&Path) -> Store,
    spec: SeedSpec,
) -> PathBuf {
    let meetings = spec.meetings;
    let marker = dir.join("seeded.ok");
    if !marker.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("config")).unwrap();
        std::env::set_var(store::CONFIG_DIR_ENV, dir.join("config"));
        let t = Instant::now();
        let mut s = create(&dir.join("store"));
        s.seed(spec, 42).unwrap();
        s.close().unwrap();
        std::fs::write(&marker, "ok").unwrap();
        println!(
            "{{\"bench\":\"seed\",\"meetings\":{meetings},\"items\":{},\"seconds\":{:.1}}}",
            meetings * spec.items_per_meeting,
            t.elapsed().as_secs_f64()
        );
    }
    let current = dir.join(format!("schema-{}.ok", store::LATEST_SCHEMA_VERSION));
    if !current.exists() {
        std::env::set_var(store::CONFIG_DIR_ENV, dir.join("config"));
        let t = Instant::now();
        open(&dir.join("store")).close().unwrap();
        std::fs::write(&current, "ok").unwrap();
        println!(
            "{{\"bench\":\"migrate_seeded\",\"meetings\":{meetings},\"seconds\":{:.1}}}",
            t.elapsed().as_secs_f64()
        );
    }
    dir
}

/// Copies a kept store's files into `work` and sets its witness folder as the config dir
/// (never the user's); the caller opens `work/store`.
pub fn copy_kept(kept: &Path, work: &Path) {
    store::copy_synced(&kept.join("config"), &work.join("config")).unwrap();
    std::env::set_var(store::CONFIG_DIR_ENV, work.join("config"));
    store::copy_synced(&kept.join("store"), &work.join("store")).unwrap();
}

/// Opens a working copy of a seeded store in `work` (its witness folder set as the
/// config dir, never the user's).
pub fn open_copy(seeded: &Path, work: &Path, pass: &str) -> Store {
    copy_kept(seeded, work);
    Store::open(&work.join("store"), pass).unwrap()
}

/// The `p` percentile (0..=1) of sorted times, in ms.
pub fn pct(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1e3
}

/// (p50, p99, max) in ms; sorts `times`.
pub fn summary(times: &mut [Duration]) -> (f64, f64, f64) {
    times.sort();
    (pct(times, 0.5), pct(times, 0.99), pct(times, 1.0))
}

/// Prints a JSON line per figure and mode of a bench that times each figure in two modes
/// (`times[mode][figure]`): p50/p99/max in ms, the mode under `mode_key` as the JSON value
/// `modes[mode]`, then per figure the ratio of the second mode's median to the first's as
/// `ratio_key`. Sorts `times`.
pub fn print_two_modes(
    bench: &str,
    names: &[&str],
    (mode_key, modes): (&str, [&str; 2]),
    times: &mut [Vec<Vec<Duration>>],
    ratio_key: &str,
) {
    for (f, name) in names.iter().enumerate() {
        let mut p50s = Vec::new();
        for (mode, value) in modes.iter().enumerate() {
            let (p50, p99, max) = summary(&mut times[mode][f]);
            p50s.push(p50);
            println!(
                "{{\"bench\":\"{bench}\",\"call\":\"{name}\",\"{mode_key}\":{value},\"calls\":{},\"p50_ms\":{p50:.3},\"p99_ms\":{p99:.3},\"max_ms\":{max:.3}}}",
                times[mode][f].len()
            );
        }
        println!(
            "{{\"bench\":\"{bench}\",\"call\":\"{name}\",\"{ratio_key}\":{:.3}}}",
            p50s[1] / p50s[0]
        );
    }
}

/// A fresh encrypted store in a temporary folder (its witness folder there too, never the
/// user's) with `meetings` full-size draft meetings (`SeedSpec::BIG`, seed 7), the app's
/// wiping heap relied on as in the app; the folder, the store and the meetings' ids.
pub fn seeded_drafts(
    meetings: usize,
    pass: &str,
) -> (tempfile::TempDir, Store, Vec<domain::MeetingId>) {
    store::rely_on_wiping_heap();
    let work = tempfile::tempdir().unwrap();
    std::env::set_var(store::CONFIG_DIR_ENV, work.path().join("config"));
    let mut store = Store::create(&work.path().join("store"), pass).unwrap();
    let spec = SeedSpec {
        meetings,
        finalized: false,
        ..SeedSpec::BIG
    };
    let seeded = store.seed(spec, 7).unwrap();
    let ids = seeded
        .meeting_ids
        .iter()
        .map(|m| store::meeting_id(m).unwrap())
        .collect();
    (work, store, ids)
}

/// A change of a meeting's preparation (R3/R4) whose purpose names `round`, so each call
/// really changes it.
pub fn preparation(round: &str) -> domain::PreparationInput {
    domain::PreparationInput {
        purpose: format!("Afspraken maken over school en thuis, ronde {round}."),
        criteria: "Zorgen over verzuim en de thuissituatie.".into(),
        family_present: true,
        family_absence_reason: String::new(),
        anonymous: false,
    }
}

/// A new draft meeting with one contributor (a case lead of a wijkteam, or a content role),
/// for the benches that time writes to a meeting of their own.
pub fn draft_with_contributor(
    store: &mut Store,
    case_label: &str,
    purpose: &str,
    role: domain::Role,
) -> (domain::MeetingId, domain::ParticipantId) {
    let now = chrono::Utc::now();
    let meeting = store
        .create_meeting(
            &domain::MeetingInput {
                case_label: case_label.into(),
                date: now.date_naive().format("%Y-%m-%d").to_string(),
                purpose: purpose.into(),
                ..domain::MeetingInput::default()
            },
            now,
        )
        .unwrap()
        .id;
    let contributor = store
        .add_participant(
            meeting,
            &domain::ParticipantInput {
                name: "Marieke van den Berg-Oosterhuis".into(),
                organisation: "Wijkteam Oost".into(),
                function: String::new(),
                phone: String::new(),
                email: String::new(),
                role,
                expertise_only: false,
            },
            now,
        )
        .unwrap()
        .id;
    (meeting, contributor)
}

/// Runs `f` and adds how long it took to `times`.
pub fn timed(times: &mut Vec<Duration>, f: impl FnOnce()) {
    let t = Instant::now();
    f();
    times.push(t.elapsed());
}

/// A count from the environment variable `name`, else `default`.
pub fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
