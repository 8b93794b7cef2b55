//! Applying an op to the projection tables. The one place that turns ops into rows.
//!
//! The current value of a field is the one set by the op with the highest (hlc, origin): an
//! op that arrives late and is older than the current value is logged but changes nothing.

use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};
use serde_json::Value;
use std::sync::OnceLock;

use super::codec::to_sql;
use super::error::{Result, StoreError};
use crate::domain::{Classification, EntityKind, FieldDef, Hlc, Id, Op, OpKind, Vocabulary};
use crate::i18n::said;

/// What applying an op did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// The projection changed.
    Changed,
    /// A newer value is already in place; the op is history only.
    Superseded,
}

/// The op that decided a field's current value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldVersion {
    pub op_id: Id,
    pub hlc: Hlc,
    pub origin: Id,
}

/// The pseudo-field deletes and undeletes set.
pub const DELETED: &str = crate::domain::entity::DELETED_FIELD;
/// Classification can be changed like a field.
pub const CLASSIFICATION: &str = crate::domain::entity::CLASSIFICATION_FIELD;

/// The declaration of a settable field, or an error naming it.
pub fn settable_field(kind: EntityKind, field: &str) -> Result<&'static FieldDef> {
    kind.settable_field(field)
        .ok_or_else(|| StoreError::UnknownField {
            kind,
            field: field.to_string(),
        })
}

/// What an op does to the tables, before it meets them: the row of a create, or one field's new
/// value. Shared by [`apply_to_tables`] and the in-memory replay of `check`, so that both
/// judge an op's fields and values by one rule.
pub(crate) enum Effect {
    /// `id, classification, fields…` in `select_list` order.
    Create(Vec<SqlValue>),
    Set {
        def: &'static FieldDef,
        value: SqlValue,
    },
}

/// The effect of an op, or why it cannot have one (unknown field, value of the wrong type…).
pub(crate) fn effect(op: &Op) -> Result<Effect> {
    let (field, value) = match op.kind {
        OpKind::Create => return create_row(op).map(Effect::Create),
        OpKind::Set => (
            op.field
                .as_deref()
                .ok_or_else(|| invalid(op, "error-store-reason-no-field"))?,
            op.value
                .as_ref()
                .ok_or_else(|| invalid(op, "error-store-reason-no-value"))?,
        ),
        OpKind::Resolve => (
            op.field
                .as_deref()
                .ok_or_else(|| invalid(op, "error-store-reason-no-field"))?,
            super::conflicts::resolution_value(op)
                .ok_or_else(|| invalid(op, "error-store-reason-no-choice"))?,
        ),
        OpKind::Delete => (DELETED, &TRUE),
        OpKind::Undelete => (DELETED, &FALSE),
        OpKind::Purge => {
            return Err(StoreError::Said(said!("error-store-purge-not-an-edit")));
        }
    };
    let kind = op.entity;
    let def = settable_field(kind, field)?;
    let sql_value = to_sql(kind, def, value)?;
    if field == CLASSIFICATION
        && Classification::parse(value.as_str().unwrap_or_default()).is_none()
    {
        return Err(StoreError::InvalidValue {
            kind,
            field: field.into(),
            reason: said!("error-store-reason-unknown-classification"),
        });
    }
    Ok(Effect::Set {
        def,
        value: sql_value,
    })
}

static TRUE: Value = Value::Bool(true);
static FALSE: Value = Value::Bool(false);

/// The store's ordering rule: an op replaces a field's value only if its (hlc, origin) is
/// higher than that of the op that set the value now (or created the record).
pub(crate) fn replaces(op: &Op, current_hlc: Hlc, current_origin: Id) -> bool {
    (op.hlc, op.origin) > (current_hlc, current_origin)
}

/// How a failed insert of a new record ends: what the caller does with the transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OnFailure {
    /// The statement is undone and the transaction goes on (a caller may catch the error).
    UndoStatement,
    /// The whole transaction is rolled back: for callers that give up on any error (an
    /// import). SQLite then keeps no statement journal for the insert, whose search trigger
    /// makes it a write of two rows: a copy of every page it touches, ≈ 6 % of an import.
    RollBack,
}

/// Applies an op to the tables. Conflicts are brought up to date apart, once per transaction
/// (see `conflicts::Touched`), so many edits of one field stay linear.
pub(crate) fn apply_to_tables(conn: &Connection, op: &Op) -> Result<Applied> {
    apply_ending(conn, op, OnFailure::UndoStatement)
}

/// [`apply_to_tables`], saying how a failed insert ends.
pub(crate) fn apply_ending(conn: &Connection, op: &Op, failure: OnFailure) -> Result<Applied> {
    match effect(op)? {
        Effect::Create(values) => {
            create(conn, op, values, failure)?;
            super::pii_flags::queue(conn, op.entity, op.entity_id)?;
            Ok(Applied::Changed)
        }
        Effect::Set { def, value } => {
            let applied = set(conn, op, def, value)?;
            if op.kind == OpKind::Resolve {
                super::conflicts::settle(conn, op)?;
            }
            // Text, or a register's name: the personal-data flag is linted again at commit.
            if applied == Applied::Changed && (def.flags.free_text || def.flags.is_name) {
                super::pii_flags::queue(conn, op.entity, op.entity_id)?;
            }
            Ok(applied)
        }
    }
}

/// An op that cannot have an effect; `reason` is the message id of why.
fn invalid(op: &Op, reason: &'static str) -> StoreError {
    StoreError::Said(
        said!("error-store-bad-op", id = op.entity_id.short())
            .with_label("kind", op.entity)
            .with_said("reason", said!(reason)),
    )
}

/// The row a create inserts: `id, classification, fields…`.
fn create_row(op: &Op) -> Result<Vec<SqlValue>> {
    let kind = op.entity;
    let obj = match &op.value {
        Some(Value::Object(o)) => o,
        _ => return Err(invalid(op, "error-store-reason-no-fields")),
    };
    if let Some(unknown) = obj.keys().find(|k| kind.field(k).is_none()) {
        return Err(StoreError::UnknownField {
            kind,
            field: unknown.clone(),
        });
    }
    let mut values: Vec<SqlValue> = vec![
        SqlValue::Text(op.entity_id.to_string()),
        SqlValue::Text(op.classification.code().into()),
    ];
    for f in kind.fields() {
        values.push(to_sql(kind, f, obj.get(f.name).unwrap_or(&Value::Null))?);
    }
    Ok(values)
}

fn create(conn: &Connection, op: &Op, values: Vec<SqlValue>, failure: OnFailure) -> Result<()> {
    let kind = op.entity;
    let inserted = conn
        .prepare_cached(insert_sql(kind, failure))?
        .execute(params_from_iter(values));
    match inserted {
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            return Err(super::error::exists(kind, op.entity_id));
        }
        other => other?,
    };
    conn.prepare_cached(
        "INSERT INTO record (id, entity, owner, created_op, created_hlc) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![op.entity_id.to_string(), kind.code(), op.origin.to_string(), op.op_id.to_string(), op.hlc.0])?;
    Ok(())
}

/// `INSERT INTO kind (id, classification, fields…) VALUES (?1, …)`, built once per kind and
/// way of failing: an import creates thousands of records, and the statement cache is keyed
/// by this text. (`OR ROLLBACK` also stands for the search trigger's own conflict clause,
/// which never meets a conflict on an insert: a new row's number `n` is new.)
fn insert_sql(kind: EntityKind, failure: OnFailure) -> &'static str {
    static SQL: OnceLock<Vec<(EntityKind, OnFailure, String)>> = OnceLock::new();
    let all = SQL.get_or_init(|| {
        EntityKind::ALL
            .iter()
            .flat_map(|&k| {
                let marks = (1..=k.fields().len() + 2)
                    .map(|i| format!("?{i}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let cols = super::read::select_list(k, "");
                [
                    (OnFailure::UndoStatement, "INSERT"),
                    (OnFailure::RollBack, "INSERT OR ROLLBACK"),
                ]
                .map(|(failure, insert)| {
                    (
                        k,
                        failure,
                        format!("{insert} INTO {} ({cols}) VALUES ({marks})", k.table()),
                    )
                })
            })
            .collect()
    });
    all.iter()
        .find(|(k, f, _)| *k == kind && *f == failure)
        .map_or("", |(_, _, sql)| sql.as_str())
}

/// `UPDATE kind SET field = ?1 WHERE id = ?2` for every settable field, built once (like
/// `insert_sql`): an import sets thousands of fields.
fn update_sql(kind: EntityKind, field: &str) -> &'static str {
    type ByField = Vec<(&'static str, String)>;
    static SQL: OnceLock<Vec<(EntityKind, ByField)>> = OnceLock::new();
    let all = SQL.get_or_init(|| {
        EntityKind::ALL
            .iter()
            .map(|&k| {
                let names = k
                    .fields()
                    .iter()
                    .map(|f| f.name)
                    .chain([CLASSIFICATION, DELETED]);
                let sql = names
                    .map(|f| {
                        (
                            f,
                            format!("UPDATE {} SET {f} = ?1 WHERE id = ?2", k.table()),
                        )
                    })
                    .collect();
                (k, sql)
            })
            .collect()
    });
    all.iter()
        .find(|(k, _)| *k == kind)
        .and_then(|(_, fields)| fields.iter().find(|(f, _)| *f == field))
        .map_or("", |(_, sql)| sql.as_str())
}

/// The op whose value a field has now: the last set, or the create.
pub(crate) fn field_version(
    conn: &Connection,
    entity_id: Id,
    field: &str,
) -> Result<Option<FieldVersion>> {
    let row: Option<(String, i64, String)> = conn
        .prepare_cached(
            "SELECT op_id, hlc, origin FROM field_version WHERE entity_id = ?1 AND field = ?2",
        )?
        .query_row(params![entity_id.to_string(), field], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    let row = match row {
        Some(r) => Some(r),
        None => conn
            .prepare_cached("SELECT created_op, created_hlc, owner FROM record WHERE id = ?1")?
            .query_row([entity_id.to_string()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?,
    };
    Ok(row.and_then(|(op, hlc, origin)| {
        Some(FieldVersion {
            op_id: op.parse().ok()?,
            hlc: Hlc(hlc),
            origin: origin.parse().ok()?,
        })
    }))
}

fn set(conn: &Connection, op: &Op, def: &FieldDef, sql_value: SqlValue) -> Result<Applied> {
    let kind = op.entity;
    let field = def.name;
    let current =
        field_version(conn, op.entity_id, field)?.ok_or_else(|| StoreError::NotFound {
            kind,
            id: op.entity_id.to_string(),
        })?;
    if !replaces(op, current.hlc, current.origin) {
        return Ok(Applied::Superseded);
    }
    conn.prepare_cached(update_sql(kind, def.name))?
        .execute(params![sql_value, op.entity_id.to_string()])?;
    conn.prepare_cached(
        "INSERT INTO field_version (entity_id, field, op_id, hlc, origin) VALUES (?1, ?2, ?3, ?4, ?5) \
         ON CONFLICT (entity_id, field) DO UPDATE SET op_id = excluded.op_id, hlc = excluded.hlc, origin = excluded.origin",
    )?
    .execute(params![op.entity_id.to_string(), field, op.op_id.to_string(), op.hlc.0, op.origin.to_string()])?;
    Ok(Applied::Changed)
}
