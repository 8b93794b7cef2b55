//! The agreement's priorities with their goals and activity counts.

use serde::Serialize;

use super::{id_at, vocab_at};
use crate::domain::{ActionStatus, Id};
use crate::store::{Result, Store};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PriorityRow {
    pub id: Id,
    pub agreement: String,
    pub number: i64,
    pub title: String,
    pub status: ActionStatus,
    pub goals: usize,
    pub activities: usize,
    pub activities_done: usize,
}

impl Store {
    /// Every priority of every live agreement, in agreement and number order.
    pub fn priorities(&self, status: Option<ActionStatus>) -> Result<Vec<PriorityRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, a.title, p.number, p.title, p.status, \
             (SELECT count(*) FROM goal g WHERE g.priority_id = p.id AND g.deleted = 0), \
             (SELECT count(*) FROM action x WHERE x.priority_id = p.id AND x.deleted = 0), \
             (SELECT count(*) FROM action x WHERE x.priority_id = p.id AND x.deleted = 0 AND x.status = 'genomford') \
             FROM priority p JOIN agreement a ON a.id = p.agreement_id \
             WHERE p.deleted = 0 AND a.deleted = 0 AND (?1 IS NULL OR p.status = ?1) \
             ORDER BY a.period_start DESC, p.number",
        )?;
        let rows = stmt.query_map([status.map(crate::domain::Vocabulary::code)], |r| {
            Ok(PriorityRow {
                id: id_at(r, 0)?,
                agreement: r.get(1)?,
                number: r.get(2)?,
                title: r.get(3)?,
                status: vocab_at(r, 4)?,
                goals: r.get::<_, i64>(5)? as usize,
                activities: r.get::<_, i64>(6)? as usize,
                activities_done: r.get::<_, i64>(7)? as usize,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
