//! Turning the command line's words into a record's field values, by the registry: numbers,
//! ja/nej, a vocabulary's code (or label), a term of `data/` (area kinds …), and references by
//! name or id. Everything else the store's own validation judges (`domain::validate`).

use serde_json::{Value, json};

pub use crate::domain::field_values::{position_in, preset_value, term_vocabulary};

/// The field must be named for a new record: it has no value a form would start from, or the
/// form cannot do without it.
pub fn required(kind: EntityKind, field: &FieldDef) -> bool {
    let preset = preset_value(kind, field).is_some()
        || super::rules::preset_names(kind).contains(&field.name);
    !preset || super::rules::form_requires(kind).contains(&field.name)
}

use super::flags::flag_name;
use super::messages;
use crate::domain::vocab::vocabulary_label;
use crate::domain::{EntityKind, FieldDef, FieldType, Id, Lang, Term};
use crate::i18n::{Localized, Said};
use crate::store::{Store, StoreError};

/// The codes of a term vocabulary as `data/` has them (for help, which has no database).
pub fn term_codes(vocabulary: &str) -> Vec<String> {
    crate::seed::Taxonomies::parse()
        .map(|t| {
            t.terms
                .into_iter()
                .filter(|t| t.vocabulary == vocabulary)
                .map(|t| t.code)
                .collect()
        })
        .unwrap_or_default()
}

/// Why a value was refused: what is wrong with it, or the store's failure while looking.
#[derive(Debug)]
pub enum ValueError {
    Refused(Said),
    Store(StoreError),
}

impl From<Said> for ValueError {
    fn from(said: Said) -> Self {
        ValueError::Refused(said)
    }
}

impl From<StoreError> for ValueError {
    fn from(e: StoreError) -> Self {
        ValueError::Store(e)
    }
}

impl Localized for ValueError {
    fn message(&self, lang: Lang) -> String {
        match self {
            ValueError::Refused(said) => said.text(lang),
            ValueError::Store(e) => e.message(lang),
        }
    }
}

/// One field's value from its words (one word, or several for a list). The error names the
/// field and its flag.
pub fn parse(
    store: &Store,
    kind: EntityKind,
    field: &FieldDef,
    words: &[String],
) -> Result<Value, ValueError> {
    let fail = |e: ValueError| match e {
        ValueError::Refused(reason) => ValueError::Refused(messages::bad_value(
            messages::label(kind, field.name),
            &flag_name(kind, field),
            reason,
        )),
        other => other,
    };
    if field.ty == FieldType::Json {
        let items = words
            .iter()
            .filter(|w| !w.trim().is_empty())
            .map(|w| one(store, kind, field, w))
            .collect::<Result<Vec<_>, _>>()
            .map_err(fail)?;
        return checked(field, Value::Array(items)).map_err(fail);
    }
    let word = words.last().map(String::as_str).unwrap_or_default();
    if word.trim().is_empty() && field.optional {
        return Ok(Value::Null);
    }
    let value = one(store, kind, field, word).map_err(fail)?;
    checked(field, value).map_err(fail)
}

/// The value if the store's validation takes it (a date that is one), else why not, without
/// the field's code that the store's sentence begins with (the caller names it by label).
fn checked(field: &FieldDef, value: Value) -> Result<Value, ValueError> {
    use crate::domain::validate::{ValueProblem, field_value, value_problem};
    match value_problem(field, &value) {
        None => Ok(value),
        Some(ValueProblem::Bad(why)) => Err(why.into()),
        Some(ValueProblem::Missing) => match field_value(field, &value) {
            Ok(()) => Ok(value),
            Err(why) => Err(why.into()),
        },
    }
}

/// One value (a list's item, or a single field's value).
fn one(store: &Store, kind: EntityKind, field: &FieldDef, word: &str) -> Result<Value, ValueError> {
    let trimmed = word.trim();
    if field.reference {
        return reference(store, field.flags.refers, trimmed).map(|id| json!(id.to_string()));
    }
    if let Some(key) = field.vocabulary {
        let lower = trimmed.to_lowercase();
        let label_is = |code: &str, lang: Lang| {
            vocabulary_label(key, code, lang).is_some_and(|l| l.to_lowercase() == lower)
        };
        return field
            .codes
            .iter()
            .find(|code| {
                code.eq_ignore_ascii_case(trimmed)
                    || label_is(code, Lang::Sv)
                    || label_is(code, Lang::En)
            })
            .map(|code| json!(code))
            .ok_or_else(|| messages::unknown_code(trimmed, &super::flags::codes(field)).into());
    }
    if let Some(vocabulary) = term_vocabulary(kind, field) {
        return term(store, vocabulary, trimmed).map(|code| json!(code));
    }
    match field.ty {
        FieldType::Integer => trimmed
            .parse::<i64>()
            .map(|n| json!(n))
            .map_err(|_| messages::not_a_number(trimmed, "expects-integer").into()),
        FieldType::Real => trimmed
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .map(|f| json!(f))
            .ok_or_else(|| messages::not_a_number(trimmed, "expects-number").into()),
        FieldType::Bool => match trimmed.to_lowercase().as_str() {
            "ja" | "yes" | "true" | "sant" | "1" => Ok(json!(true)),
            "nej" | "no" | "false" | "falskt" | "0" => Ok(json!(false)),
            _ => Err(messages::not_yes_no(trimmed).into()),
        },
        // Free text keeps its spaces; dates, times and weeks are judged by the store.
        _ if field.flags.free_text => Ok(json!(word)),
        _ => Ok(json!(trimmed)),
    }
}

/// A term's code: the code itself or its Swedish label, among the active terms here.
fn term(store: &Store, vocabulary: &str, word: &str) -> Result<String, ValueError> {
    let terms: Vec<Term> = store.all()?;
    let terms: Vec<Term> = terms
        .into_iter()
        .filter(|t| t.vocabulary == vocabulary && t.active)
        .collect();
    let lower = word.to_lowercase();
    terms
        .iter()
        .find(|t| t.code.eq_ignore_ascii_case(word) || t.label_sv.to_lowercase() == lower)
        .map(|t| t.code.clone())
        .ok_or_else(|| {
            let valid: Vec<String> = terms.iter().map(|t| t.code.clone()).collect();
            messages::unknown_term(word, vocabulary, &valid).into()
        })
}

/// A record of `target` kind named by its id, a unique id prefix, or its name.
pub fn reference(store: &Store, target: Option<EntityKind>, word: &str) -> Result<Id, ValueError> {
    if let Ok(id) = word.parse::<Id>() {
        return match store.kind_of(id)? {
            Some(k) if target.is_none_or(|t| t == k) => Ok(id),
            _ => Err(
                messages::no_such_record(target.unwrap_or(EntityKind::Action), word, &[]).into(),
            ),
        };
    }
    let Some(target) = target else {
        return Err(messages::not_an_id(word).into());
    };
    let named = store.named(target, Some(word))?;
    // An active record is meant before an inactive one of the same name.
    let active: Vec<_> = named.iter().filter(|n| n.active).collect();
    match (named.as_slice(), active.as_slice()) {
        ([one], _) => return Ok(one.id),
        (_, [one]) => return Ok(one.id),
        ([], _) => {}
        (many, _) => {
            let candidates: Vec<String> = many
                .iter()
                .map(|n| format!("{} ({})", n.name, n.id))
                .collect();
            return Err(messages::ambiguous_name(target, word, &candidates).into());
        }
    }
    if word.len() >= 8 {
        let ids = store.ids_with_prefix(word, 3)?;
        let of_kind: Vec<_> = ids.into_iter().filter(|(k, _)| *k == target).collect();
        if let [(_, id)] = of_kind.as_slice() {
            return Ok(*id);
        }
    }
    let all = store.named(target, None)?;
    if all.is_empty() {
        return Err(messages::none_yet(target, word).into());
    }
    let candidates: Vec<String> = all
        .iter()
        .filter(|n| n.active)
        .take(12)
        .map(|n| format!("”{}”", n.name))
        .collect();
    Err(messages::no_such_record(target, word, &candidates).into())
}
