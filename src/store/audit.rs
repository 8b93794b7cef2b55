//! The audit log: what is not an op (imports accepted or rejected, exports, trust changes,
//! restores, conflict resolutions, purges). Append-only (triggers forbid changes) and
//! hash-chained: each row carries sha256(prev_hash ‖ row).

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde_json::Value;

use super::Store;
use super::error::Result;
use crate::domain::Digest32;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub event: String,
    pub detail: Value,
}

fn row_hash(prev: &Digest32, at: &str, actor: &str, event: &str, detail: &str) -> Digest32 {
    let body = serde_json::json!([prev.to_string(), at, actor, event, detail]);
    Digest32::of(body.to_string().as_bytes())
}

pub(crate) fn append(conn: &Connection, actor: &str, event: &str, detail: &Value) -> Result<()> {
    let prev: Option<Vec<u8>> = conn
        .query_row(
            "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let prev = prev
        .as_deref()
        .and_then(Digest32::from_slice)
        .unwrap_or_default();
    let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let detail = detail.to_string();
    let hash = row_hash(&prev, &at, actor, event, &detail);
    conn.execute(
        "INSERT INTO audit_log (at, actor, event, detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![at, actor, event, detail, &prev.0[..], &hash.0[..]],
    )?;
    Ok(())
}

/// Walks the audit chain; returns the first broken row's sequence number, if any.
pub(crate) fn verify_chain(conn: &Connection) -> Result<Option<i64>> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, actor, event, detail, prev_hash, hash FROM audit_log ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut prev = Digest32::default();
    while let Some(r) = rows.next()? {
        let seq: i64 = r.get(0)?;
        let stored_prev = Digest32::from_slice(&r.get::<_, Vec<u8>>(5)?).unwrap_or_default();
        let stored = Digest32::from_slice(&r.get::<_, Vec<u8>>(6)?).unwrap_or_default();
        let computed = row_hash(
            &prev,
            &r.get::<_, String>(1)?,
            &r.get::<_, String>(2)?,
            &r.get::<_, String>(3)?,
            &r.get::<_, String>(4)?,
        );
        if stored_prev != prev || stored != computed {
            return Ok(Some(seq));
        }
        prev = stored;
    }
    Ok(None)
}

impl Store {
    /// Records an event that is not an op, in its own transaction.
    pub fn audit(&mut self, event: &str, detail: Value) -> Result<()> {
        let actor = self.actor.clone();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        append(&tx, &actor, event, &detail)?;
        tx.commit()?;
        Ok(())
    }

    /// The newest audit entries first.
    pub fn audit_entries(&self, limit: usize) -> Result<Vec<AuditEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT seq, at, actor, event, detail FROM audit_log ORDER BY seq DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], |r| {
            let detail: String = r.get(4)?;
            Ok(AuditEntry {
                seq: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                event: r.get(3)?,
                detail: serde_json::from_str(&detail).unwrap_or(Value::String(detail)),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The hash at the head of the audit chain (exchanged so partners can notice tampering).
    pub fn audit_head(&self) -> Result<Digest32> {
        let h: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(h.as_deref()
            .and_then(Digest32::from_slice)
            .unwrap_or_default())
    }
}
