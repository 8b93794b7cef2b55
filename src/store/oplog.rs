//! The op log: appending an op (with its place in the origin's hash chain) and reading ops back.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::error::{Result, StoreError};
use crate::domain::{
    Classification, Digest32, EntityKind, Hlc, Id, Op, OpKind, ValueText, Vocabulary,
};

/// The columns of an op, in the order `op_from_row` reads them.
pub(crate) const OP_COLUMNS: &str = "op_id, origin, origin_seq, hlc, actor, entity, entity_id, kind, field, value, \
     value_hash, base_op, classification, prev_hash, hash";

/// What the log notes beside every op of one transaction (not hashed): when this copy stored
/// it, and from which bundle. Made once per transaction.
pub(crate) struct Receipt {
    received_at: String,
    bundle_id: Option<String>,
}

impl Receipt {
    fn now(bundle_id: Option<String>) -> Self {
        Receipt {
            received_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            bundle_id,
        }
    }

    /// Ops made in this copy.
    pub fn local() -> Self {
        Receipt::now(None)
    }

    /// Ops received in a partner's bundle.
    pub fn bundle(bundle_id: Id) -> Self {
        Receipt::now(Some(bundle_id.to_string()))
    }
}

/// Stores an op, in the same transaction that applies it. `value` is the op's value as it was
/// hashed (see [`ValueText`]), so the stored text is exactly what the digest covers.
pub(crate) fn append(
    conn: &Connection,
    op: &Op,
    value: &ValueText,
    receipt: &Receipt,
) -> Result<()> {
    append_text(conn, op, value.text.as_deref(), value.hash, receipt)
}

/// [`append`] with the value's text and digest apart (an import writes each value's text into
/// one buffer in turn).
pub(crate) fn append_text(
    conn: &Connection,
    op: &Op,
    text: Option<&str>,
    value_hash: Digest32,
    receipt: &Receipt,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO op_log (op_id, origin, origin_seq, hlc, actor, entity, entity_id, kind, field, value, \
         value_hash, base_op, classification, prev_hash, hash, received_at, bundle_id) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?;
    stmt.execute(params![
        op.op_id.to_string(),
        op.origin.to_string(),
        op.origin_seq,
        op.hlc.0,
        op.actor,
        op.entity.code(),
        op.entity_id.to_string(),
        op.kind.code(),
        op.field,
        text,
        &value_hash.0[..],
        op.base_op.map(|b| b.to_string()),
        op.classification.code(),
        &op.prev_hash.0[..],
        &op.hash.0[..],
        receipt.received_at,
        receipt.bundle_id,
    ])?;
    Ok(())
}

/// The newest op of an origin: its sequence number and hash (the chain continues from there).
pub(crate) fn chain_head(conn: &Connection, origin: Id) -> Result<(i64, Digest32)> {
    let head: Option<(i64, Vec<u8>)> = conn
        .query_row(
            "SELECT origin_seq, hash FROM op_log WHERE origin = ?1 ORDER BY origin_seq DESC LIMIT 1",
            [origin.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(match head {
        Some((seq, hash)) => (seq, Digest32::from_slice(&hash).unwrap_or_default()),
        None => (0, Digest32::default()),
    })
}

fn parse<T: Vocabulary>(s: &str, what: &str) -> rusqlite::Result<T> {
    T::parse(s).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            // SQLite's conversion error, for whoever restores the copy: the column and the
            // value, in no language.
            format!("{what} = {s:?}").into(),
        )
    })
}

fn id(s: &str) -> rusqlite::Result<Id> {
    s.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn digest(bytes: &[u8]) -> Digest32 {
    Digest32::from_slice(bytes).unwrap_or_default()
}

/// An op as stored, with the stored value digest (which outlives a purged value).
pub(crate) struct StoredOp {
    pub op: Op,
    pub value_hash: Digest32,
}

pub(crate) fn op_from_row(row: &Row<'_>) -> rusqlite::Result<StoredOp> {
    let value: Option<String> = row.get(9)?;
    let value = match value {
        Some(v) => Some(serde_json::from_str(&v).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(9, rusqlite::types::Type::Text, Box::new(e))
        })?),
        None => None,
    };
    let base: Option<String> = row.get(11)?;
    Ok(StoredOp {
        op: Op {
            op_id: id(&row.get::<_, String>(0)?)?,
            origin: id(&row.get::<_, String>(1)?)?,
            origin_seq: row.get(2)?,
            hlc: Hlc(row.get(3)?),
            actor: row.get(4)?,
            entity: parse::<EntityKind>(&row.get::<_, String>(5)?, "entity")?,
            entity_id: id(&row.get::<_, String>(6)?)?,
            kind: parse::<OpKind>(&row.get::<_, String>(7)?, "kind")?,
            field: row.get(8)?,
            value,
            base_op: base.as_deref().map(id).transpose()?,
            classification: parse::<Classification>(&row.get::<_, String>(12)?, "classification")?,
            prev_hash: digest(&row.get::<_, Vec<u8>>(13)?),
            hash: digest(&row.get::<_, Vec<u8>>(14)?),
        },
        value_hash: digest(&row.get::<_, Vec<u8>>(10)?),
    })
}

/// Every op on one record, oldest first (by clock, then origin).
pub(crate) fn ops_for_entity(conn: &Connection, entity_id: Id) -> Result<Vec<Op>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {OP_COLUMNS} FROM op_log WHERE entity_id = ?1 AND {} ORDER BY hlc, origin",
        super::held::NOT_HELD
    ))?;
    let rows = stmt.query_map([entity_id.to_string()], op_from_row)?;
    rows.map(|r| r.map(|s| s.op).map_err(StoreError::from))
        .collect()
}
