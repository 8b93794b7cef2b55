//! Importing a 500-event response of the police's feed (target: under 50 ms).
//!
//! A fresh database with the real event types from `data/`. Scenarios: the real 2026 file with every municipality kept (500 records created, the worst
//! case), the same for one municipality (the normal case), a re-import where nothing changed,
//! and parsing alone.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use lagesbild::domain::municipality::Municipalities;
use lagesbild::sources::polisen;
use lagesbild::store::{Access, Store};

const FEED: &str = include_str!("../tests/data/polisen/events-2026-08-22.json");

fn fresh_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&dir.path().join("bench.db"), Access::ReadWrite).expect("open");
    // The real event types, so that types are mapped as in use.
    lagesbild::seed::load_taxonomies(&mut store).expect("taxonomies");
    (dir, store)
}

/// Every municipality named in the file, so that all 500 events are kept.
fn every_municipality() -> Municipalities {
    let events = polisen::parse_feed(FEED).expect("parse");
    let names: Vec<String> = events.iter().map(|e| e.place.clone()).collect();
    Municipalities::new(&names)
}

fn bench(c: &mut Criterion) {
    let all = every_municipality();
    let one = Municipalities::new(&["Stockholm"]);

    c.bench_function("polisen parse 500", |b| {
        b.iter(|| polisen::parse_feed(black_box(FEED)).expect("parse"))
    });
    c.bench_function("polisen import 500 (all kept, new db)", |b| {
        b.iter_batched(
            fresh_store,
            |(dir, mut store)| {
                let r = polisen::import_text(&mut store, FEED, &all, "bench").expect("import");
                assert_eq!(r.created, 500);
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    c.bench_function("polisen import 500 (one kommun, new db)", |b| {
        b.iter_batched(
            fresh_store,
            |(dir, mut store)| {
                polisen::import_text(&mut store, FEED, &one, "bench").expect("import");
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    let (_dir, mut store) = fresh_store();
    polisen::import_text(&mut store, FEED, &all, "bench").expect("first import");
    c.bench_function("polisen re-import 500 (unchanged)", |b| {
        b.iter(|| {
            let r = polisen::import_text(&mut store, FEED, &all, "bench").expect("import");
            assert_eq!(r.unchanged, 500);
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
