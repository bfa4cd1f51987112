#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Issue 19: a release decision answers with what it changed on the page the window holds
//! (a JSON Patch, RFC 6902), through the command layer with arguments built as the JSON
//! the UI sends.

use casusoverleg_lib::commands;
use casusoverleg_lib::dto::{FlowAnswer, ItemBasisInput, NewAction, ReleaseInput};
use common::{de, item, meeting, participant, subject, unlocked, PASS};
use serde_json::{json, Value};

mod common;

/// The steps of a release decision applied to `page` as RFC 6902 says (the `json-patch`
/// crate); a decision answered whole fails the test.
fn applied(page: &Value, answer: FlowAnswer) -> Value {
    let FlowAnswer::Changed { ops } = answer else {
        panic!("the decision answered with the whole page")
    };
    let patch: json_patch::Patch =
        serde_json::from_value(serde_json::to_value(ops).unwrap()).unwrap();
    let mut page = page.clone();
    json_patch::patch(&mut page, &patch).unwrap();
    page
}

/// Issue 19: a release decision answers with the steps from the page the window holds to
/// the page the meeting shows after it. The first decision after the meeting was opened,
/// after a change answered whole, after a bulk decision and after a lock answers whole.
#[test]
fn a_release_decision_answers_with_the_steps_from_the_page_the_window_holds() {
    let (_dir, state) = unlocked();
    let m = meeting(&state, false);
    let lead = participant(&state, &m, "Lead", "caseLead");
    let vt = participant(&state, &m, "VT", "contentRole");
    let school = participant(&state, &m, "School", "contentRole");
    let mother = subject(&state, &m, "parent", "", true);
    let items: Vec<String> = (0..4).map(|_| item(&state, &m, &vt, &[&mother])).collect();
    for it in &items {
        commands::items::set_item_basis(
            &state,
            de::<ItemBasisInput>(json!({"meetingId": m, "itemId": it, "subjectIds": [mother],
                      "basis": {"kind": "legal", "legalBasis": "wmo2015-4.1.1"}})),
        )
        .unwrap();
    }
    for who in [&lead, &school] {
        commands::plan::add_action(
            &state,
            de::<NewAction>(
                json!({"meetingId": m, "who": who, "what": "Gesprek plannen",
                      "due": "2026-12-01", "reliesOn": items}),
            ),
        )
        .unwrap();
    }
    let decide = |it: &str, who: &str| {
        commands::releases::decide_release(
            &state,
            de::<ReleaseInput>(json!({"meetingId": m, "itemId": it, "recipientId": who,
                      "choice": {"kind": "stays"}})),
        )
        .unwrap()
    };
    let shown =
        || serde_json::to_value(commands::meeting::get_meeting_flow(&state, &m).unwrap()).unwrap();
    let whole = |answer: FlowAnswer| match answer {
        FlowAnswer::Whole { flow } => serde_json::to_value(*flow).unwrap(),
        FlowAnswer::Changed { .. } => {
            panic!("answered with steps from a page the window does not hold")
        }
    };

    let cells: Vec<(&String, &String)> = items
        .iter()
        .flat_map(|it| [(it, &lead), (it, &school)])
        .collect();
    // The first decision after the meeting was opened answers whole, the next ones with
    // steps, each from the page the one before answered with.
    let mut page = whole(decide(cells[0].0, cells[0].1));
    for (it, who) in &cells[1..6] {
        page = applied(&page, decide(it, who));
    }
    let mut now = shown();
    assert_ne!(page["revision"], 0);
    now["revision"] = page["revision"].clone();
    assert_eq!(
        page, now,
        "the steps do not give the page the meeting shows"
    );
    // Opening the meeting sends a page that is not numbered.
    let page = whole(decide(cells[6].0, cells[6].1));
    let page = applied(&page, decide(cells[7].0, cells[7].1));
    // A refused change leaves the window's page as it was: the next decision still answers
    // with steps from it.
    let stranger = "00000000-0000-4000-8000-000000000001";
    assert!(commands::participants::record_pledge(&state, &m, stranger).is_err());
    applied(&page, decide(cells[4].0, cells[4].1));
    // A change answered whole sends a page that is not numbered.
    commands::participants::record_pledge(&state, &m, &lead).unwrap();
    whole(decide(cells[0].0, cells[0].1));
    // A bulk decision answers with a page of its own.
    commands::releases::decide_releases_bulk(
        &state,
        de::<casusoverleg_lib::dto::ReleaseBulkInput>(
            json!({"meetingId": m, "scope": {"kind": "matrix"}}),
        ),
    )
    .unwrap();
    let page = whole(decide(cells[1].0, cells[1].1));
    applied(&page, decide(cells[3].0, cells[3].1));
    // Back to the overview: no copy of the meeting is kept, neither the page nor the
    // store's flow.
    assert!(state.keeps_a_meeting());
    commands::meeting::list_meetings(&state).unwrap();
    assert!(!state.keeps_a_meeting());
    whole(decide(cells[5].0, cells[5].1));
    // R21: the lock takes the kept page with the store.
    commands::lock::lock(&state).unwrap();
    assert!(!state.keeps_a_meeting());
    commands::lock::unlock(&state, PASS).unwrap();
    whole(decide(cells[2].0, cells[2].1));
}
