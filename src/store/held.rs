//! Ops that are in the log but not applied (table `held_op`, see `migrations/004_held_ops.sql`):
//! parked until their record arrives, refused when it did, or history only (records that belong
//! to no partner). Lists, history, conflicts and the replay in `check` leave them out.

use rusqlite::{Connection, params};

use super::error::Result;
use super::oplog::{OP_COLUMNS, op_from_row};
use super::{apply, audit};
use crate::domain::rights::{Verdict, judge_ownership};
use crate::domain::{Id, Op};

/// A WHERE condition on `op_log` rows: the op is applied (not held).
pub(crate) const NOT_HELD: &str =
    "NOT EXISTS (SELECT 1 FROM held_op h WHERE h.op_id = op_log.op_id)";

/// Why an op is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Held {
    Parked,
    Refused,
    Common,
}

impl Held {
    fn code(self) -> &'static str {
        match self {
            Held::Parked => "parked",
            Held::Refused => "refused",
            Held::Common => "common",
        }
    }
}

/// Marks a logged op as held.
pub(crate) fn hold(conn: &Connection, op: &Op, why: Held) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO held_op (op_id, entity_id, reason) VALUES (?1, ?2, ?3) \
         ON CONFLICT (op_id) DO UPDATE SET reason = excluded.reason",
    )?
    .execute(params![
        op.op_id.to_string(),
        op.entity_id.to_string(),
        why.code()
    ])?;
    Ok(())
}

/// A partner's ops that have waited for their record since before some time: it may never come
/// (it was intern at the sender, or deleted before it was sent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LongWaiting {
    pub origin: Id,
    pub count: usize,
    /// When the oldest of them arrived (RFC 3339, UTC).
    pub since: String,
}

impl super::Store {
    /// Per partner, the ops parked since before `before` (RFC 3339, UTC) whose record has not
    /// arrived since, oldest partner first.
    pub fn long_waiting(&self, before: &str) -> Result<Vec<LongWaiting>> {
        let mut stmt = self.conn.prepare(
            "SELECT o.origin, count(*), min(o.received_at) FROM held_op h \
             JOIN op_log o ON o.op_id = h.op_id \
             WHERE h.reason = 'parked' AND o.received_at < ?1 \
             GROUP BY o.origin ORDER BY min(o.received_at)",
        )?;
        let rows = stmt.query_map([before], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut waiting = Vec::new();
        for row in rows {
            let (origin, count, since) = row?;
            // Only partners' ops are parked, and their origin was checked when they came.
            if let Ok(origin) = origin.parse() {
                waiting.push(LongWaiting {
                    origin,
                    count: usize::try_from(count).unwrap_or(0),
                    since,
                });
            }
        }
        Ok(waiting)
    }
}

/// What releasing a record's parked ops did.
#[derive(Debug, Default)]
pub(crate) struct Released {
    /// Applied now, in log order (the caller brings conflicts up to date for them).
    pub applied: Vec<Op>,
    pub refused: usize,
}

/// The record `entity_id` has just been created with `owner`: judges the ops that waited for it
/// by the same rule as any other, applies the allowed ones and refuses the rest for good (each
/// refusal audited; the op stays in the log, unapplied).
pub(crate) fn release_parked(
    conn: &Connection,
    entity_id: Id,
    owner: Id,
    actor: &str,
) -> Result<Released> {
    let mut released = Released::default();
    let has_parked: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM held_op WHERE entity_id = ?1 AND reason = 'parked')",
        )?
        .query_row([entity_id.to_string()], |r| r.get(0))?;
    if !has_parked {
        return Ok(released);
    }
    let parked = {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {OP_COLUMNS} FROM op_log WHERE op_id IN \
             (SELECT op_id FROM held_op WHERE entity_id = ?1 AND reason = 'parked') ORDER BY seq"
        ))?;
        stmt.query_map([entity_id.to_string()], op_from_row)?
            .map(|r| r.map(|s| s.op))
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    for op in parked {
        // The record-independent rules were checked when the op arrived; the author is its
        // origin (the bundle's sender, checked then too).
        match judge_ownership(&op, op.origin, Some(owner)) {
            Ok(Verdict::Apply) => {
                conn.prepare_cached("DELETE FROM held_op WHERE op_id = ?1")?
                    .execute([op.op_id.to_string()])?;
                apply::apply_to_tables(conn, &op)?;
                released.applied.push(op);
            }
            Ok(Verdict::HistoryOnly) => hold(conn, &op, Held::Common)?,
            Ok(Verdict::Park) => {}
            Err(reason) => {
                hold(conn, &op, Held::Refused)?;
                audit::append(
                    conn,
                    actor,
                    "op_refused",
                    &serde_json::json!({
                        "op_id": op.op_id, "origin": op.origin, "origin_seq": op.origin_seq,
                        "entity": op.entity, "entity_id": op.entity_id, "reason": reason.to_string(),
                    }),
                )?;
                released.refused += 1;
            }
        }
    }
    Ok(released)
}
