//! Values checked like a form: every value an op carries is checked against the entity
//! registry before it is applied, whether a form here made it or a partner's bundle brought it.
//! A value that passes deserialises as the field's Rust type, so every later read of the record
//! (lists, reports, the screens) can parse it.

use serde_json::Value;

use super::entity::{EntityKind, FieldDef};
use super::op::{Op, OpKind};
use crate::i18n::{Said, said};

/// The longest text any field may hold, in characters (a long meeting note is a few thousand).
pub const MAX_TEXT_CHARS: usize = 20_000;
/// The longest list any field may hold.
pub const MAX_LIST_ITEMS: usize = 1_000;

/// Checks one value of one field. The error names the field.
pub fn field_value(def: &FieldDef, value: &Value) -> Result<(), Said> {
    match value_problem(def, value) {
        None => Ok(()),
        Some(ValueProblem::Missing) => Err(said!("error-value-required", field = def.name)),
        Some(ValueProblem::Bad(reason)) => {
            Err(said!("error-value-field", field = def.name).with_said("reason", reason))
        }
    }
}

/// Why a value does not fit its field.
#[derive(Debug, Clone, PartialEq)]
pub enum ValueProblem {
    /// The field must have a value and has none.
    Missing,
    /// What is wrong with the value, without the field's name.
    Bad(Said),
}

/// What is wrong with `value` as a value of `def`, if anything.
pub fn value_problem(def: &FieldDef, value: &Value) -> Option<ValueProblem> {
    if value.is_null() {
        return (!def.optional).then_some(ValueProblem::Missing);
    }
    if let Some(reason) = too_long(value) {
        return Some(ValueProblem::Bad(reason));
    }
    if (def.parses)(value) {
        return out_of_range(def.name, value).map(ValueProblem::Bad);
    }
    let shown = shown(value);
    let expects = match def.vocabulary {
        Some(key) => format!("vocab-{key}"),
        None => def.expects.to_string(),
    };
    Some(ValueProblem::Bad(if def.is_vocabulary() {
        said!(
            "error-value-not-in-vocabulary",
            value = shown,
            valid = def.codes.join(", ")
        )
        .with_message("vocabulary", expects)
    } else {
        said!("error-value-not-a", value = shown).with_message("expects", expects)
    }))
}

/// Checks every value an op carries: a create's fields (none unknown, none missing), a set's
/// or a resolve's value, a delete's bookkeeping. The error names the field.
pub fn op_values(op: &Op) -> Result<(), Said> {
    let kind = op.entity;
    match op.kind {
        OpKind::Create => {
            let Some(Value::Object(fields)) = &op.value else {
                return Err(said!("error-value-create-without-fields"));
            };
            if let Some(unknown) = fields.keys().find(|k| kind.field(k).is_none()) {
                return Err(said!("error-value-unknown-field", field = clip(unknown)));
            }
            for def in kind.fields() {
                field_value(def, fields.get(def.name).unwrap_or(&Value::Null))?;
            }
            Ok(())
        }
        OpKind::Set => {
            let def = settable(kind, op)?;
            field_value(def, op.value.as_ref().unwrap_or(&Value::Null))
        }
        OpKind::Resolve => {
            let def = settable(kind, op)?;
            let value = op.value.as_ref().unwrap_or(&Value::Null);
            let settles = value.get("settles").and_then(Value::as_array);
            let names_two_ops = settles.is_some_and(|ops| {
                ops.len() == 2
                    && ops
                        .iter()
                        .all(|o| o.as_str().is_some_and(|s| s.parse::<super::Id>().is_ok()))
            });
            if !names_two_ops {
                return Err(said!("error-value-resolve-without-ops"));
            }
            field_value(def, value.get("value").unwrap_or(&Value::Null))
        }
        OpKind::Delete | OpKind::Undelete => match &op.value {
            None => Ok(()),
            Some(Value::Object(o))
                if o.len() == 1 && o.get("seen_hlc").is_some_and(Value::is_i64) =>
            {
                Ok(())
            }
            Some(_) => Err(said!("error-value-delete-content")),
        },
        OpKind::Purge => Ok(()),
    }
}

fn settable(kind: EntityKind, op: &Op) -> Result<&'static FieldDef, Said> {
    let field = op.field.as_deref().unwrap_or_default();
    kind.settable_field(field)
        .ok_or_else(|| said!("error-value-unknown-field", field = clip(field)))
}

/// Coordinates (`lat`, `lon`) are WGS 84 degrees: a value outside the globe is no place, and a
/// map or an export would misplace it.
fn out_of_range(name: &str, value: &Value) -> Option<Said> {
    let limit = match name {
        "lat" => 90.0,
        "lon" => 180.0,
        _ => return None,
    };
    let degrees = value.as_f64()?;
    (degrees.abs() > limit).then(|| {
        said!(
            "error-value-degrees",
            degrees = degrees.to_string(),
            limit = limit
        )
    })
}

fn too_long(value: &Value) -> Option<Said> {
    match value {
        Value::String(s) if s.chars().count() > MAX_TEXT_CHARS => {
            Some(said!("error-value-text-too-long", max = MAX_TEXT_CHARS))
        }
        Value::Array(items) if items.len() > MAX_LIST_ITEMS => {
            Some(said!("error-value-list-too-long", max = MAX_LIST_ITEMS))
        }
        Value::Array(items) => items.iter().find_map(too_long),
        Value::Object(map) => map.values().find_map(too_long),
        _ => None,
    }
}

/// A value as a message quotes it: short, and a text in quotation marks.
fn shown(value: &Value) -> String {
    match value {
        Value::String(s) => format!("”{}”", clip(s)),
        other => clip(&other.to_string()),
    }
}

fn clip(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Classification, Digest32, Hlc, Id};
    use serde_json::json;

    fn set(field: &str, value: Value) -> Op {
        set_on(EntityKind::Action, field, value)
    }

    fn set_on(entity: EntityKind, field: &str, value: Value) -> Op {
        Op {
            op_id: Id::new(),
            origin: Id::new(),
            origin_seq: 1,
            hlc: Hlc::from_parts(1, 0),
            actor: "kommunpolis".into(),
            entity,
            entity_id: Id::new(),
            kind: OpKind::Set,
            field: Some(field.into()),
            value: Some(value),
            base_op: None,
            classification: Classification::Begransad,
            prev_hash: Digest32::default(),
            hash: Digest32::default(),
        }
    }

    #[test]
    fn values_are_checked_against_the_fields_type() {
        assert_eq!(op_values(&set("status", json!("pagar"))), Ok(()));
        assert_eq!(op_values(&set("done_on", json!("2026-11-20"))), Ok(()));
        assert_eq!(op_values(&set("done_on", json!(null))), Ok(()));
        let bad_status = op_values(&set("status", json!("hackad")))
            .unwrap_err()
            .to_string();
        assert!(
            bad_status.contains("”status”") && bad_status.contains("”hackad”"),
            "{bad_status}"
        );
        assert!(
            bad_status.contains("pagar"),
            "lists the valid codes: {bad_status}"
        );
        let bad_date = op_values(&set("done_on", json!("inte-ett-datum")))
            .unwrap_err()
            .to_string();
        assert!(bad_date.contains("ett datum"), "{bad_date}");
        assert!(op_values(&set("title", json!(7))).is_err());
        assert!(op_values(&set("title", json!(null))).is_err(), "required");
        assert!(op_values(&set("title", json!("x".repeat(MAX_TEXT_CHARS + 1)))).is_err());
        assert!(op_values(&set("no_such_field", json!("x"))).is_err());
        assert!(op_values(&set("classification", json!("hemlig"))).is_err());
        assert!(op_values(&set("deleted", json!("ja"))).is_err());
    }

    #[test]
    fn coordinates_must_lie_on_the_globe() {
        for kind in [EntityKind::Place, EntityKind::PoliceEvent] {
            for (field, ok) in [
                ("lat", 59.33),
                ("lat", -90.0),
                ("lon", 18.06),
                ("lon", 180.0),
            ] {
                assert_eq!(
                    op_values(&set_on(kind, field, json!(ok))),
                    Ok(()),
                    "{field} {ok}"
                );
            }
            assert_eq!(op_values(&set_on(kind, "lat", json!(null))), Ok(()));
            for (field, bad) in [
                ("lat", 90.5),
                ("lat", -591.0),
                ("lon", 180.01),
                ("lon", -1e9),
            ] {
                let err = op_values(&set_on(kind, field, json!(bad)))
                    .unwrap_err()
                    .to_string();
                assert!(
                    err.contains(&format!("”{field}”")) && err.contains("grader"),
                    "{err}"
                );
            }
        }
    }
}
