//! Rows to records: every row checked like the form checks it (required values, listed
//! names, a place inside its area, each value against the entity registry, the personal-data
//! check) with every fault named by row and column. A row that passes becomes the record it
//! will be written as, with the key that makes reading the same file twice add nothing.

use chrono::{NaiveTime, Utc};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::columns::{REFERENCE, SheetKind};
use super::layout::Layout;
use super::lists::{ChoiceList, Lists};
use super::read::{Cell, Table};
use super::values;
use crate::domain::pii::{self, Register};
use crate::domain::time_of_day::period_of;
use crate::domain::validate::field_value;
use crate::domain::vocab::{Grade, PoliceStatus, PublicKind, Severity, Vocabulary};
use crate::domain::{
    Area, Classification, Id, Lang, Observation, ObservationSource, Organisation, Place,
    ReviewStatus,
};
use crate::i18n::t;

/// What the example row of a template says in its reference column; such a row is skipped.
pub fn example_marker(lang: Lang) -> String {
    t!(lang, "sheet-example-marker")
}

/// One fault of one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub row: usize,
    /// The column's heading, when the fault is in one cell.
    pub column: Option<String>,
    pub problem: String,
}

impl RowError {
    /// "rad 14, kolumn Plats: ”Lindängstorg” finns inte – menade du Lindängstorget?" The row
    /// goes in as text: as a number Fluent would group it ("rad 10 000"), unlike the
    /// spreadsheet's own row numbers.
    pub fn message(&self, lang: Lang) -> String {
        match &self.column {
            Some(column) => t!(
                lang,
                "sheet-row-column-error",
                row = self.row.to_string(),
                column = column.as_str(),
                problem = self.problem.as_str()
            ),
            None => t!(
                lang,
                "sheet-row-error",
                row = self.row.to_string(),
                problem = self.problem.as_str()
            ),
        }
    }
}

/// A record a row becomes.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    Observation(Observation),
    Area(Area),
    Place(Place),
    Organisation(Organisation),
}

/// A row that passed.
#[derive(Debug, Clone, PartialEq)]
pub struct GoodRow {
    pub row: usize,
    pub record: Record,
    /// Already in the copy (or earlier in the file): reading it again adds nothing.
    pub already: bool,
}

/// A row that did not pass, with its cells as read (for the file of rejected rows).
#[derive(Debug, Clone, PartialEq)]
pub struct BadRow {
    pub row: usize,
    pub cells: Vec<String>,
    pub errors: Vec<RowError>,
}

/// Every row of a sheet, checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checked {
    pub good: Vec<GoodRow>,
    pub bad: Vec<BadRow>,
}

/// How to judge the rows.
pub struct Judge<'a> {
    pub lists: Lists,
    pub register: &'a Register,
    /// The person has read the list of personal-data findings and confirms them.
    pub confirm_personal_data: bool,
    /// The keys of the observations earlier sheets brought (see [`observation_key`]).
    pub known_keys: std::collections::HashSet<String>,
    pub lang: Lang,
}

/// Checks every row of `table`.
pub fn check(table: &Table, layout: &Layout, judge: &mut Judge<'_>) -> Checked {
    let mut choices: Vec<Option<ChoiceList>> = layout
        .columns
        .iter()
        .map(|(c, _)| judge.lists.choices(c.values))
        .collect();
    let marker = example_marker(judge.lang).to_lowercase();
    let mut checked = Checked::default();
    for (row, cells) in &table.rows {
        let cell = |at: Option<usize>| at.and_then(|i| cells.get(i)).unwrap_or(&Cell::Empty);
        let reference = layout
            .columns
            .iter()
            .find(|(c, _)| c.field == REFERENCE)
            .map(|(_, at)| cell(*at).shown())
            .unwrap_or_default();
        if reference.to_lowercase() == marker {
            continue;
        }
        let mut errors = Vec::new();
        let mut fields = Map::new();
        let mut labels = Map::new();
        for ((spec, at), list) in layout.columns.iter().zip(&choices) {
            if spec.field == REFERENCE {
                continue;
            }
            let heading = spec.heading(layout.kind, judge.lang);
            let fault = |problem: String| RowError {
                row: *row,
                column: Some(heading.clone()),
                problem,
            };
            let c = cell(*at);
            match values::value(c, spec.values, list.as_ref(), judge.lang) {
                Ok(Value::Null) if spec.required => errors.push(fault(t!(
                    judge.lang,
                    "sheet-required",
                    column = heading.as_str()
                ))),
                Ok(v) => {
                    labels.insert(spec.field.into(), Value::String(c.shown()));
                    fields.insert(spec.field.into(), v);
                }
                Err(problem) => errors.push(fault(problem)),
            }
        }
        let built = if errors.is_empty() {
            build(layout.kind, *row, fields, &labels, &reference, judge)
        } else {
            Err(errors)
        };
        match built {
            Ok(good) => {
                learn(&good.record, layout, &mut choices);
                checked.good.push(good);
            }
            Err(errors) => checked.bad.push(BadRow {
                row: *row,
                cells: cells.iter().map(Cell::shown).collect(),
                errors,
            }),
        }
    }
    checked
}

/// An area made earlier in the file may be the parent of a later one.
fn learn(record: &Record, layout: &Layout, choices: &mut [Option<ChoiceList>]) {
    let Record::Area(area) = record else { return };
    for ((spec, _), list) in layout.columns.iter().zip(choices.iter_mut()) {
        if spec.field == "parent_id"
            && let Some(list) = list
        {
            let mut lists = Lists::default();
            lists.add_area(area.id, &area.name, area.code.as_deref());
            for c in lists.areas.items {
                list.push(c, &[]);
            }
        }
    }
}

/// The key that tells a row read before from a new one: the row's own reference when it has
/// one, otherwise a hash of its values; with the organisation that sent it. Everything in it
/// is an id or the row's own text, so renaming the organisation, an area or a place does not
/// make a row read before a new one.
pub fn observation_key(fields: &Map<String, Value>, reference: &str) -> String {
    let organisation = fields
        .get("reporting_org_id")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let key = if reference.trim().is_empty() {
        let digest = Sha256::digest(Value::Object(fields.clone()).to_string().as_bytes());
        hex::encode(&digest[..8])
    } else {
        reference.trim().to_string()
    };
    format!("{KEY_PREFIX}:{organisation}:{key}")
}

/// What a template's key starts with in the observation's external reference.
pub const KEY_PREFIX: &str = "sheet";

fn build(
    kind: SheetKind,
    row: usize,
    mut fields: Map<String, Value>,
    labels: &Map<String, Value>,
    reference: &str,
    judge: &mut Judge<'_>,
) -> Result<GoodRow, Vec<RowError>> {
    let lang = judge.lang;
    let heading = |field: &str| {
        kind.columns()
            .into_iter()
            .find(|c| c.field == field)
            .map(|c| c.heading(kind, lang))
    };
    let fault = |field: &str, problem: String| RowError {
        row,
        column: heading(field),
        problem,
    };
    let label = |field: &str| {
        labels
            .get(field)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let already = match kind {
        // The plan is read from its own export (`sheets::plan`), never row by row here.
        SheetKind::Plan => {
            return Err(vec![fault("", t!(lang, "sheet-plan-not-a-template"))]);
        }
        SheetKind::Observations => {
            let area = fields
                .get("area_id")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if let Some(place) = fields.get("place_id").and_then(Value::as_str)
                && let Some(p) = judge.lists.places.find(place)
                && p.within.map(|a| a.to_string()).as_deref() != Some(area)
            {
                return Err(vec![fault(
                    "place_id",
                    t!(
                        lang,
                        "sheet-place-not-in-area",
                        place = label("place_id"),
                        area = label("area_id")
                    ),
                )]);
            }
            let description = fields
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let found = pii::flagged(description, judge.register);
            if !found.is_empty() && !judge.confirm_personal_data {
                let list = pii::found_list_sv(&found).unwrap_or_default();
                return Err(vec![fault(
                    "description",
                    t!(lang, "sheet-personal-data", found = list),
                )]);
            }
            let key = observation_key(&fields, reference);
            let already = !judge.known_keys.insert(key.clone());
            let time = fields
                .get("time_from")
                .and_then(|t| serde_json::from_value::<NaiveTime>(t.clone()).ok());
            if fields.get("day_period").is_none_or(Value::is_null)
                && let Some(t) = time
            {
                fields.insert("day_period".into(), json!(period_of(t).code()));
            }
            let defaults = [
                ("severity", json!(Severity::Storning.code())),
                ("grade", json!(Grade::Medel.code())),
                ("reporter_id", Value::Null),
                ("occurred_until", Value::Null),
                ("time_to", Value::Null),
                ("reported_at", json!(Utc::now())),
                ("source", json!(ObservationSource::Mall.code())),
                ("external_ref", json!(key)),
                ("review_status", json!(ReviewStatus::Ny.code())),
                ("duplicate_of_id", Value::Null),
                ("pii_confirmed", json!(!found.is_empty())),
            ];
            fill(&mut fields, defaults);
            already
        }
        SheetKind::Areas => {
            fill(
                &mut fields,
                [
                    ("police_status", json!(PoliceStatus::Ingen.code())),
                    ("active", json!(true)),
                ],
            );
            named_before(&judge.lists.areas, &label("name"), None)
        }
        SheetKind::Places => {
            let area = fields
                .get("area_id")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let already = named_before(&judge.lists.places, &label("name"), Some(area));
            fill(
                &mut fields,
                [
                    ("public_kind", json!(PublicKind::Offentlig.code())),
                    ("active", json!(true)),
                ],
            );
            already
        }
        SheetKind::Organisations => {
            fill(
                &mut fields,
                [("is_authority", json!(false)), ("active", json!(true))],
            );
            named_before(&judge.lists.organisations, &label("name"), None)
        }
    };
    // The same check every op gets: what passes here, the store accepts.
    let entity = kind.entity();
    let errors: Vec<RowError> = entity
        .fields()
        .iter()
        .filter_map(|def| {
            let v = fields.get(def.name).cloned().unwrap_or(Value::Null);
            field_value(def, &v).err().map(|p| fault(def.name, p))
        })
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let id = Id::new();
    fields.insert("id".into(), json!(id));
    fields.insert("classification".into(), json!(Classification::default()));
    let value = Value::Object(fields);
    let record = match kind {
        SheetKind::Observations => serde_json::from_value(value).map(Record::Observation),
        SheetKind::Areas => serde_json::from_value(value).map(Record::Area),
        SheetKind::Places => serde_json::from_value(value).map(Record::Place),
        SheetKind::Organisations | SheetKind::Plan => {
            serde_json::from_value(value).map(Record::Organisation)
        }
    }
    .map_err(|e| vec![fault("", e.to_string())])?;
    if let Record::Area(a) = &record
        && !already
    {
        judge.lists.add_area(a.id, &a.name, a.code.as_deref());
    }
    if let Record::Place(p) = &record
        && !already
    {
        judge.lists.add_place(p.id, &p.name, p.area_id);
    }
    if let Record::Organisation(o) = &record
        && !already
    {
        judge
            .lists
            .add_organisation(o.id, &o.name, o.short_name.as_deref());
    }
    Ok(GoodRow {
        row,
        record,
        already,
    })
}

fn fill<const N: usize>(fields: &mut Map<String, Value>, defaults: [(&str, Value); N]) {
    for (field, value) in defaults {
        if fields.get(field).is_none_or(Value::is_null) {
            fields.insert(field.into(), value);
        }
    }
}

/// Whether the copy (or an earlier row) already has a record of this name (in this area).
fn named_before(list: &ChoiceList, name: &str, area: Option<&str>) -> bool {
    list.items.iter().any(|c| {
        c.label.to_lowercase() == name.trim().to_lowercase()
            && area.is_none_or(|a| c.within.map(|w| w.to_string()).as_deref() == Some(a))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_is_named_as_the_spreadsheet_numbers_it() {
        let fault = RowError {
            row: 10_000,
            column: Some("Plats".into()),
            problem: "x".into(),
        };
        assert_eq!(fault.message(Lang::Sv), "rad 10000, kolumn Plats: x");
    }
}
