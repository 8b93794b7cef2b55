//! What refers to the records of one kind, for the detail panes: per record, each referring
//! kind with its count, and the names when there are few. Counted by SQLite in one query per
//! referring kind, so a list of areas on a ten-year copy costs a few index scans, not a scan
//! of every reference field for every row (the per-record `referrers` collected 100,000
//! observations per area and took seconds).

use std::collections::HashMap;

use super::Store;
use super::error::Result;
use crate::domain::{EntityKind, FieldType, Id, Vocabulary};

/// How many records of one kind refer to a record, with their names when there are few.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferredBy {
    pub kind: EntityKind,
    pub count: usize,
    /// The names, oldest first, when `count` is at most [`NAMED`] and the kind has names (an
    /// observation has none and is counted: short ids made within a minute look alike).
    pub names: Vec<String>,
}

/// How many referring records a detail names before it only counts them.
pub const NAMED: usize = 3;

impl Store {
    /// For every record of `target` that a live record refers to: who refers to it, by kind in
    /// the registry's order. A record that refers through two fields (an action's responsible
    /// and partner organisation) counts once.
    pub fn referred_by(&self, target: EntityKind) -> Result<HashMap<Id, Vec<ReferredBy>>> {
        self.tallies(target, None)
    }

    /// Who refers to the one record `id` of `target`, counted per kind as in
    /// [`Store::referred_by`]: what a delete question says, however many there are.
    pub fn referred_by_record(&self, target: EntityKind, id: Id) -> Result<Vec<ReferredBy>> {
        Ok(self
            .tallies(target, Some(id))?
            .remove(&id)
            .unwrap_or_default())
    }

    fn tallies(&self, target: EntityKind, one: Option<Id>) -> Result<HashMap<Id, Vec<ReferredBy>>> {
        let mut found: HashMap<Id, Vec<ReferredBy>> = HashMap::new();
        let params: Vec<String> = one.iter().map(Id::to_string).collect();
        for kind in EntityKind::ALL {
            let Some(sql) = counts_sql(*kind, target, one.is_some()) else {
                continue;
            };
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let mut rows = stmt.query(rusqlite::params_from_iter(&params))?;
            while let Some(row) = rows.next()? {
                let Ok(target_id) = row.get::<_, String>(0)?.parse::<Id>() else {
                    continue;
                };
                let count = usize::try_from(row.get::<_, i64>(1)?).unwrap_or(0);
                let few: Option<String> = row.get(2)?;
                let names = match few {
                    Some(ids) => self.names_in_order(*kind, ids.split(','))?,
                    None => Vec::new(),
                };
                found.entry(target_id).or_default().push(ReferredBy {
                    kind: *kind,
                    count,
                    names,
                });
            }
        }
        Ok(found)
    }

    /// The names of a few records of a named kind, oldest first.
    fn names_in_order<'a>(
        &self,
        kind: EntityKind,
        ids: impl Iterator<Item = &'a str>,
    ) -> Result<Vec<String>> {
        let Some(name) = kind.name_field() else {
            return Ok(Vec::new());
        };
        let sql = format!("SELECT n, id, {name} FROM {} WHERE id = ?1", kind.table());
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut named: Vec<(i64, String)> = Vec::new();
        for id in ids {
            let mut rows = stmt.query([id])?;
            if let Some(row) = rows.next()? {
                named.push((row.get(0)?, shown_name(row.get(1)?, row.get(2)?)));
            }
        }
        named.sort();
        Ok(named.into_iter().map(|(_, name)| name).collect())
    }
}

/// `ref, count, ids` for the records of `kind` that refer to records of `target` (with `one`,
/// only to the record `?1`): `ids` (comma separated) only when there are at most [`NAMED`] of
/// a named kind. `None` when no field of `kind` can refer to `target`.
fn counts_sql(kind: EntityKind, target: EntityKind, one: bool) -> Option<String> {
    let table = kind.table();
    let target_table = target.table();
    let selects: Vec<String> = kind
        .reference_fields()
        .filter(|f| f.flags.refers.is_none_or(|k| k == target))
        .map(|field| {
            let f = field.name;
            if field.ty == FieldType::Json {
                format!(
                    "SELECT DISTINCT j.value AS ref, t.id AS id \
                     FROM {table} t, json_each(t.{f}) j WHERE t.deleted = 0"
                )
            } else if field.flags.refers.is_some() {
                // The field's own index; joining the target's table would make SQLite scan
                // by another index (ten times slower on observations).
                format!(
                    "SELECT t.{f} AS ref, t.id AS id FROM {table} t \
                     WHERE t.deleted = 0 AND t.{f} IS NOT NULL"
                )
            } else {
                // A field that may refer to any kind (a follow-up's subject): an index probe
                // per target record; CROSS JOIN keeps the target's table outside.
                format!(
                    "SELECT t.{f} AS ref, t.id AS id \
                     FROM {target_table} a CROSS JOIN {table} t ON t.{f} = a.id \
                     WHERE t.deleted = 0"
                )
            }
        })
        .collect();
    if selects.is_empty() {
        return None;
    }
    let few = if kind.name_field().is_some() {
        format!("CASE WHEN COUNT(*) <= {NAMED} THEN group_concat(id, ',') END")
    } else {
        "NULL".to_string()
    };
    // UNION (not UNION ALL) folds a record met through two fields into one row; a single
    // field needs none (UNION sorts every row).
    let only = if one { "WHERE ref = ?1" } else { "" };
    Some(format!(
        "SELECT ref, COUNT(*), {few} FROM ({}) {only} GROUP BY ref",
        selects.join(" UNION ")
    ))
}

/// A referring record as a person knows it: its name or title, else its short id.
pub(crate) fn shown_name(id: String, name: Option<rusqlite::types::Value>) -> String {
    match name {
        Some(rusqlite::types::Value::Text(t)) => t,
        Some(rusqlite::types::Value::Integer(i)) => i.to_string(),
        Some(rusqlite::types::Value::Real(r)) => r.to_string(),
        _ => id.parse::<Id>().map_or(id, |id| id.short()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Access;

    /// The register's counts of observations by place, organisation, event type, area and
    /// reporter read the reference and `deleted` from one index: no look-up of each of
    /// 100,000 rows in the table.
    #[test]
    fn observations_are_counted_per_reference_from_an_index_alone() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(&dir.path().join("counts.db"), Access::ReadWrite).expect("open");
        for target in [
            EntityKind::Place,
            EntityKind::Organisation,
            EntityKind::EventType,
            EntityKind::Area,
            EntityKind::Participant,
        ] {
            let sql =
                counts_sql(EntityKind::Observation, target, false).expect("observations refer");
            let plan = store.query_plan(&sql, []);
            assert!(plan.contains("COVERING INDEX"), "{target:?}: {plan}");
        }
    }
}
