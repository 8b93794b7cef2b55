//! Swedish registration plates: upper case anywhere; lower case and hyphenated forms when a
//! vehicle word or "reg" is near (typed in haste: `abc 123`, `abc123`, `ABC-123`).

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::lists::is_swedish_word;
use super::scan::{around, glued_to_number, push, words_before};
use super::{Confidence, PiiFinding, PiiKind};

/// Three letters (Swedish plates never use I, Q, V, Å, Ä, Ö), an optional space or dash, two
/// digits and a digit or letter, as a whole word, in any case.
static PLATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)([a-hj-pr-uw-z]{3})([ \u{a0}]?|[ \u{a0}]?[\-–][ \u{a0}]?)(\d{2}[0-9a-hj-pr-uw-z])(?-u:\b)",
    )
    .expect("valid regex")
});

/// Plate-shaped abbreviations that are realistically followed by a number in Swedish
/// municipal/police text: laws and legal sources (LSS, LVU, LVM, SOL, OSL, PBL, BRB, SFB, SFS,
/// SOU), agencies (SKR, MSB, NOA, SCB), and contact/address abbreviations (TEL, MOB, FAX, LGH,
/// DNR, BOX), plus car models (BMW 320, KTM 125) — a model number is not a plate.
const PLATE_STOP: &[&str] = &[
    "LSS", "LVU", "LVM", "SOL", "OSL", "PBL", "BRB", "SFB", "SFS", "SOU", "SKR", "MSB", "NOA",
    "SCB", "TEL", "MOB", "FAX", "LGH", "DNR", "BOX", "BMW", "KTM", "EUR", "SEK", "USD", "KAP",
    "SID", "AVD", "NUM",
];

/// Words that make a nearby plate-shaped token very likely a plate (whole words, lower case).
const VEHICLE_WORDS: &str = "\
bil bilen bilar bilarna bilbrand bilbränder regnr reg.nr reg.nr. reg regnummer \
registreringsnummer registreringsnumret registreringsskylt registreringsskylten fordon \
fordonet fordonets moped mopeden mopeder mopederna mopedbil mopedbilen mopedbilar mc mc:n \
motorcykel motorcykeln lastbil lastbilen skåpbil skåpbilen taxi taxin släp släpet \
släpvagn husbil husbilen epa epan epatraktor a-traktor a-traktorn volvo saab audi \
mercedes toyota bmw volkswagen vw kia ford opel skoda tesla skylt skylten skyltar \
nummerplåt nummerplåten parkerad parkerade felparkerad felparkerade bilnummer \
crossmotorcykel crossen fyrhjuling fyrhjulingen scooter scootern";

static VEHICLE_WORD_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| VEHICLE_WORDS.split_whitespace().collect());

/// Units and counters that follow a number in prose ("med 120 km/h", "tog 200 kr"): a
/// lower-case candidate followed by one of these is a count, not a plate.
const UNITS: &[&str] = &[
    "km", "kr", "m", "meter", "st", "min", "minuter", "personer", "procent", "kg", "cm", "mm",
    "år", "kronor", "timmar", "h", "sek", "gånger", "dagar", "mil", "liter",
];

fn vehicle_context(text: &str, start: usize, end: usize) -> bool {
    let (before, after) = around(text, start, end, 60);
    let is_vehicle = |w: &str| VEHICLE_WORD_SET.contains(w.trim_matches(['.', '-', ':']));
    let split = |s: &str| {
        s.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-' || c == ':'))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    split(&before).iter().any(|w| is_vehicle(w))
        || split(&after).iter().take(6).any(|w| is_vehicle(w))
}

/// "reg", "regnr", "reg.nr" right before the plate.
fn reg_label_before(text: &str, start: usize) -> bool {
    let mut words = words_before(text, start);
    match words.next().as_deref() {
        Some("regnr" | "regnummer" | "registreringsnummer" | "reg" | "bilnummer") => true,
        Some("nr") => words.next().as_deref() == Some("reg"),
        _ => false,
    }
}

fn unit_after(text: &str, end: usize) -> bool {
    text.get(end..)
        .unwrap_or("")
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| UNITS.contains(&w.to_lowercase().as_str()))
}

pub(super) fn findings(text: &str, out: &mut Vec<PiiFinding>) {
    for caps in PLATE.captures_iter(text) {
        let (Some(whole), Some(letters), Some(sep)) = (caps.get(0), caps.get(1), caps.get(2))
        else {
            continue;
        };
        let letters = letters.as_str();
        let upper = letters.chars().all(|c| c.is_ascii_uppercase())
            && whole
                .as_str()
                .chars()
                .filter(char::is_ascii_alphabetic)
                .all(|c| c.is_ascii_uppercase());
        let hyphen = sep.as_str().contains(['-', '–']);
        if PLATE_STOP.contains(&letters.to_uppercase().as_str())
            || glued_to_number(text, &whole.range())
        {
            continue;
        }
        let vehicle = vehicle_context(text, whole.start(), whole.end());
        let confidence = if upper && !hyphen {
            Some(if vehicle {
                Confidence::High
            } else {
                Confidence::Medium
            })
        } else if upper {
            // `ABC-123`: also a reference or a model; a plate when a vehicle is near.
            Some(if vehicle {
                Confidence::High
            } else {
                Confidence::Low
            })
        } else if vehicle {
            // Typed in haste: `abc 123`. A Swedish word plus a count ("med 120 km") is prose,
            // unless "reg" names it.
            let word = is_swedish_word(&letters.to_lowercase());
            if reg_label_before(text, whole.start()) || (!word && !unit_after(text, whole.end())) {
                Some(Confidence::High)
            } else {
                None
            }
        } else {
            None
        };
        if let Some(c) = confidence {
            push(out, text, whole.range(), PiiKind::RegistrationPlate, c);
        }
    }
}
