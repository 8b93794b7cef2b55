//! Whether anything was written since a moment: the TUI shows a screen's last loaded data
//! again without asking the store for it when nothing changed (a tab switch).

use crate::store::{Result, Store};

/// A moment in the database's history. Two equal marks mean nothing was written between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteMark {
    /// The op log's last seq: every write of data is an op (by this copy, an import, the CLI).
    last_seq: i64,
    /// Rows changed through this connection (also what is written beside the op log).
    own_changes: u64,
    /// SQLite's count of commits by other connections (another process on the same file).
    data_version: i64,
}

impl Store {
    /// The database's mark now (an index lookup and two counters: microseconds).
    pub fn write_mark(&self) -> Result<WriteMark> {
        let last_seq = self
            .conn
            .prepare_cached("SELECT coalesce(max(seq), 0) FROM op_log")?
            .query_row([], |r| r.get(0))?;
        let data_version = self
            .conn
            .prepare_cached("PRAGMA data_version")?
            .query_row([], |r| r.get(0))?;
        Ok(WriteMark {
            last_seq,
            own_changes: self.conn.total_changes(),
            data_version,
        })
    }
}
