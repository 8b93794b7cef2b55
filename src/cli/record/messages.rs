//! Every message of the record command line. Errors are [`Said`]: worded at the CLI's edge in
//! the run's language (`cli-messages.ftl`, `cli-records.ftl`).

use crate::domain::vocab::vocabulary_label;
use crate::domain::{EntityKind, FieldDef, FieldType, Lang, Vocabulary};
use crate::i18n::{Said, said, t};

/// Whether the kind's Swedish noun is neuter ("inget område", "ingen plats").
fn neuter(kind: EntityKind) -> bool {
    kind.gender() == "neuter"
}

/// "inget område", "ingen åtgärd"; "no area".
fn none(kind: EntityKind) -> Said {
    said!("entity-none", gender = kind.gender()).with_label("kind", kind)
}

/// "Nytt område" / "New area".
pub fn kind_about(kind: EntityKind, lang: Lang) -> String {
    // Swedish agrees the adjective with the noun's gender; each language says it its way.
    let id = if neuter(kind) {
        "cli-record-new-kind-neuter"
    } else {
        "cli-record-new-kind-common"
    };
    t!(lang, id, kind = kind.label(lang))
}

/// The value name of a flag that takes a code ("KOD" / "CODE").
pub fn code_value_name(lang: Lang) -> String {
    t!(lang, "cli-record-value-code")
}

/// The value name of a field's flag, in `lang` ("ÅÅÅÅ-MM-DD" / "YYYY-MM-DD").
pub fn value_name(field: &FieldDef, lang: Lang) -> String {
    let id = if field.reference {
        "cli-record-value-reference"
    } else if field.is_vocabulary() {
        "cli-record-value-code"
    } else {
        match (field.ty, field.expects) {
            (FieldType::Integer, _) => "cli-record-value-integer",
            (FieldType::Real, _) => "cli-record-value-number",
            (FieldType::Bool, _) => "cli-record-value-bool",
            (_, "expects-date") => "cli-record-value-date",
            (_, "expects-time") => "cli-record-value-time",
            (_, "expects-week") => "cli-record-value-week",
            _ => "cli-record-value-text",
        }
    };
    t!(lang, id)
}

/// The help of a field's flag: what a valid value is, the codes of a vocabulary, whether it
/// must be given.
pub fn field_help(kind: EntityKind, field: &FieldDef, for_new: bool, lang: Lang) -> String {
    // What a value is: a reference by name, a code of a vocabulary or of this copy's terms
    // (listed), or the value's form ("ett datum (ÅÅÅÅ-MM-DD)").
    let what = if let Some(target) = field.flags.refers {
        t!(lang, "cli-record-help-reference", kind = target.label(lang))
    } else if field.reference {
        t!(lang, "expects-id")
    } else if let Some(key) = field.vocabulary {
        let codes: Vec<String> = field
            .codes
            .iter()
            .map(|code| match vocabulary_label(key, code, lang) {
                Some(label) if label != *code => format!("{code} ({label})"),
                _ => code.to_string(),
            })
            .collect();
        codes.join(", ")
    } else if let Some(vocabulary) = super::values::term_vocabulary(kind, field) {
        t!(
            lang,
            "cli-record-help-term-codes",
            vocabulary = vocabulary,
            codes = super::values::term_codes(vocabulary).join(", ")
        )
    } else {
        field.expects(lang)
    };
    // "namn: en text", "överordnad: område (namn eller id)".
    let mut help = match kind.field_label(field.name, lang) {
        Some(label) => format!("{label}: {what}"),
        None => what,
    };
    if field.ty == FieldType::Json {
        help.push_str(&t!(lang, "cli-record-help-repeat"));
    }
    if field.flags.free_text {
        help.push_str(&t!(lang, "cli-record-help-free-text"));
    }
    if for_new && super::values::required(kind, field) {
        help.push_str(&t!(lang, "cli-record-help-required"));
    } else if for_new && super::rules::preset_names(kind).contains(&field.name) {
        help.push_str(&t!(lang, "cli-records-help-form-preset"));
    } else if for_new
        && field.vocabulary.is_some()
        && let Some(serde_json::Value::String(code)) = super::values::preset_value(kind, field)
    {
        help.push_str(&t!(lang, "cli-records-help-preset", code = code));
    }
    help
}

/// Said after `--classification intern`.
pub fn intern_notice() -> Said {
    said!("cli-messages-intern-notice")
}

/// A field as a person reads it: its label as a form shows it ("Överordnad"), else its code.
pub fn label(kind: EntityKind, field: &'static str) -> Said {
    said!("cli-messages-label").with_field_label("label", kind, field)
}

/// "fältet ”Namn” (--name)".
pub fn field_and_flag(kind: EntityKind, field: &'static str, flag: &str) -> Said {
    said!("cli-records-field-and-flag", flag = flag.to_string())
        .with_field_label("label", kind, field)
}

/// What a new record lacks, every field at once, by label and flag.
pub fn missing(kind: EntityKind, fields: Vec<Said>) -> Said {
    let new = said!("cli-messages-a-new", gender = kind.gender()).with_label("kind", kind);
    said!(
        "cli-records-missing",
        count = fields.len(),
        kind = super::flags::kind_word(kind)
    )
    .with_said("new", new)
    .with_list("fields", fields, ", ")
}

/// Text that looks like personal data, in `lang`.
pub fn personal_data(
    lang: Lang,
    kind: EntityKind,
    field: &'static str,
    flag: &str,
    warning: &str,
) -> String {
    t!(
        lang,
        "cli-messages-personal-data",
        label = label(kind, field).text(lang),
        flag = flag,
        warning = warning
    )
}

/// "Fältet ”Överordnat område” (--parent): … Inget har ändrats."
pub fn bad_value(label: Said, flag: &str, reason: Said) -> Said {
    said!("cli-records-bad-value", flag = flag.to_string())
        .with_said("label", label)
        .with_said("reason", reason)
}

pub fn no_such_flag(kind: EntityKind, flag: &str) -> Said {
    said!(
        "cli-messages-no-such-flag",
        flag = flag.to_string(),
        word = super::flags::kind_word(kind)
    )
    .with_label("kind", kind)
}

/// "”x” är inte ett heltal": `expects` names what a value should be (`expects-…`).
pub fn not_a_number(value: &str, expects: &'static str) -> Said {
    said!("cli-messages-not-a", value = value.to_string()).with_said("expects", said!(expects))
}

pub fn not_yes_no(value: &str) -> Said {
    said!("cli-messages-not-yes-no", value = value.to_string())
}

pub fn unknown_code(value: &str, valid: &[&str]) -> Said {
    said!(
        "cli-messages-unknown-code",
        value = value.to_string(),
        valid = valid.join(", ")
    )
}

pub fn unknown_term(value: &str, vocabulary: &str, valid: &[String]) -> Said {
    said!(
        "cli-messages-unknown-term",
        value = value.to_string(),
        vocabulary = vocabulary.to_string(),
        valid = valid.join(", ")
    )
}

pub fn no_such_record(target: EntityKind, value: &str, candidates: &[String]) -> Said {
    let said = if candidates.is_empty() {
        said!("cli-messages-no-such-record", value = value.to_string())
    } else {
        said!(
            "cli-messages-no-such-record-but",
            value = value.to_string(),
            candidates = candidates.join(", ")
        )
    };
    said.with_said("none", none(target))
}

/// A reference to a kind of which the copy has no record at all: what to do first — set the
/// copy up (the shared terms `init` loads), or make the record.
pub fn none_yet(target: EntityKind, value: &str) -> Said {
    let id = match target {
        EntityKind::EventType | EntityKind::Theme | EntityKind::Factor | EntityKind::Term => {
            "cli-records-none-yet-terms"
        }
        _ => "cli-records-none-yet",
    };
    said!(
        id,
        value = value.to_string(),
        kind = super::flags::kind_word(target)
    )
    .with_said("none", none(target))
}

/// A new record that takes the own organisation (an observation's reporting one) on a copy
/// that has none: set the copy up first, or name the organisation.
pub fn no_own_organisation(flag: &str) -> Said {
    said!("cli-records-no-own-organisation", flag = flag.to_string())
}

pub fn ambiguous_name(target: EntityKind, value: &str, candidates: &[String]) -> Said {
    said!(
        "cli-messages-ambiguous-name",
        value = value.to_string(),
        candidates = candidates.join(", ")
    )
    .with_label("kind", target)
}

pub fn unknown_kind(word: &str, kinds: &[String]) -> Said {
    said!(
        "cli-messages-unknown-kind",
        word = word.to_string(),
        kinds = kinds.join(", ")
    )
}

pub fn not_an_id(word: &str) -> Said {
    said!("cli-messages-not-an-id", word = word.to_string())
}

pub fn no_record_with(word: &str) -> Said {
    said!("cli-messages-no-record-with", word = word.to_string())
}

pub fn ambiguous_id(word: &str, candidates: &[String]) -> Said {
    said!(
        "cli-messages-ambiguous-id",
        word = word.to_string(),
        candidates = candidates.join(", ")
    )
}

pub fn deleted_already(kind: EntityKind, id: &str) -> Said {
    said!("cli-messages-deleted-already", id = id.to_string()).with_label("kind", kind)
}

pub fn created(kind: EntityKind, id: &str) -> Said {
    said!(
        "cli-messages-created",
        gender = kind.gender(),
        id = id.to_string()
    )
    .with_label("kind", kind)
}

pub fn edited(kind: EntityKind, id: &str, n: usize) -> Said {
    said!("cli-messages-edited", count = n, id = id.to_string()).with_label("kind", kind)
}

pub fn nothing_to_edit() -> Said {
    said!("cli-messages-nothing-to-edit")
}

pub fn edit_deleted(kind: EntityKind, id: &str) -> Said {
    said!("cli-messages-edit-deleted", id = id.to_string()).with_label_capitalised("kind", kind)
}

pub fn deleted(kind: EntityKind, id: &str) -> Said {
    said!("cli-messages-deleted", id = id.to_string()).with_label_capitalised("kind", kind)
}

pub fn deactivated(kind: EntityKind, id: &str) -> Said {
    said!("cli-messages-deactivated", id = id.to_string()).with_label_capitalised("kind", kind)
}

pub fn list_empty(kind: EntityKind) -> Said {
    said!("cli-messages-list-empty").with_said("none", none(kind))
}
