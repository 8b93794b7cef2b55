//! Full names: first name + surname in either order, initials, list form ("Svensson, Anna"),
//! title + surname ("Rektor Lindström"), "Familjen X", all-caps and lower-case full names.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::super::lists::{
    has_surname_ending, is_first_name, is_listed_surname, is_surname, is_swedish_word,
};
use super::places::{COMPASS_WORDS, at_sentence_start, is_place_word, is_stop};
use super::{Case, Word, spaced};
use crate::domain::pii::Confidence;

/// Endings (lower case) typical of Swedish place names (districts, towns); a first word with
/// such an ending is taken to be a place, not a first name.
const PLACE_NAME_ENDINGS: &[&str] = &[
    "by", "sta", "inge", "torp", "hult", "vik", "ö", "näs", "köping", "berga", "tuna", "sätra",
    "ryd", "bro", "landa", "stad", "hamn", "fors", "byn", "träsk", "mossen", "nge",
];

/// `Kalle A.`: a capitalised word, a space, an initial and a full stop.
static NAME_INITIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)[ \u{a0}]\p{Lu}\.").expect("valid regex")
});
/// `A. Svensson`: an initial, a full stop and a capitalised word.
static INITIAL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\p{Lu}\.[ \u{a0}]?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)\b").expect("valid regex")
});
/// Title or role + a name: "rektor Lindström", "Fru Lindqvist", "fältassistenten Sara".
static TITLE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?i:rektor|rektorn|biträdande rektor|herr|fru|dr|doktor|kommunpolis|kommunpolisen|polisinspektör|inspektör|kommissarie|väktare|väktaren|vaktmästare|vaktmästaren|fältassistent|fältassistenten|fältare|fältaren|grannen|pappan|mamman|syster|bror|lärare|läraren|mentor|mentorn|kurator|kuratorn|skolsköterskan|fritidsledare|fritidsledaren|fastighetsskötare|fastighetsskötaren|handläggare|handläggaren|socialsekreterare|socialsekreteraren|elevassistent|elevassistenten|tränare|tränaren|ordförande|ordföranden|förvaltare|förvaltaren|bovärd|bovärden|butikschef|butikschefen|chef|chefen|enhetschef|enhetschefen|polisen|polis|insatschef|ansvarig|kontaktperson|kontaktpersonen)[ \u{a0}]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)",
    )
    .expect("valid regex")
});
/// "Familjen Svensson", "familjen Yilmaz".
static FAMILY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?i:familjen|familj)[ \u{a0}]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)")
        .expect("valid regex")
});

fn ends_with_any(lower: &str, endings: &[&str]) -> bool {
    endings.iter().any(|e| lower.ends_with(e))
}

/// A given name that is not also an ordinary word ("Anna", not "Per" or "Bo").
fn plain_first_name(word: &str) -> bool {
    is_first_name(word) && !is_swedish_word(word)
}

/// A word that may stand as a surname after a first name: not an ordinary stop word, unless
/// it is also a surname ("Lund", "Berg", "Nord" after "Anna").
fn surname_slot(w1: &str, w2: &str) -> bool {
    let compass = is_first_name(w1) && COMPASS_WORDS.contains(&w2);
    !is_stop(w2) || compass || is_listed_surname(w2)
}

/// A word joined by a hyphen to a lower-case word is a compound noun, not a name part:
/// "Anka-tidningar", "Larsson-skolan" (a double name is "Anna-Karin", "Sjöberg-Ali").
fn compound_noun(word: &str) -> bool {
    word.split(['-', '\u{2011}'])
        .skip(1)
        .any(|part| part.chars().next().is_some_and(char::is_lowercase))
}

/// Two capitalised words side by side.
fn title_pair(text: &str, a: &Word, b: &Word) -> Option<Confidence> {
    let (w1, w2) = (a.text, b.text);
    if compound_noun(w1) || compound_noun(w2) {
        return None;
    }
    if is_stop(w1) || is_place_word(w1) || is_place_word(w2) || !surname_slot(w1, w2) {
        return None;
    }
    if is_first_name(w1) && is_surname(w2) {
        return Some(Confidence::Medium);
    }
    if plain_first_name(w1) {
        // Two given names and no surname ("Hedvig Eleonora", "Adolf Fredrik") are as often
        // a parish, a church or a street as a person.
        let given_names_only = is_first_name(w2);
        return Some(if given_names_only {
            Confidence::Low
        } else {
            Confidence::Medium
        });
    }
    if is_surname(w1) && plain_first_name(w2) {
        return Some(Confidence::Medium);
    }
    let starts = at_sentence_start(text, a.range.start);
    let w1_lower = w1.to_lowercase();
    if is_listed_surname(w2)
        && !is_swedish_word(w2)
        && !is_swedish_word(w1)
        && !ends_with_any(&w1_lower, PLACE_NAME_ENDINGS)
    {
        return Some(Confidence::Medium);
    }
    if has_surname_ending(w2) && !starts && !ends_with_any(&w1_lower, PLACE_NAME_ENDINGS) {
        return Some(Confidence::Low);
    }
    None
}

/// `anna svensson`, typed without capitals.
fn lower_pair(a: &Word, b: &Word) -> Option<Confidence> {
    let (w1, w2) = (a.text, b.text);
    let surname = (is_listed_surname(w2) && !is_swedish_word(w2)) || w2.ends_with("sson");
    (plain_first_name(w1) && surname).then_some(Confidence::Medium)
}

/// `ANNA SVENSSON`.
fn upper_pair(a: &Word, b: &Word) -> Option<Confidence> {
    let (w1, w2) = (a.text, b.text);
    (is_first_name(w1) && !is_stop(w2) && !is_place_word(w2) && w2.chars().count() >= 3)
        .then_some(Confidence::Medium)
}

pub(super) fn full_names(text: &str, words: &[Word], out: &mut Vec<(Range<usize>, Confidence)>) {
    for (i, pair) in words.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        if spaced(text, a, b) {
            let found = match (a.case, b.case) {
                (Case::Title, Case::Title) => title_pair(text, a, b),
                (Case::Lower, Case::Lower) => lower_pair(a, b),
                (Case::Upper, Case::Upper) => upper_pair(a, b),
                _ => None,
            };
            if let Some(c) = found {
                out.push((a.range.start..b.range.end, c));
            }
        }
        // List form: "Svensson, Anna".
        if a.case == Case::Title
            && b.case == Case::Title
            && matches!(text.get(a.range.end..b.range.start), Some(", "))
            && is_surname(a.text)
            && !is_stop(a.text)
            && plain_first_name(b.text)
            && words.get(i + 2).is_none_or(|c| c.case != Case::Title)
        {
            out.push((a.range.start..b.range.end, Confidence::Medium));
        }
    }
    for caps in NAME_INITIAL.captures_iter(text) {
        if let (Some(whole), Some(first)) = (caps.get(0), caps.get(1))
            && is_first_name(first.as_str())
        {
            out.push((whole.range(), Confidence::Medium));
        }
    }
    for caps in INITIAL_NAME.captures_iter(text) {
        let (Some(whole), Some(surname)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let s = surname.as_str();
        if is_stop(s) || is_place_word(s) {
            continue;
        }
        if is_listed_surname(s) {
            out.push((whole.range(), Confidence::Medium));
        } else if has_surname_ending(s) {
            out.push((whole.range(), Confidence::Low));
        }
    }
    for caps in TITLE_NAME.captures_iter(text) {
        let Some(name) = caps.get(1) else { continue };
        let s = name.as_str();
        if is_stop(s) || is_place_word(s) {
            continue;
        }
        if is_surname(s) || plain_first_name(s) {
            out.push((name.range(), Confidence::Medium));
        } else if !is_swedish_word(s) {
            out.push((name.range(), Confidence::Low));
        }
    }
    for caps in FAMILY.captures_iter(text) {
        if let (Some(whole), Some(name)) = (caps.get(0), caps.get(1))
            && (!is_stop(name.as_str()) || is_listed_surname(name.as_str()))
            && !is_place_word(name.as_str())
        {
            out.push((whole.range(), Confidence::Medium));
        }
    }
}
