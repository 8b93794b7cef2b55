//! SQLite storage: the only place with SQL. Opening (pragmas, lock, migrations), the op log and
//! its projection, typed reads, the audit log, checks and the queries the UI and CLI need.

pub mod apply;
pub mod as_of;
pub mod audit;
pub mod backup;
pub mod call_log;
pub mod check;
mod check_log_reader;
mod check_values;
mod choices;
mod codec;
pub mod collation;
pub mod conflicts;
pub mod error;
mod held;
pub mod history;
pub mod import;
pub mod lookup;
pub mod meta;
pub mod open;
pub(crate) mod oplog;
pub mod outgoing;
pub mod partners;
pub(crate) mod pii_flags;
pub mod purge;
pub mod queries;
pub mod read;
pub mod referred_by;
mod replay;
pub mod retire;
pub mod search;
mod term_codes;
pub mod undo;
pub mod write;
mod write_json;

use std::fs::File;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use apply::Applied;
pub use error::{Result, StoreError};
pub use held::LongWaiting;
pub use open::{Access, SCHEMA_VERSION, default_path, quick_check};
pub use write::Writer;

use crate::domain::Id;

/// An open lagesbild database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    access: Access,
    /// Held for as long as the store is open with write access.
    _lock: Option<File>,
    /// This copy's partner id: the origin of every op written here. None only in a read-only
    /// store opened before the copy was ever written to.
    partner_id: Option<Id>,
    actor: String,
}

impl Store {
    /// Opens (creating and migrating when writable) the database at `path`.
    pub fn open(path: &Path, access: Access) -> Result<Store> {
        let opened = open::open(path, access)?;
        let conn = opened.conn;
        let mut partner_id = meta::get(&conn, meta::PARTNER_ID)?.and_then(|s| s.parse().ok());
        if partner_id.is_none() && access == Access::ReadWrite {
            let id = Id::new();
            meta::set(&conn, meta::PARTNER_ID, &id.to_string())?;
            partner_id = Some(id);
        }
        let actor = meta::get(&conn, meta::ACTOR)?.unwrap_or_else(default_actor);
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            access,
            _lock: opened.lock,
            partner_id,
            actor,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn access(&self) -> Access {
        self.access
    }

    /// This copy's partner id (the origin of its ops).
    pub fn partner_id(&self) -> Option<Id> {
        self.partner_id
    }

    /// Who the changes made here are attributed to.
    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// Sets (and remembers) who the changes made here are attributed to.
    pub fn set_actor(&mut self, actor: &str) -> Result<()> {
        meta::set(&self.conn, meta::ACTOR, actor)?;
        self.actor = actor.to_string();
        Ok(())
    }

    /// A setting of this copy (see [`meta`]).
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        meta::get(&self.conn, key)
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        if self.access == Access::ReadOnly {
            return Err(StoreError::ReadOnly);
        }
        meta::set(&self.conn, key, value)
    }
}

/// The user's login name, as a fallback attribution until a function is set.
fn default_actor() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        // Stored with every change: Swedish, like the labels of actions.
        .unwrap_or_else(|_| crate::i18n::t!(crate::domain::Lang::Sv, "store-unknown-actor"))
}

#[cfg(test)]
impl Store {
    /// SQLite's plan for `sql` with `params`, one step a line: what a test that pins an index
    /// reads.
    pub(crate) fn query_plan(&self, sql: &str, params: impl rusqlite::Params) -> String {
        let mut stmt = self
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .expect("plan");
        let plan: Vec<String> = stmt
            .query_map(params, |r| r.get::<_, String>(3))
            .expect("rows")
            .collect::<rusqlite::Result<_>>()
            .expect("plan rows");
        plan.join("\n")
    }
}
