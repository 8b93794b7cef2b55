//! A record's history, read from the op log: when, who, from which partner, field, old → new.

use serde::Serialize;
use serde_json::Value;

use super::Store;
use super::error::Result;
use super::oplog::ops_for_entity;
use crate::domain::{Id, OpKind};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryEntry {
    pub op_id: Id,
    pub at: Option<chrono::DateTime<chrono::Utc>>,
    pub actor: String,
    pub origin: Id,
    pub kind: OpKind,
    pub field: Option<String>,
    pub old: Option<Value>,
    pub new: Option<Value>,
}

impl Store {
    /// Every op on a record, oldest first, with the value each change replaced.
    pub fn history(&self, id: Id) -> Result<Vec<HistoryEntry>> {
        let ops = ops_for_entity(&self.conn, id)?;
        let mut current: serde_json::Map<String, Value> = serde_json::Map::new();
        let mut out = Vec::with_capacity(ops.len());
        for op in ops {
            let at = op.hlc.to_datetime();
            match op.kind {
                OpKind::Create => {
                    if let Some(Value::Object(fields)) = &op.value {
                        current = fields.clone();
                    }
                    out.push(HistoryEntry {
                        op_id: op.op_id,
                        at,
                        actor: op.actor,
                        origin: op.origin,
                        kind: op.kind,
                        field: None,
                        old: None,
                        new: op.value,
                    });
                }
                OpKind::Set | OpKind::Resolve => {
                    let field = op.field.clone().unwrap_or_default();
                    let old = current.get(&field).cloned();
                    // A resolve carries the chosen value beside the ops it settles.
                    let value = super::conflicts::value_of(&op).cloned();
                    if let Some(v) = &value {
                        current.insert(field.clone(), v.clone());
                    }
                    out.push(HistoryEntry {
                        op_id: op.op_id,
                        at,
                        actor: op.actor,
                        origin: op.origin,
                        kind: op.kind,
                        field: Some(field),
                        old,
                        new: value,
                    });
                }
                OpKind::Delete | OpKind::Undelete | OpKind::Purge => out.push(HistoryEntry {
                    op_id: op.op_id,
                    at,
                    actor: op.actor,
                    origin: op.origin,
                    kind: op.kind,
                    field: None,
                    old: None,
                    new: None,
                }),
            }
        }
        Ok(out)
    }
}
