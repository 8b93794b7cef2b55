//! What the entity registry alone says about a field's value, shared by the front ends that
//! build records from it (the record command line, the TUI's generated forms): which `data/`
//! vocabulary a kind's `kind` takes its code from, what a new record gets for a field not
//! given, and a position typed the way a map shows it.

use serde_json::{Value, json};

use super::{EntityKind, FieldDef, FieldType};

/// The extensible vocabulary in `data/` a text field takes its code from: the `kind` of an
/// organisation, an area or a place (`organisation_kind`, `area_kind`, `place_kind`).
pub fn term_vocabulary(kind: EntityKind, field: &FieldDef) -> Option<&'static str> {
    match (kind, field.name) {
        (EntityKind::Organisation, "kind") => Some("organisation_kind"),
        (EntityKind::Area, "kind") => Some("area_kind"),
        (EntityKind::Place, "kind") => Some("place_kind"),
        _ => None,
    }
}

/// A text of no particular form (not a date, a code or a name).
pub fn plain_text(field: &FieldDef) -> bool {
    field.ty == FieldType::Text && !field.is_vocabulary() && field.expects == "expects-text"
}

/// A time stamp (set by the program when a record is made).
pub fn moment(field: &FieldDef) -> bool {
    matches!(
        field.expects,
        "expects-timestamp" | "expects-local-timestamp"
    )
}

/// A date field (ÅÅÅÅ-MM-DD).
pub fn date(field: &FieldDef) -> bool {
    field.ty == FieldType::Text && field.expects == "expects-date"
}

/// What a new record gets for a field not given, or `None` when it must be given: nothing
/// for an optional field, a plan's yearly follow-up, an empty list, no, now for a time stamp, an
/// empty text for a text that is not the record's name; a new record is in use.
pub fn default_value(kind: EntityKind, field: &FieldDef) -> Option<Value> {
    if field.name == "active" {
        return Some(Value::Bool(true));
    }
    if (kind, field.name) == (EntityKind::ActionPlan, "review_interval_months") {
        return Some(json!(super::plan::DEFAULT_REVIEW_INTERVAL_MONTHS));
    }
    if field.optional {
        return Some(Value::Null);
    }
    if term_vocabulary(kind, field).is_some() {
        return None;
    }
    match field.ty {
        FieldType::Json => Some(json!([])),
        FieldType::Bool => Some(Value::Bool(field.name == "active")),
        FieldType::Text if moment(field) => Some(json!(chrono::Utc::now())),
        FieldType::Text if plain_text(field) && kind.name_field() != Some(field.name) => {
            Some(json!(""))
        }
        _ => None,
    }
}

/// What a form shows for a new record's field before anything is typed: [`default_value`], or
/// for a fixed vocabulary its first code, on which the form's pick list starts (an area's
/// police status "ingen"). The command line gives a field not named the same.
pub fn preset_value(kind: EntityKind, field: &FieldDef) -> Option<Value> {
    default_value(kind, field).or_else(|| {
        field
            .vocabulary
            .and_then(|_| field.codes.first())
            .map(|code| json!(code))
    })
}

/// The field must be given for a new record.
pub fn required(kind: EntityKind, field: &FieldDef) -> bool {
    default_value(kind, field).is_none()
}

/// The kind keeps a position as `lat` and `lon`, typed together as one.
pub fn has_position(kind: EntityKind) -> bool {
    kind.field("lat").is_some() && kind.field("lon").is_some()
}

/// `"59.2391, 18.2297"` (or with a space between) as (lat, lon), each within its range. The
/// error is a Swedish sentence.
pub fn position(word: &str) -> Result<(f64, f64), String> {
    position_in(word, super::Lang::Sv)
}

/// [`position`], the error in `lang`.
pub fn position_in(word: &str, lang: super::Lang) -> Result<(f64, f64), String> {
    let parts: Vec<&str> = word
        .split([',', ' ', ';'])
        .filter(|p| !p.trim().is_empty())
        .collect();
    let number = |s: &str| s.trim().parse::<f64>().ok().filter(|f| f.is_finite());
    match parts.as_slice() {
        [lat, lon] => match (number(lat), number(lon)) {
            (Some(lat), Some(lon)) if lat.abs() <= 90.0 && lon.abs() <= 180.0 => Ok((lat, lon)),
            _ => Err(bad_position_in(word.trim(), lang)),
        },
        _ => Err(bad_position_in(word.trim(), lang)),
    }
}

/// A position as it is typed back: `59.2391, 18.2297`.
pub fn show_position(lat: f64, lon: f64) -> String {
    format!("{lat}, {lon}")
}

pub fn bad_position(value: &str) -> String {
    bad_position_in(value, super::Lang::Sv)
}

/// [`bad_position`] in `lang`.
pub fn bad_position_in(value: &str, lang: super::Lang) -> String {
    crate::i18n::t!(lang, "error-position", value = value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_is_read_as_a_map_shows_it() {
        assert_eq!(position("59.2391, 18.2297"), Ok((59.2391, 18.2297)));
        assert_eq!(position(" 59.2391 18.2297 "), Ok((59.2391, 18.2297)));
        assert!(
            position("59,2391, 18,2297").is_err(),
            "decimal commas are ambiguous here"
        );
        assert!(position("95.0, 18.0").is_err());
        assert!(position("Torget").unwrap_err().contains("”Torget”"));
        assert_eq!(show_position(59.2391, 18.2297), "59.2391, 18.2297");
    }

    #[test]
    fn a_new_place_needs_its_area_name_and_kind_and_is_in_use() {
        let kind = EntityKind::Place;
        let field = |n: &str| kind.field(n).expect("field");
        assert!(required(kind, field("area_id")));
        assert!(required(kind, field("name")));
        assert!(required(kind, field("kind")));
        assert!(!required(kind, field("lat")));
        assert_eq!(
            default_value(kind, field("active")),
            Some(Value::Bool(true))
        );
        assert!(has_position(kind) && !has_position(EntityKind::Area));
    }
}
