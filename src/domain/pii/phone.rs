//! Swedish phone numbers in all national and international forms; switchboards and service
//! numbers warn low and never block.

use std::sync::LazyLock;

use regex::Regex;

use super::personnummer::PNR_SHAPE;
use super::scan::{around, char_after, glued_to_number, push, reference_label_before};
use super::{Confidence, PiiFinding, PiiKind};

/// A Swedish number: `+46`/`0046` (optionally `(0)`), an area code in brackets (`(08)`), or a
/// leading `0`; then a non-zero digit and 5–11 more digits with optional separators (space,
/// any dash, slash, dot, a closing bracket). Greedy; the tail is trimmed group-wise afterwards.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?:\+|(?-u:\b)00)46[ \u{a0}\-–]?(?:\(0\)[ \u{a0}\-–]?)?|\(0|(?-u:\b)0)[1-9](?:(?:[ \u{a0}]?[\-–—‐‑−/.)][ \u{a0}]?|\)[ \u{a0}]?[\-–—‐‑−/][ \u{a0}]?|[ \u{a0}])?\d){5,11}",
    )
    .expect("valid regex")
});
/// `08-11-2026`, `01 02 2026`: a day-month-year date, not a phone number.
static DMY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}[ \-–/.]\d{1,2}[ \-–/.](?:19|20)\d{2}$").expect("valid regex")
});
/// `0800-0900`, `0830 – 1000`, `08.00-09.00`: a time range, not a phone number.
static TIME_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[01]\d|2[0-3])[.:]?[0-5]\d ?[\-–] ?(?:[01]\d|2[0-3])[.:]?[0-5]\d$")
        .expect("valid regex")
});

/// Words that, just before a number, say it is an organisation's switchboard or service line
/// rather than a person's phone.
const SWITCHBOARD_WORDS: &[&str] = &[
    "växel",
    "växeln",
    "växelnummer",
    "växelnumret",
    "huvudnummer",
    "kundtjänst",
    "kundservice",
    "kontaktcenter",
    "kontaktcentret",
    "servicecenter",
    "medborgarservice",
    "felanmälan",
    "jourtelefon",
    "journummer",
    "tipstelefon",
    "tipslinjen",
    "expedition",
    "expeditionen",
    "reception",
    "receptionen",
    "stödlinjen",
    "stödlinje",
    "hjälplinjen",
    "larmnummer",
    "informationsnummer",
];

/// National prefixes of service numbers (no one's personal phone).
const SERVICE_PREFIXES: &[&str] = &["020", "0771", "0770", "0900", "0939", "0944", "0200"];

fn switchboard(text: &str, start: usize, national: &str) -> bool {
    if SERVICE_PREFIXES.iter().any(|p| national.starts_with(p)) || national.ends_with("0000") {
        return true;
    }
    let (before, _) = around(text, start, start, 40);
    before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .any(|w| SWITCHBOARD_WORDS.contains(&w))
}

pub(super) fn findings(text: &str, out: &mut Vec<PiiFinding>) {
    for m in PHONE.find_iter(text) {
        let s = m.as_str();
        let international = s.starts_with('+') || s.starts_with("00");
        // Byte offsets (relative to the match) where a digit group ends,
        // together with the number of national digits up to there.
        let mut digit_count = 0usize;
        let mut group_ends: Vec<(usize, usize)> = Vec::new();
        let mut prefix_skipped = !international;
        let mut in_trunk_zero = false;
        let mut chars = s.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !prefix_skipped {
                // Skip "+46"/"0046"; the national form gets a leading 0 instead.
                if c.is_ascii_digit() && s[..i + 1].ends_with("46") {
                    prefix_skipped = true;
                    digit_count = 1;
                }
                continue;
            }
            // "+46 (0)8": the bracketed trunk zero is not a digit of the number.
            if international && c == '(' {
                in_trunk_zero = true;
                continue;
            }
            if in_trunk_zero {
                if c == ')' {
                    in_trunk_zero = false;
                }
                continue;
            }
            if c.is_ascii_digit() {
                digit_count += 1;
                let next_is_digit = chars.peek().is_some_and(|&(_, n)| n.is_ascii_digit());
                if !next_is_digit {
                    group_ends.push((i + 1, digit_count));
                }
            }
        }
        // If the regex stopped inside a longer digit run, the last group is
        // not a real group end.
        let run_continues = char_after(text, m.end()).is_some_and(|c| c.is_alphanumeric());
        if run_continues {
            group_ends.pop();
        }
        // Drop trailing groups while there are too many digits for a Swedish
        // number, and trailing one-digit groups ("08-465 50 12 3 gånger"):
        // Swedish numbers are never written with a one-digit last group.
        loop {
            let len = group_ends.len();
            let too_long = group_ends.last().is_some_and(|&(_, n)| n > 10);
            let single_digit_tail = len >= 2 && group_ends[len - 1].1 - group_ends[len - 2].1 == 1;
            if too_long || single_digit_tail {
                group_ends.pop();
            } else {
                break;
            }
        }
        let Some(&(end_rel, digits)) = group_ends.last() else {
            continue;
        };
        if !(8..=10).contains(&digits) {
            continue;
        }
        let span = m.start()..m.start() + end_rel;
        let candidate = &text[span.clone()];
        if reference_label_before(text, span.start)
            || DMY_DATE.is_match(candidate)
            || TIME_RANGE.is_match(candidate)
            || glued_to_number(text, &span)
        {
            continue;
        }
        let national: String = if international {
            // "0" + digits after the country code, without a "(0)".
            let after_cc = candidate.find("46").map_or("", |p| &candidate[p + 2..]);
            let after_cc = after_cc.replace("(0)", "");
            std::iter::once('0')
                .chain(after_cc.chars().filter(char::is_ascii_digit))
                .collect()
        } else {
            candidate.chars().filter(char::is_ascii_digit).collect()
        };
        let mobile = national.len() == 10
            && ["070", "072", "073", "076", "079"]
                .iter()
                .any(|p| national.starts_with(p));
        let area_code_separated = {
            let national_part = candidate.trim_start_matches('(');
            let first_group = national_part
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap_or("");
            !international
                && (2..=4).contains(&first_group.len())
                && national_part[first_group.len()..]
                    .starts_with(['-', '–', '—', '‐', '‑', '−', ' ', '/', ')', '.'])
        };
        // Personnummer-shaped: low, so the personnummer reading wins. A switchboard: low.
        let confidence =
            if PNR_SHAPE.is_match(candidate) || switchboard(text, span.start, &national) {
                Confidence::Low
            } else if international || mobile || area_code_separated {
                Confidence::High
            } else {
                Confidence::Medium
            };
        push(out, text, span, PiiKind::PhoneNumber, confidence);
    }
}
