//! A first name on its own, flagged by the words around it — the most common way young
//! people are named in notes: "pojken som heter Kalle", "killen Ali", "Kalle och Ahmed
//! bråkade", "Kalles pappa", "Ahmed kastade sten", "Ibrahim och hans kompis", "mamman till
//! Wilma".

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::super::lists::{base_form, is_first_name, is_kommun, is_surname, is_swedish_word};
use super::places::{at_sentence_start, is_place_word, is_stop};
use super::{Case, Word};
use crate::domain::pii::Confidence;

/// Words that name the next word: "heter Kalle", "kallad Ali", "kallas för Sessan".
static NAMING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:heter|hette|kallad|kallades|kallas|kallar sig|kallar honom|kallar henne|alias|vid namn|smeknamnet|smeknamn|namnet|mitt namn är|hans namn är|hennes namn är)(?:[ \u{a0}]+för)?(?:[ \u{a0}]+(?:typ|visst|nog|tydligen|väl|kanske|bara))?[ \u{a0}]+[\x22”'»]?(\p{L}+(?:[-'’]\p{L}+)*)",
    )
    .expect("valid regex")
});

/// A person noun right before a name: "pojken Kalle", "killen Ali", "15-åringen Moa".
static PERSON_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:pojken|flickan|killen|tjejen|grabben|sonen|dottern|brodern|brorsan|systern|syrran|eleven|ungdomen|mannen|kvinnan|kompisen|kamraten|vännen|pojkvännen|flickvännen|tonåringen|\d{1,2}-åringen|\d{1,2}-åriga|mopedisten|föraren|gärningsmannen|misstänkte|anmälaren|vittnet|hyresgästen|grabbarna|killarna|tjejerna|pojkarna|flickorna|bröderna|systrarna|ungdomarna|kompisarna|eleverna)[ \u{a0}]+(\p{L}+(?:[-'’]\p{L}+)*)",
    )
    .expect("valid regex")
});

/// Verbs of acting and saying after a name: "Ahmed kastade", "Linnea berättade".
const ACTION_VERBS: &str = "\
slog slår kastade kastar sprang springer hotade hotar rånade rånar stal stjäl snattade snattar \
sa sade säger berättade berättar bråkade bråkar klottrade klottrar tände tänder körde kör åkte \
åker hängde hänger sålde säljer langade langar misshandlade sparkade sparkar puttade puttar \
knuffade knuffar skrek skriker rökte röker drack dricker var är har hade brukar brukade kom \
kommer gick går satt sitter stod står skadades skadade greps grips omhändertogs uppgav uppger \
tog tar fick får ringde ringer hörde hör såg ser träffade träffar mötte möter filmade filmar \
vägrade vägrar flydde flyr smet sprayade sprayar bar bär visade visar pratade pratar svarade \
svarar ville vill kunde skulle blev blir verkar verkade bor bodde jobbar jobbade arbetar \
arbetade nämnde nämner störde stör grät låg ligger hamnade försvann dök lämnade lämnar \
hittades anmälde anmäler polisanmäldes erkände erkänner nekade nekar provocerade provocerar \
spottade spottar slängde slänger bröt bryter krossade krossar stack sticker flyttade flyttar \
hängde umgås umgicks dömdes döms misstänks misstänktes åtalades sitter uppträdde uppträder \
också själv";

static ACTION_VERB_SET: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| ACTION_VERBS.split_whitespace().collect());

/// Kin and company after a first name: "Jonas mamma", "Elias pappa" (a name that ends in s
/// reads as its own genitive), "Ahmed kompis".
const KIN_AFTER: &str = "\
mamma pappa morsa farsa mor far bror brorsa syster syrra storebror lillebror storasyster \
lillasyster kusin kusiner föräldrar familj kompis kompisar kamrat kamrater vän vänner flickvän \
pojkvän styvpappa styvmamma morbror farbror moster faster vårdnadshavare";

/// Kin before "till" and a name: "mamman till Wilma", "brodern till Adam". "till" otherwise
/// reads as a place preposition ("bussen till Sofia").
const KIN_BEFORE_TILL: &str = "\
mamman pappan modern fadern morsan farsan brodern brorsan systern syrran storebrodern \
lillebrodern storasystern lillasystern kusinen föräldrarna föräldern vårdnadshavaren \
vårdnadshavarna kompisen kompisarna kamraten kamraterna vännen vännerna flickvännen pojkvännen \
styvpappan styvmamman morbrodern farbrodern mostern fastern familjen sonen dottern barnet barnen";

static KIN_AFTER_SET: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| KIN_AFTER.split_whitespace().collect());
static KIN_BEFORE_TILL_SET: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| KIN_BEFORE_TILL.split_whitespace().collect());

/// Possessives after "och": "Ibrahim och hans kompis", "Elin och hennes syster".
const OWN_COMPANY: &[&str] = &["hans", "hennes", "sin", "sina", "sitt"];

/// "<name> och hans/hennes …": the name is a person with company of their own.
fn with_own_company(words: &[Word], i: usize) -> bool {
    words.get(i + 1).is_some_and(|w| w.text == "och")
        && words
            .get(i + 2)
            .is_some_and(|w| w.case == Case::Lower && OWN_COMPANY.contains(&w.text))
}

/// "mamman till <name>": kin, then "till", right before the word at `i`.
fn kin_till_before(words: &[Word], i: usize) -> bool {
    i >= 2
        && words[i - 1].text == "till"
        && KIN_BEFORE_TILL_SET.contains(base_form(words[i - 2].text).as_str())
}

/// Prepositions before a place: "i Sofia", "vid Maria" are more likely places than people.
const PLACE_PREPOSITIONS: &[&str] = &[
    "i", "på", "vid", "till", "från", "mot", "över", "genom", "längs", "utanför", "nära", "bakom",
    "runt", "kring", "mellan", "via", "inom", "norr", "söder", "öster", "väster",
];

/// A word that may be a person's name in a naming context: on a name list, or written like a
/// name and not an ordinary word, place or organisation.
fn could_be_name(word: &str, case: Case) -> bool {
    if is_stop(word) || is_place_word(word) || is_kommun(word) {
        return false;
    }
    let listed = is_first_name(word) || is_surname(word);
    match case {
        Case::Title | Case::Upper => listed || !is_swedish_word(word),
        Case::Lower => listed && !is_swedish_word(word),
    }
}

fn case_of(words: &[Word], start: usize) -> Case {
    words
        .iter()
        .find(|w| w.range.start == start)
        .map_or(Case::Lower, |w| w.case)
}

/// The previous word, lower case.
fn previous_word<'a>(words: &'a [Word], i: usize) -> Option<&'a Word<'a>> {
    i.checked_sub(1).and_then(|p| words.get(p))
}

/// "i Sofia", "vid Maria": the word at `i` follows a place preposition.
/// Also through a list: "i Sofia och Katarina".
fn after_place_preposition(words: &[Word], i: usize) -> bool {
    match previous_word(words, i) {
        Some(p) if p.case == Case::Lower && PLACE_PREPOSITIONS.contains(&p.text) => true,
        Some(p) if matches!(p.text, "och" | "eller" | "samt") && i >= 2 => {
            words.get(i - 2).is_some_and(|w| w.case == Case::Title)
                && after_place_preposition(words, i - 2)
        }
        _ => false,
    }
}

pub(super) fn single_names(text: &str, words: &[Word], out: &mut Vec<(Range<usize>, Confidence)>) {
    for re in [&*NAMING, &*PERSON_NOUN] {
        for caps in re.captures_iter(text) {
            if let Some(name) = caps.get(1)
                && could_be_name(name.as_str(), case_of(words, name.start()))
            {
                out.push((name.range(), Confidence::Medium));
            }
        }
    }
    for (i, w) in words.iter().enumerate() {
        if w.case != Case::Title {
            continue;
        }
        // Words that cannot follow a place make even a town's name a person ("Nora och
        // hennes kompisar", "mamman till Mora").
        let kin_named =
            (with_own_company(words, i) || kin_till_before(words, i)) && is_first_name(w.text);
        if kin_named {
            out.push((w.range.clone(), Confidence::Medium));
            continue;
        }
        if is_stop(w.text) || is_place_word(w.text) || is_kommun(w.text) {
            continue;
        }
        let next = words.get(i + 1);
        let next_is_lower = next.is_some_and(|n| n.case == Case::Lower);
        let next_is_name_part = next.is_some_and(|n| {
            n.case == Case::Title && text.get(w.range.end..n.range.start) == Some(" ")
        });
        if next_is_name_part {
            continue;
        }
        // Genitive: "Kalles pappa", "Ali's moped".
        let lower = base_form(w.text);
        // "Kalles", and "Eliases" for a name that ends in s.
        let genitive_stem = lower
            .strip_suffix('s')
            .filter(|stem| is_first_name(stem) && !is_swedish_word(stem))
            .or_else(|| {
                lower
                    .strip_suffix("es")
                    .filter(|stem| stem.ends_with('s') && is_first_name(stem))
            });
        if genitive_stem.is_some() && !is_first_name(w.text) && next_is_lower {
            let after_sankt = previous_word(words, i).is_some_and(|p| p.text == "Sankt");
            if !after_sankt {
                out.push((w.range.clone(), Confidence::Medium));
            }
            continue;
        }
        if !is_first_name(w.text) || is_swedish_word(w.text) {
            continue;
        }
        // "Kalle och Ahmed", "Kalle, Ahmed och Ali": names listed together.
        let listed_with_name = [i.checked_sub(2), Some(i + 2), i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .filter_map(|j| words.get(j).map(|o| (j, o)))
            .any(|(j, o)| {
                let (lo, hi) = if j < i { (o, w) } else { (w, o) };
                let gap = text.get(lo.range.end..hi.range.start).unwrap_or("");
                let joined = match j.abs_diff(i) {
                    1 => gap == ", ",
                    _ => words
                        .get(i.min(j) + 1)
                        .is_some_and(|m| matches!(m.text, "och" | "eller" | "samt")),
                };
                joined
                    && o.case == Case::Title
                    && is_first_name(o.text)
                    && !after_place_preposition(words, i.min(j))
            });
        let verb_follows = next.is_some_and(|n| {
            n.case == Case::Lower
                && (ACTION_VERB_SET.contains(n.text) || KIN_AFTER_SET.contains(n.text))
                && text.get(w.range.end..n.range.start) == Some(" ")
        });
        let after_preposition = after_place_preposition(words, i);
        let sentence_start = at_sentence_start(text, w.range.start);
        let confidence = if after_preposition {
            Confidence::Low
        } else if listed_with_name || verb_follows {
            Confidence::Medium
        } else if sentence_start {
            Confidence::Low
        } else {
            Confidence::Medium
        };
        out.push((w.range.clone(), confidence));
    }
}
