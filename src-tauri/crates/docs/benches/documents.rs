//! Documents benchmark (R14): all documents of one finalized meeting of 50 items and 12
//! participants (the plan, an extract for each of the 12 participants, the family
//! letter), rendered from the real store's views. Reports the median total time of the
//! rendering (goal: at most 500 ms in a release build), the time of the store queries
//! that feed it, and the PDF sizes in bytes (fonts are subset: see `pdffonts`).
//!
//! Run: `cargo bench -p docs --bench documents` (release profile). Prints a JSON line.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

#[path = "../tests/common/mod.rs"]
mod common;

use chrono::{NaiveDate, Utc};
use domain::{Category, Kind, MeetingId, ParticipantId, Role};
use std::time::{Duration, Instant};
use store::{SeedSpec, Store};

const RUNS: usize = 9;
const PASS: &str = "een wachtwoord voor de benchmark";

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// One scenario: render all 14 documents `RUNS` times; returns the JSON fields.
fn measure(store: &Store, id: MeetingId, people: &[ParticipantId], name: &str) -> String {
    let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    assert_eq!(people.len(), 12);
    let mut render = Vec::new();
    let mut query = Vec::new();
    let mut sizes = Vec::new();
    let mut released = 0;
    for _ in 0..RUNS {
        let t = Instant::now();
        let plan = store.plan_document(id, day).unwrap();
        // R14c: letters are per addressee now; the bench renders the first one.
        let letter = store
            .family_letters(id, day)
            .unwrap()
            .into_iter()
            .find_map(|(_, l)| l)
            .unwrap();
        let extracts: Vec<_> = people
            .iter()
            .map(|p| store.recipient_extract(id, *p, day).unwrap())
            .collect();
        query.push(t.elapsed());

        let t = Instant::now();
        let mut pdfs = vec![docs::render_plan(&plan).unwrap()];
        for e in &extracts {
            pdfs.push(docs::render_extract(e).unwrap());
        }
        pdfs.push(docs::render_family_letter(&letter).unwrap());
        render.push(t.elapsed());
        if let Ok(out) = std::env::var("DOCS_BENCH_DIR") {
            // For `pdffonts`/`qpdf` by hand.
            for (n, pdf) in pdfs.iter().enumerate() {
                std::fs::write(format!("{out}/{name}-{n:02}.pdf"), pdf).unwrap();
            }
        }
        sizes = pdfs.iter().map(Vec::len).collect();
        released = extracts.iter().map(|e| e.items.len()).sum::<usize>();
    }
    let (plan_b, letter_b) = (sizes[0], sizes[sizes.len() - 1]);
    let extract_sizes = &sizes[1..sizes.len() - 1];
    format!(
        "\"{name}\":{{\"documents\":{},\"released_cells\":{released},\"first_run_ms\":{:.1},\"render_median_ms\":{:.1},\"render_max_ms\":{:.1},\"query_median_ms\":{:.1},\"plan_bytes\":{plan_b},\"letter_bytes\":{letter_b},\"extract_bytes_min\":{},\"extract_bytes_max\":{},\"total_bytes\":{}}}",
        sizes.len(),
        ms(render[0]),
        ms(median(render.clone())),
        ms(*render.iter().max().unwrap()),
        ms(median(query)),
        extract_sizes.iter().min().unwrap(),
        extract_sizes.iter().max().unwrap(),
        sizes.iter().sum::<usize>()
    )
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();

    // Realistic: the seeder's meeting (20-50 word items, 3 actions, a third released).
    let seeded = store
        .seed(
            SeedSpec {
                meetings: 1,
                ..SeedSpec::BIG
            },
            11,
        )
        .unwrap();
    let id = MeetingId::from_uuid(uuid::Uuid::parse_str(&seeded.meeting_ids[0]).unwrap());
    store.finalize_meeting(id, Utc::now()).unwrap();
    let people = store.meeting_flow(id).unwrap().record.participant_ids();
    let realistic = measure(&store, id, &people, "seeded");

    // Worst case: everyone has an action and every item goes to every other participant
    // (50 x 11 released cells), items of ~60 words; built through the store API.
    let spec = common::Spec {
        others: vec![Role::ContentRole; 11],
        has_action: vec![true; 12],
        items: (0..50)
            .map(|k| common::ItemSpec {
                contributor: k % 12,
                kind: Kind::Fact,
                category: Category::General,
                consent: false,
                withdraw: false,
            })
            .collect(),
        decisions: vec![vec![0; 12]; 50],
        filler: 8,
    };
    let built = common::build(&mut store, 1, &spec);
    let worst = measure(&store, built.id, &built.participants, "all_released");
    println!(
        "{{\"bench\":\"documents\",\"runs\":{RUNS},\"items\":50,\"participants\":12,\"goal_ms\":500,{realistic},{worst}}}"
    );
}
