//! The register screen's words, from the message catalogue (`tui-register-` in
//! `tui-screens2.ftl`).

use crate::domain::{EntityKind, Lang, Vocabulary};
use crate::i18n::t;
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

pub fn ask_deactivate(kind: EntityKind, name: &str, referrers: &[String], lang: Lang) -> String {
    const SHOWN: usize = 4;
    let mut named: Vec<String> = referrers.iter().take(SHOWN).cloned().collect();
    if referrers.len() > SHOWN {
        named.push(t!(
            lang,
            "tui-register-and-more",
            count = referrers.len() - SHOWN
        ));
    }
    t!(
        lang,
        "tui-register-ask-deactivate",
        kind = capitalised(kind.label(lang)),
        name = name,
        count = referrers.len(),
        referrers = named.join(", ")
    )
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
