//! Forms generated from the entity registry: one builder turns a kind's fields into a form
//! (text, free text checked for personal data, pick lists for vocabularies and `data/` terms,
//! reference pickers over the records in use, a position typed as `59.2391, 18.2297`, ja/nej,
//! numbers) that ends with the classification; and the form's values back into the record's
//! fields as JSON, for the store's generic write path. What the registry cannot say (a label
//! in Swedish) is in `forms::labels`.

use serde_json::{Map, Value, json};

use crate::domain::Lang;
use crate::domain::field_values::{self, has_position};
use crate::domain::{
    Classification, EntityKind, FieldDef, FieldType, Id, Term, Vocabulary, entity,
};
use crate::tui::forms::labels as words;
use crate::tui::widgets::form::{Field, FieldKind, Form};

/// What a generated form's pickers offer.
#[derive(Debug, Clone, Default)]
pub struct Choices {
    /// The terms of `data/`'s vocabularies (organisation, area and place kinds), in use.
    pub terms: Vec<Term>,
    /// The records a reference may point to, per kind: (name, id), in use, in Swedish order.
    pub records: Vec<(EntityKind, Vec<(String, Id)>)>,
    /// The names of the records out of use (deactivated), for a reference that still names one.
    pub retired: Vec<(Id, String)>,
    /// The records offered that lie in an area (an inspection, a place project) and that area:
    /// a form naming one narrows its place picker to the area.
    pub located: Vec<(Id, Id)>,
}

impl Choices {
    /// The records a reference to `kind` may point to.
    pub fn of(&self, kind: EntityKind) -> &[(String, Id)] {
        self.records(kind)
    }

    /// How a kept reference to a record no longer offered shows: "Namn (inaktiv)", or only
    /// that it is kept when the record is not known (deleted since).
    fn kept(&self, value: &str, lang: Lang) -> String {
        let id = value.parse::<Id>().ok();
        self.retired
            .iter()
            .find(|(retired, _)| Some(*retired) == id)
            .map_or_else(
                || words::not_offered(lang).to_string(),
                |(_, name)| {
                    format!(
                        "{name} ({})",
                        crate::tui::screens::register::words::inactive(lang)
                    )
                },
            )
    }

    fn records(&self, kind: EntityKind) -> &[(String, Id)] {
        self.records
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, r)| r.as_slice())
            .unwrap_or_default()
    }
}

/// The fields a person fills in: not the ones the program keeps (in use, the personal-data
/// confirmation, time stamps) nor the position's halves (one field).
fn in_form(kind: EntityKind, def: &FieldDef) -> bool {
    !(def.name == "active"
        || def.name == entity::PII_CONFIRMED_FIELD
        || field_values::moment(def)
        || (has_position(kind) && matches!(def.name, "lat" | "lon")))
}

/// A stored value as the form's text: a code or an id as it is, a list one per line, a number
/// as written, ja/nej.
fn as_text(value: Option<&Value>, lang: Lang) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(b)) => if *b {
            words::yes(lang)
        } else {
            words::no(lang)
        }
        .into(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| as_text(Some(v), lang))
            .collect::<Vec<_>>()
            .join("\n"),
        Some(other) => other.to_string(),
    }
}

/// The form for a new `kind` record (`existing` None) or for changing one (its stored JSON).
/// `preset` fills fields of a new record (the area a place is made in).
pub fn form(
    kind: EntityKind,
    title: String,
    existing: Option<&Value>,
    preset: &[(&str, String)],
    choices: &Choices,
    year: i32,
    lang: Lang,
) -> Form {
    let mut fields = Vec::new();
    for def in kind.fields().iter().filter(|d| in_form(kind, d)) {
        let mut value = as_text(existing.and_then(|e| e.get(def.name)), lang);
        if existing.is_none() {
            // A new record starts from what it would get untouched (a plan's yearly
            // follow-up), so the form shows it and asks for nothing it need not.
            value = as_text(field_values::default_value(kind, def).as_ref(), lang);
            if let Some((_, v)) = preset.iter().find(|(k, _)| *k == def.name) {
                value = v.clone();
            }
        }
        fields.push(field(kind, def, &value, choices, lang));
        if def.name == "kind" && has_position(kind) {
            fields.push(position_field(existing, lang));
        }
    }
    if has_position(kind) && !fields.iter().any(|f| f.key == words::POSITION) {
        fields.push(position_field(existing, lang));
    }
    let class = existing
        .and_then(|e| e.get(words::CLASSIFICATION))
        .and_then(Value::as_str)
        .and_then(Classification::parse)
        .unwrap_or_default();
    let options = Classification::ALL
        .iter()
        .map(|c| {
            (
                words::classification(*c, lang).to_string(),
                c.code().to_string(),
            )
        })
        .collect();
    fields.push(Field::choice(
        words::CLASSIFICATION,
        words::classification_label(lang),
        options,
        class.code(),
    ));
    Form::new(title, fields, year)
}

fn position_field(existing: Option<&Value>, lang: Lang) -> Field {
    let number = |name: &str| existing.and_then(|e| e.get(name)).and_then(Value::as_f64);
    let value = match (number("lat"), number("lon")) {
        (Some(lat), Some(lon)) => field_values::show_position(lat, lon),
        _ => String::new(),
    };
    Field::text(words::POSITION, words::position_label(lang), &value)
}

/// One field of the form, by what the registry says about it.
fn field(kind: EntityKind, def: &FieldDef, value: &str, choices: &Choices, lang: Lang) -> Field {
    // A field without a hand-kept label ("cause_ids") takes the catalogue's ("Orsaker").
    let label = match words::field(kind, def.name, lang) {
        raw if raw == def.name => kind.field_label(def.name, lang).unwrap_or(raw),
        label => label,
    };
    let required = field_values::required(kind, def);
    let none = || (words::none(lang).to_string(), String::new());
    let picked = |mut options: Vec<(String, String)>| {
        if !required {
            options.insert(0, none());
        }
        // A value no longer offered (a deactivated area) stays the record's until changed.
        if !value.is_empty() && !options.iter().any(|(_, v)| v == value) {
            options.push((choices.kept(value, lang), value.to_string()));
        }
        let field = Field::choice(def.name, label, options, value);
        if required { field.required() } else { field }
    };
    if def.reference
        && def.ty == FieldType::Json
        && let Some(target) = def.flags.refers
    {
        return multi(def, label, value, choices, target, lang);
    }
    if def.reference
        && let Some(target) = def.flags.refers
    {
        let options = choices
            .records(target)
            .iter()
            .map(|(name, id)| (name.clone(), id.to_string()))
            .collect();
        return picked(options);
    }
    if let Some(key) = def.vocabulary {
        let options = def
            .codes
            .iter()
            .map(|code| {
                let label = crate::domain::vocab::vocabulary_label(key, code, lang).unwrap_or(code);
                (label.to_string(), (*code).to_string())
            })
            .collect();
        return picked(options);
    }
    if let Some(vocabulary) = field_values::term_vocabulary(kind, def) {
        let mut terms: Vec<&Term> = choices
            .terms
            .iter()
            .filter(|t| t.vocabulary == vocabulary && t.active)
            .collect();
        terms.sort_by_key(|t| t.sort);
        let options = terms
            .iter()
            .map(|t| {
                (
                    crate::tui::app::records::term_text(t, lang).to_string(),
                    t.code.clone(),
                )
            })
            .collect();
        return picked(options);
    }
    if def.ty == FieldType::Bool {
        let options = vec![
            (words::no(lang).to_string(), words::no(lang).to_string()),
            (words::yes(lang).to_string(), words::yes(lang).to_string()),
        ];
        let value = if value.is_empty() {
            words::no(lang)
        } else {
            value
        };
        return Field::choice(def.name, label, options, value);
    }
    let field = if def.ty == FieldType::Json {
        // A list of texts: one per line.
        Field {
            multi_line: true,
            ..Field::text(def.name, label, value)
        }
    } else if def.flags.free_text && kind.name_field() != Some(def.name) {
        Field::description(def.name, label, value)
    } else if def.flags.free_text {
        Field::free_text(def.name, label, value)
    } else if field_values::date(def) {
        Field::of_kind(def.name, label, FieldKind::Date, value)
    } else {
        Field::text(def.name, label, value)
    };
    if required { field.required() } else { field }
}

/// A list of references as a multi-select over the records in use; a chosen record no longer
/// offered (deactivated) stays chosen, shown by its name as inactive, until it is unchosen.
fn multi(
    def: &FieldDef,
    label: &'static str,
    value: &str,
    choices: &Choices,
    target: EntityKind,
    lang: Lang,
) -> Field {
    let mut options: Vec<(String, String)> = choices
        .records(target)
        .iter()
        .map(|(name, id)| (name.clone(), id.to_string()))
        .collect();
    let chosen: Vec<String> = value
        .lines()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect();
    for c in &chosen {
        if !options.iter().any(|(_, v)| v == c) {
            options.push((choices.kept(c, lang), c.clone()));
        }
    }
    Field::multi(def.name, label, options, &chosen)
}

/// A message for the field it names (its key in the form).
pub type FieldError = (&'static str, String);

/// The record's fields from a valid form: every field of the form by the registry's type,
/// and for a new record (`existing` None) the defaults of the fields it does not show. `Err`
/// names the field the message goes beside.
pub fn values(
    kind: EntityKind,
    form: &Form,
    existing: Option<&Value>,
    lang: Lang,
) -> Result<(Classification, Map<String, Value>), FieldError> {
    let mut fields = Map::new();
    for f in &form.fields {
        if f.key == words::CLASSIFICATION || f.key == words::POSITION {
            continue;
        }
        let Some(def) = kind.field(f.key) else {
            continue;
        };
        fields.insert(
            def.name.to_string(),
            value(def, &f.value, lang).map_err(|e| (f.key, e))?,
        );
    }
    if has_position(kind) {
        let typed = form.text(words::POSITION);
        let (lat, lon) = if typed.is_empty() {
            (Value::Null, Value::Null)
        } else {
            let (lat, lon) = field_values::position(&typed).map_err(|e| (words::POSITION, e))?;
            (json!(lat), json!(lon))
        };
        fields.insert("lat".into(), lat);
        fields.insert("lon".into(), lon);
    }
    if form.pii_confirmed && kind.confirms_personal_data() {
        fields.insert(entity::PII_CONFIRMED_FIELD.into(), Value::Bool(true));
    }
    if existing.is_none() {
        for def in kind.fields() {
            if !fields.contains_key(def.name)
                && let Some(v) = field_values::default_value(kind, def)
            {
                fields.insert(def.name.to_string(), v);
            }
        }
    }
    let class = Classification::parse(&form.text(words::CLASSIFICATION)).unwrap_or_default();
    Ok((class, fields))
}

/// One field's value from the form's text, by its registry type.
fn value(def: &FieldDef, text: &str, lang: Lang) -> Result<Value, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() && def.optional {
        return Ok(Value::Null);
    }
    Ok(match def.ty {
        FieldType::Bool => Value::Bool(trimmed == words::yes(lang)),
        FieldType::Integer => json!(
            trimmed
                .parse::<i64>()
                .map_err(|_| words::not_an_integer(trimmed, lang))?
        ),
        FieldType::Real => json!(
            trimmed
                .replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .ok_or_else(|| words::not_a_number(trimmed, lang))?
        ),
        FieldType::Json => Value::Array(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| json!(l))
                .collect(),
        ),
        // Free text keeps its spaces and lines; codes, ids and dates are trimmed.
        _ if def.flags.free_text => json!(text),
        _ => json!(trimmed),
    })
}

/// The fields whose value differs from the stored record's, and the classification if it
/// changed: what an edit writes.
pub fn changed(
    existing: &Value,
    class: Classification,
    fields: Map<String, Value>,
) -> (Option<Classification>, Map<String, Value>) {
    let before = existing
        .get(words::CLASSIFICATION)
        .and_then(Value::as_str)
        .and_then(Classification::parse);
    let class = (before != Some(class)).then_some(class);
    let fields = fields
        .into_iter()
        .filter(|(name, v)| !same(existing.get(name.as_str()), v))
        .collect();
    (class, fields)
}

/// Equal values, a number stored as 59.0 and typed as 59 too, and a list of references with
/// the same records in another order (unchosen and chosen again in a picker).
fn same(stored: Option<&Value>, new: &Value) -> bool {
    match (stored.unwrap_or(&Value::Null), new) {
        (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
        (Value::Array(a), Value::Array(b)) if ids(a).is_some() && ids(b).is_some() => {
            ids(a) == ids(b)
        }
        (a, b) => a == b,
    }
}

/// A list of ids as a set; `None` when an item is not an id (a list of texts keeps its order).
fn ids(items: &[Value]) -> Option<std::collections::BTreeSet<Id>> {
    items
        .iter()
        .map(|v| v.as_str().and_then(|s| s.parse::<Id>().ok()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choices() -> (Choices, Id) {
        let centrum = Id::new();
        let terms = ["torg", "hallplats"]
            .iter()
            .enumerate()
            .map(|(i, code)| Term {
                id: Id::new(),
                classification: Classification::Oppen,
                vocabulary: "place_kind".into(),
                code: (*code).into(),
                label_sv: format!("Typ {code}"),
                label_en: String::new(),
                sort: i as i64,
                active: true,
            })
            .collect();
        (
            Choices {
                terms,
                records: vec![(EntityKind::Area, vec![("Centrum".into(), centrum)])],
                ..Choices::default()
            },
            centrum,
        )
    }

    #[test]
    fn a_place_form_has_an_area_picker_a_kind_list_one_position_and_the_classification() {
        let (choices, centrum) = choices();
        let form = form(
            EntityKind::Place,
            "Ny plats".into(),
            None,
            &[],
            &choices,
            2026,
            Lang::Sv,
        );
        let keys: Vec<&str> = form.fields.iter().map(|f| f.key).collect();
        assert_eq!(
            keys,
            [
                "area_id",
                "name",
                "kind",
                "position",
                "public_kind",
                "classification"
            ]
        );
        let area = &form.fields[0];
        assert!(area.required && area.is_choice());
        assert_eq!(area.value, centrum.to_string());
        assert_eq!(area.display(), "Centrum");
        assert_eq!(form.fields[2].display(), "Typ torg");
        let class = form.fields.last().map(Field::display).unwrap_or_default();
        assert!(class.contains("lämnar aldrig den här kopian") || class.contains("begränsad"));
    }

    #[test]
    fn the_values_are_the_records_fields_with_the_position_split_and_defaults_filled() {
        let (choices, centrum) = choices();
        let mut form = form(
            EntityKind::Place,
            "Ny plats".into(),
            None,
            &[],
            &choices,
            2026,
            Lang::Sv,
        );
        form.set_value("name", "Torget");
        form.set_value("position", "59.2391, 18.2297");
        let (class, fields) = values(EntityKind::Place, &form, None, Lang::Sv).expect("valid");
        assert_eq!(class, Classification::default());
        assert_eq!(fields["area_id"], json!(centrum.to_string()));
        assert_eq!(fields["name"], json!("Torget"));
        assert_eq!(fields["kind"], json!("torg"));
        assert_eq!(fields["lat"], json!(59.2391));
        assert_eq!(fields["lon"], json!(18.2297));
        assert_eq!(fields["active"], json!(true));
        form.set_value("position", "Torget");
        let (field, message) =
            values(EntityKind::Place, &form, None, Lang::Sv).expect_err("bad position");
        assert_eq!(field, "position");
        assert!(message.contains("59.2391, 18.2297"), "{message}");
    }

    #[test]
    fn free_text_is_checked_for_personal_data_and_a_confirmation_is_kept() {
        let (choices, _) = choices();
        let mut form = form(
            EntityKind::Problem,
            "Nytt problem".into(),
            None,
            &[],
            &choices,
            2026,
            Lang::Sv,
        );
        let description = form
            .fields
            .iter()
            .find(|f| f.key == "description")
            .expect("description");
        assert_eq!(description.kind, FieldKind::FreeText);
        assert!(description.multi_line);
        assert!(
            form.fields
                .iter()
                .find(|f| f.key == "area_ids")
                .is_some_and(Field::is_multi),
            "a list of references is a multi-select"
        );
        form.set_value("title", "Stenkastning vid hållplatsen");
        form.set_value("description", "Ring 070-123 45 67 för mer");
        form.set_value("priority", "1");
        assert!(
            form.pii_check()
                .is_some_and(|w| w.contains("telefonnummer"))
        );
        form.pii_confirmed = true;
        let (_, fields) = values(EntityKind::Problem, &form, None, Lang::Sv).expect("valid");
        assert_eq!(fields["pii_confirmed"], json!(true));
        assert_eq!(fields["area_ids"], json!([]));
    }

    #[test]
    fn an_edit_writes_only_what_changed() {
        let (choices, _) = choices();
        let stored = json!({
            "name": "Ekudden", "kind": "kommundel", "code": null, "parent_id": null,
            "police_status": "ingen", "police_status_year": 2025, "active": true,
            "classification": "oppen"
        });
        let mut form = form(
            EntityKind::Area,
            "Ändra".into(),
            Some(&stored),
            &[],
            &choices,
            2026,
            Lang::Sv,
        );
        assert_eq!(form.text("police_status_year"), "2025");
        let (class, fields) =
            values(EntityKind::Area, &form, Some(&stored), Lang::Sv).expect("valid");
        let (class, fields) = changed(&stored, class, fields);
        assert!(class.is_none() && fields.is_empty(), "{fields:?}");
        form.set_value("police_status_year", "tjugo");
        let err =
            values(EntityKind::Area, &form, Some(&stored), Lang::Sv).expect_err("not a number");
        assert_eq!(err.0, "police_status_year");
        form.set_value("police_status_year", "2026");
        let (class, fields) =
            values(EntityKind::Area, &form, Some(&stored), Lang::Sv).expect("valid");
        let (_, fields) = changed(&stored, class, fields);
        assert_eq!(fields.len(), 1);
        assert_eq!(fields["police_status_year"], json!(2026));
    }

    #[test]
    fn a_deactivated_area_a_place_keeps_goes_by_its_name() {
        let (mut choices, _) = choices();
        let old = Id::new();
        choices.retired.push((old, "Gamla hamnen".into()));
        let place = |area: Id| {
            json!({
                "area_id": area.to_string(), "name": "Kajen", "kind": "torg",
                "public_kind": "offentlig", "classification": "oppen"
            })
        };
        let kept = form(
            EntityKind::Place,
            "Ändra".into(),
            Some(&place(old)),
            &[],
            &choices,
            2026,
            Lang::Sv,
        );
        assert_eq!(kept.fields[0].display(), "Gamla hamnen (inaktiv)");
        // A record deleted since has no name to show: only that the reference is kept.
        let gone = form(
            EntityKind::Place,
            "Ändra".into(),
            Some(&place(Id::new())),
            &[],
            &choices,
            2026,
            Lang::Sv,
        );
        assert_eq!(gone.fields[0].display(), words::not_offered(Lang::Sv));
    }

    /// A plan item's causes: two causes in use and one deactivated that the item still has.
    fn plan_item_with_causes() -> (Choices, [Id; 3], Value) {
        let causes = [Id::new(), Id::new(), Id::new()];
        let choices = Choices {
            terms: Vec::new(),
            records: vec![(
                EntityKind::Cause,
                vec![
                    ("Mörk gångväg".into(), causes[0]),
                    ("Ödslig hållplats".into(), causes[1]),
                ],
            )],
            retired: vec![(causes[2], "Trasig belysning".into())],
            ..Choices::default()
        };
        let stored = json!({
            "plan_id": Id::new().to_string(), "number": "1", "title": "Trygg hållplats",
            "problem_id": null, "goal_id": null, "responsible_org_id": null,
            "start_on": null, "end_on": null, "resources": "", "active": true,
            "cause_ids": [causes[2].to_string(), causes[0].to_string()],
            "classification": "oppen"
        });
        (choices, causes, stored)
    }

    #[test]
    fn a_list_of_references_is_picked_toggled_and_written_as_an_array_of_ids() {
        let (choices, causes, stored) = plan_item_with_causes();
        let mut form = form(
            EntityKind::PlanItem,
            "Ändra".into(),
            Some(&stored),
            &[],
            &choices,
            2026,
            Lang::Sv,
        );
        let at = form
            .fields
            .iter()
            .position(|f| f.key == "cause_ids")
            .expect("cause_ids in the form");
        assert!(form.fields[at].is_multi());
        assert_eq!(
            form.fields[at].display(),
            "Trasig belysning (inaktiv), Mörk gångväg",
            "the deactivated cause stays chosen, by its name, and says so"
        );
        // Unchanged: nothing to write.
        let (class, fields) =
            values(EntityKind::PlanItem, &form, Some(&stored), Lang::Sv).expect("valid");
        assert_eq!(
            fields["cause_ids"],
            json!([causes[2].to_string(), causes[0].to_string()])
        );
        let (class, fields) = changed(&stored, class, fields);
        assert!(class.is_none() && fields.is_empty(), "{fields:?}");
        // Unchosen and chosen again: the same set, still nothing to write.
        form.focus = at;
        form.open_picker("mörk");
        form.picker_toggle();
        form.picker_toggle();
        let (class, fields) =
            values(EntityKind::PlanItem, &form, Some(&stored), Lang::Sv).expect("valid");
        let (_, fields) = changed(&stored, class, fields);
        assert!(fields.is_empty(), "same set in another order: {fields:?}");
        // "öD" finds Ödslig hållplats whatever the case; chosen, it is written with the others.
        form.close_picker();
        form.open_picker("öD");
        form.picker_toggle();
        assert_eq!(
            form.fields[at].display(),
            "Trasig belysning (inaktiv), Mörk gångväg, Ödslig hållplats"
        );
        let (class, fields) =
            values(EntityKind::PlanItem, &form, Some(&stored), Lang::Sv).expect("valid");
        let (_, fields) = changed(&stored, class, fields);
        assert_eq!(
            fields["cause_ids"],
            json!([
                causes[2].to_string(),
                causes[0].to_string(),
                causes[1].to_string()
            ])
        );
        // The round trip: the form opened on what was written shows the same choices.
        let mut written = stored.clone();
        written["cause_ids"] = fields["cause_ids"].clone();
        let again = super::form(
            EntityKind::PlanItem,
            "Ändra".into(),
            Some(&written),
            &[],
            &choices,
            2026,
            Lang::Sv,
        );
        assert_eq!(again.fields[at].chosen(), form.fields[at].chosen());
    }

    #[test]
    fn a_list_of_texts_keeps_its_order_as_a_change() {
        let stored = json!({"police_aliases": ["Rån", "Stöld"]});
        let (_, fields) = changed(
            &stored,
            Classification::Oppen,
            Map::from_iter([("police_aliases".to_string(), json!(["Stöld", "Rån"]))]),
        );
        assert_eq!(fields.len(), 1, "only lists of ids are sets");
    }
}
