//! Counting what the seed writes, per entity kind, for the summary message.

use std::collections::BTreeMap;

use crate::domain::{Entity, EntityKind, Id};
use crate::store::{self, Writer};

#[derive(Debug, Default, Clone)]
pub(crate) struct Counts {
    per_kind: BTreeMap<EntityKind, usize>,
    pub ops: usize,
}

impl Counts {
    /// Creates a record through the write path and counts it.
    pub fn create<T: Entity>(&mut self, w: &mut Writer<'_>, record: &T) -> store::Result<Id> {
        let id = w.create(record)?;
        *self.per_kind.entry(T::KIND).or_default() += 1;
        Ok(id)
    }

    /// Adds the ops a finished transaction wrote.
    pub fn add_ops(&mut self, n: usize) {
        self.ops += n;
    }

    /// Every kind with at least one record, in registry order.
    pub fn to_vec(&self) -> Vec<(EntityKind, usize)> {
        self.per_kind.iter().map(|(k, n)| (*k, *n)).collect()
    }
}
