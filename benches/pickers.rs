//! Type-to-filter over a few thousand choices: one key typed in a multi-select's open list, on
//! a single pick list, and an area change that narrows a place picker of 5,000 places.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use lagesbild::tui::widgets::form::{Field, Form};
use lagesbild::tui::widgets::narrowing::Geography;

const CHOICES: usize = 5_000;
const AREAS: usize = 50;

/// "Östra hållplatsen 17 (Område 3)" …: Swedish letters, mixed case, a number to tell them apart.
fn options() -> Vec<(String, String)> {
    let words = [
        "Östra",
        "torget",
        "Ängsvägen",
        "hållplatsen",
        "SKOLAN",
        "Åbacken",
    ];
    (0..CHOICES)
        .map(|i| {
            (
                format!(
                    "{} {} {i} (Område {})",
                    words[i % words.len()],
                    words[(i / 7) % words.len()],
                    i % AREAS
                ),
                format!("p{i}"),
            )
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let options = options();
    let multi = Form::new(
        "Bench",
        vec![Field::multi("ids", "Val", options.clone(), &[])],
        2026,
    );
    c.bench_function(
        "multi-select: open the list and type 'ängs' (5000 choices)",
        |b| {
            b.iter_batched(
                || multi.clone(),
                |mut form| {
                    form.open_picker("");
                    for ch in "ängs".chars() {
                        form.picker_type(Some(ch));
                    }
                    black_box(form.picker.as_ref().map(|p| p.shown.len()))
                },
                BatchSize::LargeInput,
            )
        },
    );
    let single = Form::new(
        "Bench",
        vec![Field::choice("place", "Plats", options.clone(), "p0")],
        2026,
    );
    c.bench_function("pick list: one key typed (5000 choices)", |b| {
        b.iter_batched(
            || single.clone(),
            |mut form| black_box(form.filter_choice(Some('å'))),
            BatchSize::LargeInput,
        )
    });
    let areas: Vec<(String, String)> = (0..AREAS)
        .map(|a| (format!("Område {a}"), format!("a{a}")))
        .collect();
    let geography = Geography {
        area_of_place: (0..CHOICES)
            .map(|i| (format!("p{i}"), format!("a{}", i % AREAS)))
            .collect(),
        parent: (1..AREAS)
            .map(|a| (format!("a{a}"), "a0".to_string()))
            .collect(),
        area_of_record: Default::default(),
    };
    let mut narrowed = Form::new(
        "Bench",
        vec![
            Field::choice("area", "Område", areas, "a1"),
            Field::choice("place", "Plats", options, ""),
        ],
        2026,
    );
    narrowed.narrow_places(geography);
    c.bench_function("narrowing: the area changes (5000 places, 50 areas)", |b| {
        b.iter_batched(
            || narrowed.clone(),
            |mut form| {
                form.cycle_choice(1);
                black_box(form.fields[1].options().len())
            },
            BatchSize::LargeInput,
        )
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
