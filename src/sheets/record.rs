//! A row that passed its cells' checks, made into the record it will be written as: the
//! checks that need the whole row (a place inside its area, the personal-data check), each
//! kind's defaults as the form gives them, the entity registry's check of every value, and the
//! key that makes reading the same file twice add nothing.

use chrono::{NaiveTime, Utc};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::columns::SheetKind;
use super::lists::ChoiceList;
use super::rows::{GoodRow, Judge, RowError};
use crate::domain::pii;
use crate::domain::time_of_day::period_of;
use crate::domain::validate::field_value;
use crate::domain::vocab::{Grade, MeasureStatus, PoliceStatus, PublicKind, Severity, Vocabulary};
use crate::domain::{
    Area, Classification, Id, Observation, ObservationSource, Organisation, Place,
    PreventiveMeasure, ReviewStatus,
};
use crate::i18n::t;

/// A record a row becomes.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    Observation(Observation),
    Area(Area),
    Place(Place),
    Organisation(Organisation),
    Measure(PreventiveMeasure),
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
        let digest = Sha256::digest(serde_json::to_string(fields).unwrap_or_default().as_bytes());
        hex::encode(&digest[..8])
    } else {
        reference.trim().to_string()
    };
    format!("{KEY_PREFIX}:{organisation}:{key}")
}

/// What a template's key starts with in the observation's external reference.
pub const KEY_PREFIX: &str = "sheet";

pub(super) fn build(
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
            let found = personal_data(&fields, judge, &fault)?;
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
                ("pii_confirmed", json!(found)),
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
        SheetKind::Measures => {
            personal_data(&fields, judge, &fault)?;
            fill(
                &mut fields,
                [
                    ("description", json!("")),
                    ("responsible_org_id", Value::Null),
                    ("responsible_unit", json!("")),
                    ("target_group", json!("")),
                    ("theme_ids", json!([])),
                    ("factor_ids", json!([])),
                    ("status", json!(MeasureStatus::Planerad.code())),
                    ("last_follow_up_on", Value::Null),
                ],
            );
            named_before(&judge.lists.measures, &label("title"), None)
        }
    };
    // The same check every op gets: what passes here, the store accepts.
    let entity = kind.entity();
    let errors: Vec<RowError> = entity
        .fields()
        .iter()
        .filter_map(|def| {
            let v = fields.get(def.name).unwrap_or(&Value::Null);
            field_value(def, v)
                .err()
                .map(|p| fault(def.name, p.to_string()))
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
        SheetKind::Measures => serde_json::from_value(value).map(Record::Measure),
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
    if let Record::Measure(m) = &record
        && !already
    {
        judge.lists.add_measure(m.id, &m.title);
    }
    Ok(GoodRow {
        row,
        record,
        already,
    })
}

/// The description's personal-data check: what it finds stops the row until the person has
/// read the list and confirms it. Whether it found anything.
fn personal_data(
    fields: &Map<String, Value>,
    judge: &Judge<'_>,
    fault: &impl Fn(&str, String) -> RowError,
) -> Result<bool, Vec<RowError>> {
    let description = fields
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let found = pii::flagged(description, judge.register);
    if !found.is_empty() && !judge.confirm_personal_data {
        let list = pii::found_list_sv(&found).unwrap_or_default();
        return Err(vec![fault(
            "description",
            t!(judge.lang, "sheet-personal-data", found = list),
        )]);
    }
    Ok(!found.is_empty())
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
