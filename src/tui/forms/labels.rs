//! The words of the forms generated from the registry (`forms::registry`), from the message
//! catalogue: a label per field, the classification's choices and the messages beside a field.

use crate::domain::{Classification, EntityKind, Lang, Vocabulary};
use crate::i18n::t;
use crate::tui::widgets::words::word;

/// The label of a field in a generated form.
pub fn field(kind: EntityKind, field: &str, lang: Lang) -> &'static str {
    use EntityKind as K;
    let id = match (kind, field) {
        (K::Organisation, "name") => "tui-field-name",
        (K::Organisation, "short_name") => "tui-field-short-name",
        (K::Organisation, "kind") => "tui-field-organisation-kind",
        (K::Organisation, "is_authority") => "tui-field-is-authority",
        (K::Area, "name") => "tui-field-name",
        (K::Area, "kind") => "tui-field-area-kind",
        (K::Area, "code") => "tui-field-area-code",
        (K::Area, "parent_id") => "tui-field-parent-area",
        (K::Area, "police_status") => "tui-field-police-status",
        (K::Area, "police_status_year") => "tui-field-police-status-year",
        (K::Place, "area_id") => "tui-column-area",
        (K::Place, "name") => "tui-field-name",
        (K::Place, "kind") => "tui-field-place-kind",
        (K::Place, "public_kind") => "tui-field-public-kind",
        (K::EventType, "code") => "tui-field-code",
        (K::EventType, "label_sv") => "tui-field-label-sv",
        (K::EventType, "label_en") => "tui-field-label-en",
        (K::EventType, "group_code") => "tui-field-group",
        (K::EventType, "is_crime") => "tui-field-is-crime",
        (K::EventType, "police_aliases") => "tui-field-police-aliases",
        (K::EventType, "sort") => "tui-field-sort",
        (_, "name") => "tui-field-name",
        (_, "title") => "tui-field-title",
        (_, "description") => "tui-field-description",
        (_, "status") => "tui-field-status",
        (_, "area_id") => "tui-column-area",
        (_, "place_id") => "tui-field-place",
        (_, "organisation_id") => "tui-field-organisation",
        (_, "owner_org_id" | "responsible_org_id") => "tui-field-responsible-organisation",
        (_, "starts_on" | "start_date" | "period_start") => "tui-field-from",
        (_, "ends_on" | "end_date" | "period_end") => "tui-field-to",
        (_, "note") => "tui-field-note",
        (_, "active") => "tui-register-active",
        // Any other field: the catalogue's label (`fields.ftl`), else its registry name.
        (_, other) => {
            return catalogue_label(kind, other, lang)
                .or_else(|| kind.field(other).map(|f| f.name))
                .unwrap_or(word(lang, "tui-field-unnamed"));
        }
    };
    word(lang, id)
}

/// The catalogue's label of a field, capitalised as a form label. Built once per language
/// for every field of every kind (a fixed set), so the labels can live as long as the forms'.
fn catalogue_label(kind: EntityKind, field: &str, lang: Lang) -> Option<&'static str> {
    use std::collections::HashMap;
    use std::sync::LazyLock;
    type Labels = HashMap<(Lang, EntityKind, &'static str), &'static str>;
    static LABELS: LazyLock<Labels> = LazyLock::new(|| {
        let mut labels = HashMap::new();
        for lang in Lang::ALL {
            for kind in EntityKind::ALL {
                for def in kind.fields() {
                    if let Some(label) = kind.field_label(def.name, *lang) {
                        let capitalised = crate::tui::screens::register::words::capitalised(label);
                        labels.insert(
                            (*lang, *kind, def.name),
                            &*Box::leak(capitalised.into_boxed_str()),
                        );
                    }
                }
            }
        }
        labels
    });
    LABELS.get(&(lang, kind, field)).copied()
}

/// The key of the position field (`lat` and `lon` typed as one).
pub const POSITION: &str = "position";

pub fn position_label(lang: Lang) -> &'static str {
    word(lang, "tui-field-position")
}

/// The key of the classification field every generated form ends with.
pub const CLASSIFICATION: &str = "classification";

pub fn classification_label(lang: Lang) -> &'static str {
    word(lang, "tui-field-classification")
}

/// A classification as the form offers it; intern says what it means.
pub fn classification(c: Classification, lang: Lang) -> &'static str {
    word(lang, classification_id(c))
}

/// The catalogue id of a classification as the form offers it (intern says what it means).
pub fn classification_id(c: Classification) -> &'static str {
    match c {
        Classification::Oppen => "tui-classification-open",
        Classification::Begransad => "tui-classification-restricted",
        Classification::Intern => "tui-classification-intern",
    }
}

/// "(inget)": the choice of no value.
pub fn none(lang: Lang) -> &'static str {
    word(lang, "tui-choice-none")
}

/// A record's reference to one no longer offered (deactivated): kept until changed.
pub fn not_offered(lang: Lang) -> &'static str {
    word(lang, "tui-choice-not-offered")
}

pub fn yes(lang: Lang) -> &'static str {
    word(lang, "tui-key-yes")
}

pub fn no(lang: Lang) -> &'static str {
    word(lang, "tui-key-no")
}

pub fn not_an_integer(value: &str, lang: Lang) -> String {
    t!(lang, "tui-field-not-an-integer", value = value)
}

pub fn not_a_number(value: &str, lang: Lang) -> String {
    t!(lang, "tui-field-not-a-number", value = value)
}

pub fn none_to_pick(kind: EntityKind, lang: Lang) -> String {
    t!(
        lang,
        "tui-form-none-to-pick",
        kind = kind.label(lang),
        code = kind.code()
    )
}

pub fn new_title(kind: EntityKind, lang: Lang) -> String {
    t!(
        lang,
        "tui-form-new-record",
        kind = kind.label(lang),
        code = kind.code()
    )
}

pub fn edit_title(kind: EntityKind, name: &str, lang: Lang) -> String {
    t!(
        lang,
        "tui-form-edit-record",
        kind = kind.label(lang),
        name = name
    )
}

pub use crate::services::labels::{created, edited};

pub fn nothing_changed(lang: Lang) -> String {
    t!(lang, "tui-form-nothing-changed")
}
