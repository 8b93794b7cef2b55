//! Conflicts: concurrent changes from different partners that a person must settle.
//!
//! Rules (each depends only on the set of ops, so every copy that holds the same ops lists the
//! same open conflicts, whatever order the ops arrived in):
//! - the sets (and resolves) of one field form a tree: each op's parents are its `base_op` (the
//!   value its author saw) and, for a resolve, the ops it settles. A *leaf* is an op no other op
//!   has as a parent: a line of edits nobody has built on. The current value is the (hlc, origin)
//!   winner, itself a leaf. Every other leaf with a different value is a conflict: its author had
//!   not seen the winner, and the winner's author had not seen it. Free text is never merged: one
//!   value wins provisionally, the other is listed beside it;
//! - a delete and an edit of the same record from different origins conflict when the edit is
//!   newer than everything the deleting partner had seen of the record (`seen_hlc` in the delete
//!   op). The delete stays provisionally;
//! - a resolve op names the ops it settles; they stop being leaves, and the listed conflicts of
//!   the ops it names *on the field it resolves* are marked settled (a delete race counts as a
//!   conflict of the edited field, or of `deleted` when the owner settles it);
//! - one partner never conflicts with itself: its later op has seen its earlier ones;
//! - ops held unapplied (parked, refused, history only: see `held`) take no part.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde_json::Value;

use super::Store;
use super::error::Result;
use super::held::NOT_HELD;
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
        .map(|a| a.iter().filter_map(|s| s.as_str()?.parse().ok()).collect())
        .unwrap_or_default()
}

/// The newest clock of any op this copy has applied to a record.
pub(crate) fn record_seen_hlc(conn: &Connection, id: Id) -> Result<Hlc> {
    let h: Option<i64> = conn
        .prepare_cached(&format!(
            "SELECT max(hlc) FROM op_log WHERE entity_id = ?1 AND {NOT_HELD}"
        ))?
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

fn ops_where(conn: &Connection, cond: &str, p: impl rusqlite::Params) -> Result<Vec<Op>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {OP_COLUMNS} FROM op_log WHERE {cond} AND {NOT_HELD}"
    ))?;
    let rows = stmt
        .query_map(p, op_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows.into_iter().map(|s| s.op).collect())
}

/// The parents of an op in its field's tree.
pub fn parents(op: &Op) -> Vec<Id> {
    let mut p: Vec<Id> = op.base_op.into_iter().collect();
    if op.kind == OpKind::Resolve {
        p.extend(settled_ops(op));
    }
    p
}

/// Recomputes the open conflicts of one field: every leaf that is not the winner and wants
/// another value.
fn refresh_field(conn: &Connection, entity: EntityKind, entity_id: Id, field: &str) -> Result<()> {
    // The common case: the field's first change. One op is one leaf, and no conflict.
    let changes: i64 = conn
        .prepare_cached(&format!(
            "SELECT count(*) FROM op_log WHERE entity_id = ?1 AND field = ?2 AND kind IN ('set', 'resolve') AND {NOT_HELD}"
        ))?
        .query_row(params![entity_id.to_string(), field], |r| r.get(0))?;
    if changes <= 1 {
        return Ok(());
    }
    let ops = ops_where(
        conn,
        "entity_id = ?1 AND field = ?2 AND kind IN ('set', 'resolve')",
        params![entity_id.to_string(), field],
    )?;
    let has_child: std::collections::HashSet<Id> = ops.iter().flat_map(parents).collect();
    let Some(winner) = ops.iter().max_by_key(|o| (o.hlc, o.origin)) else {
        return Ok(());
    };
    conn.prepare_cached(
        "DELETE FROM conflict WHERE entity_id = ?1 AND field = ?2 AND status = 'oppen' \
         AND winner_op NOT IN (SELECT op_id FROM op_log WHERE entity_id = ?1 AND kind = 'delete')",
    )?
    .execute(params![entity_id.to_string(), field])?;
    // The winner's history: a leaf that made the same change from the same base as an op in it
    // agreed with that op, and the winner's author replaced that value knowingly.
    let by_id: std::collections::HashMap<Id, &Op> = ops.iter().map(|o| (o.op_id, o)).collect();
    let mut history = Vec::new();
    let mut todo = vec![winner.op_id];
    let mut seen = std::collections::HashSet::new();
    while let Some(id) = todo.pop() {
        if seen.insert(id)
            && let Some(o) = by_id.get(&id)
        {
            history.push(*o);
            todo.extend(parents(o));
        }
    }
    for leaf in ops.iter().filter(|o| !has_child.contains(&o.op_id)) {
        let agreed = history
            .iter()
            .any(|h| h.base_op == leaf.base_op && value_of(h) == value_of(leaf));
        // The winner's author had seen every earlier op of its own copy (and a later op of
        // the same copy would be the winner), so one partner never conflicts with itself.
        let same_author = leaf.origin == winner.origin;
        if leaf.op_id == winner.op_id || same_author || value_of(leaf) == value_of(winner) || agreed
        {
            continue;
        }
        let id = Id::from_name("conflict", &format!("{entity_id}:{field}:{}", leaf.op_id));
        conn.prepare_cached(
            "INSERT INTO conflict (id, entity, entity_id, field, winner_op, loser_op, status, detected_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'oppen', ?7) \
             ON CONFLICT (id) DO UPDATE SET winner_op = excluded.winner_op WHERE status = 'oppen'",
        )?
        .execute(params![
            id.to_string(),
            entity.code(),
            entity_id.to_string(),
            field,
            winner.op_id.to_string(),
            leaf.op_id.to_string(),
            now(),
        ])?;
    }
    Ok(())
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// The value an op wants the field to have.
pub fn value_of(op: &Op) -> Option<&Value> {
    match op.kind {
        OpKind::Resolve => resolution_value(op),
        _ => op.value.as_ref(),
    }
}

/// Lists a delete racing an edit (once), settled already if a resolve names the edit.
fn list_delete_race(
    conn: &Connection,
    entity: EntityKind,
    entity_id: Id,
    field: &str,
    delete: &Op,
    edit: &Op,
) -> Result<()> {
    let id = Id::from_name("conflict", &format!("{}:{}", delete.op_id, edit.op_id));
    let resolution = settling_op(conn, entity_id, field, delete.op_id, edit.op_id)?;
    conn.prepare_cached(
        "INSERT OR IGNORE INTO conflict (id, entity, entity_id, field, winner_op, loser_op, status, resolution_op, detected_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        id.to_string(),
        entity.code(),
        entity_id.to_string(),
        field,
        delete.op_id.to_string(),
        edit.op_id.to_string(),
        if resolution.is_some() { "lost" } else { "oppen" },
        resolution.map(|r| r.to_string()),
        now(),
    ])?;
    Ok(())
}

/// The number of open conflicts (an import reports how many it added).
pub(crate) fn open_count(conn: &Connection) -> Result<usize> {
    let n: i64 = conn
        .prepare_cached("SELECT count(*) FROM conflict WHERE status = 'oppen'")?
        .query_row([], |r| r.get(0))?;
    Ok(n as usize)
}

/// A resolve op that settles the delete race on `field`: it names both ops, and resolves the
/// edited field (anyone may) or `deleted` (the owner).
fn settling_op(conn: &Connection, entity_id: Id, field: &str, a: Id, b: Id) -> Result<Option<Id>> {
    let resolves = ops_where(
        conn,
        "entity_id = ?1 AND kind = 'resolve'",
        [entity_id.to_string()],
    )?;
    Ok(resolves.into_iter().find_map(|r| {
        let names = settled_ops(&r);
        let resolved = r.field.as_deref().unwrap_or_default();
        let on_field = resolved == field || resolved == crate::domain::entity::DELETED_FIELD;
        (on_field && names.contains(&a) && names.contains(&b)).then_some(r.op_id)
    }))
}

/// Marks the conflicts whose other side a resolve op names as settled: only those of the field
/// it resolves (a resolve of `deleted` settles the delete races it names).
pub(crate) fn settle(conn: &Connection, resolve: &Op) -> Result<()> {
    let field = resolve.field.as_deref().unwrap_or_default();
    let named = settled_ops(resolve);
    for loser in &named {
        conn.prepare_cached(
            "UPDATE conflict SET status = 'lost', resolution_op = ?3 \
             WHERE status = 'oppen' AND entity_id = ?1 AND loser_op = ?2 \
             AND (field = ?4 OR (?4 = 'deleted' AND winner_op IN (?5, ?6)))",
        )?
        .execute(params![
            resolve.entity_id.to_string(),
            loser.to_string(),
            resolve.op_id.to_string(),
            field,
            named.first().map(Id::to_string),
            named.get(1).map(Id::to_string),
        ])?;
    }
    Ok(())
}

/// The records and fields a transaction changed (an import, or a local write): their conflicts
/// are brought up to date once, before it commits, instead of after every op (which made many
/// edits of one field quadratic).
#[derive(Debug, Default)]
pub(crate) struct Touched {
    /// By record: the fields set or resolved, and whether a set or a delete may race a delete.
    records:
        std::collections::BTreeMap<(Id, EntityKind), (std::collections::BTreeSet<String>, bool)>,
}

impl Touched {
    pub fn note(&mut self, op: &Op) {
        if !matches!(op.kind, OpKind::Set | OpKind::Resolve | OpKind::Delete) {
            return;
        }
        let (fields, races) = self.records.entry((op.entity_id, op.entity)).or_default();
        if op.kind != OpKind::Delete
            && let Some(f) = &op.field
        {
            fields.insert(f.clone());
        }
        *races |= op.kind != OpKind::Resolve;
    }

    /// Recomputes the open conflicts of every touched field and the delete races of every
    /// touched record. Depends only on the set of ops held, so every copy lists the same.
    pub fn refresh(&self, conn: &Connection) -> Result<()> {
        for ((id, kind), (fields, races)) in &self.records {
            for field in fields {
                refresh_field(conn, *kind, *id, field)?;
            }
            if !races {
                continue;
            }
            let deletes = ops_where(conn, "entity_id = ?1 AND kind = 'delete'", [id.to_string()])?;
            for d in &deletes {
                let edits = ops_where(
                    conn,
                    "entity_id = ?1 AND kind = 'set' AND origin <> ?2 AND hlc > ?3",
                    params![
                        id.to_string(),
                        d.origin.to_string(),
                        seen_hlc_of_delete(d).0
                    ],
                )?;
                for e in edits {
                    let field = e.field.clone().unwrap_or_default();
                    list_delete_race(conn, *kind, *id, &field, d, &e)?;
                }
            }
        }
        Ok(())
    }
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
