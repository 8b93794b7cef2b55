//! The meeting's forms generated from the entity registry (`forms::registry`): the fields a
//! workflow shows, their labels from the message catalogue, times typed as `09.30`; and a
//! valid form read back into the typed record, a refused value beside its field.

use chrono::Datelike;
use serde_json::{Map, Value, json};

use crate::domain::{Entity, EntityKind, Lang};
use crate::tui::app::state::{OpenForm, Overlay, State};
use crate::tui::forms::registry::{self, Choices, FieldError};
use crate::tui::screens::meeting::forms::{MeetingForm, purpose};
use crate::tui::widgets::form::{FieldKind, Form};

/// The label of a field in a meeting form: `meeting-form-<field>` (capitalised, saying
/// "funktion" where a function is meant), else the field's label in the catalogue.
fn label(lang: Lang, kind: EntityKind, field: &str) -> &'static str {
    crate::i18n::message_static(lang, &format!("meeting-form-{}", field.replace('_', "-")))
        .or_else(|| kind.field_label(field, lang))
        .unwrap_or("")
}

fn is_time(kind: EntityKind, field: &str) -> bool {
    kind.field(field)
        .is_some_and(|d| d.expects == "expects-time")
}

/// The registry's form for `kind` with only the fields in `shown` (in the registry's order)
/// and the classification last.
pub fn form(
    kind: EntityKind,
    title: String,
    existing: &Value,
    shown: &[&str],
    choices: &Choices,
    lang: Lang,
    year: i32,
) -> Form {
    let mut form = registry::form(kind, title, Some(existing), &[], choices, year, lang);
    form.fields
        .retain(|f| shown.contains(&f.key) || f.key == "classification");
    for f in &mut form.fields {
        if f.key != "classification" {
            f.label = label(lang, kind, f.key);
        }
        if is_time(kind, f.key) {
            let shown = existing
                .get(f.key)
                .and_then(Value::as_str)
                .and_then(|t| t.parse::<chrono::NaiveTime>().ok())
                .map(|t| crate::i18n::dates::time(lang, t))
                .unwrap_or_default();
            f.kind = FieldKind::Time;
            f.value = shown;
        }
    }
    // What the form shows now is its starting point: Esc asks only about the user's changes.
    Form::new(form.title, form.fields, year)
}

/// The record as the form says: the stored (or new) record's JSON with the form's fields
/// over it. A value the record's type refuses goes beside its field.
pub fn record<T: Entity>(form: &Form, base: &Value, lang: Lang) -> Result<T, FieldError> {
    let kind = T::KIND;
    let (class, fields) = registry::values(kind, form, Some(base), lang)?;
    let mut merged: Map<String, Value> = base.as_object().cloned().unwrap_or_default();
    for (name, value) in fields {
        let value = if is_time(kind, &name) {
            form.time(&name).map_or(Value::Null, |t| json!(t))
        } else {
            value
        };
        merged.insert(name, value);
    }
    if form.fields.iter().any(|f| f.key == "classification") {
        merged.insert("classification".into(), json!(class));
    }
    for f in &form.fields {
        if let Some(def) = kind.field(f.key)
            && let Some(v) = merged.get(f.key)
            && !(def.parses)(v)
        {
            return Err((f.key, def.expects(Lang::Sv)));
        }
    }
    serde_json::from_value(Value::Object(merged)).map_err(|e| ("", e.to_string()))
}

/// Opens the registry's form on `record` (new or stored) over the screen, saving into `into`.
pub fn open<T: Entity>(
    state: &mut State,
    title: String,
    record: &T,
    shown: &[&str],
    choices: &Choices,
    into: MeetingForm,
) {
    let lang = state.lang;
    let form = form(
        T::KIND,
        title,
        &json_of(record),
        shown,
        choices,
        lang,
        state.today.year(),
    );
    state.overlay = Some(Overlay::Form(Box::new(OpenForm {
        form,
        purpose: purpose(lang, into),
    })));
}

/// A record as the JSON a form starts from.
pub fn json_of<T: Entity>(record: &T) -> Value {
    serde_json::to_value(record).unwrap_or(Value::Null)
}
