//! The personal-data rule for bundles (issue 16): flagged text that the writer has not
//! confirmed never leaves in a bundle, as it never leaves in a document.

use crate::common;
use crate::support;

use lagesbild::domain::*;
use lagesbild::exchange::{ExchangeError, export};
use support::*;

fn try_bundle(from: &mut Copy, to: &Copy) -> (Result<export::ExportReport, ExchangeError>, bool) {
    let file = from.dir.path().join("till-partner.lagesbild");
    let result = export::export_to(&mut from.store, &to.name, &file, true);
    (result, file.exists())
}

#[test]
fn flagged_unconfirmed_text_never_leaves_in_a_bundle() {
    let (mut a, b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let named = common::observation(
        &w,
        common::day(2026, 11, 16),
        "Kalle och Ahmed bråkade vid busshållplatsen.",
    );
    let clean = common::observation(&w, common::day(2026, 11, 16), "Klotter vid gångtunneln.");
    a.store
        .write(|x| {
            x.create(&named)?;
            x.create(&clean)
        })
        .expect("write");

    let (result, written) = try_bundle(&mut a, &b);
    let message = match result {
        Err(ExchangeError::User(m)) => m,
        other => panic!("expected a refusal, got {other:?}"),
    };
    assert!(!written, "no file is written");
    assert!(message.contains(&named.id.short()), "{message}");
    assert!(message.contains("namn (”Kalle”)"), "{message}");
    assert!(message.contains("bekräfta"), "{message}");
    assert_eq!(
        message.matches("iakttagelse").count(),
        1,
        "only the flagged record: {message}"
    );

    // Confirmed by the writer: it may go.
    a.store
        .write(|x| x.set(EntityKind::Observation, named.id, "pii_confirmed", true))
        .expect("confirm");
    let p = payload_of(&bundle(&mut a, &b));
    assert!(p.ops.iter().any(|o| o.entity_id == named.id));
}

#[test]
fn a_corrected_text_still_holds_its_earlier_wording_until_confirmed() {
    let (mut a, b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let obs = common::observation(
        &w,
        common::day(2026, 11, 17),
        "Bil med reg.nr abc 123 körde runt torget.",
    );
    a.store
        .write(|x| {
            x.create(&obs)?;
            x.set(
                EntityKind::Observation,
                obs.id,
                "description",
                "En bil körde runt torget.",
            )
        })
        .expect("write");
    let (result, written) = try_bundle(&mut a, &b);
    let message = result.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(!written);
    assert!(
        message.contains("registreringsnummer (”abc 123”)"),
        "{message}"
    );
    assert!(message.contains("tidigare lydelse"), "{message}");
    // Deleting the record does not take the wording out of the log either, and the message
    // does not pretend it does: only a confirmation lets it go.
    a.store
        .write(|x| x.delete(EntityKind::Observation, obs.id))
        .expect("delete");
    let (result, written) = try_bundle(&mut a, &b);
    let message = result.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(!written && message.contains("även om texten rättats eller posten tagits bort"));
    assert!(!message.contains("ta bort den"), "{message}");
}

#[test]
fn low_level_findings_and_the_register_do_not_stop_a_bundle() {
    let (mut a, b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    // A place named like a person: only the copy's register tells it is a place.
    let place = Place {
        id: Id::new(),
        classification: Classification::Oppen,
        area_id: w.area,
        name: "Hedvig Eleonora".into(),
        kind: "torg".into(),
        public_kind: PublicKind::Offentlig,
        lat: None,
        lon: None,
        active: true,
    };
    let text = "Frågor till trygghet@example.se. Stök vid Hedvig Eleonora.";
    assert!(
        !pii::flagged(text, pii::Register::empty()).is_empty(),
        "without the register the place reads as a name"
    );
    let obs = common::observation(&w, common::day(2026, 11, 18), text);
    a.store
        .write(|x| {
            x.create(&place)?;
            x.create(&obs)
        })
        .expect("write");
    let p = payload_of(&bundle(&mut a, &b));
    assert!(p.ops.iter().any(|o| o.entity_id == obs.id));
}

#[test]
fn an_imported_flagged_text_shows_in_the_review_queue_with_its_flag() {
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let mut obs = common::observation(
        &w,
        common::day(2026, 11, 16),
        "Killen Omar sprang från väktarna vid torget.",
    );
    // The writer confirmed it, so it may leave; the receiver still sees what was found.
    obs.pii_confirmed = true;
    a.store.write(|x| x.create(&obs)).expect("write");
    let bytes = bundle(&mut a, &b);
    receive(&mut b, &bytes).expect("import");

    let Copy { dir, store, .. } = b;
    drop(store);
    let mut app = common::app::open(dir, 100, 30);
    app.keys(&["2", "r"]);
    assert_eq!(app.state.observations.list.total, 1, "{}", app.status());
    let shown = app.screen(100, 30);
    assert!(
        shown.contains("Kan innehålla personuppgifter: namn (”Omar”)"),
        "{shown}"
    );
}
