//! Personal-data lint: flags text that looks like it identifies a person.
//!
//! Free text in observations, meeting notes and action descriptions must be
//! place-based and free of personal data (GDPR data minimisation). [`lint`]
//! finds text that looks like personal data so the UI can warn before saving
//! and exports can refuse flagged text that the user has not confirmed.
//!
//! The lint is deliberately a heuristic: it is a reminder for the writer, not a
//! guarantee. It flags
//!
//! * personnummer / samordningsnummer (date-validated, Luhn-graded),
//! * Swedish registration plates (`ABC 123`, `ABC 12A`, upper case only),
//! * Swedish phone numbers (national and `+46`/`0046` forms, 8–10 digits),
//! * e-mail addresses (also the `(at)` obfuscation),
//! * name-like word pairs (first-name list + surname endings; the heuristic
//!   is documented on `name_findings`).

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum PiiKind {
    Personnummer,
    RegistrationPlate,
    PhoneNumber,
    Email,
    NameLike,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PiiFinding {
    pub kind: PiiKind,
    /// Byte range into the linted text (always on char boundaries).
    pub span: Range<usize>,
    /// The flagged text, `text[span]`.
    pub excerpt: String,
    pub confidence: Confidence,
}

impl PiiKind {
    /// Swedish label for the UI, e.g. "personnummer", "registreringsnummer", "telefonnummer", "e-postadress", "namn".
    pub fn label_sv(self) -> &'static str {
        match self {
            PiiKind::Personnummer => "personnummer",
            PiiKind::RegistrationPlate => "registreringsnummer",
            PiiKind::PhoneNumber => "telefonnummer",
            PiiKind::Email => "e-postadress",
            PiiKind::NameLike => "namn",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            PiiKind::Personnummer => "personal identity number",
            PiiKind::RegistrationPlate => "registration plate",
            PiiKind::PhoneNumber => "phone number",
            PiiKind::Email => "e-mail address",
            PiiKind::NameLike => "name",
        }
    }

    /// How specific a match of this kind is; used to break ties when spans overlap.
    fn specificity(self) -> u8 {
        match self {
            PiiKind::Email => 5,
            PiiKind::Personnummer => 4,
            PiiKind::PhoneNumber => 3,
            PiiKind::RegistrationPlate => 2,
            PiiKind::NameLike => 1,
        }
    }
}

/// All findings, in text order, non-overlapping (prefer the more specific kind when spans overlap).
///
/// Overlaps are resolved greedily: higher confidence first, then the more
/// specific kind (e-mail > personnummer > phone > plate > name), then the
/// longer span.
pub fn lint(text: &str) -> Vec<PiiFinding> {
    let mut candidates = Vec::new();
    email_findings(text, &mut candidates);
    personnummer_findings(text, &mut candidates);
    phone_findings(text, &mut candidates);
    plate_findings(text, &mut candidates);
    name_findings(text, &mut candidates);

    candidates.sort_by(|a, b| {
        b.confidence
            .cmp(&a.confidence)
            .then(b.kind.specificity().cmp(&a.kind.specificity()))
            .then((b.span.end - b.span.start).cmp(&(a.span.end - a.span.start)))
            .then(a.span.start.cmp(&b.span.start))
    });
    // Accepted findings keyed by start; they never overlap, so a candidate
    // only needs checking against its neighbours.
    let mut accepted: BTreeMap<usize, PiiFinding> = BTreeMap::new();
    for c in candidates {
        let clashes_before = accepted
            .range(..c.span.end)
            .next_back()
            .is_some_and(|(_, a)| a.span.end > c.span.start);
        if !clashes_before {
            accepted.insert(c.span.start, c);
        }
    }
    accepted.into_values().collect()
}

/// A one-line Swedish warning for a set of findings, e.g.
/// "Texten kan innehålla personuppgifter: personnummer (”850101-1234”), namn (”Anna Svensson”). Beskriv platser och situationer, inte personer."
pub fn warning_sv(findings: &[PiiFinding]) -> Option<String> {
    const MAX_LISTED: usize = 5;
    if findings.is_empty() {
        return None;
    }
    let mut seen: HashSet<(PiiKind, &str)> = HashSet::new();
    let mut items: Vec<String> = Vec::new();
    for f in findings {
        if seen.insert((f.kind, f.excerpt.as_str())) {
            items.push(format!("{} (”{}”)", f.kind.label_sv(), f.excerpt));
        }
    }
    let total = items.len();
    items.truncate(MAX_LISTED);
    let mut list = items.join(", ");
    if total > MAX_LISTED {
        list.push_str(&format!(" och {} till", total - MAX_LISTED));
    }
    Some(format!(
        "Texten kan innehålla personuppgifter: {list}. Beskriv platser och situationer, inte personer."
    ))
}

// ---------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------

fn push(
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

fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos).and_then(|s| s.chars().next_back())
}

fn char_after(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

/// True when the span is glued to further digits by number punctuation
/// (`12-850101-1234`, `3.0701740605`, `ABC 123-45`), i.e. it is part of a
/// larger number rather than a standalone identifier.
fn glued_to_number(text: &str, span: &Range<usize>) -> bool {
    const GLUE: [char; 5] = ['-', '–', '/', '.', ':'];
    let before = char_before(text, span.start);
    if before.is_some_and(|c| GLUE.contains(&c) || c == '+') {
        let p = span.start - before.map_or(0, char::len_utf8);
        if char_before(text, p).is_some_and(|c| c.is_ascii_digit()) {
            return true;
        }
    }
    let after = char_after(text, span.end);
    if after.is_some_and(|c| GLUE.contains(&c)) {
        let p = span.end + after.map_or(0, char::len_utf8);
        if char_after(text, p).is_some_and(|c| c.is_ascii_digit()) {
            return true;
        }
    }
    false
}

fn digits_of(s: &str) -> Vec<u32> {
    s.chars().filter_map(|c| c.to_digit(10)).collect()
}

fn num(d: &[u32]) -> u32 {
    d.iter().fold(0, |acc, &x| acc * 10 + x)
}

// ---------------------------------------------------------------------------
// E-mail
// ---------------------------------------------------------------------------

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}\b").expect("valid regex")
});
/// Obfuscated form: `anna.svensson(at)example.com`, `anna [at] example.com`.
static EMAIL_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b[\w.%+\-]+ ?(?:\(at\)|\[at\]|\{at\}) ?[\w\-]+(?:(?:\.|\(dot\)|\[dot\])[\w\-]+)*(?:\.|\(dot\)|\[dot\])[A-Za-z]{2,}\b")
        .expect("valid regex")
});

fn email_findings(text: &str, out: &mut Vec<PiiFinding>) {
    for m in EMAIL.find_iter(text) {
        push(out, text, m.range(), PiiKind::Email, Confidence::High);
    }
    for m in EMAIL_AT.find_iter(text) {
        push(out, text, m.range(), PiiKind::Email, Confidence::Medium);
    }
}

// ---------------------------------------------------------------------------
// Personnummer / samordningsnummer
// ---------------------------------------------------------------------------

/// `YYMMDD-NNNN`, `YYMMDD+NNNN`, `YYMMDD NNNN`, `YYMMDDNNNN` and the same with
/// a four-digit year. Exactly 10 or 12 digits, bounded by non-word characters.
static PERSONNUMMER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{2})?(\d{6})([\-+ \u{a0}]?)(\d{4})\b").expect("valid regex")
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
fn luhn_valid(ten: &[u32]) -> bool {
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

fn personnummer_findings(text: &str, out: &mut Vec<PiiFinding>) {
    for caps in PERSONNUMMER.captures_iter(text) {
        let (Some(whole), Some(date), Some(serial)) = (caps.get(0), caps.get(2), caps.get(4))
        else {
            continue;
        };
        if glued_to_number(text, &whole.range()) {
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

// ---------------------------------------------------------------------------
// Phone numbers
// ---------------------------------------------------------------------------

/// A Swedish number: `+46`/`0046` (optionally `(0)`) or a leading `0`, then a
/// non-zero digit and 5–11 more digits with optional separators (space,
/// hyphen, en dash, slash). Greedy; the tail is trimmed group-wise afterwards.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?:\+|\b00)46[ \u{a0}\-–]?(?:\(0\)[ \u{a0}\-–]?)?|\b0)[1-9](?:(?:[ \u{a0}]?[\-–/][ \u{a0}]?|[ \u{a0}])?\d){5,11}",
    )
    .expect("valid regex")
});
/// `08-11-2026`, `01 02 2026`: a day-month-year date, not a phone number.
static DMY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}[ \-–/.]\d{1,2}[ \-–/.](?:19|20)\d{2}$").expect("valid regex")
});
/// `0800-0900`, `0830 – 1000`: a time range in HHMM form.
static HHMM_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[01]\d|2[0-3])[0-5]\d ?[\-–] ?(?:[01]\d|2[0-3])[0-5]\d$").expect("valid regex")
});
/// Shapes of a personnummer (`YYMMDD-NNNN`): if a phone candidate looks like
/// this, it gets low confidence so the personnummer reading wins.
static PNR_SHAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\d{2})?\d{6}[\-+ \u{a0}]\d{4}$").expect("valid regex"));

/// Stems of number labels that, right before a phone-shaped number, say it
/// is some other kind of number ("fakturanummer 0123-456789", "kommunkod
/// 0182 0181", "order nr 0123-456789"). Deliberately narrow: a label must be
/// a stem plus "nummer"/"nr"/"kod"/"giro" (or the stem alone), so
/// "telefonnummer" and "projektledaren" do not suppress anything.
const NON_PHONE_STEMS: &[&str] = &[
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
];

/// True when the label right before `pos` names a non-phone number.
fn non_phone_context(text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("");
    let mut words = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .map(str::to_lowercase);
    let Some(mut label) = words.next() else {
        return false;
    };
    if matches!(label.as_str(), "nr" | "nummer" | "no") {
        match words.next() {
            Some(w) => label = w,
            None => return false,
        }
        return NON_PHONE_STEMS.iter().any(|s| label.starts_with(s));
    }
    NON_PHONE_STEMS.iter().any(|s| {
        label.strip_prefix(s).is_some_and(|rest| {
            let rest = rest.trim_start_matches('s');
            rest.is_empty() || ["nummer", "nr", "kod", "giro"].contains(&rest)
        })
    })
}

fn phone_findings(text: &str, out: &mut Vec<PiiFinding>) {
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
                if c.is_ascii_digit() {
                    let consumed = &s[..i + 1];
                    if consumed.ends_with("46") {
                        prefix_skipped = true;
                        digit_count = 1;
                    }
                }
                continue;
            }
            if c == '(' {
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
        if non_phone_context(text, span.start)
            || DMY_DATE.is_match(candidate)
            || HHMM_RANGE.is_match(candidate)
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
            let first_group = candidate
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap_or("");
            !international
                && (2..=4).contains(&first_group.len())
                && candidate[first_group.len()..].starts_with(['-', '–', ' ', '/'])
        };
        let confidence = if PNR_SHAPE.is_match(candidate) {
            Confidence::Low
        } else if international || mobile || area_code_separated {
            Confidence::High
        } else {
            Confidence::Medium
        };
        push(out, text, span, PiiKind::PhoneNumber, confidence);
    }
}

// ---------------------------------------------------------------------------
// Registration plates
// ---------------------------------------------------------------------------

/// Three letters (Swedish plates never use I, Q, V, Å, Ä, Ö), optional space,
/// two digits and a digit or letter, as a whole word. Upper case only: in
/// running text a lower-case `abc 123` is far more often something else
/// (an abbreviation followed by a count), and people write plates in capitals.
static PLATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[A-HJ-PR-UW-Z]{3}[ \u{a0}]?\d{2}[0-9A-HJ-PR-UW-Z]\b").expect("valid regex")
});

/// Plate-shaped abbreviations that are realistically followed by a number in
/// Swedish municipal/police text: laws and legal sources (LSS, LVU, LVM, SOL,
/// OSL, PBL, BRB, SFB, SFS, SOU), agencies (SKR, MSB, NOA, SCB), and
/// contact/address abbreviations (TEL, MOB, FAX, LGH, DNR, BOX), plus car
/// models (BMW 320, KTM 125) — a model number is not a plate.
const PLATE_STOP: &[&str] = &[
    "LSS", "LVU", "LVM", "SOL", "OSL", "PBL", "BRB", "SFB", "SFS", "SOU", "SKR", "MSB", "NOA",
    "SCB", "TEL", "MOB", "FAX", "LGH", "DNR", "BOX", "BMW", "KTM", "EUR", "SEK", "USD",
];

/// Words that make a nearby plate-shaped token very likely a plate (whole
/// words, lower case).
const VEHICLE_WORDS: &str = "\
bil bilen bilar bilarna bilbrand regnr reg.nr reg regnummer registreringsnummer \
registreringsnumret registreringsskylt fordon fordonet moped mopeden mopeder mopedbil \
mopedbilen mc lastbil lastbilen skåpbil skåpbilen taxi taxin släp släpet husbil husbilen \
epa epan a-traktor a-traktorn volvo saab audi mercedes toyota skylt skylten skyltar \
parkerad parkerade";

static VEHICLE_WORD_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| VEHICLE_WORDS.split_whitespace().collect());

fn plate_findings(text: &str, out: &mut Vec<PiiFinding>) {
    for m in PLATE.find_iter(text) {
        let letters = m.as_str().get(..3).unwrap_or("");
        if PLATE_STOP.contains(&letters) || glued_to_number(text, &m.range()) {
            continue;
        }
        // Look back at most ~60 bytes (on a char boundary) for a vehicle word.
        let mut from = m.start().saturating_sub(60);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let context = text[from..m.start()].to_lowercase();
        let vehicle_context = context
            .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
            .map(|w| w.trim_matches(['.', '-']))
            .any(|w| VEHICLE_WORD_SET.contains(w));
        let confidence = if vehicle_context {
            Confidence::High
        } else {
            Confidence::Medium
        };
        push(out, text, m.range(), PiiKind::RegistrationPlate, confidence);
    }
}

// ---------------------------------------------------------------------------
// Name-like pairs
// ---------------------------------------------------------------------------

/// Common first names in Sweden (SCB name statistics: the most common given
/// names among men and women of all ages, plus names common among large
/// immigrant groups) and common nicknames. Public statistical name lists, not
/// personal data. Lower case. Deliberately left out: names that are ordinary
/// Swedish words or brands likely to precede a capitalised word
/// ("Bo", "Maj", "Stig", "Saga", "Juni", "Max").
const FIRST_NAMES_MEN: &str = "\
lars mikael michael anders johan erik eric per karl carl peter thomas tomas jan daniel \
fredrik hans andreas stefan bengt alexander magnus mats nils jonas leif marcus markus \
björn oskar oscar martin mattias matthias henrik sven viktor victor simon robert patrik \
christer david emil filip philip anton axel gustav gustaf jakob jacob elias lucas lukas \
liam william hugo oliver adam noah isak ludvig leo olle arvid vincent albin melvin theo \
kevin sebastian linus joel rasmus tobias niklas nicklas jesper johannes jonathan \
kristoffer christoffer christian kristian håkan ulf roger göran lennart kjell rolf gunnar \
åke ingvar tommy kent roland kenneth jörgen dennis joakim jimmy robin edvin alfred harry \
sixten frank ebbe vilgot wilmer milo charlie otto viggo valter walter ivar malte loke olof \
ola ove sten arne bertil rune kalle pelle nisse lasse janne micke jocke ronny conny \
benjamin samuel felix elliot casper josef gabriel jens mohammed mohamed mohammad muhammad \
ahmed ahmad ali hassan hussein omar abdi abdullahi abdullah yusuf ibrahim mustafa mahmoud \
khalid karim amir reza mehmet murat emre ahmet hamid farid said jamal abdul tariq bilal \
hamza yasin rashid osman ismail hamse liban mahad yonas dragan goran milan nikola zoran \
marko aleksandar piotr tomasz krzysztof juan carlos jose luis andrei adnan emir";

const FIRST_NAMES_WOMEN: &str = "\
anna maria margareta elisabeth elisabet eva kristina christina birgitta karin marie ingrid \
linnea linnéa sofia sophia kerstin lena helena marianne emma johanna inger sara sarah \
cecilia elin anita ulla louise viktoria victoria gunilla ida jenny hanna hannah susanne \
malin irene carina elsa lisa ulrika katarina catarina astrid agneta camilla alice maja \
julia ella wilma alva ebba olivia freja signe selma vera stella ellen klara clara alma \
leah lea agnes nova ellie edith matilda amanda moa felicia frida josefin josefine therese \
terese anneli annelie annika monica monika mona yvonne åsa lotta charlotte jessica linda \
sandra emelie emilia caroline karolina rebecka sanna petra pia siv britt barbro gunnel \
solveig ingela helen madeleine mikaela nathalie natalie tove tilda elvira tyra ines iris \
lilly linn mira nora thea elina elise hedvig mila stina kicki majken inga fatima fatma \
aisha amina maryam mariam leila layla zainab hodan fadumo nasra hawa samira yasmin noor \
nour rania nadia dalia hiba ayan semhar ayşe ayse jelena ivana ana katarzyna agnieszka";

/// Typical Swedish surname endings, plus a few frequent Finnish, Slavic,
/// Armenian and Persian ones.
const SURNAME_ENDINGS: &[&str] = &[
    "sson", "son", "ström", "strøm", "berg", "gren", "qvist", "kvist", "quist", "lund", "dahl",
    "holm", "lind", "ander", "ius", "blad", "blom", "feldt", "felt", "stedt", "crona", "én", "löf",
    "löv", "bäck", "inen", "anen", "onen", "ović", "ovic", "ević", "evic", "ić", "ski", "ov",
    "ova", "ev", "eva", "yan", "zadeh", "pour",
];

// Stop words for names: whole words (lower case) that are part of place and
// organisation names or otherwise capitalised without being names.

/// Directions and size adjectives in place names.
const NAME_STOP_PLACE_ADJECTIVES: &str = "\
norra södra östra västra centrala stora lilla gamla nya övre nedre inre yttre sankt nord \
syd öst väst norr söder öster väster mellersta nordöstra nordvästra sydöstra sydvästra";

/// Authorities and organisations.
const NAME_STOP_ORGANISATIONS: &str = "\
polisen polis lokalpolisområde lokalpolisområdet polisområde polisregion region regionen \
kommun kommunen kommuns län läns stad staden socialtjänsten socialtjänst räddningstjänsten \
räddningstjänst fältassistenterna fältgruppen förvaltning stadsdelsförvaltning \
stadsdelsförvaltningen nämnd nämnden bostäder fastigheter hem hyresgästföreningen \
stiftelsen föreningen förening ab hb kb if ik bk ff fc träff träffpunkt fritid ungdomens \
trygghet trygg säker kommunpolis kommunpolisen trafikverket länsstyrelsen kriminalvården \
skolverket sverige sveriges svenska svensk universitet högskola campus center centret \
forum mall plaza city shopping park plan hall hus huset station torg strand hamn centrum \
galleria tunnelbana tunnelbanan pendeltåg buss linje kyrka kyrkogård moské församling gård \
skola skolan gymnasium arena sjöstad allé";

/// Calendar words (capitalised at sentence starts and in headings).
const NAME_STOP_CALENDAR: &str = "\
måndag tisdag onsdag torsdag fredag lördag söndag januari februari mars april maj juni \
juli augusti september oktober november december vecka veckan";

/// Compass words that are also Swedish surnames.
const COMPASS_WORDS: &[&str] = &[
    "Nord", "Syd", "Öst", "Väst", "Norr", "Söder", "Öster", "Väster",
];

/// Endings (lower case) that mark a word as a place: streets, squares,
/// buildings and areas.
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
];

/// Endings (lower case) typical of Swedish place names (districts, towns);
/// a first word with such an ending is taken to be a place, not a first name.
const PLACE_NAME_ENDINGS: &[&str] = &[
    "by", "sta", "inge", "torp", "hult", "vik", "ö", "näs", "köping", "berga", "tuna", "sätra",
    "ryd", "bro", "landa", "stad", "hamn", "fors", "byn", "träsk", "mossen", "nge",
];

static FIRST_NAME_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    FIRST_NAMES_MEN
        .split_whitespace()
        .chain(FIRST_NAMES_WOMEN.split_whitespace())
        .collect()
});
static NAME_STOP_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        NAME_STOP_PLACE_ADJECTIVES,
        NAME_STOP_ORGANISATIONS,
        NAME_STOP_CALENDAR,
    ]
    .iter()
    .flat_map(|list| list.split_whitespace())
    .collect()
});

/// A capitalised word: upper-case letter, then lower-case letters; hyphenated
/// parts allowed (`Anna-Karin`, `Svensson-Lind`). All-caps words are not
/// tokens (they are abbreviations).
static CAP_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*\b").expect("valid regex"));
/// `Kalle A.`: a capitalised word, a space, an initial and a full stop.
static NAME_INITIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)[ \u{a0}]\p{Lu}\.").expect("valid regex")
});
/// `A. Svensson`: an initial, a full stop and a capitalised word.
static INITIAL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\p{Lu}\.[ \u{a0}]?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)\b").expect("valid regex")
});
/// Title or role word + capitalised word: "rektor Sandberg", "Fru Lindqvist".
static TITLE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?i:rektor|biträdande rektor|herr|fru|dr|doktor|kommunpolis|polisinspektör|inspektör|kommissarie|väktare|väktaren|vaktmästare|vaktmästaren|fältassistent|fältassistenten|grannen|pappan|mamman|familjen|syster|bror)[ \u{a0}]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)\b",
    )
    .expect("valid regex")
});
/// Two all-caps words, for "ANNA SVENSSON" (checked against the first-name list).
static CAPS_PAIR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\p{Lu}{2,})[ \u{a0}](\p{Lu}{2,}(?:-\p{Lu}{2,})*)\b").expect("valid regex")
});
/// The word following a position (for "Olof Palmes gata"-style checks).
static NEXT_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \u{a0}]+([\p{L}-]+)").expect("valid regex"));

fn is_first_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    FIRST_NAME_SET.contains(lower.as_str())
        || lower
            .split('-')
            .next()
            .is_some_and(|first| FIRST_NAME_SET.contains(first))
}

fn ends_with_any(lower: &str, endings: &[&str]) -> bool {
    endings.iter().any(|e| lower.ends_with(e))
}

/// Strip a genitive `s` (`Svenssons` → `Svensson`), keeping `-sson` intact.
fn without_genitive(lower: &str) -> &str {
    if lower.ends_with("ssons") || (lower.ends_with('s') && !lower.ends_with("ss")) {
        &lower[..lower.len() - 1]
    } else {
        lower
    }
}

fn has_surname_ending(word: &str) -> bool {
    let lower = word.to_lowercase();
    let last = lower.rsplit('-').next().unwrap_or(&lower);
    // A surname needs some stem before the ending ("Berg" alone is also a place word).
    let check = |w: &str| {
        SURNAME_ENDINGS
            .iter()
            .any(|e| w.ends_with(e) && w.chars().count() > e.chars().count() + 1)
    };
    check(last) || check(without_genitive(last))
}

fn is_stop(word: &str) -> bool {
    let lower = word.to_lowercase();
    NAME_STOP_SET.contains(lower.as_str()) || NAME_STOP_SET.contains(without_genitive(&lower))
}

fn is_place_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    ends_with_any(&lower, PLACE_SUFFIXES) || ends_with_any(without_genitive(&lower), PLACE_SUFFIXES)
}

/// True when the next word after `pos` is a place noun: "Olof Palmes gata",
/// "Astrid Lindgrens Barnsjukhus", "Elsa Brändströms skola".
fn followed_by_place_word(text: &str, pos: usize) -> bool {
    text.get(pos..)
        .and_then(|rest| NEXT_WORD.captures(rest))
        .and_then(|c| c.get(1))
        .is_some_and(|w| {
            is_place_word(w.as_str()) || NAME_STOP_SET.contains(w.as_str().to_lowercase().as_str())
        })
}

/// True when the word at `pos` starts a sentence or a line (so its capital
/// letter says nothing).
fn at_sentence_start(text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("");
    let trimmed = before.trim_end();
    if trimmed.len() != before.len() && before[trimmed.len()..].contains('\n') {
        return true;
    }
    match trimmed.chars().next_back() {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '!' | '?' | '•' | '*' | '-' | '–' | '—' | '"' | '”' | '»' | '('
        ),
    }
}

/// Name-like pairs of capitalised words.
///
/// Swedish capitalises only proper nouns and sentence starts, so two
/// consecutive capitalised words are either a place/organisation name
/// ("Tyresö Centrum", "Lokalpolisområde Nacka") or a person. Heuristic:
///
/// * **First name + capitalised word** ("Anna Svensson", "Mohammed Ali"):
///   `Medium`, anywhere (also at a sentence start), unless the second word is
///   a place/organisation word or place-suffixed ("Katarina Bangata") or the
///   pair is followed by a place noun ("Olof Palmes gata").
/// * **Surname-ending word + first name** ("Svensson Anna"): `Medium`.
/// * **First name + initial** ("Kalle A."): `Medium`; **initial + surname**
///   ("A. Svensson"): `Low`.
/// * **Title/role + surname-ending word** ("rektor Sandberg", "Grannen
///   Lindqvist"): `Low` (only the surname is flagged).
/// * **All-caps first name + all-caps word** ("ANNA SVENSSON"): `Medium`.
/// * **Capitalised word + word with a typical surname ending** ("Milos
///   Lindqvist"): `Low`, only when the first word is not at a sentence start,
///   not a stop word ("Norra", "Polisen", "Campus"…), and does not end like
///   a place name (-by, -sta, -inge…).
///
/// Adjacent flagged pairs are merged ("Anna Maria Svensson"). Single
/// capitalised words are never flagged.
fn name_findings(text: &str, out: &mut Vec<PiiFinding>) {
    let tokens: Vec<Range<usize>> = CAP_WORD.find_iter(text).map(|m| m.range()).collect();
    let mut pairs: Vec<(Range<usize>, Confidence)> = Vec::new();
    for w in tokens.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        let gap = &text[a.end..b.start];
        if !(gap == " " || gap == "\u{a0}") {
            continue;
        }
        let (w1, w2) = (&text[a.clone()], &text[b.clone()]);
        // Compass words are stop words ("Polisen Nord") but also surnames
        // ("Mattias Nord"); after a known first name they count as surnames.
        let w2_is_compass_surname = is_first_name(w1) && COMPASS_WORDS.contains(&w2);
        if is_stop(w1)
            || (is_stop(w2) && !w2_is_compass_surname)
            || is_place_word(w1)
            || is_place_word(w2)
        {
            continue;
        }
        if followed_by_place_word(text, b.end) {
            continue;
        }
        // "Anna Svensson" / "Svensson Anna".
        let first_name_pair = is_first_name(w1) || (is_first_name(w2) && has_surname_ending(w1));
        let confidence = if first_name_pair {
            Some(Confidence::Medium)
        } else if has_surname_ending(w2)
            && !at_sentence_start(text, a.start)
            && !ends_with_any(&w1.to_lowercase(), PLACE_NAME_ENDINGS)
        {
            Some(Confidence::Low)
        } else {
            None
        };
        if let Some(c) = confidence {
            pairs.push((a.start..b.end, c));
        }
    }
    for caps in NAME_INITIAL.captures_iter(text) {
        let (Some(whole), Some(first)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        if is_first_name(first.as_str()) {
            pairs.push((whole.range(), Confidence::Medium));
        }
    }
    for caps in INITIAL_NAME.captures_iter(text) {
        let (Some(whole), Some(surname)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let s = surname.as_str();
        if has_surname_ending(s) && !is_stop(s) && !is_place_word(s) {
            pairs.push((whole.range(), Confidence::Low));
        }
    }
    for caps in TITLE_NAME.captures_iter(text) {
        let Some(surname) = caps.get(1) else { continue };
        let s = surname.as_str();
        if has_surname_ending(s)
            && !is_stop(s)
            && !is_place_word(s)
            && !followed_by_place_word(text, surname.end())
        {
            pairs.push((surname.range(), Confidence::Low));
        }
    }
    for caps in CAPS_PAIR.captures_iter(text) {
        let (Some(whole), Some(first), Some(second)) = (caps.get(0), caps.get(1), caps.get(2))
        else {
            continue;
        };
        let (first, second) = (first.as_str(), second.as_str());
        if is_first_name(first)
            && !is_stop(second)
            && !is_place_word(second)
            && second.chars().count() >= 3
        {
            pairs.push((whole.range(), Confidence::Medium));
        }
    }
    // Merge overlapping pairs into runs, keeping the highest confidence.
    pairs.sort_by_key(|(r, _)| (r.start, r.end));
    let mut merged: Vec<(Range<usize>, Confidence)> = Vec::new();
    for (r, c) in pairs {
        match merged.last_mut() {
            Some((last, lc)) if r.start < last.end => {
                last.end = last.end.max(r.end);
                *lc = (*lc).max(c);
            }
            _ => merged.push((r, c)),
        }
    }
    for (r, c) in merged {
        push(out, text, r, PiiKind::NameLike, c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(PiiKind, String, Confidence)> {
        lint(text)
            .into_iter()
            .map(|f| (f.kind, f.excerpt, f.confidence))
            .collect()
    }

    fn only(text: &str) -> (PiiKind, String, Confidence) {
        let found = kinds(text);
        assert_eq!(
            found.len(),
            1,
            "expected exactly one finding in {text:?}, got {found:?}"
        );
        found.into_iter().next().expect("one finding")
    }

    #[test]
    fn personnummer_formats_and_confidence() {
        // 19121212-1212 is Skatteverket's well-known test number (valid Luhn).
        for t in [
            "121212-1212",
            "121212+1212",
            "19121212-1212",
            "191212121212",
            "1212121212",
            "121212 1212",
        ] {
            let (k, ex, c) = only(&format!("Uppgift: {t}."));
            assert_eq!(
                (k, ex.as_str(), c),
                (PiiKind::Personnummer, t, Confidence::High),
                "{t}"
            );
        }
        // Date-valid, bad checksum: still flagged, medium.
        let (k, _, c) = only("Anmälare 850101-1235 hörde av sig");
        assert_eq!((k, c), (PiiKind::Personnummer, Confidence::Medium));
        // Samordningsnummer: day + 60.
        let (k, _, c) = only("samordningsnr 850171-1235");
        assert_eq!((k, c), (PiiKind::Personnummer, Confidence::Medium));
    }

    #[test]
    fn personnummer_negatives() {
        for t in [
            "nummer 123456-7890", // month 34
            "2026-11-19",
            "2026-W47",
            "kl. 21.30",
            "v. 47",
            "organisationsnummer 556677-8899", // month 67: organisations, not people
            "850132-1234",                     // day 32
            "850230-1234",                     // 30 February
            "19000229-1234",                   // 1900 was not a leap year
        ] {
            assert!(
                kinds(t).iter().all(|(k, ..)| *k != PiiKind::Personnummer),
                "{t}: {:?}",
                kinds(t)
            );
        }
    }

    #[test]
    fn luhn() {
        assert!(luhn_valid(&digits_of("1212121212")));
        assert!(!luhn_valid(&digits_of("1212121213")));
    }

    #[test]
    fn plates() {
        for t in ["KLM 482", "KLM482", "TRX 19B"] {
            let (k, ex, _) = only(&format!("En bil med nummer {t} stod kvar."));
            assert_eq!((k, ex.as_str()), (PiiKind::RegistrationPlate, t));
        }
        let (_, _, c) = only("Bil med regnr GHP 307 parkerad");
        assert_eq!(c, Confidence::High);
        for t in [
            "abc 123",
            "LSS 123",
            "VIQ 123",
            "ABC 1234",
            "ÅBC 123",
            "BMW 320 stod där",
            "ABC 123-45",
        ] {
            assert!(
                kinds(t)
                    .iter()
                    .all(|(k, ..)| *k != PiiKind::RegistrationPlate),
                "{t}"
            );
        }
    }

    #[test]
    fn phones() {
        for t in [
            "070-174 06 05",
            "0701740612",
            "08-465 50 12",
            "08-4655012",
            "031-390 06 42",
            "+46 70 174 06 33",
            "+46701740633",
            "0046 70 174 06 33",
            "+46 (0)8 465 50 20",
        ] {
            let (k, ex, _) = only(&format!("Ring {t} vid frågor"));
            assert_eq!((k, ex.as_str()), (PiiKind::PhoneNumber, t), "{t}");
        }
        // Comma-separated lists without spaces.
        let found = kinds("070-174 06 05,070-174 06 06");
        assert_eq!(found.len(), 2, "{found:?}");
        // Trailing counts are not swallowed.
        let (_, ex, _) = only("ring 070-174 06 05 20 personer");
        assert_eq!(ex, "070-174 06 05");
        for t in [
            "kl 09.00–10.30",
            "1 500 kr",
            "20 personer",
            "2026-11-19",
            "08-11-2026",
            "kl 0800-0900",
            "år 2026",
            "Lindängsvägen 12",
            "postnummer 131 40",
            "070-123",
        ] {
            assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
        }
    }

    #[test]
    fn emails() {
        let (k, ex, c) = only("Skicka till anna.svensson@nacka.example.");
        assert_eq!(
            (k, ex.as_str(), c),
            (
                PiiKind::Email,
                "anna.svensson@nacka.example",
                Confidence::High
            )
        );
        let (k, _, c) = only("kontakt: kalle(at)example.com");
        assert_eq!((k, c), (PiiKind::Email, Confidence::Medium));
    }

    #[test]
    fn names() {
        for (t, ex) in [
            ("Vi pratade med Anna Svensson vid torget.", "Anna Svensson"),
            ("Mohammed Ali sågs vid entrén.", "Mohammed Ali"),
            ("Kalle A. brukar hänga där.", "Kalle A."),
            (
                "Enligt Anna Maria Svensson var det lugnt.",
                "Anna Maria Svensson",
            ),
            (
                "uppgift från Milos Lindqvist om skadegörelse",
                "Milos Lindqvist",
            ),
            ("Listan: Svensson Anna", "Svensson Anna"),
            ("Enligt A. Lindberg var det lugnt", "A. Lindberg"),
            ("Rektor Sandberg berättade om stölderna.", "Sandberg"),
            ("LINDA NILSSON ringde igen.", "LINDA NILSSON"),
            ("Anna Svenssons son har blivit rånad.", "Anna Svenssons"),
        ] {
            let (k, got, _) = only(t);
            assert_eq!((k, got.as_str()), (PiiKind::NameLike, ex), "{t}");
        }
        for t in [
            "Klotter vid Tyresö Centrum.",
            "Lokalpolisområde Nacka deltog.",
            "Möte på Olof Palmes gata.",
            "Stökigt vid Katarina Bangata.",
            "i Centrala Sundbyberg",
            "Anna kom.",
            "Granängsringen har fått ny belysning.",
            "Stockholms län",
            "Vid Karlbergs Station var det lugnt.",
            "Säkerhetsenheten och Polisen Syd",
            "Under hösten har Max Hamburgare vid Slussen haft stök.",
            "Sedan Axel Wenner-Gren Center renoverades är det lugnare.",
            "Skadegörelse på Ellen Keys gata och vid Sofia Skola.",
            "STATISTIK FRÅN BRÅ: NTU 2026",
        ] {
            assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
        }
    }

    #[test]
    fn spans_are_char_boundaries_and_ordered() {
        let text =
            "Åsa Öberg på Ängsvägen ringde 070-174 06 05 och mejlade åsa@example.com. ÖÄÅ 123";
        let found = lint(text);
        let mut last_end = 0;
        for f in &found {
            assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            assert_eq!(&text[f.span.clone()], f.excerpt);
            assert!(f.span.start >= last_end);
            last_end = f.span.end;
        }
        assert_eq!(
            found.iter().map(|f| f.kind).collect::<Vec<_>>(),
            [PiiKind::NameLike, PiiKind::PhoneNumber, PiiKind::Email]
        );
    }

    #[test]
    fn overlap_prefers_specific_kind() {
        // Unseparated 10 digits starting with 07 and bad Luhn: a mobile number.
        let (k, ..) = only("nr 0701740612");
        assert_eq!(k, PiiKind::PhoneNumber);
        // Personnummer-shaped with a dash: personnummer even if it starts with 0.
        let (k, ..) = only("nr 050101-1235");
        assert_eq!(k, PiiKind::Personnummer);
        // Upper-case "TEL" before a number is not a plate.
        let (k, ex, _) = only("TEL 070-174 06 05");
        assert_eq!((k, ex.as_str()), (PiiKind::PhoneNumber, "070-174 06 05"));
    }

    #[test]
    fn warning_text() {
        assert_eq!(warning_sv(&[]), None);
        let found = lint("Anna Svensson, 850101-1235");
        assert_eq!(
            warning_sv(&found).as_deref(),
            Some(
                "Texten kan innehålla personuppgifter: namn (”Anna Svensson”), personnummer (”850101-1235”). \
                 Beskriv platser och situationer, inte personer."
            )
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "",
            " ",
            "å",
            "+46",
            "0",
            "@",
            "A.",
            "Åsa Ö.",
            "0046",
            "\u{a0}ABC\u{a0}123",
            "x(at)y",
        ] {
            let _ = lint(t);
        }
    }

    /// Catch rate and false-positive rate over the realistic corpus.
    #[test]
    fn corpus_rates() {
        const CORPUS: &str = include_str!("../../tests/data/pii_corpus.tsv");
        let kinds_all = [
            PiiKind::Personnummer,
            PiiKind::RegistrationPlate,
            PiiKind::PhoneNumber,
            PiiKind::Email,
            PiiKind::NameLike,
        ];
        let code_of = |s: &str| -> Option<PiiKind> {
            match s {
                "personnummer" => Some(PiiKind::Personnummer),
                "registration_plate" => Some(PiiKind::RegistrationPlate),
                "phone_number" => Some(PiiKind::PhoneNumber),
                "email" => Some(PiiKind::Email),
                "name_like" => Some(PiiKind::NameLike),
                _ => None,
            }
        };
        let mut pos: Vec<(PiiKind, usize, usize)> = kinds_all.iter().map(|&k| (k, 0, 0)).collect();
        let (mut neg_total, mut neg_flagged) = (0usize, 0usize);
        let mut misses = Vec::new();
        let mut false_positives = Vec::new();
        for line in CORPUS.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (label, rest) = line.split_once('\t').expect("corpus line has a tab");
            // An optional third column is a note ("# fake"), not part of the text.
            let text = rest.split_once('\t').map_or(rest, |(text, _note)| text);
            let found = lint(text);
            if label == "none" {
                neg_total += 1;
                if !found.is_empty() {
                    neg_flagged += 1;
                    false_positives.push(format!("{text}  => {found:?}"));
                }
                continue;
            }
            let kind = code_of(label).unwrap_or_else(|| panic!("unknown kind {label:?}"));
            let entry = pos
                .iter_mut()
                .find(|(k, ..)| *k == kind)
                .expect("kind in table");
            entry.1 += 1;
            if found.iter().any(|f| f.kind == kind) {
                entry.2 += 1;
            } else {
                misses.push(format!("{label}: {text}  => {found:?}"));
            }
        }
        for m in &misses {
            println!("MISS  {m}");
        }
        for f in &false_positives {
            println!("FALSE POSITIVE  {f}");
        }
        let fp_rate = neg_flagged as f64 / neg_total.max(1) as f64;
        for &(kind, total, caught) in &pos {
            let rate = caught as f64 / total.max(1) as f64;
            println!(
                "{:<20} catch rate {caught}/{total} = {rate:.3}",
                kind.label_en()
            );
            let required = if kind == PiiKind::NameLike { 0.8 } else { 0.95 };
            assert!(total > 0, "corpus has no {kind:?} lines");
            assert!(
                rate >= required,
                "{kind:?} catch rate {rate:.3} < {required}"
            );
        }
        println!("false positives     {neg_flagged}/{neg_total} = {fp_rate:.3}");
        assert!(neg_total >= 60 && pos.iter().map(|p| p.1).sum::<usize>() >= 60);
        assert!(fp_rate <= 0.05, "false-positive rate {fp_rate:.3} > 0.05");
    }
}
