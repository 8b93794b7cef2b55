//! The register screen's Swedish words, gathered so they move to the message catalogue in one
//! step.

use crate::domain::{EntityKind, Vocabulary};
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

pub fn ask_deactivate(kind: EntityKind, name: &str, referrers: &[String]) -> String {
    const SHOWN: usize = 4;
    let mut named: Vec<String> = referrers.iter().take(SHOWN).cloned().collect();
    if referrers.len() > SHOWN {
        named.push(format!("och {} till", referrers.len() - SHOWN));
    }
    format!(
        "{} ”{name}” kan inte tas bort: {} {} hänvisar till posten ({}). Inaktivera posten i stället? Den försvinner då ur valen men finns kvar i historik och rapporter.",
        capitalised(kind.label_sv()),
        referrers.len(),
        if referrers.len() == 1 {
            "post"
        } else {
            "poster"
        },
        named.join(", ")
    )
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
