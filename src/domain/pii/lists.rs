//! The name lists and the word list the name rules read, shipped as data in `data/pii/` (how
//! they were made: `data/pii/README.md`), plus Sweden's municipalities as places.

use std::collections::HashSet;
use std::sync::LazyLock;

const FIRST_NAMES: &str = include_str!("../../../data/pii/first_names.txt");
const SURNAMES: &str = include_str!("../../../data/pii/surnames.txt");
const WORDS: &str = include_str!("../../../data/pii/words.txt");

/// Every word of a list file, lower case, without comments.
fn words_of(list: &'static str) -> HashSet<String> {
    list.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .flat_map(str::split_whitespace)
        .map(str::to_lowercase)
        .collect()
}

static FIRST_NAME_SET: LazyLock<HashSet<String>> = LazyLock::new(|| words_of(FIRST_NAMES));
static SURNAME_SET: LazyLock<HashSet<String>> = LazyLock::new(|| words_of(SURNAMES));
static WORD_SET: LazyLock<HashSet<String>> = LazyLock::new(|| words_of(WORDS));
/// Municipality names and their words ("Hässleholm", "Upplands", "Väsby"), lower case.
static KOMMUN_SET: LazyLock<HashSet<String>> = LazyLock::new(|| {
    super::super::kommuner::all()
        .iter()
        .flat_map(|k| {
            let whole = k.name.to_lowercase();
            let parts: Vec<String> = whole
                .split([' ', '-'])
                .filter(|p| p.chars().count() > 3)
                .map(str::to_string)
                .collect();
            std::iter::once(whole).chain(parts)
        })
        .collect()
});

/// Typical Swedish surname endings, plus frequent Finnish, Slavic, Armenian and Persian ones.
const SURNAME_ENDINGS: &[&str] = &[
    "sson", "son", "ström", "strøm", "berg", "gren", "qvist", "kvist", "quist", "lund", "dahl",
    "holm", "lind", "ander", "ius", "blad", "blom", "feldt", "felt", "stedt", "crona", "én", "löf",
    "löv", "bäck", "inen", "anen", "onen", "ović", "ovic", "ević", "evic", "ić", "ski", "ov",
    "ova", "ev", "eva", "yan", "zadeh", "pour", "oglu", "oğlu", "enko", "escu",
];

/// Lower case, without a genitive `s` (`Svenssons` → `svensson`, keeping `-sson` intact) and
/// without an apostrophe genitive (`Ali's`, `Max'`).
pub(super) fn base_form(word: &str) -> String {
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches(['\'', '’']);
    let lower = lower.strip_suffix("'s").unwrap_or(lower);
    lower.to_string()
}

pub(super) fn without_genitive(lower: &str) -> &str {
    if lower.ends_with("ssons") || (lower.ends_with('s') && !lower.ends_with("ss")) {
        &lower[..lower.len() - 1]
    } else {
        lower
    }
}

/// A given name on the list (a hyphenated name counts by its first part: `Anna-Karin`).
pub(super) fn is_first_name(word: &str) -> bool {
    let lower = base_form(word);
    FIRST_NAME_SET.contains(&lower)
        || lower
            .split('-')
            .next()
            .is_some_and(|first| FIRST_NAME_SET.contains(first))
}

/// On the surname list, genitive or not.
pub(super) fn is_listed_surname(word: &str) -> bool {
    let lower = base_form(word);
    let last = lower.rsplit('-').next().unwrap_or(&lower);
    SURNAME_SET.contains(last) || SURNAME_SET.contains(without_genitive(last))
}

/// A surname by ending ("Lindqvist", "Hodžić"), with some stem before the ending.
pub(super) fn has_surname_ending(word: &str) -> bool {
    let lower = base_form(word);
    let last = lower.rsplit('-').next().unwrap_or(&lower);
    let check = |w: &str| {
        SURNAME_ENDINGS
            .iter()
            .any(|e| w.ends_with(e) && w.chars().count() > e.chars().count() + 1)
    };
    check(last) || check(without_genitive(last))
}

/// On the surname list or shaped like a surname, and not a municipality ("Hässleholm").
pub(super) fn is_surname(word: &str) -> bool {
    (is_listed_surname(word) || has_surname_ending(word)) && !is_kommun(word)
}

/// An ordinary Swedish word (lower case in, genitive tolerated).
pub(super) fn is_swedish_word(word: &str) -> bool {
    let lower = base_form(word);
    WORD_SET.contains(&lower) || WORD_SET.contains(without_genitive(&lower))
}

/// A municipality's name or a word of one.
pub(super) fn is_kommun(word: &str) -> bool {
    let lower = base_form(word);
    KOMMUN_SET.contains(&lower) || KOMMUN_SET.contains(without_genitive(&lower))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_read_and_cover_every_origin() {
        for name in [
            "Anna", "Mohammed", "Dawit", "Zeynep", "Piotr", "Jelena", "Nguyen",
        ] {
            assert!(
                is_first_name(name) || is_listed_surname(name),
                "{name} is on no list"
            );
        }
        assert!(FIRST_NAME_SET.len() > 1000, "{}", FIRST_NAME_SET.len());
        assert!(SURNAME_SET.len() > 700, "{}", SURNAME_SET.len());
        assert!(is_surname("Svenssons") && is_surname("Yilmaz") && is_surname("Hodžić"));
        assert!(!is_surname("Hässleholm"), "a municipality is a place");
        assert!(is_swedish_word("per") && !is_swedish_word("ahmed"));
    }
}
