//! The op log as `check` reads it: every op read, parsed and its hashes checked on a thread of
//! its own (with its own read-only connection, like SQLite's integrity check), and handed over
//! in batches in log order. The fold of the replay stays on the calling thread, in log order,
//! and overlaps the reading instead of waiting for it.

use std::collections::HashSet;
use std::path::Path;
use std::sync::mpsc::SyncSender;

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags, Row};

use super::error::Result;
use super::oplog::{OP_COLUMNS, op_from_row};
use crate::domain::{Digest32, Id, Op};

/// How many ops go over in one batch: large enough that handing over costs nothing, small
/// enough that the two threads start together and memory stays flat.
const BATCH: usize = 2048;

/// One op's place in its origin's chain, as read from the log.
pub(super) enum Link {
    Op {
        /// Its hash matches its content and its value's digest.
        sound: bool,
        origin: Id,
        origin_seq: i64,
        op_id: Id,
        prev_hash: Digest32,
        hash: Digest32,
    },
    Unreadable(String),
}

/// One row of the log, read and checked.
pub(super) struct ReadOp {
    /// The origin column as stored (also when the op does not parse).
    pub origin: String,
    pub origin_seq: i64,
    pub link: Link,
    /// The op, for the replay: None when it is held (see `held`) or does not parse.
    pub op: Option<Op>,
}

/// Reads the log at `path` in log order into `out`, batch by batch; an error is sent as the
/// last message. Stops early when the receiver has gone.
pub(super) fn read_log(path: &Path, held: &HashSet<String>, out: SyncSender<Result<Vec<ReadOp>>>) {
    if let Err(e) = send_batches(path, held, &out) {
        let _ = out.send(Err(e));
    }
}

fn send_batches(
    path: &Path,
    held: &HashSet<String>,
    out: &SyncSender<Result<Vec<ReadOp>>>,
) -> Result<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let mut stmt = conn.prepare(&format!("SELECT {OP_COLUMNS} FROM op_log ORDER BY seq"))?;
    let mut rows = stmt.query([])?;
    let mut batch = Vec::with_capacity(BATCH);
    while let Some(row) = rows.next()? {
        batch.push(read_op(row, held)?);
        if batch.len() == BATCH {
            let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
            if out.send(Ok(full)).is_err() {
                return Ok(());
            }
        }
    }
    if !batch.is_empty() {
        let _ = out.send(Ok(batch));
    }
    Ok(())
}

fn read_op(row: &Row<'_>, held: &HashSet<String>) -> Result<ReadOp> {
    let origin = match row.get_ref(1)? {
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
        other => format!("{other:?}"),
    };
    let origin_seq = row.get::<_, i64>(2).unwrap_or_default();
    let stored = match op_from_row(row) {
        Ok(stored) => stored,
        Err(e) => {
            return Ok(ReadOp {
                origin,
                origin_seq,
                link: Link::Unreadable(e.to_string()),
                op: None,
            });
        }
    };
    // The stored text is the one the digest was taken of (see `ValueText`): hash it as it
    // is, without parsing and writing it again.
    let value_ok = match row.get_ref(9)? {
        ValueRef::Text(text) => {
            Digest32::default() != stored.value_hash && Digest32::of(text) == stored.value_hash
        }
        _ => stored.op.value.is_none(),
    };
    let op = stored.op;
    let link = Link::Op {
        sound: value_ok && op.compute_hash_with(stored.value_hash) == op.hash,
        origin: op.origin,
        origin_seq: op.origin_seq,
        op_id: op.op_id,
        prev_hash: op.prev_hash,
        hash: op.hash,
    };
    let is_held = held.contains(row.get_ref(0)?.as_str().unwrap_or_default());
    Ok(ReadOp {
        origin,
        origin_seq,
        link,
        op: (!is_held).then_some(op),
    })
}
