//! The corpus test: catch rates per kind and false positives on ordinary prose, over
//! `tests/data/pii/corpus.tsv` (issue 16's patterns) and the older `tests/data/pii_corpus.tsv`.
//! Prints the table that goes into BENCHMARKS.md (`cargo test --lib pii::corpus -- --nocapture`).

use super::*;

const CORPUS: &str = include_str!("../../../tests/data/pii/corpus.tsv");
const HELD_OUT: &str = include_str!("../../../tests/data/pii/heldout.tsv");
const HELD_OUT_2: &str = include_str!("../../../tests/data/pii/heldout2.tsv");
const HELD_OUT_3: &str = include_str!("../../../tests/data/pii/heldout3.tsv");
const HELD_OUT_4: &str = include_str!("../../../tests/data/pii/heldout4.tsv");
const OLD_CORPUS: &str = include_str!("../../../tests/data/pii_corpus.tsv");

/// Every form issue 16 names has lines in the corpus.
const REQUIRED_PATTERNS: &[&str] = &[
    "pnr-dash",
    "pnr-endash",
    "pnr-spaced-dash",
    "pnr-minus",
    "pnr-12-dash",
    "samordning-dash",
    "samordning-spaced",
    "plate-upper-space",
    "plate-upper-none",
    "plate-lower-space-context",
    "plate-lower-none-context",
    "plate-hyphen-context",
    "phone-area-brackets",
    "phone-mobile-dash",
    "phone-intl-plus",
    "phone-intl-00",
    "phone-intl-trunk",
    "email-spaced-at",
    "email-space-before",
    "email-space-after",
    "name-full-foreign",
    "name-teen",
    "name-heter",
    "name-kallad",
    "name-person-noun",
    "name-och",
    "name-genitive",
    "name-kompis",
    "name-kin-till",
    "name-genitive-kin",
    "name-verb",
    "name-title",
    "name-familjen",
    "name-list-form",
    "name-lowercase-full",
    "ref-faktura",
    "ref-arende",
    "ref-felanmalan",
    "ref-dnr",
    "ref-order",
    "place-person-named",
    "firm-person-named",
    "org-place",
    "functional-mailbox",
    "switchboard",
];

const KINDS: [PiiKind; 5] = [
    PiiKind::Personnummer,
    PiiKind::RegistrationPlate,
    PiiKind::PhoneNumber,
    PiiKind::Email,
    PiiKind::NameLike,
];

fn kind_of(code: &str) -> Option<PiiKind> {
    match code {
        "personnummer" => Some(PiiKind::Personnummer),
        "registration_plate" => Some(PiiKind::RegistrationPlate),
        "phone_number" => Some(PiiKind::PhoneNumber),
        "email" => Some(PiiKind::Email),
        "name_like" => Some(PiiKind::NameLike),
        _ => None,
    }
}

struct Line<'a> {
    expected: &'a str,
    pattern: &'a str,
    text: &'a str,
}

/// New corpus: expected, pattern, text, optional note. Old corpus: expected, text, optional
/// note ("# fake: …" marks a number shaped like a personnummer as invented).
fn lines(corpus: &'static str, with_pattern: bool) -> impl Iterator<Item = Line<'static>> {
    corpus
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(move |l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert!(cols.len() >= 2, "corpus line without a tab: {l:?}");
            if with_pattern {
                assert!(
                    matches!(cols.len(), 3 | 4),
                    "corpus line needs three columns (and a note): {l:?}"
                );
                Line {
                    expected: cols[0],
                    pattern: cols[1],
                    text: cols[2],
                }
            } else {
                Line {
                    expected: cols[0],
                    pattern: "old",
                    text: cols[1],
                }
            }
        })
}

#[derive(Default)]
struct Tally {
    total: usize,
    gate: usize,
    warned: usize,
}

impl Tally {
    fn rate(&self, n: usize) -> f64 {
        n as f64 / self.total.max(1) as f64
    }
}

#[derive(Default)]
struct Figures {
    by_kind: Vec<(PiiKind, Tally)>,
    prose: Tally,
    low: Tally,
    misses: Vec<String>,
    false_positives: Vec<String>,
}

fn measure(corpus: impl Iterator<Item = Line<'static>>) -> Figures {
    let mut f = Figures {
        by_kind: KINDS.iter().map(|&k| (k, Tally::default())).collect(),
        ..Figures::default()
    };
    for line in corpus {
        let found = lint(line.text);
        let gate = found.iter().any(needs_confirmation);
        match line.expected {
            "none" => {
                f.prose.total += 1;
                f.prose.warned += usize::from(!found.is_empty());
                f.prose.gate += usize::from(gate);
                if !found.is_empty() {
                    f.false_positives
                        .push(format!("[{}] {}  => {found:?}", line.pattern, line.text));
                }
            }
            "low" => {
                f.low.total += 1;
                f.low.warned += usize::from(!found.is_empty());
                f.low.gate += usize::from(gate);
                if gate {
                    f.false_positives
                        .push(format!("[{}] {}  => {found:?}", line.pattern, line.text));
                }
            }
            code => {
                let kind = kind_of(code).unwrap_or_else(|| panic!("unknown kind {code:?}"));
                let of_kind: Vec<_> = found.iter().filter(|x| x.kind == kind).collect();
                let tally = &mut f
                    .by_kind
                    .iter_mut()
                    .find(|(k, _)| *k == kind)
                    .expect("every kind has a tally")
                    .1;
                tally.total += 1;
                tally.warned += usize::from(!of_kind.is_empty());
                let caught = of_kind.iter().any(|x| needs_confirmation(x));
                tally.gate += usize::from(caught);
                if !caught {
                    f.misses
                        .push(format!("[{}] {}  => {found:?}", line.pattern, line.text));
                }
            }
        }
    }
    f
}

fn print(title: &str, f: &Figures) {
    println!("\n{title}");
    println!("| kind | lines | caught at the gate (≥ Medium) | warned at all |");
    println!("|---|---|---|---|");
    for (kind, t) in &f.by_kind {
        println!(
            "| {} | {} | {:.1} % | {:.1} % |",
            kind.label_en(),
            t.total,
            100.0 * t.rate(t.gate),
            100.0 * t.rate(t.warned)
        );
    }
    println!(
        "| ordinary prose (false positives) | {} | {:.1} % | {:.1} % |",
        f.prose.total,
        100.0 * f.prose.rate(f.prose.gate),
        100.0 * f.prose.rate(f.prose.warned)
    );
    println!(
        "| functional mailboxes, switchboards (must stay below the gate) | {} | {:.1} % | {:.1} % |",
        f.low.total,
        100.0 * f.low.rate(f.low.gate),
        100.0 * f.low.rate(f.low.warned)
    );
    for m in &f.misses {
        println!("MISS  {m}");
    }
    for m in &f.false_positives {
        println!("FALSE POSITIVE  {m}");
    }
}

#[test]
fn every_form_of_the_issue_is_in_the_corpus() {
    for pattern in REQUIRED_PATTERNS {
        let n = lines(CORPUS, true)
            .filter(|l| l.pattern == *pattern)
            .count();
        assert!(n >= 1, "the corpus has no line of the form {pattern}");
    }
}

#[test]
fn corpus_personnummer_are_invalid_except_the_test_series() {
    let all = lines(CORPUS, true)
        .chain(lines(HELD_OUT, true))
        .chain(lines(HELD_OUT_4, true));
    for line in all.filter(|l| l.expected == "personnummer") {
        for f in lint(line.text)
            .into_iter()
            .filter(|f| f.kind == PiiKind::Personnummer)
        {
            let digits: String = f.excerpt.chars().filter(char::is_ascii_digit).collect();
            let ten = &digits[digits.len() - 10..];
            let valid = personnummer::luhn_valid(&scan::digits_of(ten));
            assert!(
                !valid || ten == "1212121212",
                "{} passes the checksum: use an invalid one",
                f.excerpt
            );
        }
    }
}

#[test]
fn corpus_rates() {
    let new = measure(lines(CORPUS, true));
    let held_out = measure(lines(HELD_OUT, true));
    let held_out_2 = measure(lines(HELD_OUT_2, true));
    let held_out_3 = measure(lines(HELD_OUT_3, true));
    let held_out_4 = measure(lines(HELD_OUT_4, true));
    let old = measure(lines(OLD_CORPUS, false));
    print("tests/data/pii/corpus.tsv (issue 16)", &new);
    print(
        "tests/data/pii/heldout.tsv (written after the rules, not tuned on)",
        &held_out,
    );
    print(
        "tests/data/pii/heldout2.tsv (second batch, written 2026-11-27 before that day's rules)",
        &held_out_2,
    );
    print(
        "tests/data/pii/heldout3.tsv (third batch, written 2026-11-27 before the kin rules)",
        &held_out_3,
    );
    print(
        "tests/data/pii/heldout4.tsv (fourth batch, written 2026-11-28 after the trade and place-noun rules)",
        &held_out_4,
    );
    print("tests/data/pii_corpus.tsv (earlier corpus)", &old);
    for (kind, t) in &new.by_kind {
        assert!(t.total >= 15, "too few {kind:?} lines: {}", t.total);
        if *kind == PiiKind::NameLike {
            assert!(
                t.rate(t.warned) >= 0.90,
                "names warned {:.3}",
                t.rate(t.warned)
            );
            assert!(
                t.rate(t.gate) >= 0.85,
                "names at the gate {:.3}",
                t.rate(t.gate)
            );
        } else {
            assert!(
                t.rate(t.gate) >= 0.99,
                "{kind:?} at the gate {:.3}",
                t.rate(t.gate)
            );
        }
    }
    assert!(new.prose.total >= 250);
    assert!(
        new.prose.rate(new.prose.gate) <= 0.02,
        "false positives at the gate {:.3}",
        new.prose.rate(new.prose.gate)
    );
    assert_eq!(
        new.low.gate, 0,
        "a functional mailbox or switchboard blocks"
    );
    // The held-out part is reported as it came out; these floors only catch a regression.
    for (kind, t) in &held_out.by_kind {
        assert!(t.rate(t.gate) >= 0.9, "held-out {kind:?} at the gate");
    }
    assert!(held_out.prose.rate(held_out.prose.gate) <= 0.05);
    assert_eq!(held_out.low.gate, 0);
    // The later batches: the second within the issue's bound on false positives. The third
    // was measured once at 4 % (2 of 50: a firm named for its trade without a company form, a
    // place named after a person with an indefinite noun); the trade and place-noun rules
    // answer both, so it is no longer blind. The fourth was written after those rules and
    // measured once at 12 % (3 of 25 prose lines, see BENCHMARKS.md); it is not tuned on, so
    // its floor only catches a regression. Nothing low blocks in any.
    assert!(held_out_2.prose.rate(held_out_2.prose.gate) <= 0.02);
    assert!(held_out_3.prose.rate(held_out_3.prose.gate) <= 0.02);
    assert!(held_out_4.prose.rate(held_out_4.prose.gate) <= 0.12);
    for (kind, t) in &held_out_4.by_kind {
        assert!(t.rate(t.gate) >= 0.9, "held-out 4 {kind:?} at the gate");
    }
    for batch in [&held_out_2, &held_out_3, &held_out_4] {
        assert_eq!(batch.low.gate, 0);
    }
    for (kind, t) in &old.by_kind {
        let required = if *kind == PiiKind::NameLike {
            0.8
        } else {
            0.95
        };
        assert!(t.rate(t.warned) >= required, "old corpus {kind:?}");
    }
    assert!(old.prose.rate(old.prose.warned) <= 0.05, "old corpus prose");
}
