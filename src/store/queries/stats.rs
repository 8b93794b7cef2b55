//! Counts per entity kind, and of the logs.

use serde::Serialize;

use crate::domain::{EntityKind, Vocabulary};
use crate::store::{Result, Store};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KindCount {
    pub kind: EntityKind,
    pub live: usize,
    pub deleted: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub kinds: Vec<KindCount>,
    pub ops: usize,
    pub origins: usize,
    pub audit_entries: usize,
    pub open_conflicts: usize,
}

impl Store {
    pub fn stats(&self) -> Result<Stats> {
        let mut kinds = Vec::new();
        for kind in EntityKind::ALL {
            let (live, deleted): (i64, i64) = self.conn.query_row(
                &format!("SELECT count(*) - coalesce(sum(deleted), 0), coalesce(sum(deleted), 0) FROM {}", kind.table()),
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            kinds.push(KindCount {
                kind: *kind,
                live: live as usize,
                deleted: deleted as usize,
            });
        }
        let count = |sql: &str| -> Result<usize> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as usize)
        };
        Ok(Stats {
            kinds,
            ops: count("SELECT count(*) FROM op_log")?,
            origins: count("SELECT count(DISTINCT origin) FROM op_log")?,
            audit_entries: count("SELECT count(*) FROM audit_log")?,
            open_conflicts: count("SELECT count(*) FROM conflict WHERE status = 'oppen'")?,
        })
    }

    /// How many ops the log holds.
    pub fn op_count(&self) -> Result<usize> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM op_log", [], |r| r.get::<_, i64>(0))?
            as usize)
    }
}
