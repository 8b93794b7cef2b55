//! The demo municipality exchanged between two copies: the kommun's copy with the full demo,
//! the police's copy with only the taxonomies (which every copy loads, with the same ids).

use crate::support;

use lagesbild::domain::*;
use lagesbild::exchange::import::ImportOutcome;
use lagesbild::seed::{DemoOptions, load_demo, load_taxonomies};
use support::*;

#[test]
fn the_demo_travels_to_a_partner_without_its_internal_records_and_back() {
    let mut kommun = copy("Tyresö kommun");
    let mut polis = copy("Lokalpolisområde Nacka");
    introduce(&mut [&mut kommun, &mut polis]);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 19).expect("date");
    load_demo(&mut kommun.store, &DemoOptions { today, years: None }).expect("demo");
    load_taxonomies(&mut polis.store).expect("taxonomies");
    // Three observations are internal to the kommun.
    let internal: Vec<Id> = kommun
        .store
        .all::<Observation>()
        .expect("obs")
        .iter()
        .take(3)
        .map(|o| o.id)
        .collect();
    kommun
        .store
        .write(|w| {
            for id in &internal {
                w.set(
                    EntityKind::Observation,
                    *id,
                    "classification",
                    Classification::Intern,
                )?;
            }
            Ok(())
        })
        .expect("intern");

    let started = std::time::Instant::now();
    let to_polis = bundle(&mut kommun, &polis);
    let outcome = receive(&mut polis, &to_polis).expect("import");
    eprintln!(
        "demo bundle: {} bytes, exported and imported in {:?}",
        to_polis.len(),
        started.elapsed()
    );
    let ImportOutcome::Imported { preview, .. } = outcome else {
        panic!("{outcome:?}")
    };
    assert!(preview.counts.new > 1000, "{preview:?}");
    assert!(
        preview.counts.history_only > 0,
        "the taxonomies were there already: the kommun's creates of them are history here"
    );
    for id in &internal {
        assert!(polis.store.get::<Observation>(*id).expect("get").is_none());
    }
    assert_eq!(shared_data(&kommun.path()), shared_data(&polis.path()));

    // The police reports progress on one of the kommun's actions; it travels back.
    let action = polis
        .store
        .all::<Action>()
        .expect("actions")
        .into_iter()
        .next()
        .expect("one");
    let next = if action.status == ActionStatus::Pagar {
        ActionStatus::Genomford
    } else {
        ActionStatus::Pagar
    };
    polis
        .store
        .write(|w| w.set(EntityKind::Action, action.id, "status", next))
        .expect("status");
    let back = bundle(&mut polis, &kommun);
    receive(&mut kommun, &back).expect("import back");
    assert_eq!(
        kommun
            .store
            .require::<Action>(action.id)
            .expect("action")
            .status,
        next
    );
    assert_eq!(shared_data(&kommun.path()), shared_data(&polis.path()));
    assert!(kommun.store.check().expect("check").ok());
    assert!(
        polis.store.check().expect("check").ok(),
        "{:?}",
        polis.store.check().expect("check")
    );
}
