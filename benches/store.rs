//! Store benchmarks on a 10-year database (`lagesbild demo --years 10`, built once and cached in
//! the target directory): open + first query, the lists the TUI and CLI show, and writing
//! 10,000 operations in one transaction.

use std::hint::black_box;
use std::path::PathBuf;

use chrono::NaiveDate;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use lagesbild::domain::{EntityKind, Id, IsoWeek};
use lagesbild::seed::{DemoOptions, load_demo};
use lagesbild::store::queries::Page;
use lagesbild::store::queries::actions::ActionFilter;
use lagesbild::store::queries::observations::ObservationFilter;
use lagesbild::store::{Access, Store};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 19).unwrap_or_default()
}

/// The 10-year database, generated on first use.
fn ten_year_db() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-10-years");
    let path = dir.join("lagesbild.db");
    let ready = dir.join("ready-v2");
    if !ready.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("bench dir");
        let mut store = Store::open(&path, Access::ReadWrite).expect("open");
        let started = std::time::Instant::now();
        load_demo(
            &mut store,
            &DemoOptions {
                today: today(),
                years: Some(10),
            },
        )
        .expect("demo --years 10");
        eprintln!(
            "built the 10-year database in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        std::fs::write(&ready, b"").expect("marker");
    }
    path
}

fn overdue() -> ActionFilter {
    ActionFilter {
        overdue_on: Some(today()),
        ..Default::default()
    }
}

fn ten_years(c: &mut Criterion) {
    let path = ten_year_db();
    let mut g = c.benchmark_group("10 years");
    g.sample_size(20);

    g.bench_function(
        "open read-write (lock, quick_check, migrations) + overdue actions",
        |b| {
            b.iter(|| {
                let store = Store::open(&path, Access::ReadWrite).expect("open");
                black_box(
                    store
                        .actions(&overdue(), today(), Page::new(0, 50))
                        .expect("query"),
                )
            })
        },
    );
    g.bench_function("open read-only + overdue actions", |b| {
        b.iter(|| {
            let store = Store::open(&path, Access::ReadOnly).expect("open");
            black_box(
                store
                    .actions(&overdue(), today(), Page::new(0, 50))
                    .expect("query"),
            )
        })
    });

    let store = Store::open(&path, Access::ReadOnly).expect("open");
    g.bench_function("list actions --overdue (first 100 + count)", |b| {
        b.iter(|| {
            let rows = store
                .actions(&overdue(), today(), Page::new(0, 100))
                .expect("query");
            black_box((rows, store.count_actions(&overdue()).expect("count")))
        })
    });
    let week = IsoWeek::of(today());
    let area = store.area_by_name("Lindängsringen").ok();
    g.bench_function("observations of a week in an area", |b| {
        let filter = ObservationFilter {
            week: Some(week),
            areas: area.map(|a| vec![a]),
            ..Default::default()
        };
        b.iter(|| {
            black_box(
                store
                    .observations(&filter, Page::new(0, 50))
                    .expect("query"),
            )
        })
    });
    g.bench_function("observations, page 1,000 of all (offset 50,000)", |b| {
        b.iter(|| {
            black_box(
                store
                    .observations(&ObservationFilter::default(), Page::new(50_000, 50))
                    .expect("query"),
            )
        })
    });
    g.bench_function("count all observations", |b| {
        b.iter(|| {
            black_box(
                store
                    .count_observations(&ObservationFilter::default())
                    .expect("count"),
            )
        })
    });
    // What Möte's areas step reads to count its five weeks (through `crate::analysis`).
    g.bench_function("reported events of 5 weeks (analysis facts)", |b| {
        b.iter(|| {
            black_box(
                store
                    .analysis_facts(week.plus_weeks(-4).monday(), week.sunday())
                    .expect("query"),
            )
        })
    });
    g.bench_function("full-text search", |b| {
        b.iter(|| black_box(store.search("klotter gångtunn", 50).expect("search")))
    });
    g.finish();
}

fn writes(c: &mut Criterion) {
    let mut g = c.benchmark_group("writes");
    g.sample_size(10);
    g.bench_function("10,000 set operations in one transaction", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("dir");
                let mut store =
                    Store::open(&dir.path().join("bench.db"), Access::ReadWrite).expect("open");
                load_demo(
                    &mut store,
                    &DemoOptions {
                        today: today(),
                        years: None,
                    },
                )
                .expect("demo");
                let ids: Vec<Id> = store
                    .find::<lagesbild::domain::Observation, _>("1", "e.n", [])
                    .expect("observations")
                    .into_iter()
                    .map(|o| o.id)
                    .collect();
                (dir, store, ids)
            },
            |(dir, mut store, ids)| {
                store
                    .write(|w| {
                        for i in 0..10_000 {
                            let id = ids[i % ids.len()];
                            w.set(EntityKind::Observation, id, "count_estimate", i as i64)?;
                        }
                        Ok(())
                    })
                    .expect("write");
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, ten_years, writes);
criterion_main!(benches);
