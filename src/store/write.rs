//! The one write path: every change becomes an op, appended to the log and applied to the
//! tables in the same transaction. Either all of a `Store::write` lands, or none of it.
//!
//! Every op is judged here by the same rules a partner judges it by (`domain::rights`,
//! `domain::validate`), so this copy never writes an op its partners would refuse: that would
//! cut its chain off from them for good (see `exchange::rules`).

use rusqlite::{Transaction, TransactionBehavior};
use serde::Serialize;
use serde_json::Value;

use super::apply::{self, Applied, CLASSIFICATION};
use super::error::{Result, StoreError};
use super::{Store, meta, oplog};
use crate::domain::{
    Classification, Digest32, Entity, EntityKind, Hlc, Id, Op, OpKind, ValueText, Vocabulary,
    rights,
};
use crate::i18n::{Said, said};

/// A transaction in which changes are made; see [`Store::write`].
pub struct Writer<'s> {
    pub(super) tx: Transaction<'s>,
    origin: Id,
    actor: String,
    seq: i64,
    prev_hash: Digest32,
    hlc: Hlc,
    ops: Vec<Op>,
    receipt: oplog::Receipt,
    warnings: Vec<Said>,
    touched: super::conflicts::Touched,
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

impl Store {
    /// Runs `f` in one transaction: every change it makes is logged and applied, and all of it
    /// is committed together, or nothing is (an error rolls it back).
    pub fn write<R>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> Result<R>) -> Result<R> {
        let origin = self.partner_id.ok_or(StoreError::ReadOnly)?;
        let actor = self.actor.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (seq, prev_hash) = oplog::chain_head(&tx, origin)?;
        let hlc = Hlc(meta::get(&tx, meta::HLC)?
            .and_then(|h| h.parse().ok())
            .unwrap_or(0));
        let mut writer = Writer {
            tx,
            origin,
            actor,
            seq,
            prev_hash,
            hlc,
            ops: Vec::new(),
            receipt: oplog::Receipt::local(),
            warnings: Vec::new(),
            touched: Default::default(),
        };
        let result = f(&mut writer)?;
        writer.touched.refresh(&writer.tx)?;
        meta::set(&writer.tx, meta::HLC, &writer.hlc.0.to_string())?;
        super::search::flush_pending(&writer.tx)?;
        super::pii_flags::flush_pending(&writer.tx)?;
        writer.tx.commit()?;
        Ok(result)
    }
}

impl Writer<'_> {
    /// The ops written so far in this transaction.
    pub fn ops(&self) -> &[Op] {
        &self.ops
    }

    pub fn origin(&self) -> Id {
        self.origin
    }

    /// What the changes so far should warn the user about, e.g. that a record other records
    /// refer to was made intern. Return them from the `write` closure to show them.
    pub fn warnings(&self) -> &[Said] {
        &self.warnings
    }

    /// Reads a record as this transaction sees it.
    pub fn get<T: Entity>(&self, id: Id) -> Result<Option<T>> {
        super::read::get_on(&self.tx, id)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn emit(
        &mut self,
        entity: EntityKind,
        entity_id: Id,
        kind: OpKind,
        field: Option<&str>,
        value: Option<Value>,
        classification: Classification,
        base_op: Option<Id>,
    ) -> Result<Applied> {
        self.hlc = Hlc::tick(self.hlc, now_ms());
        self.seq += 1;
        let value_text = ValueText::of(value.as_ref());
        let op = Op {
            op_id: Id::new(),
            origin: self.origin,
            origin_seq: self.seq,
            hlc: self.hlc,
            actor: self.actor.clone(),
            entity,
            entity_id,
            kind,
            field: field.map(str::to_string),
            value,
            base_op,
            classification,
            prev_hash: self.prev_hash,
            hash: Digest32::default(),
        }
        .seal_with(&value_text);
        // A purge is this copy's own and never leaves it (see `purge`): nothing to judge or
        // apply, its work is done beside it.
        let purge = kind == OpKind::Purge;
        if !purge {
            self.judge(&op)?;
        }
        // Logged before it is applied, so the conflict check sees it among its siblings.
        oplog::append(&self.tx, &op, &value_text, &self.receipt)?;
        let applied = if purge {
            Applied::Superseded
        } else {
            apply::apply_to_tables(&self.tx, &op)?
        };
        self.touched.note(&op);
        if kind == OpKind::Create {
            // A partner's ops may have waited for this record (its id is name-based, e.g.
            // the demo's): they are judged now, with this copy as the owner.
            let released =
                super::held::release_parked(&self.tx, entity_id, self.origin, &self.actor)?;
            for parked in &released.applied {
                self.touched.note(parked);
            }
        }
        self.prev_hash = op.hash;
        self.ops.push(op);
        Ok(applied)
    }

    /// Refuses an op a partner would refuse: an invalid value, or a change to another partner's
    /// record that only its owner may make.
    fn judge(&self, op: &Op) -> Result<()> {
        let invalid = |reason: Said| {
            StoreError::Said(
                said!("error-store-bad-value", id = op.entity_id.short())
                    .with_label("kind", op.entity)
                    .with_said("reason", reason),
            )
        };
        crate::domain::validate::op_values(op).map_err(invalid)?;
        super::term_codes::check_op(&self.tx, op)?.map_err(invalid)?;
        if op.kind == OpKind::Create || rights::is_common(op.entity, op.entity_id) {
            return Ok(());
        }
        let Some(owner) = super::read::owner_on(&self.tx, op.entity_id)? else {
            return Ok(());
        };
        if rights::judge_ownership(op, self.origin, Some(owner)).is_ok() {
            return Ok(());
        }
        let shared = rights::shared_fields(op.entity);
        let change = match op.kind {
            OpKind::Delete => said!("error-store-owned-delete"),
            OpKind::Undelete => said!("error-store-owned-undelete"),
            _ => said!(
                "error-store-owned-set",
                field = op.field.as_deref().unwrap_or_default().to_string()
            ),
        };
        let advice = if shared.is_empty() {
            said!("error-store-owned-ask")
        } else {
            said!("error-store-owned-shared", fields = shared.join(", "))
        };
        Err(StoreError::Said(
            said!("error-store-owned", id = op.entity_id.short())
                .with_label("kind", op.entity)
                .with_said("change", change)
                .with_said("advice", advice),
        ))
    }

    /// Creates a record with all its fields in one op.
    pub fn create<T: Entity>(&mut self, record: &T) -> Result<Id> {
        let mut value = serde_json::to_value(record)?;
        if let Value::Object(map) = &mut value {
            map.remove("id");
            map.remove("classification");
        }
        self.emit(
            T::KIND,
            record.id(),
            OpKind::Create,
            None,
            Some(value),
            record.classification(),
            None,
        )?;
        Ok(record.id())
    }

    /// Sets one field of a record. A value equal to the current one writes nothing.
    pub fn set(
        &mut self,
        kind: EntityKind,
        id: Id,
        field: &str,
        value: impl Serialize,
    ) -> Result<()> {
        let value = serde_json::to_value(value)?;
        let current = self.current_json(kind, id)?;
        if current.get(field) == Some(&value) {
            return Ok(());
        }
        apply::settable_field(kind, field)?;
        let classification = if field == CLASSIFICATION {
            value
                .as_str()
                .and_then(Classification::parse)
                .ok_or_else(|| StoreError::InvalidValue {
                    kind,
                    field: field.into(),
                    reason: said!("error-store-reason-unknown-classification"),
                })?
        } else {
            record_classification(&current)
        };
        if classification == Classification::Intern
            && record_classification(&current) != Classification::Intern
        {
            let referrers = super::read::referrers_on(&self.tx, id)?;
            if referrers > 0 {
                self.warnings.push(
                    said!(
                        "store-warning-intern-referred",
                        id = id.short(),
                        count = referrers
                    )
                    .with_label("kind", kind),
                );
            }
        }
        let base = apply::field_version(&self.tx, id, field)?.map(|v| v.op_id);
        self.emit(
            kind,
            id,
            OpKind::Set,
            Some(field),
            Some(value),
            classification,
            base,
        )?;
        Ok(())
    }

    /// Writes every field of `record` that differs from what is stored, one op per field.
    /// Returns how many fields changed.
    pub fn update<T: Entity>(&mut self, record: &T) -> Result<usize> {
        let new = serde_json::to_value(record)?;
        let current = self.current_json(T::KIND, record.id())?;
        let mut changed = 0;
        // Classification first, so the field ops that follow carry the new one.
        for name in std::iter::once(CLASSIFICATION).chain(T::FIELDS.iter().map(|f| f.name)) {
            let v = new.get(name).cloned().unwrap_or(Value::Null);
            if current.get(name) != Some(&v) {
                self.set(T::KIND, record.id(), name, v)?;
                changed += 1;
            }
        }
        Ok(changed)
    }

    /// Marks a record deleted (a tombstone: it stays, with its history).
    pub fn delete(&mut self, kind: EntityKind, id: Id) -> Result<()> {
        self.tombstone(kind, id, OpKind::Delete)
    }

    /// Brings a deleted record back.
    pub fn undelete(&mut self, kind: EntityKind, id: Id) -> Result<()> {
        self.tombstone(kind, id, OpKind::Undelete)
    }

    fn tombstone(&mut self, kind: EntityKind, id: Id, op: OpKind) -> Result<()> {
        let current = self.current_json(kind, id)?;
        if op == OpKind::Undelete && super::purge::is_purged(&self.tx, id)? {
            return Err(StoreError::Invalid(crate::i18n::t!(
                crate::domain::Lang::Sv,
                "purge-no-undelete",
                kind = crate::domain::text::capitalised(kind.label(crate::domain::Lang::Sv)),
                id = id.short()
            )));
        }
        let base = apply::field_version(&self.tx, id, apply::DELETED)?.map(|v| v.op_id);
        // How much of the record the author had seen: a partner's edit newer than this races
        // the delete and becomes a conflict (see `conflicts`).
        let seen = super::conflicts::record_seen_hlc(&self.tx, id)?;
        self.emit(
            kind,
            id,
            op,
            None,
            Some(serde_json::json!({ super::conflicts::SEEN_HLC: seen.0 })),
            record_classification(&current),
            base,
        )?;
        Ok(())
    }

    /// Settles a conflict: sets `field` to the chosen `value` with a resolve op that names
    /// both conflicting ops.
    pub fn resolve(
        &mut self,
        kind: EntityKind,
        id: Id,
        field: &str,
        value: Value,
        settles: [Id; 2],
    ) -> Result<()> {
        let current = self.current_json(kind, id)?;
        apply::settable_field(kind, field)?;
        let base = apply::field_version(&self.tx, id, field)?.map(|v| v.op_id);
        self.emit(
            kind,
            id,
            OpKind::Resolve,
            Some(field),
            Some(super::conflicts::resolution_json(value, settles)),
            record_classification(&current),
            base,
        )?;
        Ok(())
    }

    /// Records a non-op event in the audit log, inside this transaction.
    pub fn audit(&mut self, event: &str, detail: Value) -> Result<()> {
        super::audit::append(&self.tx, &self.actor, event, &detail)
    }

    /// A record's stored fields as JSON (with `classification`), or NotFound.
    fn current_json(&self, kind: EntityKind, id: Id) -> Result<Value> {
        super::read::json_on(&self.tx, kind, id)?.ok_or(StoreError::NotFound {
            kind,
            id: id.to_string(),
        })
    }
}

fn record_classification(current: &Value) -> Classification {
    current
        .get(CLASSIFICATION)
        .and_then(Value::as_str)
        .and_then(Classification::parse)
        .unwrap_or_default()
}
