//! What this copy sends: its own ops after a sequence number, with every op that must not leave
//! the copy replaced by a bare link (sequence number and hashes) so the chain still verifies.
//!
//! An op is withheld when it is classified intern, or its record is intern now, or its record was
//! created intern (declassifying later does not send the record's internal past), or its record
//! refers (now or ever, directly or through others) to a withheld record: a partner could not
//! import it without the record it refers to. Ops on records derived from outside ids (police
//! events, taxonomy entries: see `domain::rights::is_common`) are every copy's own and are not
//! sent either, except a taxonomy entry's create, which a partner that never loaded the
//! taxonomies needs for the references to it. Nothing another partner wrote is ever sent: there
//! is no relaying.
//!
//! A purged record (`store::purge`) sends no op that carried its content: the value is gone and
//! only its link (the hashes) can go. Its delete goes, so a partner that had the record hears
//! that it is gone; but when its create was never in a bundle to this partner, the partner never
//! saw it and none of its ops go (a lone delete would wait there for a record that never comes).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::Store;
use super::error::Result;
use super::oplog::{OP_COLUMNS, op_from_row};
use crate::domain::{Classification, Digest32, EntityKind, Op, OpKind, Vocabulary, rights};

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
    /// This copy's own chain after `since_seq`, filtered for another partner to whom bundles
    /// have carried the chain up to `sent_up_to` (see [`Store::sent_up_to`]).
    pub fn outgoing(&self, since_seq: i64, sent_up_to: i64) -> Result<OutgoingSegment> {
        let origin = self.partner_id.ok_or(super::StoreError::ReadOnly)?;
        let internal = self.withheld_records()?;
        let purged = self.purged_records()?;
        // Purged records whose create no bundle to this partner carried: it never saw them.
        let mut unseen_purged: HashSet<String> = HashSet::new();
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
            let own_only = rights::is_common(op.entity, op.entity_id)
                && !(op.kind == OpKind::Create && op.entity != EntityKind::PoliceEvent);
            let id = op.entity_id.to_string();
            let purged_content = purged.contains(&id) && {
                if op.kind == OpKind::Create && op.origin_seq > sent_up_to {
                    unseen_purged.insert(id.clone());
                }
                op.value.is_none() || unseen_purged.contains(&id)
            };
            let withheld = op.classification == Classification::Intern
                || op.kind == OpKind::Purge
                || own_only
                || purged_content
                || internal.contains(&id);
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

    /// Ids of every record purged in this copy.
    fn purged_records(&self) -> Result<HashSet<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT entity_id FROM op_log WHERE kind = 'purge'")?;
        let ids = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<HashSet<_>>>()?;
        Ok(ids)
    }

    /// Ids of every record whose ops are withheld: intern now or created intern, and every
    /// record that refers to one of those (through any reference field, in any op, following
    /// references to references).
    fn withheld_records(&self) -> Result<HashSet<String>> {
        let mut withheld = self.internal_records()?;
        if withheld.is_empty() {
            return Ok(withheld);
        }
        let references = self.references_by_record()?;
        loop {
            let before = withheld.len();
            for (record, refers_to) in &references {
                if !withheld.contains(record) && refers_to.iter().any(|r| withheld.contains(r)) {
                    withheld.insert(record.clone());
                }
            }
            if withheld.len() == before {
                return Ok(withheld);
            }
        }
    }

    /// For every record, the ids its ops' reference fields have ever named.
    fn references_by_record(&self) -> Result<Vec<(String, Vec<String>)>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT entity, entity_id, kind, field, value FROM op_log \
             WHERE kind IN ('create', 'set') AND value IS NOT NULL AND {}",
            super::held::NOT_HELD
        ))?;
        let mut rows = stmt.query([])?;
        let mut by_record: std::collections::HashMap<String, Vec<String>> = Default::default();
        let ids = |value: &serde_json::Value, out: &mut Vec<String>| match value {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(items) => {
                out.extend(items.iter().filter_map(|i| i.as_str().map(str::to_string)))
            }
            _ => {}
        };
        while let Some(row) = rows.next()? {
            let (entity, id, kind, field, text): (String, String, String, Option<String>, String) = (
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
            );
            let Some(entity) = EntityKind::parse(&entity) else {
                continue;
            };
            let is_ref = |name: &str| entity.field(name).is_some_and(|f| f.reference);
            let mut found = Vec::new();
            if kind == "create" {
                if !entity.fields().iter().any(|f| f.reference) {
                    continue;
                }
                if let Ok(serde_json::Value::Object(map)) = serde_json::from_str(&text) {
                    for (name, v) in &map {
                        if is_ref(name) {
                            ids(v, &mut found);
                        }
                    }
                }
            } else if field.as_deref().is_some_and(is_ref)
                && let Ok(v) = serde_json::from_str(&text)
            {
                ids(&v, &mut found);
            }
            if !found.is_empty() {
                by_record.entry(id).or_default().extend(found);
            }
        }
        Ok(by_record.into_iter().collect())
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
