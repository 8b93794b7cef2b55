//! Conflicts: concurrent changes from different partners that a person must settle.
//!
//! Rules (each depends only on the set of ops, so every copy that holds the same ops lists the
//! same conflicts, whatever order the ops arrived in):
//! - two sets (or resolves) of the same field with the same `base_op`, from different origins and
//!   with different values: neither author had seen the other. The (hlc, origin) winner stays
//!   provisionally; the pair is listed. Free text is never merged: one value wins, the other is
//!   listed beside it.
//! - a delete and an edit of the same record from different origins, where the edit is newer
//!   than everything the deleting partner had seen of the record (`seen_hlc` in the delete op).
//!   The delete stays provisionally; the pair is listed.
//! - a resolve op names the two ops it settles; a conflict whose pair a resolve names is settled,
//!   also when the resolve arrived before the conflict was detected here.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde_json::Value;

use super::Store;
use super::error::Result;
use super::oplog::{OP_COLUMNS, op_from_row};
use crate::domain::{EntityKind, Hlc, Id, Op, OpKind, Vocabulary};

/// The key in a delete op's value: the newest clock of the record its author had seen.
pub const SEEN_HLC: &str = "seen_hlc";
const CHOSEN: &str = "value";
const SETTLES: &str = "settles";

/// The value of a resolve op: the chosen value and the two ops it settles.
pub(crate) fn resolution_json(chosen: Value, settles: [Id; 2]) -> Value {
    serde_json::json!({ CHOSEN: chosen, SETTLES: [settles[0].to_string(), settles[1].to_string()] })
}

/// The chosen value of a resolve op.
pub fn resolution_value(op: &Op) -> Option<&Value> {
    op.value.as_ref()?.get(CHOSEN)
}

/// The ops a resolve op settles.
pub fn settled_ops(op: &Op) -> Vec<Id> {
    op.value
        .as_ref()
        .and_then(|v| v.get(SETTLES))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str()?.parse().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// The newest clock of any op this copy has applied to a record.
pub(crate) fn record_seen_hlc(conn: &Connection, id: Id) -> Result<Hlc> {
    let h: Option<i64> = conn
        .prepare_cached("SELECT max(hlc) FROM op_log WHERE entity_id = ?1")?
        .query_row([id.to_string()], |r| r.get(0))
        .optional()?
        .flatten();
    Ok(Hlc(h.unwrap_or(0)))
}

fn seen_hlc_of_delete(op: &Op) -> Hlc {
    op.value
        .as_ref()
        .and_then(|v| v.get(SEEN_HLC))
        .and_then(Value::as_i64)
        .map(Hlc)
        // A delete from before this rule saw everything older than itself.
        .unwrap_or(op.hlc)
}

/// Finds the conflicts a newly received op takes part in and lists them. Returns how many new
/// conflicts were listed.
pub(crate) fn detect(conn: &Connection, op: &Op) -> Result<usize> {
    let mut found = 0;
    match op.kind {
        OpKind::Set | OpKind::Resolve => {
            let field = op.field.as_deref().unwrap_or_default();
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {OP_COLUMNS} FROM op_log WHERE entity_id = ?1 AND field = ?2 AND base_op IS ?3 \
                 AND origin <> ?4 AND kind IN ('set', 'resolve')"
            ))?;
            let siblings = stmt
                .query_map(
                    params![
                        op.entity_id.to_string(),
                        field,
                        op.base_op.map(|b| b.to_string()),
                        op.origin.to_string()
                    ],
                    op_from_row,
                )?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for other in siblings {
                let other = other.op;
                if value_of(&other) == value_of(op) {
                    continue;
                }
                let (winner, loser) = if (op.hlc, op.origin) > (other.hlc, other.origin) {
                    (op, &other)
                } else {
                    (&other, op)
                };
                found += list(conn, op.entity, op.entity_id, field, winner, loser)?;
            }
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {OP_COLUMNS} FROM op_log WHERE entity_id = ?1 AND kind = 'delete' AND origin <> ?2"
            ))?;
            let deletes = stmt
                .query_map(
                    params![op.entity_id.to_string(), op.origin.to_string()],
                    op_from_row,
                )?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for d in deletes {
                if op.hlc > seen_hlc_of_delete(&d.op) {
                    found += list(conn, op.entity, op.entity_id, field, &d.op, op)?;
                }
            }
        }
        OpKind::Delete => {
            let seen = seen_hlc_of_delete(op);
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {OP_COLUMNS} FROM op_log WHERE entity_id = ?1 AND kind = 'set' AND origin <> ?2 AND hlc > ?3"
            ))?;
            let edits = stmt
                .query_map(
                    params![op.entity_id.to_string(), op.origin.to_string(), seen.0],
                    op_from_row,
                )?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for e in edits {
                let field = e.op.field.clone().unwrap_or_default();
                found += list(conn, op.entity, op.entity_id, &field, op, &e.op)?;
            }
        }
        OpKind::Create | OpKind::Undelete | OpKind::Purge => {}
    }
    Ok(found)
}

fn value_of(op: &Op) -> Option<&Value> {
    match op.kind {
        OpKind::Resolve => resolution_value(op),
        _ => op.value.as_ref(),
    }
}

/// Lists one conflict (once, whichever op arrived last), settled already if a resolve names it.
fn list(
    conn: &Connection,
    entity: EntityKind,
    entity_id: Id,
    field: &str,
    winner: &Op,
    loser: &Op,
) -> Result<usize> {
    let (a, b) = if winner.op_id < loser.op_id {
        (winner.op_id, loser.op_id)
    } else {
        (loser.op_id, winner.op_id)
    };
    let id = Id::from_name("conflict", &format!("{a}:{b}"));
    let resolution = settling_op(conn, entity_id, a, b)?;
    let inserted = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO conflict (id, entity, entity_id, field, winner_op, loser_op, status, resolution_op, detected_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            id.to_string(),
            entity.code(),
            entity_id.to_string(),
            field,
            winner.op_id.to_string(),
            loser.op_id.to_string(),
            if resolution.is_some() { "lost" } else { "oppen" },
            resolution.map(|r| r.to_string()),
            chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        ])?;
    Ok(usize::from(inserted > 0 && resolution.is_none()))
}

/// A resolve op on this record that names both ops.
fn settling_op(conn: &Connection, entity_id: Id, a: Id, b: Id) -> Result<Option<Id>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {OP_COLUMNS} FROM op_log WHERE entity_id = ?1 AND kind = 'resolve'"
    ))?;
    let resolves = stmt
        .query_map([entity_id.to_string()], op_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(resolves.into_iter().map(|s| s.op).find_map(|r| {
        let names = settled_ops(&r);
        (names.contains(&a) && names.contains(&b)).then_some(r.op_id)
    }))
}

/// Marks the conflicts a resolve op names as settled.
pub(crate) fn settle(conn: &Connection, resolve: &Op) -> Result<()> {
    let names = settled_ops(resolve);
    if names.len() != 2 {
        return Ok(());
    }
    conn.prepare_cached(
        "UPDATE conflict SET status = 'lost', resolution_op = ?3 \
         WHERE status = 'oppen' AND ((winner_op = ?1 AND loser_op = ?2) OR (winner_op = ?2 AND loser_op = ?1))",
    )?
    .execute(params![
        names[0].to_string(),
        names[1].to_string(),
        resolve.op_id.to_string()
    ])?;
    Ok(())
}

/// A conflict as listed, with both ops.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictRecord {
    pub id: Id,
    pub entity: EntityKind,
    pub entity_id: Id,
    pub field: String,
    pub winner: Op,
    pub loser: Op,
    pub open: bool,
    pub resolution_op: Option<Id>,
    pub detected_at: String,
}

impl Store {
    /// Conflicts, open ones first, newest first; only open ones unless `all`.
    pub fn conflicts(&self, all: bool) -> Result<Vec<ConflictRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, entity, entity_id, field, winner_op, loser_op, status, resolution_op, detected_at \
             FROM conflict WHERE ?1 OR status = 'oppen' ORDER BY status = 'oppen' DESC, detected_at DESC, id",
        )?;
        let rows = stmt
            .query_map([all], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, Option<String>>(7)?,
                    r.get::<_, String>(8)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out = Vec::with_capacity(rows.len());
        for (id, entity, entity_id, field, w, l, status, res, at) in rows {
            let (Ok(id), Some(entity), Ok(entity_id), Ok(w), Ok(l)) = (
                id.parse::<Id>(),
                EntityKind::parse(&entity),
                entity_id.parse::<Id>(),
                w.parse::<Id>(),
                l.parse::<Id>(),
            ) else {
                continue;
            };
            let (Some(winner), Some(loser)) = (self.op(w)?, self.op(l)?) else {
                continue;
            };
            out.push(ConflictRecord {
                id,
                entity,
                entity_id,
                field,
                winner,
                loser,
                open: status == "oppen",
                resolution_op: res.and_then(|r| r.parse().ok()),
                detected_at: at,
            });
        }
        Ok(out)
    }

    /// One op from the log.
    pub fn op(&self, op_id: Id) -> Result<Option<Op>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {OP_COLUMNS} FROM op_log WHERE op_id = ?1"))?;
        Ok(stmt
            .query_row([op_id.to_string()], op_from_row)
            .optional()?
            .map(|s| s.op))
    }
}
