//! What a removal costs now that it reclaims like a destruction (R9, R17): checkpoint,
//! truncate the WAL, give freed pages back. On a real encrypted store with one draft
//! meeting, 200 times: add an item, then remove it; the add is the baseline of the same
//! run. Prints a JSON line with medians and maxima.
//!
//! Run: `cargo bench -p store --bench removal` (release profile).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use chrono::Utc;
use domain::{Category, ItemInput, Kind, Role, SourceKind};
use std::time::{Duration, Instant};
use store::Store;

mod common;

const RUNS: usize = 200;
const PASS: &str = "een wachtwoord voor de benchmark";

fn main() {
    // As the app runs the store: SQLCipher's per-allocation memory security off (the app's
    // wiping heap overwrites what SQLite frees; the `hardening` crate).
    store::rely_on_wiping_heap();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let (meeting, contributor) = common::draft_with_contributor(
        &mut store,
        "Gezin Verwijdertoets",
        "Meten wat verwijderen kost",
        Role::ContentRole,
    );
    let (mut add, mut remove) = (Vec::new(), Vec::new());
    for i in 0..RUNS {
        let input = ItemInput {
            contributor,
            text: format!("Gegeven {i}: de school meldt verzuim en zorgen over de thuissituatie."),
            kind: Kind::Fact,
            category: Category::General,
            source: SourceKind::OwnObservation,
            source_detail: String::new(),
        };
        let t = Instant::now();
        let item = store.add_item(meeting, &input, Utc::now()).unwrap().id;
        add.push(t.elapsed());
        let t = Instant::now();
        store.remove_item(meeting, item, Utc::now()).unwrap();
        remove.push(t.elapsed());
    }
    add.sort();
    remove.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{{\"bench\":\"removal\",\"runs\":{RUNS},\"add_item_median_ms\":{:.3},\"add_item_max_ms\":{:.3},\"remove_item_median_ms\":{:.3},\"remove_item_max_ms\":{:.3},\"ratio_median\":{:.2}}}",
        ms(add[RUNS / 2]),
        ms(add[RUNS - 1]),
        ms(remove[RUNS / 2]),
        ms(remove[RUNS - 1]),
        ms(remove[RUNS / 2]) / ms(add[RUNS / 2])
    );
}
