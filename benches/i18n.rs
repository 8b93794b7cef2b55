//! What the message catalogue adds to start-up: parsing both languages' Fluent files into
//! bundles and formatting the first message (target: under 5 ms).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    assert_eq!(
        lagesbild::i18n::build_all_and_format_one(),
        "15 organisationer"
    );
    c.bench_function("catalogue: build both bundles + first message", |b| {
        b.iter(|| black_box(lagesbild::i18n::build_all_and_format_one()))
    });
    c.bench_function("catalogue: one message from the built bundle", |b| {
        let lang = lagesbild::domain::Lang::Sv;
        b.iter(|| black_box(lagesbild::i18n::message(lang, "minutes-decided", None)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
