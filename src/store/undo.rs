//! Undo, read from the op log: which ops form this copy's latest user action, and which new ops
//! take it back.
//!
//! A user action (a form save, starting a meeting) is written with [`Store::write_action`]: its
//! ops, one run of this copy's chain, are named in `user_action`. [`Store::undo_last`] takes the
//! latest action that is neither undone nor itself an undo, and writes new ops that restore what
//! it changed: a previous field value (read from the op the action's set replaced), a tombstone
//! for a record it created, an undelete for one it deleted. The log keeps every row; the undo is
//! recorded as an action of its own, so a second undo walks further back instead of redoing.
//!
//! Undo never reverts a later edit: when any op newer than the action touches what it would
//! restore (a partner's, or one of this copy's written outside an undoable action), it refuses,
//! names the record and the field, and changes nothing. Ops of later actions that were undone,
//! and the undos themselves, cancel out and do not count.

use std::collections::HashSet;

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;

use super::apply::CLASSIFICATION;
use super::error::{Result, StoreError};
use super::oplog::{OP_COLUMNS, op_from_row};
use super::{Store, Writer};
use crate::domain::{EntityKind, Id, Lang, Op, OpKind, Vocabulary};
use crate::i18n::{Said, said, t};

/// One user action this copy wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserAction {
    pub id: i64,
    /// What the user did, as the status bar says it ("Observation sparad").
    pub label: String,
    origin: Id,
    first_seq: i64,
    last_seq: i64,
}

/// What an undo did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UndoOutcome {
    /// There is no action of this copy's left to undo.
    Nothing,
    /// A later edit would be overwritten; the sentence says whose, on which record and field.
    /// Nothing was written.
    Refused(String),
    /// The action with this label was taken back.
    Undone { label: String },
}

/// One restoring write.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Delete(EntityKind, Id),
    Undelete(EntityKind, Id),
    Set(EntityKind, Id, String, Value),
}

impl Store {
    /// [`Store::write`] for a user action: the ops `f` writes are recorded as one undoable
    /// action labelled `label` (nothing is recorded when `f` writes no op).
    pub fn write_action<R>(
        &mut self,
        label: &str,
        f: impl FnOnce(&mut Writer<'_>) -> Result<R>,
    ) -> Result<R> {
        self.write(|w| {
            let result = f(w)?;
            record(w, label, None)?;
            Ok(result)
        })
    }

    /// The action [`Store::undo_last`] would take back: this copy's latest action that is
    /// neither undone nor an undo.
    pub fn last_undoable(&self) -> Result<Option<UserAction>> {
        let Some(origin) = self.partner_id else {
            return Ok(None);
        };
        last_undoable(&self.conn, origin)
    }

    /// What [`Store::undo_last`] would do now, without writing: `Undone` names the action it
    /// would take back.
    pub fn undo_preview(&self) -> Result<UndoOutcome> {
        let Some(action) = self.last_undoable()? else {
            return Ok(UndoOutcome::Nothing);
        };
        Ok(match plan(&self.conn, &action)? {
            Ok(_) => UndoOutcome::Undone {
                label: action.label,
            },
            // Swedish while the TUI shows the refusal as words (`Msg::Failed`).
            Err(refusal) => UndoOutcome::Refused(refusal.to_string()),
        })
    }

    /// Takes back this copy's latest user action with new ops (see the module doc), or says
    /// why it cannot.
    pub fn undo_last(&mut self) -> Result<UndoOutcome> {
        let Some(action) = self.last_undoable()? else {
            return Ok(UndoOutcome::Nothing);
        };
        let steps = match plan(&self.conn, &action)? {
            Ok(steps) => steps,
            Err(refusal) => return Ok(UndoOutcome::Refused(refusal.to_string())),
        };
        self.write(|w| {
            for step in &steps {
                match step {
                    Step::Delete(kind, id) => {
                        if !w.is_deleted(*kind, *id)? {
                            w.delete(*kind, *id)?;
                        }
                    }
                    Step::Undelete(kind, id) => {
                        if w.is_deleted(*kind, *id)? {
                            w.undelete(*kind, *id)?;
                        }
                    }
                    Step::Set(kind, id, field, value) => w.set(*kind, *id, field, value)?,
                }
            }
            // Stored with the action, so Swedish like every action's label.
            let label = t!(Lang::Sv, "undo-label", label = action.label.as_str());
            let undo = record(w, &label, Some(action.id))?;
            w.tx.execute(
                "UPDATE user_action SET undone_by = ?1 WHERE id = ?2",
                params![undo, action.id],
            )?;
            w.audit(
                "undo",
                serde_json::json!({ "change": action.label, "steps": steps.len() }),
            )
        })?;
        Ok(UndoOutcome::Undone {
            label: action.label,
        })
    }
}

impl Writer<'_> {
    fn is_deleted(&self, kind: EntityKind, id: Id) -> Result<bool> {
        let sql = format!("SELECT deleted FROM {} WHERE id = ?1", kind.table());
        let d: Option<i64> = self
            .tx
            .query_row(&sql, [id.to_string()], |r| r.get(0))
            .optional()?;
        Ok(d.unwrap_or(0) != 0)
    }
}

/// Notes the ops written so far in `w` as one action; returns its id (an undo is recorded even
/// when it had nothing left to write, so the action it undid stays undone).
fn record(w: &Writer<'_>, label: &str, undoes: Option<i64>) -> Result<Option<i64>> {
    let origin = w.origin();
    let own = w.ops().iter().filter(|op| op.origin == origin);
    let first = own.clone().map(|op| op.origin_seq).min();
    let last = own.map(|op| op.origin_seq).max();
    let (first, last) = match (first, last) {
        (Some(f), Some(l)) => (f, l),
        _ if undoes.is_some() => (0, -1),
        _ => return Ok(None),
    };
    w.tx.execute(
        "INSERT INTO user_action (origin, first_seq, last_seq, label, at, undoes) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            origin.to_string(),
            first,
            last,
            label,
            chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            undoes,
        ],
    )?;
    Ok(Some(w.tx.last_insert_rowid()))
}

fn last_undoable(conn: &Connection, origin: Id) -> Result<Option<UserAction>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, label, first_seq, last_seq FROM user_action \
             WHERE origin = ?1 AND undoes IS NULL AND undone_by IS NULL ORDER BY id DESC LIMIT 1",
        )?
        .query_row([origin.to_string()], |r| {
            Ok(UserAction {
                id: r.get(0)?,
                label: r.get(1)?,
                origin,
                first_seq: r.get(2)?,
                last_seq: r.get(3)?,
            })
        })
        .optional()?)
}

/// The action's ops, oldest first, with their place in this copy's log.
fn action_ops(conn: &Connection, action: &UserAction) -> Result<Vec<(i64, Op)>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {OP_COLUMNS}, seq FROM op_log WHERE origin = ?1 AND origin_seq BETWEEN ?2 AND ?3 \
         ORDER BY origin_seq"
    ))?;
    let rows = stmt.query_map(
        params![action.origin.to_string(), action.first_seq, action.last_seq],
        |r| Ok((r.get::<_, i64>(15)?, op_from_row(r)?.op)),
    )?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The first op after log place `after` that touches `entity` (its `field`, or its tombstone;
/// any op when `field` is None) and is not cancelled out: not part of one of this copy's
/// actions (every action newer than the one undone is undone or an undo). Returns its origin.
fn later_edit(
    conn: &Connection,
    origin: Id,
    entity: Id,
    field: Option<&str>,
    after: i64,
) -> Result<Option<Id>> {
    let found: Option<String> = conn
        .prepare_cached(
            "SELECT o.origin FROM op_log o \
             WHERE o.entity_id = ?1 AND o.seq > ?2 \
               AND (?3 IS NULL OR o.field = ?3 OR o.kind IN ('delete', 'undelete', 'purge')) \
               AND NOT (o.origin = ?4 AND EXISTS (SELECT 1 FROM user_action u \
                    WHERE u.origin = o.origin AND o.origin_seq BETWEEN u.first_seq AND u.last_seq)) \
             ORDER BY o.seq LIMIT 1",
        )?
        .query_row(
            params![entity.to_string(), after, field, origin.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    Ok(found.and_then(|s| s.parse().ok()))
}

/// Whether the op that holds `field` of `entity` now is the action's own or a cancelled-out
/// later one of this copy's; else the origin of the op that holds it.
fn current_holder(
    conn: &Connection,
    origin: Id,
    entity: Id,
    field: &str,
    first: i64,
) -> Result<Option<Id>> {
    let Some(version) = super::apply::field_version(conn, entity, field)? else {
        return Ok(None);
    };
    let row: Option<(String, i64, i64)> = conn
        .prepare_cached("SELECT origin, origin_seq, seq FROM op_log WHERE op_id = ?1")?
        .query_row([version.op_id.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    let Some((holder, holder_seq, place)) = row else {
        return Ok(None);
    };
    let own_action: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM user_action WHERE origin = ?1 AND ?2 BETWEEN first_seq AND last_seq)",
        )?
        .query_row(params![holder, holder_seq], |r| r.get(0))?;
    if holder == origin.to_string() && place >= first && own_action {
        Ok(None)
    } else {
        Ok(Some(version.origin))
    }
}

/// The value `op` (a set) replaced, read from the op it names as its base.
fn previous_value(conn: &Connection, op: &Op) -> Result<Option<Value>> {
    let (Some(base), Some(field)) = (op.base_op, op.field.as_deref()) else {
        return Ok(None);
    };
    let base: Option<Op> = conn
        .prepare_cached(&format!("SELECT {OP_COLUMNS} FROM op_log WHERE op_id = ?1"))?
        .query_row([base.to_string()], |r| Ok(op_from_row(r)?.op))
        .optional()?;
    let Some(base) = base else {
        return Ok(None);
    };
    Ok(match base.kind {
        OpKind::Create if field == CLASSIFICATION => {
            Some(Value::String(base.classification.code().to_string()))
        }
        OpKind::Create => Some(
            base.value
                .as_ref()
                .and_then(|v| v.get(field))
                .cloned()
                .unwrap_or(Value::Null),
        ),
        OpKind::Set if base.field.as_deref() == Some(field) => base.value,
        OpKind::Resolve if base.field.as_deref() == Some(field) => {
            super::conflicts::resolution_value(&base).cloned()
        }
        _ => None,
    })
}

/// Who made a later edit, as a sentence part.
fn who(conn: &Connection, own: Id, origin: Id) -> Result<Said> {
    if origin == own {
        return Ok(said!("undo-by-this-copy"));
    }
    let name: Option<String> = conn
        .prepare_cached(
            "SELECT name FROM trusted_partner WHERE partner_id = ?1 ORDER BY revoked_at IS NOT NULL LIMIT 1",
        )?
        .query_row([origin.to_string()], |r| r.get(0))
        .optional()?;
    Ok(match name {
        Some(n) => said!("undo-by-partner", name = n),
        None => said!("undo-by-other", id = origin.short()),
    })
}

fn refusal(
    conn: &Connection,
    action: &UserAction,
    by: Id,
    kind: EntityKind,
    id: Id,
    field: Option<&str>,
) -> Result<Said> {
    let what = match field {
        Some(f) => said!("undo-what-field", field = f.to_string(), id = id.short()),
        None => said!("undo-what-record", id = id.short()),
    }
    .with_label("kind", kind);
    Ok(said!("undo-changed-later", label = action.label.as_str())
        .with_said("what", what)
        .with_said("by", who(conn, action.origin, by)?))
}

/// The writes that take `action` back, newest first; or, when a later edit is in the way, the
/// sentence that says so.
fn plan(conn: &Connection, action: &UserAction) -> Result<std::result::Result<Vec<Step>, Said>> {
    let ops = action_ops(conn, action)?;
    let (Some(first), Some(last)) = (
        ops.iter().map(|(s, _)| *s).min(),
        ops.iter().map(|(s, _)| *s).max(),
    ) else {
        return Ok(Ok(Vec::new()));
    };
    let created: HashSet<Id> = ops
        .iter()
        .filter(|(_, op)| op.kind == OpKind::Create)
        .map(|(_, op)| op.entity_id)
        .collect();
    // The copy belongs to its own organisation (its settings name it): the action that made
    // it, setting up the copy, is not taken back.
    let own =
        super::meta::get(conn, super::meta::OWN_ORGANISATION)?.and_then(|id| id.parse::<Id>().ok());
    if own.is_some_and(|own| created.contains(&own)) {
        return Ok(Err(said!(
            "undo-own-organisation",
            label = action.label.as_str()
        )));
    }
    let mut seen_fields: HashSet<(Id, String)> = HashSet::new();
    let mut steps = Vec::new();
    for (_, op) in &ops {
        let field = match op.kind {
            OpKind::Set | OpKind::Resolve => op.field.as_deref(),
            _ => None,
        };
        if field.is_some() && created.contains(&op.entity_id) {
            // Deleting the record takes these back too.
            continue;
        }
        if let Some(by) = later_edit(conn, action.origin, op.entity_id, field, last)? {
            return Ok(Err(refusal(
                conn,
                action,
                by,
                op.entity,
                op.entity_id,
                field,
            )?));
        }
        let step = match op.kind {
            OpKind::Create => Step::Delete(op.entity, op.entity_id),
            OpKind::Delete => Step::Undelete(op.entity, op.entity_id),
            OpKind::Undelete => Step::Delete(op.entity, op.entity_id),
            OpKind::Set | OpKind::Resolve => {
                let Some(field) = field else {
                    return Err(StoreError::Said(said!("error-store-reason-no-field")));
                };
                if !seen_fields.insert((op.entity_id, field.to_string())) {
                    // The first set of this field in the action holds the value before it.
                    continue;
                }
                if let Some(by) = current_holder(conn, action.origin, op.entity_id, field, first)? {
                    return Ok(Err(refusal(
                        conn,
                        action,
                        by,
                        op.entity,
                        op.entity_id,
                        Some(field),
                    )?));
                }
                let Some(value) = previous_value(conn, op)? else {
                    return Ok(Err(said!(
                        "undo-no-earlier-value",
                        label = action.label.as_str(),
                        field = field.to_string(),
                        id = op.entity_id.short()
                    )
                    .with_label("kind", op.entity)));
                };
                Step::Set(op.entity, op.entity_id, field.to_string(), value)
            }
            OpKind::Purge => {
                return Ok(Err(said!(
                    "undo-purged",
                    label = action.label.as_str(),
                    id = op.entity_id.short()
                )
                .with_label("kind", op.entity)));
            }
        };
        steps.push(step);
    }
    steps.reverse();
    Ok(Ok(steps))
}
