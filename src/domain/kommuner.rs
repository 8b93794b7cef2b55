//! Sweden's 290 municipalities with their kommunkod and county (SCB's list, in
//! `data/kommuner.tsv`), and finding one the way a person types it: by code ("0138") or by the
//! beginning of its name ("tyr", "Öster", "malung sälen", "Tyresö kommun").

use std::sync::LazyLock;

use super::municipality::Municipality;

/// One municipality as SCB lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kommun {
    /// Four digits; the first two are the county's code (länskod).
    pub code: &'static str,
    /// SCB's short name: "Stockholm", "Gotland", "Malung-Sälen".
    pub name: &'static str,
    pub county_code: &'static str,
    pub county: &'static str,
}

const TSV: &str = include_str!("../../data/kommuner.tsv");

static ALL: LazyLock<Vec<Kommun>> = LazyLock::new(|| {
    TSV.lines()
        .skip(1)
        .filter_map(|line| {
            let mut cols = line.split('\t');
            Some(Kommun {
                code: cols.next()?.trim(),
                name: cols.next()?.trim(),
                county_code: cols.next()?.trim(),
                county: cols.next()?.trim(),
            })
        })
        .collect()
});

/// Every municipality, in kommunkod order (so grouped by county).
pub fn all() -> &'static [Kommun] {
    &ALL
}

/// The municipality with this kommunkod.
pub fn by_code(code: &str) -> Option<&'static Kommun> {
    ALL.iter().find(|k| k.code == code.trim())
}

/// Lower case (Å, Ä and Ö too: "ÖSTER" finds Österåker, but "o" does not find "ö"), hyphens
/// as spaces, runs of spaces collapsed.
fn fold(s: &str) -> String {
    s.to_lowercase()
        .replace(['-', '–'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The municipalities a person means by `query`: the one with that kommunkod; else the one
/// the name names exactly ("Tyresö kommun", "Stockholms stad", "Region Gotland"); else every
/// one whose name begins with it, in kommunkod order. Empty when nothing matches.
pub fn find(query: &str) -> Vec<&'static Kommun> {
    let query = query.trim();
    if query.is_empty() {
        return Vec::new();
    }
    if query.chars().all(|c| c.is_ascii_digit()) {
        return by_code(query).into_iter().collect();
    }
    let named = Municipality::new(query);
    let exact: Vec<_> = ALL.iter().filter(|k| named.matches(k.name)).collect();
    if !exact.is_empty() {
        return exact;
    }
    let prefix = fold(query);
    ALL.iter()
        .filter(|k| fold(k.name).starts_with(&prefix))
        .collect()
}

/// Exactly one municipality for `query`, or a Swedish sentence saying why not (none, or which
/// ones it could be).
pub fn find_one(query: &str) -> Result<&'static Kommun, String> {
    find_one_in(query, super::Lang::Sv)
}

/// [`find_one`], the error in `lang`.
pub fn find_one_in(query: &str, lang: super::Lang) -> Result<&'static Kommun, String> {
    let found = find(query);
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(crate::i18n::t!(
            lang,
            "error-municipality-not-found",
            query = query.trim()
        )),
        many => Err(crate::i18n::t!(
            lang,
            "error-municipality-ambiguous",
            query = query.trim(),
            candidates = many
                .iter()
                .take(12)
                .map(|k| format!("{} ({})", k.name, k.code))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_290_municipalities_with_four_digit_codes_in_21_counties() {
        assert_eq!(all().len(), 290);
        assert!(all().iter().all(|k| k.code.len() == 4
            && k.code.starts_with(k.county_code)
            && !k.name.is_empty()
            && k.county.ends_with("län")));
        let counties: std::collections::BTreeSet<_> = all().iter().map(|k| k.county).collect();
        assert_eq!(counties.len(), 21);
    }

    #[test]
    fn found_by_code_exact_name_or_prefix() {
        assert_eq!(find_one("0138").map(|k| k.name), Ok("Tyresö"));
        assert_eq!(find_one("Tyresö kommun").map(|k| k.code), Ok("0138"));
        assert_eq!(find_one("stockholms stad").map(|k| k.code), Ok("0180"));
        assert_eq!(find_one("Region Gotland").map(|k| k.name), Ok("Gotland"));
        assert_eq!(find_one("malung sälen").map(|k| k.name), Ok("Malung-Sälen"));
        // Upper-case Ö folds to ö; a plain o is another letter.
        assert_eq!(find_one("ÖSTERÅ").map(|k| k.name), Ok("Österåker"));
        assert!(find("Osterå").is_empty());
        // "Upplands" begins two names: both are offered, and the error names them.
        let upplands: Vec<_> = find("upplands").iter().map(|k| k.name).collect();
        assert_eq!(upplands, ["Upplands Väsby", "Upplands-Bro"]);
        let err = find_one("upplands").unwrap_err();
        assert!(
            err.contains("Upplands Väsby (0114)") && err.contains("Upplands-Bro"),
            "{err}"
        );
        assert!(find_one("9999").unwrap_err().contains("9999"));
        assert!(find("").is_empty());
    }
}
