//! Small helpers every detector shares: recording a finding, looking at the characters and the
//! words around a match.

use std::ops::Range;

use super::{Confidence, PiiFinding, PiiKind};

pub(super) fn push(
    out: &mut Vec<PiiFinding>,
    text: &str,
    span: Range<usize>,
    kind: PiiKind,
    confidence: Confidence,
) {
    if let Some(excerpt) = text.get(span.clone()) {
        out.push(PiiFinding {
            kind,
            span,
            excerpt: excerpt.to_string(),
            confidence,
        });
    }
}

pub(super) fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos).and_then(|s| s.chars().next_back())
}

pub(super) fn char_after(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

/// Dashes people paste from Word, PDF and phones: hyphen-minus, en and em dash, the Unicode
/// hyphens and the minus sign.
pub(super) const DASHES: [char; 6] = ['-', '–', '—', '‐', '‑', '−'];

/// True when the span is glued to further digits by number punctuation
/// (`12-850101-1234`, `3.0701740605`, `ABC 123-45`), i.e. it is part of a
/// larger number rather than a standalone identifier.
pub(super) fn glued_to_number(text: &str, span: &Range<usize>) -> bool {
    let glue = |c: char| DASHES.contains(&c) || matches!(c, '/' | '.' | ':');
    let before = char_before(text, span.start);
    if before.is_some_and(|c| glue(c) || c == '+') {
        let p = span.start - before.map_or(0, char::len_utf8);
        if char_before(text, p).is_some_and(|c| c.is_ascii_digit()) {
            return true;
        }
    }
    let after = char_after(text, span.end);
    if after.is_some_and(glue) {
        let p = span.end + after.map_or(0, char::len_utf8);
        if char_after(text, p).is_some_and(|c| c.is_ascii_digit()) {
            return true;
        }
    }
    false
}

pub(super) fn digits_of(s: &str) -> Vec<u32> {
    s.chars().filter_map(|c| c.to_digit(10)).collect()
}

pub(super) fn num(d: &[u32]) -> u32 {
    d.iter().fold(0, |acc, &x| acc * 10 + x)
}

/// The words before `pos`, nearest first, lower case.
pub(super) fn words_before(text: &str, pos: usize) -> impl Iterator<Item = String> + '_ {
    text.get(..pos)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .map(str::to_lowercase)
}

/// The text of at most `bytes` bytes before `pos` and after `end`, lower case, cut on char
/// boundaries: where detectors look for context words.
pub(super) fn around(text: &str, pos: usize, end: usize, bytes: usize) -> (String, String) {
    let mut from = pos.saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + bytes).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    (
        text.get(from..pos).unwrap_or("").to_lowercase(),
        text.get(end..to).unwrap_or("").to_lowercase(),
    )
}

/// Stems of number labels that, right before a number, say it is some other kind of number
/// than a person's ("fakturanummer 0123-456789", "felanmälan 850101-1235", "order nr …",
/// "Dnr 850101-1235"). Deliberately narrow: a label must be a stem plus
/// "nummer"/"nr"/"kod"/"giro"/"id" (or the stem alone), so "telefonnummer" and
/// "projektledaren" do not suppress anything.
const REFERENCE_STEMS: &[&str] = &[
    "faktura",
    "order",
    "beställning",
    "ärende",
    "diarie",
    "dnr",
    "referens",
    "ref",
    "ocr",
    "konto",
    "bank",
    "plus",
    "artikel",
    "kommun",
    "objekt",
    "fastighet",
    "projekt",
    "kund",
    "avtal",
    "felanmälan",
    "felanmälning",
    "felanmälnings",
    "arbetsorder",
    "serie",
    "löp",
    "id",
    "bokning",
    "lopp",
];

/// True when the label right before `pos` names a reference number, not a person's or a
/// phone's.
pub(super) fn reference_label_before(text: &str, pos: usize) -> bool {
    let mut words = words_before(text, pos);
    let Some(mut label) = words.next() else {
        return false;
    };
    if matches!(label.as_str(), "nr" | "nummer" | "no" | "id") {
        match words.next() {
            Some(w) => label = w,
            None => return false,
        }
        return REFERENCE_STEMS.iter().any(|s| label.starts_with(s));
    }
    REFERENCE_STEMS.iter().any(|s| {
        label.strip_prefix(s).is_some_and(|rest| {
            let rest = rest.trim_start_matches('s');
            rest.is_empty() || ["nummer", "numret", "nr", "kod", "giro", "id"].contains(&rest)
        })
    })
}
