//! Converting field values between their JSON form (in ops and bundles) and SQLite columns, as
//! the entity registry says each field is stored.

use rusqlite::types::{Value as SqlValue, ValueRef};
use serde_json::Value;

use super::error::{Result, StoreError};
use crate::domain::{EntityKind, FieldDef, FieldType};
use crate::i18n::said;

/// Checks a JSON value against a field's declaration and converts it for SQLite.
pub fn to_sql(kind: EntityKind, field: &FieldDef, value: &Value) -> Result<SqlValue> {
    let bad = |reason: &'static str| StoreError::InvalidValue {
        kind,
        field: field.name.to_string(),
        reason: said!(reason),
    };
    Ok(match (field.ty, value) {
        (_, Value::Null) if field.optional => SqlValue::Null,
        (_, Value::Null) => return Err(bad("error-store-reason-required")),
        (FieldType::Text, Value::String(s)) => SqlValue::Text(s.clone()),
        (FieldType::Integer, Value::Number(n)) => SqlValue::Integer(
            n.as_i64()
                .ok_or_else(|| bad("error-store-reason-integer"))?,
        ),
        (FieldType::Real, Value::Number(n)) => {
            SqlValue::Real(n.as_f64().ok_or_else(|| bad("error-store-reason-number"))?)
        }
        (FieldType::Bool, Value::Bool(b)) => SqlValue::Integer(i64::from(*b)),
        (FieldType::Json, Value::Array(items)) => {
            if items.iter().any(|i| !i.is_string()) {
                return Err(bad("error-store-reason-text-list"));
            }
            SqlValue::Text(value.to_string())
        }
        (FieldType::Text, _) => return Err(bad("error-store-reason-text")),
        (FieldType::Integer, _) => return Err(bad("error-store-reason-integer")),
        (FieldType::Real, _) => return Err(bad("error-store-reason-number")),
        (FieldType::Bool, _) => return Err(bad("error-store-reason-bool")),
        (FieldType::Json, _) => return Err(bad("error-store-reason-list")),
    })
}

/// Converts a column back to the JSON form the domain types deserialize from.
pub fn from_sql(ty: FieldType, value: ValueRef<'_>) -> Result<Value> {
    Ok(match (ty, value) {
        (_, ValueRef::Null) => Value::Null,
        (FieldType::Bool, ValueRef::Integer(i)) => Value::Bool(i != 0),
        (FieldType::Json, ValueRef::Text(t)) => serde_json::from_slice(t)?,
        (_, ValueRef::Integer(i)) => Value::from(i),
        (_, ValueRef::Real(r)) => Value::from(r),
        (_, ValueRef::Text(t)) => Value::String(String::from_utf8_lossy(t).into_owned()),
        (_, ValueRef::Blob(_)) => Value::Null,
    })
}
