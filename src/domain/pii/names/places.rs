//! What a capitalised word is when it is not a person: part of a place, an organisation, a
//! firm, a date; and where a sentence starts (so a capital letter says nothing).

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::super::lists::{base_form, is_kommun, without_genitive};

/// Directions and size adjectives in place names.
const PLACE_ADJECTIVES: &str = "\
norra södra östra västra centrala stora lilla gamla nya övre nedre inre yttre sankt nord \
syd öst väst norr söder öster väster mellersta nordöstra nordvästra sydöstra sydvästra";

/// Authorities and organisations.
const ORGANISATIONS: &str = "\
polisen polis lokalpolisområde lokalpolisområdet polisområde polisregion region regionen \
kommun kommunen kommuns län läns stad staden socialtjänsten socialtjänst räddningstjänsten \
räddningstjänst fältassistenterna fältgruppen förvaltning stadsdelsförvaltning \
stadsdelsförvaltningen nämnd nämnden bostäder fastigheter hem hyresgästföreningen \
stiftelsen föreningen förening ab hb kb if ik bk ff fc träff träffpunkt fritid ungdomens \
trygghet trygg säker kommunpolis kommunpolisen trafikverket länsstyrelsen kriminalvården \
skolverket sverige sveriges svenska svensk universitet högskola campus center centret \
forum mall plaza city shopping park plan hall hus huset station torg strand hamn centrum \
galleria tunnelbana tunnelbanan pendeltåg buss linje kyrka kyrkogård moské församling gård \
skola skolan gymnasium arena sjöstad allé brottsofferjouren tjejjouren kvinnojouren \
nattvandrarna nattvandring röda korset rädda barnen fryshuset maskrosbarn bris \
ica coop willys lidl hemköp systembolaget apoteket pressbyrån mcdonalds max burger king";

/// Calendar words (capitalised at sentence starts and in headings).
const CALENDAR: &str = "\
måndag tisdag onsdag torsdag fredag lördag söndag januari februari mars april maj juni \
juli augusti september oktober november december vecka veckan";

/// Compass words that are also Swedish surnames.
pub(super) const COMPASS_WORDS: &[&str] = &[
    "Nord", "Syd", "Öst", "Väst", "Norr", "Söder", "Öster", "Väster",
];

/// Endings (lower case) that mark a word as a place: streets, squares, buildings and areas.
const PLACE_SUFFIXES: &[&str] = &[
    "gatan",
    "gata",
    "vägen",
    "väg",
    "torget",
    "torg",
    "gränd",
    "gränden",
    "backen",
    "parken",
    "stigen",
    "allé",
    "allén",
    "leden",
    "stråket",
    "platsen",
    "plats",
    "bron",
    "kajen",
    "centrum",
    "skola",
    "skolan",
    "gymnasiet",
    "gymnasium",
    "hallen",
    "huset",
    "gården",
    "gård",
    "staden",
    "stad",
    "kyrka",
    "kyrkan",
    "ringen",
    "slingan",
    "svängen",
    "sjukhus",
    "sjukhuset",
    "stationen",
    "station",
    "området",
    "kvarteret",
    "tunneln",
    "terminalen",
    "galleria",
    "gallerian",
    "förskola",
    "förskolan",
    "biblioteket",
    "bibliotek",
    "badet",
    "arena",
    "arenan",
    "hamnen",
    "hamn",
    "stranden",
    "strand",
    "planen",
    "köpcentrum",
    "centret",
    "sjön",
    "ängen",
    "holmen",
    "viken",
    "udden",
    "skogen",
    "dalen",
    "park",
    "plan",
    "hållplats",
    "hållplatsen",
    "perrongen",
    "församlingshem",
    "församlingsgård",
    "simhall",
    "simhallen",
    "idrottsplats",
    "idrottsplatsen",
    "ishall",
    "ishallen",
];

/// Capitalised words that make the capitalised words before them a firm's name ("Anna Berg
/// Bygg AB"): whole words, lower case.
const FIRM_WORDS: &[&str] = &[
    "el", "rör", "vvs", "bil", "bilar", "däck", "ab", "hb", "kb", "livs", "städ", "bygg", "motor",
    "café", "cafe", "kebab", "handel", "service", "group", "invest", "söner", "&",
];

/// Endings of firm words ("Erik Olsson Fastighetsförmedling", "… Måleri").
const FIRM_SUFFIXES: &[&str] = &[
    "förmedling",
    "fastigheter",
    "byggnads",
    "måleri",
    "städservice",
    "konsult",
    "consulting",
    "transport",
    "åkeri",
    "entreprenad",
    "trafikskola",
    "revision",
    "juridik",
    "byrå",
    "förvaltning",
    "bemanning",
    "bevakning",
    "säkerhet",
    "frisör",
    "pizzeria",
    "restaurang",
    "salong",
    "service",
    // Trades and services a one-person firm is named for ("… Hudvård", "… Fotvård",
    // "… Städtjänst"): the line of business, written as a capitalised noun after the name.
    "vård",
    "tjänst",
    "tjänster",
    "teknik",
    "design",
    "hälsa",
    "terapi",
    "klinik",
    "redovisning",
    "ekonomi",
    "logistik",
    "snickeri",
    "flytt",
    "tvätt",
    "optik",
    "massage",
    "skönhet",
    "bageri",
    "konditori",
    "trädgård",
];

/// Place nouns in their indefinite form, as they follow a person's name in the genitive
/// ("… Hanssons väg", "… Ericsons terminal", "… Lindgrens bibliotek"). Only the word after a
/// name is checked against these (a surname may end in "bro" or "dal", so they do not make a
/// name's own words places the way [`PLACE_SUFFIXES`] do).
const PLACE_NOUNS_AFTER_GENITIVE: &[&str] = &[
    "terminal",
    "tunnel",
    "bibliotek",
    "bad",
    "hall",
    "torn",
    "bro",
    "kaj",
    "brygga",
    "skog",
    "äng",
    "sjö",
    "dal",
    "udde",
    "vik",
    "holme",
    "backe",
    "stig",
    "led",
    "stråk",
    "kvarter",
    "område",
    "museum",
    "museet",
    "teater",
    "teatern",
    "stadion",
    "kapell",
    "kapellet",
    "minneslund",
    "paviljong",
    "paviljongen",
    "monument",
    "staty",
    "statyn",
];

/// Organisations' head words: the capitalised word after them is a place, not a person
/// ("Brottsofferjouren Hässleholm", "Föreningen Tryggare Gator").
const ORGANISATION_HEAD_SUFFIXES: &[&str] = &[
    "jouren",
    "föreningen",
    "förbundet",
    "stiftelsen",
    "klubben",
    "rådet",
    "församlingen",
    "kyrkan",
    "gården",
    "gruppen",
    "nätverket",
    "enheten",
    "teamet",
    "centret",
    "huset",
    "restaurang",
    "pizzeria",
    "café",
    "kebab",
    "frisör",
    "hotell",
    "stadsdelen",
    "området",
    "kommun",
    "polisen",
    "region",
    "lokalpolisområde",
    "skolan",
    "gymnasiet",
];

static STOP_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [PLACE_ADJECTIVES, ORGANISATIONS, CALENDAR]
        .iter()
        .flat_map(|list| list.split_whitespace())
        .collect()
});

/// Up to three capitalised words (or "och", "&") and then a company form: the name before is
/// a firm's.
static LEGAL_FORM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[ \u{a0}]+(?:\p{Lu}[\p{L}-]*|och|&)){1,4}[ \u{a0}]+(?:AB|HB|KB|Aktiebolag|Handelsbolag)(?-u:\b)",
    )
    .expect("valid regex")
});

/// The word following a position (for "Olof Palmes gata"-style checks).
static NEXT_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \u{a0}]+([\p{L}&-]+)").expect("valid regex"));

fn ends_with_any(lower: &str, endings: &[&str]) -> bool {
    endings.iter().any(|e| lower.ends_with(e))
}

/// Part of place and organisation names, a calendar word or a municipality.
pub(super) fn is_stop(word: &str) -> bool {
    let lower = base_form(word);
    STOP_SET.contains(lower.as_str())
        || STOP_SET.contains(without_genitive(&lower))
        || is_kommun(word)
}

/// A street, square, building or area by its ending.
pub(super) fn is_place_word(word: &str) -> bool {
    let lower = base_form(word);
    ends_with_any(&lower, PLACE_SUFFIXES) || ends_with_any(without_genitive(&lower), PLACE_SUFFIXES)
}

/// True when the next word after `pos` is a place noun ("Olof Palmes gata", "Astrid
/// Lindgrens Barnsjukhus"), an organisation word or a firm word ("… Fastighetsförmedling").
pub(super) fn followed_by_place_or_firm(text: &str, pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or("");
    // "Lina Andersson Redovisning AB": a few capitalised words, then a company form.
    if LEGAL_FORM_AFTER.is_match(rest) {
        return true;
    }
    text.get(pos..)
        .and_then(|rest| NEXT_WORD.captures(rest))
        .and_then(|c| c.get(1))
        .is_some_and(|w| {
            let word = w.as_str();
            let lower = base_form(word);
            let lower = without_genitive(&lower);
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            is_place_word(word)
                || (ends_with_genitive(text, pos) && PLACE_NOUNS_AFTER_GENITIVE.contains(&lower))
                || lower == "&"
                || (capitalised
                    && (STOP_SET.contains(lower)
                        || FIRM_WORDS.contains(&lower)
                        || FIRM_SUFFIXES.iter().any(|f| lower.ends_with(f))))
        })
}

/// The name ending at `pos` is in the genitive ("Ericsons"): what a place named after a person
/// looks like ("Nils Ericsons terminal").
fn ends_with_genitive(text: &str, pos: usize) -> bool {
    text.get(..pos)
        .and_then(|before| before.chars().next_back())
        .is_some_and(|c| c == 's')
}

/// True when the word right before `pos` heads an organisation's or a venue's name
/// ("Brottsofferjouren Hässleholm", "Pizzeria Ali").
pub(super) fn after_organisation_head(text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("").trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    !word.is_empty() && ORGANISATION_HEAD_SUFFIXES.iter().any(|s| word.ends_with(s))
}

/// True when the word at `pos` starts a sentence or a line (so its capital letter says
/// nothing).
pub(super) fn at_sentence_start(text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("");
    let trimmed = before.trim_end();
    if trimmed.len() != before.len() && before[trimmed.len()..].contains('\n') {
        return true;
    }
    match trimmed.chars().next_back() {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '!' | '?' | '•' | '*' | '-' | '–' | '—' | '"' | '”' | '»' | '(' | ':'
        ),
    }
}
