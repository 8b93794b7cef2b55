//! What this copy sends: its own ops after a sequence number, with every op that must not leave
//! the copy replaced by a bare link (sequence number and hashes) so the chain still verifies.
//!
//! An op is withheld when it is classified intern, or its record is intern now, or its record was
//! created intern (declassifying later does not send the record's internal past). Nothing another
//! partner wrote is ever sent: there is no relaying.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::Store;
use super::error::Result;
use super::oplog::{OP_COLUMNS, op_from_row};
use crate::domain::{Classification, Digest32, EntityKind, Op, Vocabulary};

/// A link of a chain whose op is not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WithheldLink {
    pub origin_seq: i64,
    pub prev_hash: Digest32,
    pub hash: Digest32,
}

/// A stretch of this copy's chain: every link after `from_seq` up to `to_seq`, each either an
/// op or a withheld link.
#[derive(Debug, Clone, PartialEq)]
pub struct OutgoingSegment {
    pub from_seq: i64,
    pub to_seq: i64,
    pub ops: Vec<Op>,
    pub withheld: Vec<WithheldLink>,
}

impl Store {
    /// This copy's own chain after `since_seq`, filtered for another partner.
    pub fn outgoing(&self, since_seq: i64) -> Result<OutgoingSegment> {
        let origin = self.partner_id.ok_or(super::StoreError::ReadOnly)?;
        let internal = self.internal_records()?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {OP_COLUMNS} FROM op_log WHERE origin = ?1 AND origin_seq > ?2 ORDER BY origin_seq"
        ))?;
        let rows = stmt.query_map(
            rusqlite::params![origin.to_string(), since_seq],
            op_from_row,
        )?;
        let mut segment = OutgoingSegment {
            from_seq: since_seq,
            to_seq: since_seq,
            ops: Vec::new(),
            withheld: Vec::new(),
        };
        for row in rows {
            let op = row?.op;
            segment.to_seq = op.origin_seq;
            let withheld = op.classification == Classification::Intern
                || op.kind == crate::domain::OpKind::Purge
                || internal.contains(&op.entity_id.to_string());
            if withheld {
                segment.withheld.push(WithheldLink {
                    origin_seq: op.origin_seq,
                    prev_hash: op.prev_hash,
                    hash: op.hash,
                });
            } else {
                segment.ops.push(op);
            }
        }
        Ok(segment)
    }

    /// Ids of every record that is intern now or was created intern.
    fn internal_records(&self) -> Result<HashSet<String>> {
        let mut sql = EntityKind::ALL
            .iter()
            .map(|k| {
                format!(
                    "SELECT id FROM {} WHERE classification = 'intern'",
                    k.table()
                )
            })
            .collect::<Vec<_>>();
        sql.push(
            "SELECT entity_id FROM op_log WHERE kind = 'create' AND classification = 'intern'"
                .into(),
        );
        let mut stmt = self.conn.prepare(&sql.join(" UNION "))?;
        let ids = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<HashSet<_>>>()?;
        debug_assert!(Classification::Intern.code() == "intern");
        Ok(ids)
    }
}
