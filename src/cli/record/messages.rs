//! Every Swedish word of the record command line, in one place so it moves to the message
//! catalogue in one step.

use crate::domain::vocab::vocabulary_label;
use crate::domain::{EntityKind, FieldDef, FieldType, Lang, Vocabulary};
use crate::i18n::t;

/// Whether the kind's Swedish noun is neuter ("inget område", "ingen plats").
fn neuter(kind: EntityKind) -> bool {
    kind.none_sv().starts_with("inget")
}

/// "Ny plats", "Nytt område": the adjective agrees with the noun's gender.
fn new_sv(kind: EntityKind) -> String {
    format!(
        "{} {}",
        if neuter(kind) { "Nytt" } else { "Ny" },
        kind.label_sv()
    )
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
pub const INTERN_NOTICE: &str = "Posten är intern: den lämnar aldrig den här kopian (inte i paket till partner, inte i exporter).";

/// A field as a person reads it: its label as a form shows it ("Överordnad"), else its code.
pub fn label(kind: EntityKind, field: &str) -> String {
    crate::domain::text::capitalised(kind.field_label(field, Lang::Sv).unwrap_or(field))
}

/// "fältet ”Namn” (--name)".
pub fn field_and_flag(label: &str, flag: &str) -> String {
    t!(
        Lang::Sv,
        "cli-records-field-and-flag",
        label = label,
        flag = flag
    )
}

/// What a new record lacks, every field at once, by label and flag.
pub fn missing(kind: EntityKind, fields: &[String]) -> String {
    t!(
        Lang::Sv,
        "cli-records-missing",
        new = format!(
            "{} {}",
            if neuter(kind) { "Ett nytt" } else { "En ny" },
            kind.label_sv()
        ),
        count = fields.len(),
        fields = fields.join(", "),
        kind = super::flags::kind_word(kind)
    )
}

pub fn personal_data(label: &str, flag: &str, warning: &str) -> String {
    format!(
        "Texten i fältet ”{label}” (--{flag}) ser ut att innehålla personuppgifter: {warning} \
         Skriv om texten utan dem, eller bekräfta med --confirm-personal-data att den ska sparas så. \
         Inget har ändrats."
    )
}

/// "Fältet ”Överordnat område” (--parent): … Inget har ändrats."
pub fn bad_value(label: &str, flag: &str, reason: &str) -> String {
    t!(
        Lang::Sv,
        "cli-records-bad-value",
        label = label,
        flag = flag,
        reason = reason
    )
}

pub fn no_such_flag(kind: EntityKind, flag: &str) -> String {
    format!(
        "--{flag}: en {} har inget sådant fält. Se lagesbild new {} --help. Inget har ändrats.",
        kind.label_sv(),
        super::flags::kind_word(kind)
    )
}

pub fn not_a_number(value: &str, what: &str) -> String {
    format!("”{value}” är inte {what}")
}

pub fn not_yes_no(value: &str) -> String {
    format!("”{value}” är varken ja eller nej")
}

pub fn unknown_code(value: &str, valid: &[&str]) -> String {
    format!(
        "”{value}” är ingen giltig kod (giltiga: {})",
        valid.join(", ")
    )
}

pub fn unknown_term(value: &str, vocabulary: &str, valid: &[String]) -> String {
    format!(
        "”{value}” finns inte i {vocabulary} (giltiga: {})",
        valid.join(", ")
    )
}

pub fn no_such_record(target: EntityKind, value: &str, candidates: &[String]) -> String {
    if candidates.is_empty() {
        format!(
            "det finns {} som heter eller har id ”{value}”",
            target.none_sv()
        )
    } else {
        format!(
            "det finns {} som heter eller har id ”{value}” (finns: {})",
            target.none_sv(),
            candidates.join(", ")
        )
    }
}

/// A reference to a kind of which the copy has no record at all: what to do first — set the
/// copy up (the shared terms `init` loads), or make the record.
pub fn none_yet(target: EntityKind, value: &str) -> String {
    let id = match target {
        EntityKind::EventType | EntityKind::Theme | EntityKind::Factor | EntityKind::Term => {
            "cli-records-none-yet-terms"
        }
        _ => "cli-records-none-yet",
    };
    t!(
        Lang::Sv,
        id,
        none = target.none_sv(),
        value = value,
        kind = super::flags::kind_word(target)
    )
}

/// A new record that takes the own organisation (an observation's reporting one) on a copy
/// that has none: set the copy up first, or name the organisation.
pub fn no_own_organisation(flag: &str) -> String {
    t!(Lang::Sv, "cli-records-no-own-organisation", flag = flag)
}

pub fn ambiguous_name(target: EntityKind, value: &str, candidates: &[String]) -> String {
    format!(
        "flera poster av typen {} heter ”{value}”: {}; ange id i stället",
        target.label_sv(),
        candidates.join(", ")
    )
}

pub fn unknown_kind(word: &str, kinds: &[String]) -> String {
    format!(
        "”{word}” är ingen posttyp. Posttyper: {}.",
        kinds.join(", ")
    )
}

pub fn not_an_id(word: &str) -> String {
    format!(
        "”{word}” är inget id. Ange minst de första 8 tecknen av ett id som lagesbild list visar det."
    )
}

pub fn no_record_with(word: &str) -> String {
    format!("Det finns ingen post vars id börjar med ”{word}”. Se lagesbild list <posttyp>.")
}

pub fn ambiguous_id(word: &str, candidates: &[String]) -> String {
    format!(
        "”{word}” är början på flera id: {}. Ange fler tecken.",
        candidates.join(", ")
    )
}

pub fn deleted_already(kind: EntityKind, id: &str) -> String {
    format!("{} {id} är redan borttagen.", kind.label_sv())
}

pub fn created(kind: EntityKind, id: &str) -> String {
    format!("{} sparad: {id}", new_sv(kind))
}

pub fn edited(kind: EntityKind, id: &str, n: usize) -> String {
    match n {
        0 => format!(
            "Inget ändrades i {} {id}: värdena var redan sådana.",
            kind.label_sv()
        ),
        1 => format!("1 fält ändrades i {} {id}.", kind.label_sv()),
        n => format!("{n} fält ändrades i {} {id}.", kind.label_sv()),
    }
}

pub fn nothing_to_edit() -> String {
    "Ange minst ett fält att ändra, t.ex. --name NYTT_NAMN. Se lagesbild edit --help.".into()
}

pub fn deleted(kind: EntityKind, id: &str) -> String {
    format!(
        "{} {id} är borttagen (lagesbild history {id} visar den).",
        crate::domain::text::capitalised(kind.label_sv())
    )
}

pub fn deactivated(kind: EntityKind, id: &str) -> String {
    format!(
        "{} {id} är inaktiverad: den finns inte längre i valen, men finns kvar i historik och rapporter.",
        crate::domain::text::capitalised(kind.label_sv())
    )
}

pub fn list_empty(kind: EntityKind) -> String {
    format!("Det finns {} ännu.", kind.none_sv())
}
