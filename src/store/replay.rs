//! `check`'s replay of the op log, folded in memory: the row every record would have if the
//! tables were rebuilt from the log, without writing a scratch database.
//!
//! Each op goes through the store's own rules ([`apply::effect`] for what it sets and whether
//! its value is valid, [`apply::replaces`] for which of two values of a field wins), so the fold
//! cannot drift from what `apply_to_tables` writes.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, Hasher, RandomState};

use rusqlite::types::{Value as SqlValue, ValueRef};

use super::apply::{self, Effect};
use super::error::{Result, StoreError};
use crate::domain::{EntityKind, Hlc, Id, Op, OpKind};

/// One record as the log builds it.
pub(crate) struct Folded {
    kind: EntityKind,
    /// `id, classification, fields…, deleted`, the columns `check` compares, each as its
    /// [`Fold::cell`] digest (a ten-year log's values would take hundreds of megabytes).
    pub row: Box<[u64]>,
    /// The create's clock and origin: the version of every field no set has changed.
    created: (Hlc, Id),
    /// The fields sets have changed: (field, clock, origin) of the op that won.
    versions: Vec<(&'static str, Hlc, Id)>,
    /// Its content was purged (see `purge`): the log no longer holds its values, so its row
    /// cannot be compared; only that it exists can.
    pub purged: bool,
}

/// The log folded so far.
#[derive(Default)]
pub(crate) struct Fold {
    /// SipHash under a key drawn for this run: a changed value in the tables gives another
    /// digest except with probability 2⁻⁶⁴, and nobody can aim for a collision in advance.
    key: RandomState,
    records: HashMap<Id, Folded>,
    /// Ops that failed when their turn came (a set before its record's create): tried again at
    /// the end, as an op parked until its record arrived was applied after the create.
    early: Vec<Op>,
}

impl Fold {
    /// The digest of one column's value, as the fold keeps it; compare a table's cell with it.
    pub fn cell(&self, value: ValueRef<'_>) -> u64 {
        let mut h = self.key.build_hasher();
        match value {
            ValueRef::Null => 0u8.hash(&mut h),
            ValueRef::Integer(i) => (1u8, i).hash(&mut h),
            // 0.0 and -0.0 are equal as SQLite compares them.
            ValueRef::Real(r) => (2u8, if r == 0.0 { 0 } else { r.to_bits() }).hash(&mut h),
            ValueRef::Text(t) => (3u8, t).hash(&mut h),
            ValueRef::Blob(b) => (4u8, b).hash(&mut h),
        }
        h.finish()
    }

    /// Adds an applied op, in log order.
    pub fn add(&mut self, op: Op) {
        if op.kind == OpKind::Purge {
            return;
        }
        let content = matches!(op.kind, OpKind::Create | OpKind::Set | OpKind::Resolve);
        if content && op.value.is_none() {
            if op.kind == OpKind::Create {
                self.records.insert(
                    op.entity_id,
                    Folded {
                        kind: op.entity,
                        row: Box::new([]),
                        created: (op.hlc, op.origin),
                        versions: Vec::new(),
                        purged: true,
                    },
                );
            }
            return;
        }
        if self.apply(&op).is_err() {
            self.early.push(op);
        }
    }

    fn apply(&mut self, op: &Op) -> Result<()> {
        match apply::effect(op)? {
            Effect::Create(row) => {
                if self.records.contains_key(&op.entity_id) {
                    return Err(super::error::exists(op.entity, op.entity_id));
                }
                let row = row
                    .iter()
                    .chain([&SqlValue::Integer(0)])
                    .map(|v| self.cell(ValueRef::from(v)))
                    .collect();
                self.records.insert(
                    op.entity_id,
                    Folded {
                        kind: op.entity,
                        row,
                        created: (op.hlc, op.origin),
                        versions: Vec::new(),
                        purged: false,
                    },
                );
            }
            Effect::Set { def, value } => {
                let cell = self.cell(ValueRef::from(&value));
                let record =
                    self.records
                        .get_mut(&op.entity_id)
                        .ok_or_else(|| StoreError::NotFound {
                            kind: op.entity,
                            id: op.entity_id.to_string(),
                        })?;
                let slot = record.versions.iter().position(|v| v.0 == def.name);
                let (hlc, origin) = slot.map_or(record.created, |i| {
                    let v = record.versions[i];
                    (v.1, v.2)
                });
                if !apply::replaces(op, hlc, origin) {
                    return Ok(());
                }
                match slot {
                    Some(i) => record.versions[i] = (def.name, op.hlc, op.origin),
                    None => record.versions.push((def.name, op.hlc, op.origin)),
                }
                // As in the tables: the version is the record's, the value goes to the
                // record's table only when the op names that kind.
                if record.kind == op.entity
                    && let Some(column) = column(op.entity, def.name)
                    && let Some(slot_value) = record.row.get_mut(column)
                {
                    *slot_value = cell;
                }
            }
        }
        Ok(())
    }

    /// Applies the ops that came before their record, and hands back every record of each kind,
    /// sorted by id as the text column sorts (a UUID's bytes sort as its hex text).
    pub fn finish(&mut self) -> HashMap<EntityKind, Vec<(Id, Folded)>> {
        for op in std::mem::take(&mut self.early) {
            let _ = self.apply(&op);
        }
        let mut by_kind: HashMap<EntityKind, Vec<(Id, Folded)>> = HashMap::new();
        for (id, record) in self.records.drain() {
            by_kind.entry(record.kind).or_default().push((id, record));
        }
        for records in by_kind.values_mut() {
            records.sort_unstable_by_key(|r| r.0);
        }
        by_kind
    }
}

/// The column of a settable field in `id, classification, fields…, deleted`.
fn column(kind: EntityKind, field: &str) -> Option<usize> {
    match field {
        apply::CLASSIFICATION => Some(1),
        apply::DELETED => Some(kind.fields().len() + 2),
        _ => kind
            .fields()
            .iter()
            .position(|f| f.name == field)
            .map(|i| i + 2),
    }
}
