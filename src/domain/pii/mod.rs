//! Personal-data check: flags text that looks like it identifies a person.
//!
//! Free text in observations, meeting notes and action descriptions must be place-based and
//! free of personal data (GDPR data minimisation). [`lint`] finds text that looks like personal
//! data so the UI can ask before saving and exports (documents and bundles) can refuse flagged
//! text that the writer has not confirmed. The rule users see is one level:
//! [`CONFIRM_LEVEL`] (see `docs/personuppgifter.md`).
//!
//! The check is a heuristic: a reminder for the writer, not a guarantee. One file per kind:
//!
//! * `personnummer`: personnummer / samordningsnummer, any dash, spaced separators
//!   (date-validated, Luhn-graded; reference numbers after a label are left alone),
//! * `plate`: registration plates (upper case anywhere; lower case and hyphenated near a
//!   vehicle word),
//! * `phone`: Swedish phone numbers in all national and international forms (switchboards low),
//! * `email`: e-mail addresses, also with stray spaces (functional mailboxes low),
//! * `names`: names by the name lists in `data/pii/` and by the words around them.

mod email;
mod lists;
mod names;
mod personnummer;
mod phone;
mod plate;
mod register;
mod scan;

#[cfg(test)]
mod corpus;
#[cfg(test)]
mod tests;

pub use register::Register;

use std::collections::{BTreeMap, HashSet};

use crate::domain::Lang;
use crate::i18n::t;
use std::ops::Range;

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

    /// The label in `lang`, from the catalogue (`pii-kind-…`).
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            PiiKind::Personnummer => "pii-kind-personnummer",
            PiiKind::RegistrationPlate => "pii-kind-plate",
            PiiKind::PhoneNumber => "pii-kind-phone",
            PiiKind::Email => "pii-kind-email",
            PiiKind::NameLike => "pii-kind-name",
        };
        t!(lang, id)
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

/// The level from which a finding asks the writer to confirm on save and keeps unconfirmed
/// text out of every export (documents and bundles). Below it (`Low`: a functional mailbox, a
/// switchboard, a bare surname shape) nothing is asked and nothing is blocked.
pub const CONFIRM_LEVEL: Confidence = Confidence::Medium;

/// True when this finding asks for a confirmation and blocks an unconfirmed export.
pub fn needs_confirmation(finding: &PiiFinding) -> bool {
    finding.confidence >= CONFIRM_LEVEL
}

/// All findings, in text order, non-overlapping (prefer the more specific kind when spans
/// overlap).
///
/// Overlaps are resolved greedily: higher confidence first, then the more specific kind
/// (e-mail > personnummer > phone > plate > name), then the longer span.
pub fn lint(text: &str) -> Vec<PiiFinding> {
    lint_with(text, Register::empty())
}

/// [`lint`], leaving alone names the copy's own register knows (areas, places,
/// organisations, event types: "Per Albin Hanssons väg" when that is a place).
pub fn lint_with(text: &str, register: &Register) -> Vec<PiiFinding> {
    let mut candidates = Vec::new();
    email::findings(text, &mut candidates);
    personnummer::findings(text, &mut candidates);
    phone::findings(text, &mut candidates);
    plate::findings(text, &mut candidates);
    names::findings(text, register, &mut candidates);

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

/// The findings of `text` that ask for a confirmation ([`CONFIRM_LEVEL`] and above): what the
/// save warning names and what the export gates refuse.
pub fn flagged(text: &str, register: &Register) -> Vec<PiiFinding> {
    lint_with(text, register)
        .into_iter()
        .filter(needs_confirmation)
        .collect()
}

/// A one-line Swedish warning for a set of findings, e.g.
/// "Texten kan innehålla personuppgifter: personnummer (”850101-1234”), namn (”Anna Svensson”). Beskriv platser och situationer, inte personer."
///
/// Only findings at [`CONFIRM_LEVEL`] and above are named; `None` when there are none, so
/// the save warning asks exactly when an export would refuse.
pub fn warning_sv(findings: &[PiiFinding]) -> Option<String> {
    warning(findings, Lang::Sv)
}

/// [`warning_sv`] in `lang`.
pub fn warning(findings: &[PiiFinding], lang: Lang) -> Option<String> {
    let list = found_list(findings, lang)?;
    Some(t!(lang, "pii-warning", list = list))
}

/// "namn (”Kalle”), telefonnummer (”070-…”)": what was found, each thing once, at most five.
pub fn found_list_sv(findings: &[PiiFinding]) -> Option<String> {
    found_list(findings, Lang::Sv)
}

/// [`found_list_sv`] in `lang`.
pub fn found_list(findings: &[PiiFinding], lang: Lang) -> Option<String> {
    const MAX_LISTED: usize = 5;
    let mut seen: HashSet<(PiiKind, &str)> = HashSet::new();
    let mut items: Vec<String> = Vec::new();
    for f in findings.iter().filter(|f| needs_confirmation(f)) {
        if seen.insert((f.kind, f.excerpt.as_str())) {
            items.push(t!(
                lang,
                "pii-found-item",
                kind = f.kind.label(lang),
                excerpt = f.excerpt.as_str()
            ));
        }
    }
    if items.is_empty() {
        return None;
    }
    let total = items.len();
    items.truncate(MAX_LISTED);
    let mut list = items.join(", ");
    if total > MAX_LISTED {
        list.push_str(&t!(lang, "pii-found-more", count = total - MAX_LISTED));
    }
    Some(list)
}
