//! Names: full names by the name lists and surname shapes (`pairs`), a first name alone by the
//! words around it (`context`), with places, organisations and firms told apart (`places`)
//! and the copy's own register of places and organisations left alone.
//!
//! Swedish capitalises only proper nouns and sentence starts, so a capitalised word that is on
//! the first-name list is usually a person — unless it is part of a place ("Olof Palmes
//! gata"), a firm ("Erik Olsson Fastighetsförmedling") or an organisation ("Brottsofferjouren
//! Hässleholm"). Confidence follows how sure the words make it: `Medium` (blocks an export
//! until confirmed) for a listed name in a person's context, `Low` (a reminder only) for a
//! bare shape.

mod context;
mod pairs;
mod places;

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::scan::push;
use super::{Confidence, PiiFinding, PiiKind, Register};

/// How a word is written: the capital letter is most of what tells a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// `Anna`, `Anna-Karin`, `McDonald`.
    Title,
    /// `ANNA`.
    Upper,
    /// `anna`.
    Lower,
}

#[derive(Debug, Clone)]
struct Word<'t> {
    range: Range<usize>,
    text: &'t str,
    case: Case,
}

/// Letters, with inner hyphens and apostrophes (`Anna-Karin`, `Ali's`).
static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{L}+(?:[-'’]\p{L}+)*").expect("valid regex"));

fn words(text: &str) -> Vec<Word<'_>> {
    WORD.find_iter(text)
        .map(|m| {
            let s = m.as_str();
            let mut chars = s.chars();
            let first_upper = chars.next().is_some_and(char::is_uppercase);
            let rest_has_lower = s.chars().skip(1).any(char::is_lowercase);
            let case = match (first_upper, rest_has_lower) {
                (true, true) => Case::Title,
                (true, false) if s.chars().count() >= 2 => Case::Upper,
                (true, false) => Case::Title,
                (false, _) => Case::Lower,
            };
            Word {
                range: m.range(),
                text: s,
                case,
            }
        })
        .collect()
}

/// The gap between two words is a single space.
fn spaced(text: &str, a: &Word, b: &Word) -> bool {
    matches!(text.get(a.range.end..b.range.start), Some(" " | "\u{a0}"))
}

pub(super) fn findings(text: &str, register: &Register, out: &mut Vec<PiiFinding>) {
    let words = words(text);
    let mut spans: Vec<(Range<usize>, Confidence)> = Vec::new();
    pairs::full_names(text, &words, &mut spans);
    // Runs of full names: overlapping pairs merge ("Anna Maria Svensson").
    spans.sort_by_key(|(r, _)| (r.start, r.end));
    let mut runs: Vec<(Range<usize>, Confidence)> = Vec::new();
    for (r, c) in spans {
        match runs.last_mut() {
            Some((last, lc)) if r.start < last.end => {
                last.end = last.end.max(r.end);
                *lc = (*lc).max(c);
            }
            _ => runs.push((r, c)),
        }
    }
    let mut singles = Vec::new();
    context::single_names(text, &words, &mut singles);
    // A word already inside a full name lends the name its context ("heter Gulnara
    // Sadykova": the full name is as sure as the naming word makes it).
    let mut alone = Vec::new();
    for (r, c) in singles {
        match runs
            .iter_mut()
            .find(|(x, _)| x.start < r.end && r.start < x.end)
        {
            Some((_, rc)) => *rc = (*rc).max(c),
            None => alone.push((r, c)),
        }
    }
    let singles = alone;
    runs.extend(singles);
    runs.sort_by_key(|(r, _)| (r.start, r.end));
    let known = register.occurrences(text);
    for (r, c) in runs {
        if places::followed_by_place_or_firm(text, r.end)
            || places::after_organisation_head(text, r.start)
            || known.iter().any(|k| k.start < r.end && r.start < k.end)
        {
            continue;
        }
        push(out, text, r, PiiKind::NameLike, c);
    }
}
