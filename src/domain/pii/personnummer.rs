//! Personnummer and samordningsnummer, in every way people paste them.

use std::sync::LazyLock;

use regex::Regex;

use super::scan::{digits_of, glued_to_number, num, push, reference_label_before};
use super::{Confidence, PiiFinding, PiiKind};

/// `YYMMDD-NNNN`, `YYMMDD+NNNN`, `YYMMDD NNNN`, `YYMMDDNNNN` and the same with a four-digit
/// year; the separator may be any dash (en dash from Word, minus sign from PDF) with spaces
/// around it (`YYMMDD - NNNN`). Exactly 10 or 12 digits, bounded by non-word characters
/// (ASCII word boundaries: the number is ASCII, and they keep the fast engine on Swedish text).
static PERSONNUMMER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(\d{2})?(\d{6})(?:[ \u{a0}\u{202f}]{0,2}[\-+–—‐‑−][ \u{a0}\u{202f}]{0,2}|[ \u{a0}\u{202f}])?(\d{4})(?-u:\b)",
    )
    .expect("valid regex")
});

/// Shapes of a personnummer: a phone candidate that looks like this gets low confidence so
/// the personnummer reading wins.
pub(super) static PNR_SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{2})?\d{6}(?:[ \u{a0}]{0,2}[\-+–—‐‑−][ \u{a0}]{0,2}|[ \u{a0}])\d{4}$")
        .expect("valid regex")
});

fn days_in_month(year: Option<u32>, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            // Century unknown (10-digit form): allow 29 February.
            None => 29,
            Some(y) if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            Some(_) => 28,
        },
        _ => 0,
    }
}

/// Month 01–12, day 01–31 (checked against the month), or day + 60 for a
/// samordningsnummer. `century` is the first two digits of a 12-digit form.
fn date_part_valid(century: Option<u32>, yymmdd: &[u32]) -> bool {
    let (yy, mm, dd) = (num(&yymmdd[0..2]), num(&yymmdd[2..4]), num(&yymmdd[4..6]));
    let year = match century {
        Some(c @ 18..=20) => Some(c * 100 + yy),
        Some(_) => return false,
        None => None,
    };
    if !(1..=12).contains(&mm) {
        return false;
    }
    let day = if dd > 60 { dd - 60 } else { dd };
    day >= 1 && day <= days_in_month(year, mm)
}

/// Luhn checksum over the 10-digit form `YYMMDDNNNN`.
pub(super) fn luhn_valid(ten: &[u32]) -> bool {
    let sum: u32 = ten
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let v = if i % 2 == 0 { d * 2 } else { d };
            if v > 9 { v - 9 } else { v }
        })
        .sum();
    sum.is_multiple_of(10)
}

pub(super) fn findings(text: &str, out: &mut Vec<PiiFinding>) {
    for caps in PERSONNUMMER.captures_iter(text) {
        let (Some(whole), Some(date), Some(serial)) = (caps.get(0), caps.get(2), caps.get(3))
        else {
            continue;
        };
        if glued_to_number(text, &whole.range()) || reference_label_before(text, whole.start()) {
            continue;
        }
        let century = caps.get(1).map(|c| num(&digits_of(c.as_str())));
        let date_digits = digits_of(date.as_str());
        if date_digits.len() != 6 || !date_part_valid(century, &date_digits) {
            continue;
        }
        let mut ten = date_digits;
        ten.extend(digits_of(serial.as_str()));
        let confidence = if luhn_valid(&ten) {
            Confidence::High
        } else {
            Confidence::Medium
        };
        push(out, text, whole.range(), PiiKind::Personnummer, confidence);
    }
}
