//! Records as they stood at a point in the op log, so a document about the past (the minutes of
//! a closed meeting) says what was true then and stays the same when exported again.
//!
//! The point is a clock value ([`AsOf`]); a record "as of" it is its ops up to that clock,
//! folded the way the projection folds them (by clock, then origin), like [`Store::history`].

use rusqlite::OptionalExtension;
use serde_json::{Map, Value};

use super::Store;
use super::error::Result;
use super::oplog::ops_for_entity;
use chrono::NaiveDate;

use super::read::query_on;
use crate::domain::{Action, Entity, Hlc, Id, MeetingStatus, Observation, OpKind, Vocabulary};

/// A point in this copy's op log: every op with a clock at or below it had happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct AsOf(pub Hlc);

/// What a meeting's own record hangs on (see [`Store::owned_records`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Meeting(Id),
    Picture(Id),
}

/// A record folded from its ops up to a point.
struct Folded {
    fields: Map<String, Value>,
    deleted: bool,
}

impl Store {
    /// When a meeting was closed: the end of the write that last moved it from planned or
    /// in progress to *avslutat* or *justerat* (or created it so). A write is one transaction
    /// here; ops received in a partner's bundle are cut at the closing op itself, since the
    /// bundle does not say where the partner's transaction ended. None while the meeting is
    /// not closed (never, or reopened).
    pub fn meeting_closed_at(&self, meeting: Id) -> Result<Option<AsOf>> {
        self.meeting_reached(meeting, |s| {
            matches!(s, Some(MeetingStatus::Avslutat | MeetingStatus::Justerat))
        })
    }

    /// When a meeting's minutes were approved (justerade): the end of the write that last
    /// made it *justerat*, as [`Store::meeting_closed_at`] finds the close. None while it
    /// is not justerat.
    pub fn meeting_approved_at(&self, meeting: Id) -> Result<Option<AsOf>> {
        self.meeting_reached(meeting, |s| matches!(s, Some(MeetingStatus::Justerat)))
    }

    /// The end of the write that last moved the meeting into a status `is_closed` accepts.
    fn meeting_reached(
        &self,
        meeting: Id,
        is_closed: impl Fn(Option<MeetingStatus>) -> bool,
    ) -> Result<Option<AsOf>> {
        let mut status = None;
        let mut closing_op = None;
        for op in ops_for_entity(&self.conn, meeting)? {
            let value = match (op.kind, op.field.as_deref()) {
                (OpKind::Create, _) => op.value.as_ref().and_then(|v| v.get("status")),
                (OpKind::Set | OpKind::Resolve, Some("status")) => super::conflicts::value_of(&op),
                _ => None,
            };
            let Some(new) = value
                .and_then(|v| v.as_str())
                .and_then(MeetingStatus::parse)
            else {
                continue;
            };
            match (is_closed(status), is_closed(Some(new))) {
                (false, true) => closing_op = Some((op.op_id, op.hlc)),
                (true, false) => closing_op = None,
                _ => {}
            }
            status = Some(new);
        }
        let Some((op_id, hlc)) = closing_op else {
            return Ok(None);
        };
        let write_end: Option<i64> = self
            .conn
            .query_row(
                "SELECT max(l.hlc) FROM op_log l JOIN op_log c ON c.op_id = ?1 \
                 WHERE c.bundle_id IS NULL AND l.bundle_id IS NULL \
                 AND l.origin = c.origin AND l.received_at = c.received_at",
                [op_id.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        Ok(Some(AsOf(Hlc(write_end.unwrap_or(hlc.0).max(hlc.0)))))
    }

    /// A record as it stood at `at`: None when it did not exist yet, or was deleted then.
    /// A record whose values were purged since is read as it is now (the past is gone).
    pub fn as_of<T: Entity>(&self, id: Id, at: AsOf) -> Result<Option<T>> {
        match self.fold(id, Some(at))? {
            Some(f) if f.deleted => Ok(None),
            Some(f) => Ok(serde_json::from_value(Value::Object(f.fields)).ok()),
            None if self.was_purged(id)? => self.get(id),
            None => Ok(None),
        }
    }

    /// A record as it stood at `at`, or, when it was written after that point, as it was
    /// first written (a record the meeting itself made, entered after the meeting closed).
    pub fn as_of_or_first<T: Entity>(&self, id: Id, at: AsOf) -> Result<Option<T>> {
        if self.fold(id, Some(at))?.is_some() {
            return self.as_of(id, at);
        }
        let ops = ops_for_entity(&self.conn, id)?;
        match ops.iter().find(|o| o.kind == OpKind::Create) {
            Some(create) => self.as_of(id, AsOf(create.hlc)),
            None => self.get(id),
        }
    }

    // The candidates for an as-of read: deleted records too, since a record deleted since
    // may have been live then.

    /// A meeting's own records of a kind (attendance, agenda items, pictures, follow-ups: by
    /// their meeting; assessments: by their picture), in creation order: as they are when
    /// `at` is None, else as they stood at `at`.
    pub fn owned_records<T: Entity>(&self, owner: Owner, at: Option<AsOf>) -> Result<Vec<T>> {
        let (column, id) = match owner {
            Owner::Meeting(id) => ("meeting_id", id),
            Owner::Picture(id) => ("picture_id", id),
        };
        let condition = format!("e.{column} = ?1");
        match at {
            Some(at) => self.as_of_where(at, &condition, "e.n", &id.to_string()),
            None => self.find(&condition, "e.n", [id.to_string()]),
        }
    }

    /// The records matching `where_sql` on the columns of `e` (deleted ones too), each as it
    /// stood at `at`; those that did not exist then, or were deleted then, are left out. The
    /// condition is read on today's columns: use it for links that do not move (a record's
    /// meeting, an assessment's picture). In `order_sql` order of today's columns.
    pub fn as_of_where<T: Entity>(
        &self,
        at: AsOf,
        where_sql: &str,
        order_sql: &str,
        param: &str,
    ) -> Result<Vec<T>> {
        let mut out = Vec::new();
        for current in query_on::<T, _>(&self.conn, where_sql, order_sql, [param])? {
            if let Some(then) = self.as_of::<T>(current.id(), at)? {
                out.push(then);
            }
        }
        Ok(out)
    }

    /// Every action ever recorded as decided at a meeting, in creation order.
    pub fn actions_ever_decided_at(&self, meeting: Id) -> Result<Vec<Action>> {
        query_on(
            &self.conn,
            "e.meeting_id = ?1",
            "e.n",
            [meeting.to_string()],
        )
    }

    /// Every action ever recorded, in creation order.
    pub fn actions_ever(&self) -> Result<Vec<Action>> {
        query_on(&self.conn, "1", "e.n", [])
    }

    /// Every observation ever recorded as occurring in `from..=to`, in time order.
    pub fn observations_ever_in(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Observation>> {
        query_on(
            &self.conn,
            "e.occurred_on BETWEEN ?1 AND ?2",
            "e.occurred_on, e.time_from, e.n",
            [from.to_string(), to.to_string()],
        )
    }

    fn was_purged(&self, id: Id) -> Result<bool> {
        Ok(ops_for_entity(&self.conn, id)?
            .iter()
            .any(|o| o.kind == OpKind::Purge))
    }

    /// The record's ops up to `at` folded into its fields; None if not created by then.
    fn fold(&self, id: Id, at: Option<AsOf>) -> Result<Option<Folded>> {
        let mut folded: Option<Folded> = None;
        for op in ops_for_entity(&self.conn, id)? {
            if at.is_some_and(|at| op.hlc > at.0) {
                break;
            }
            match op.kind {
                OpKind::Create => {
                    let Some(Value::Object(fields)) = &op.value else {
                        continue;
                    };
                    let mut fields = fields.clone();
                    fields.insert("id".into(), Value::String(id.to_string()));
                    fields.insert(
                        "classification".into(),
                        Value::String(op.classification.code().into()),
                    );
                    folded = Some(Folded {
                        fields,
                        deleted: false,
                    });
                }
                OpKind::Set | OpKind::Resolve => {
                    if let (Some(f), Some(field), Some(v)) = (
                        folded.as_mut(),
                        op.field.as_deref(),
                        super::conflicts::value_of(&op),
                    ) {
                        f.fields.insert(field.into(), v.clone());
                    }
                }
                OpKind::Delete | OpKind::Undelete => {
                    if let Some(f) = folded.as_mut() {
                        f.deleted = op.kind == OpKind::Delete;
                    }
                }
                OpKind::Purge => return Ok(None),
            }
        }
        Ok(folded)
    }
}
