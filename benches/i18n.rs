//! What the message catalogue adds to start-up: parsing a language's Fluent files into a bundle
//! and formatting the first message (target: under 5 ms). A run builds only the language it
//! speaks; both are measured too.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use lagesbild::domain::Lang;
use lagesbild::i18n::build_and_format_one;

fn bench(c: &mut Criterion) {
    assert_eq!(build_and_format_one(&[Lang::Sv]), "15 organisationer");
    c.bench_function("catalogue: build the Swedish bundle + first message", |b| {
        b.iter(|| black_box(build_and_format_one(&[Lang::Sv])))
    });
    c.bench_function("catalogue: build both bundles + first message", |b| {
        b.iter(|| black_box(build_and_format_one(Lang::ALL)))
    });
    c.bench_function("catalogue: one message from the built bundle", |b| {
        b.iter(|| black_box(lagesbild::i18n::message(Lang::Sv, "minutes-decided", None)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
