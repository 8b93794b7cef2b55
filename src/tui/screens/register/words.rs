//! The register screen's Swedish words, gathered so they move to the message catalogue in one
//! step.

use crate::domain::{EntityKind, Lang, Vocabulary};
use crate::store::referred_by::ReferredBy;
use crate::tui::screens::register::state::Section;

pub fn section_sv(section: Section) -> &'static str {
    match section {
        Section::Areas => "Områden",
        Section::Places => "Platser",
        Section::Organisations => "Organisationer",
        Section::Participants => {
            crate::i18n::message_static(crate::domain::Lang::Sv, "records-participants")
                .unwrap_or_default()
        }
        Section::EventTypes => "Händelsetyper",
    }
}

pub const DETAIL_TITLE: &str = "Vald post";
pub const SETUP_SV: &str = "Kom igång:";
pub const SETUP_DONE: &str =
    "Kommunen är upplagd: områden, platser, organisationer och ett första möte finns.";

pub fn setup_step_sv(step: crate::tui::screens::register::setup::Step) -> &'static str {
    use crate::tui::screens::register::setup::Step;
    match step {
        Step::Areas => "områden",
        Step::Places => "platser",
        Step::Partners => "organisationer",
        Step::Series => {
            crate::i18n::message_static(crate::domain::Lang::Sv, "meeting-setup-step-series")
                .unwrap_or_default()
        }
        Step::FirstMeeting => "första mötet",
    }
}

pub fn setup_key_sv(key: &str) -> String {
    format!("  {key} öppnar")
}
pub const INACTIVE: &str = "inaktiv";
pub const ACTIVE_SV: &str = "I bruk";
pub const CLASSIFICATION_SV: &str = "Informationsklass";
pub const REFERRED_BY_SV: &str = "Hänvisas till av";

pub fn empty_sv(section: Section) -> String {
    match section {
        Section::Areas => "Inga områden ännu.".into(),
        Section::Places => "Inga platser ännu.".into(),
        Section::Organisations => "Inga organisationer ännu.".into(),
        Section::Participants => {
            crate::i18n::t!(crate::domain::Lang::Sv, "records-participants-empty")
        }
        Section::EventTypes => "Inga händelsetyper ännu.".into(),
    }
}

pub fn nothing_selected() -> String {
    "Ingen post är vald.".into()
}

pub fn new_hint(key: &str) -> String {
    format!("{key} lägger in en ny.")
}

pub fn ask_delete(kind: EntityKind, name: &str) -> String {
    format!(
        "Ta bort {} ”{name}”? Inget hänvisar till posten, så inget annat påverkas.",
        kind.label_sv()
    )
}

/// The delete question for a record others refer to: how many, and who by kind (at most
/// [`SHOWN_REFERRERS`] items, then how many more), so it fits the overlay however many refer.
pub fn ask_deactivate(lang: Lang, kind: EntityKind, name: &str, referred: &[ReferredBy]) -> String {
    crate::i18n::t!(
        lang,
        "house-ask-deactivate",
        kind = capitalised(kind.label(lang)),
        name = name,
        count = referred.iter().map(|r| r.count).sum::<usize>(),
        referrers = referred_summary(lang, referred)
    )
}

/// How many items of what refers to a record a question names before it counts the rest.
pub const SHOWN_REFERRERS: usize = 5;

/// "563 iakttagelser, 7 platser, områdesbedömning ”…”", cut after [`SHOWN_REFERRERS`] items
/// with "och 212 till".
pub fn referred_summary(lang: Lang, referred: &[ReferredBy]) -> String {
    let items = crate::tui::app::records::referred_items(referred, lang);
    let rest: usize = items
        .iter()
        .skip(SHOWN_REFERRERS)
        .map(|(_, records)| records)
        .sum();
    let mut shown: Vec<String> = items
        .into_iter()
        .take(SHOWN_REFERRERS)
        .map(|(item, _)| item)
        .collect();
    if rest > 0 {
        shown.push(crate::i18n::t!(lang, "retire-and-more", count = rest));
    }
    shown.join(", ")
}

pub const OWN_ORGANISATION_STAYS: &str =
    "Din egen organisation kan inte tas bort eller inaktiveras: kopian hör till den.";

pub fn ask_deactivate_event_type(name: &str) -> String {
    format!(
        "Händelsetyper tas aldrig bort, bara inaktiveras. Inaktivera ”{name}”? Den försvinner då ur valen men finns kvar i historik och rapporter."
    )
}

pub fn already_inactive(kind: EntityKind, name: &str) -> String {
    format!(
        "Posten ”{name}” ({}) är redan inaktiv och finns inte i valen. Den finns kvar eftersom något hänvisar till den.",
        kind.label_sv()
    )
}

pub use crate::services::labels::{deactivated, deleted};

/// A word with its first letter upper-case ("område" → "Område").
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(kind: EntityKind, count: usize, names: &[&str]) -> ReferredBy {
        ReferredBy {
            kind,
            count,
            names: names.iter().map(|n| n.to_string()).collect(),
        }
    }

    /// Hundreds of referrers make a question of a few items: counts per kind, names when few,
    /// and past the first items how many records more.
    #[test]
    fn what_refers_is_summed_up_in_a_few_items_with_how_many_more() {
        let referred = [
            tally(EntityKind::Place, 2, &["Torget", "Skolgården"]),
            tally(EntityKind::Observation, 563, &[]),
            tally(EntityKind::Action, 3, &["Belysning", "Klotter", "Staket"]),
            tally(EntityKind::AreaAssessment, 51, &[]),
            tally(EntityKind::Inspection, 212, &[]),
        ];
        let summary = referred_summary(Lang::Sv, &referred);
        assert!(
            summary.starts_with("plats ”Torget”, plats ”Skolgården”, 563 iakttagelser,"),
            "{summary}"
        );
        // Five items shown; the third action, the assessments and the inspections counted.
        assert!(
            summary.ends_with("åtgärd ”Klotter”, och 264 till"),
            "{summary}"
        );
        let question = ask_deactivate(Lang::Sv, EntityKind::Area, "Lindängen", &referred);
        assert!(question.contains("831 poster hänvisar"), "{question}");
    }
}
