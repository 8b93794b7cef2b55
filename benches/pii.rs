//! The personal-data check on a 1,000-character description (issue 16: under 1 ms), with and
//! without findings, and with a register of 300 names.

use criterion::{Criterion, criterion_group, criterion_main};
use lagesbild::domain::pii::{Register, lint, lint_with};
use std::hint::black_box;

/// About 1,000 characters of notes as staff write them, with a name, a phone number and a
/// plate among ordinary prose (fictional).
fn description(with_findings: bool) -> String {
    let prose = "Ett tiotal ungdomar samlades vid busshållplatsen runt kl. 21.30 och det var \
        stökigt vid torget. Mopeder kör på gång- och cykelvägen mellan skolan och centrum. \
        Klotter på elskåpen längs Storgatan, sanerat inom 24 timmar av fastighetsägaren. ";
    let people = "Killen Omar och Kalle bråkade, ring 070-174 06 05. Bilen ufo 123 stod kvar. ";
    let mut text = String::new();
    while text.chars().count() < 1000 {
        text.push_str(prose);
        if with_findings {
            text.push_str(people);
        }
    }
    text.chars().take(1000).collect()
}

fn bench(c: &mut Criterion) {
    let clean = description(false);
    let flagged = description(true);
    let names: Vec<String> = (0..300).map(|i| format!("Platsnamn {i} väst")).collect();
    let register = Register::from_names(names.iter().map(String::as_str));
    // Build the lists and patterns once, as a running program has.
    let _ = lint(&flagged);
    c.bench_function("pii lint 1000 chars, ordinary prose", |b| {
        b.iter(|| lint(black_box(&clean)))
    });
    c.bench_function("pii lint 1000 chars, with findings", |b| {
        b.iter(|| lint(black_box(&flagged)))
    });
    c.bench_function(
        "pii lint 1000 chars, with findings and a 300-name register",
        |b| b.iter(|| lint_with(black_box(&flagged), &register)),
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
