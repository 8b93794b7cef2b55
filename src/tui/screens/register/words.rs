//! The register screen's words, from the message catalogue (`tui-register-` in
//! `tui-screens2.ftl`).

use crate::domain::{EntityKind, Lang, Vocabulary};
use crate::i18n::t;
use crate::store::referred_by::ReferredBy;
use crate::tui::screens::register::state::Section;
use crate::tui::widgets::words::word;

pub fn section(section: Section, lang: Lang) -> &'static str {
    let id = match section {
        Section::Areas => "tui-register-areas",
        Section::Places => "tui-register-places",
        Section::Organisations => "tui-register-organisations",
        Section::Participants => "records-participants",
        Section::EventTypes => "tui-register-event-types",
    };
    word(lang, id)
}

pub fn detail_title(lang: Lang) -> &'static str {
    word(lang, "tui-register-detail-title")
}

pub fn setup(lang: Lang) -> &'static str {
    word(lang, "tui-register-setup")
}

pub fn setup_done(lang: Lang) -> String {
    t!(lang, "tui-register-setup-done")
}

pub fn setup_step(step: crate::tui::screens::register::setup::Step, lang: Lang) -> &'static str {
    use crate::tui::screens::register::setup::Step;
    let id = match step {
        Step::Areas => "tui-register-step-areas",
        Step::Places => "tui-register-step-places",
        Step::Partners => "tui-register-step-organisations",
        Step::Series => "meeting-setup-step-series",
        Step::FirstMeeting => "tui-register-step-first-meeting",
    };
    word(lang, id)
}

pub fn setup_key(key: &str, lang: Lang) -> String {
    t!(lang, "tui-register-setup-key", key = key)
}

pub fn inactive(lang: Lang) -> &'static str {
    word(lang, "tui-register-inactive")
}

pub fn active_label(lang: Lang) -> &'static str {
    word(lang, "tui-register-active")
}

pub fn classification_label(lang: Lang) -> &'static str {
    word(lang, "tui-field-classification")
}

pub fn referred_by_label(lang: Lang) -> &'static str {
    word(lang, "tui-register-referred-by")
}

pub fn empty(section: Section, lang: Lang) -> String {
    let id = match section {
        Section::Areas => "tui-register-no-areas",
        Section::Places => "tui-register-no-places",
        Section::Organisations => "tui-register-no-organisations",
        Section::Participants => "records-participants-empty",
        Section::EventTypes => "tui-register-no-event-types",
    };
    t!(lang, id)
}

pub fn nothing_selected(lang: Lang) -> String {
    t!(lang, "tui-register-nothing-selected")
}

pub fn new_hint(key: &str, lang: Lang) -> String {
    t!(lang, "tui-register-new-hint", key = key)
}

pub fn ask_delete(kind: EntityKind, name: &str, lang: Lang) -> String {
    t!(
        lang,
        "tui-register-ask-delete",
        kind = kind.label(lang),
        name = name
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

pub fn own_organisation_stays(lang: Lang) -> String {
    t!(lang, "tui-register-own-organisation-stays")
}

pub fn ask_deactivate_event_type(name: &str, lang: Lang) -> String {
    t!(lang, "tui-register-ask-deactivate-event-type", name = name)
}

pub fn already_inactive(kind: EntityKind, name: &str, lang: Lang) -> String {
    t!(
        lang,
        "tui-register-already-inactive",
        name = name,
        kind = kind.label(lang)
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
