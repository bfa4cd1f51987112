//! Store workload benchmark (BENCHMARKS.md): the same operations on the encrypted store
//! (SQLCipher) and on an unencrypted baseline with the same schema, pragmas and SQLite
//! build, in the same run, so the ratio is meaningful on a shared, noisy machine.
//! Goal: SQLCipher ≤ 1.3× plain SQLite on the workload.
//!
//! Run: `cargo bench -p store --features bench-plain --bench workload` (release).
//! `BENCH_SMALL=1` seeds 200 meetings instead of 10,000 (smoke run in CI).
//! Prints JSON lines: one per operation and one summary.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::panic
)]

use chrono::Utc;
use domain::{
    Category, ItemInput, Kind, MeetingId, MeetingInput, ParticipantInput, Prose, ReleaseChoice,
    Role,
};
use std::time::{Duration, Instant};
use store::{SeedSpec, Store};

mod common;

const PASS: &str = "een wachtwoord voor de benchmark";

struct Op {
    name: &'static str,
    n: usize,
    cipher: Vec<Duration>,
    plain: Vec<Duration>,
}

fn median(xs: &[Duration]) -> f64 {
    let mut v = xs.to_vec();
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1e3
}

fn total(xs: &[Duration]) -> f64 {
    xs.iter().map(Duration::as_secs_f64).sum::<f64>() * 1e3
}

fn time<T>(f: impl FnOnce() -> T) -> Duration {
    let t = Instant::now();
    std::hint::black_box(f());
    t.elapsed()
}

/// The workload: what a chair's session does on a full store.
fn workload(store: &mut Store, seeded: &[String], n: usize) -> Vec<(&'static str, Vec<Duration>)> {
    let now = Utc::now();
    let ids: Vec<MeetingId> = seeded
        .iter()
        .map(|s| MeetingId::from_uuid(s.parse().unwrap()))
        .collect();
    let pick = |i: usize| ids[(i * 7919) % ids.len()];
    let mut out = Vec::new();

    out.push((
        "list_recent_meetings",
        (0..n)
            .map(|_| time(|| store.recent_meetings(100).unwrap()))
            .collect(),
    ));
    out.push((
        "load_meeting_flow",
        (0..n)
            .map(|i| time(|| store.meeting_flow(pick(i)).unwrap()))
            .collect(),
    ));
    out.push((
        "meeting_detail",
        (0..n)
            .map(|i| time(|| store.meeting_detail(pick(i + 1)).unwrap()))
            .collect(),
    ));
    out.push((
        "decide_release",
        (0..n)
            .map(|i| {
                let id = pick(i + 2);
                let flow = store.meeting_flow(id).unwrap();
                let action = &flow.record.actions[i % flow.record.actions.len()];
                let item = flow
                    .record
                    .items
                    .iter()
                    .find(|it| it.item.contributor != action.who)
                    .unwrap()
                    .item
                    .id;
                let choice = if i % 2 == 0 {
                    ReleaseChoice::StayInMeeting
                } else {
                    ReleaseChoice::Release {
                        action: action.id,
                        motivation: Some(
                            Prose::parse(
                                "Nodig voor de afspraak",
                                domain::Field::Motivation,
                                domain::MOTIVATION_MAX_CHARS,
                            )
                            .unwrap(),
                        ),
                    }
                };
                time(|| {
                    store
                        .decide_release(id, item, action.who, choice, now)
                        .unwrap()
                })
            })
            .collect(),
    ));
    let meeting = |i: usize| MeetingInput {
        case_label: format!("Werklast {i}"),
        date: "2026-11-24".into(),
        purpose: "Afspraken maken over school en thuis".into(),
        criteria: String::new(),
        family_present: false,
        anonymous: false,
        family_absence_reason: "Het gezin wordt na het overleg door de regiehouder bezocht.".into(),
    };
    let mut fresh = Vec::new();
    out.push((
        "create_meeting",
        (0..n)
            .map(|i| {
                time(|| {
                    let m = store.create_meeting(&meeting(i), now).unwrap();
                    fresh.push(m.id);
                })
            })
            .collect(),
    ));
    let mut people = Vec::new();
    out.push((
        "add_participant",
        (0..n)
            .map(|i| {
                let input = ParticipantInput {
                    name: format!("Deelnemer {i}"),
                    organisation: "Wijkteam Noord".into(),
                    function: "Consulent".into(),
                    phone: String::new(),
                    email: String::new(),
                    role: Role::ContentRole,
                    expertise_only: false,
                };
                time(|| people.push(store.add_participant(fresh[i], &input, now).unwrap().id))
            })
            .collect(),
    ));
    out.push((
        "add_item",
        (0..n)
            .map(|i| {
                let input = ItemInput {
                    contributor: people[i],
                    text: "Zoon gaat sinds september onregelmatig naar school; de mentor maakt zich zorgen.".repeat(3),
                    kind: Kind::Fact,
                    category: Category::General,
                    source: domain::SourceKind::OwnObservation,
                    source_detail: String::new(),
                };
                time(|| store.add_item(fresh[i], &input, now).unwrap())
            })
            .collect(),
    ));
    out.push((
        "list_all_meetings_with_counts",
        (0..n.div_ceil(10))
            .map(|_| time(|| store.list_meetings().unwrap()))
            .collect(),
    ));
    out
}

fn main() {
    // As the app runs the store: SQLCipher's per-allocation memory security off (the app's
    // wiping heap overwrites what SQLite frees; the `hardening` crate).
    store::rely_on_wiping_heap();
    let small = std::env::var_os("BENCH_SMALL").is_some();
    let spec = if small {
        SeedSpec {
            meetings: 200,
            ..SeedSpec::BIG
        }
    } else {
        SeedSpec::BIG
    };
    let n = if small { 10 } else { 100 };
    let dir = tempfile::tempdir().unwrap();
    // Witness files in the run's folder, never the user's.
    std::env::set_var(store::CONFIG_DIR_ENV, dir.path().join("config"));

    // The seed op: the same fresh seed on both, encrypted first, each into an empty store
    // (a tenth of the workload's size, at least 200 meetings: the ratio per meeting is
    // what it measures).
    let seed_spec = SeedSpec {
        meetings: (spec.meetings / 10).max(200),
        ..spec
    };
    let t = Instant::now();
    let mut fresh = Store::create(&dir.path().join("seed-cipher"), PASS).unwrap();
    fresh.seed(seed_spec, 42).unwrap();
    fresh.close().unwrap();
    let seed_cipher = t.elapsed();
    let t = Instant::now();
    let mut fresh = Store::create_unencrypted_baseline(&dir.path().join("seed-plain")).unwrap();
    fresh.seed(seed_spec, 42).unwrap();
    fresh.close().unwrap();
    let seed_plain = t.elapsed();
    std::fs::remove_dir_all(dir.path().join("seed-cipher")).unwrap();
    std::fs::remove_dir_all(dir.path().join("seed-plain")).unwrap();

    // The workload's stores: the same seed on both, kept between runs in the target folder
    // (seeding 10,000 meetings twice took ≈ 500 s of every `./x bench`), each run on a
    // working copy.
    let target = common::target_dir();
    let kept_cipher = common::kept(
        target.join(format!("bench-workload-cipher-{}", spec.meetings)),
        |d| Store::create(d, PASS).unwrap(),
        |d| Store::open(d, PASS).unwrap(),
        spec,
    );
    let kept_plain = common::kept(
        target.join(format!("bench-workload-plain-{}", spec.meetings)),
        |d| Store::create_unencrypted_baseline(d).unwrap(),
        |d| Store::open_unencrypted_baseline(d).unwrap(),
        spec,
    );
    common::copy_kept(&kept_cipher, dir.path());
    std::fs::rename(dir.path().join("store"), dir.path().join("cipher")).unwrap();
    store::copy_synced(&kept_plain.join("config"), &dir.path().join("config")).unwrap();
    store::copy_synced(&kept_plain.join("store"), &dir.path().join("plain")).unwrap();
    // The meetings in the same order on both (date, then creation; same seed).
    let listed = |s: Store| -> Vec<String> {
        let ids = s
            .list_meetings()
            .unwrap()
            .iter()
            .map(|m| m.id.to_string())
            .collect();
        s.close().unwrap();
        ids
    };
    let seeded = listed(Store::open(&dir.path().join("cipher"), PASS).unwrap());
    let seeded_plain = listed(Store::open_unencrypted_baseline(&dir.path().join("plain")).unwrap());
    assert_eq!(seeded.len(), seeded_plain.len());

    let size = |d: &str| {
        std::fs::metadata(dir.path().join(d).join(store::STORE_FILE_NAME))
            .map(|m| m.len())
            .unwrap_or(0)
    };
    // The cache lever (goal 3): the same workload on SQLite's default 2 MiB page cache,
    // before the run with the cache the app ships (so that one does not start warmer).
    let mut cipher = Store::open(&dir.path().join("cipher"), PASS).unwrap();
    cipher.set_cache_kib_for_bench(2048).unwrap();
    let c_default_cache = workload(&mut cipher, &seeded, n);
    cipher.close().unwrap();
    let mut cipher = Store::open(&dir.path().join("cipher"), PASS).unwrap();
    let c = workload(&mut cipher, &seeded, n);
    cipher.close().unwrap();
    for ((name, shipped), (_, default)) in c.iter().zip(&c_default_cache) {
        println!(
            "{{\"bench\":\"store_cache_lever\",\"op\":\"{name}\",\"cache_kib\":{},\"cipher_median_ms\":{:.3},\"default_2mib_cipher_median_ms\":{:.3}}}",
            store::CACHE_KIB,
            median(shipped),
            median(default)
        );
    }
    // Reopen the baseline the same way (no key).
    let mut plain = Store::open_unencrypted_baseline(&dir.path().join("plain")).unwrap();
    let p = workload(&mut plain, &seeded_plain, n);
    plain.close().unwrap();

    let mut ops: Vec<Op> = vec![Op {
        name: "seed",
        n: 1,
        cipher: vec![seed_cipher],
        plain: vec![seed_plain],
    }];
    for ((name, cipher), (_, plain)) in c.into_iter().zip(p) {
        ops.push(Op {
            name,
            n: cipher.len(),
            cipher,
            plain,
        });
    }
    let (mut sum_c, mut sum_p) = (0.0, 0.0);
    let (mut ops_c, mut ops_p) = (0.0, 0.0);
    for op in &ops {
        let (tc, tp) = (total(&op.cipher), total(&op.plain));
        sum_c += tc;
        sum_p += tp;
        if op.name != "seed" {
            ops_c += tc;
            ops_p += tp;
        }
        println!(
            "{{\"bench\":\"store_workload\",\"op\":\"{}\",\"n\":{},\"cipher_median_ms\":{:.3},\"plain_median_ms\":{:.3},\"cipher_total_ms\":{:.1},\"plain_total_ms\":{:.1},\"ratio\":{:.2}}}",
            op.name,
            op.n,
            median(&op.cipher),
            median(&op.plain),
            tc,
            tp,
            tc / tp
        );
    }
    let ratio = sum_c / sum_p;
    println!(
        "{{\"bench\":\"store_workload_total\",\"meetings\":{},\"items\":{},\"cipher_total_ms\":{:.0},\"plain_total_ms\":{:.0},\"ratio\":{:.2},\"reads_writes_ratio\":{:.2},\"goal_ratio\":1.3,\"met\":{},\"cipher_file_bytes\":{},\"plain_file_bytes\":{}}}",
        spec.meetings,
        spec.meetings * spec.items_per_meeting,
        sum_c,
        sum_p,
        ratio,
        ops_c / ops_p,
        ratio <= 1.3 && ops_c / ops_p <= 1.3,
        size("cipher"),
        size("plain")
    );
}
