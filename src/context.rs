//! How the program was started — the database, the language, the config — and "today". Both
//! front ends (the command line and the TUI) need these, so they live below both.

use std::path::PathBuf;

use crate::config::Config;
use crate::domain::Lang;
use crate::store::{Access, Store};

/// Everything a command or the TUI needs to know about how it was started.
pub struct Context {
    pub db: PathBuf,
    /// The database was named (`--db`, `LAGESBILD_DB` or the config file) rather than the
    /// default one: a command that writes does not create it (a typo must not start a new,
    /// empty database).
    pub db_named: bool,
    pub lang: Lang,
    pub config: Config,
}

impl Context {
    /// Opens the database; a writer creates it when it is missing (the TUI's onboarding,
    /// `demo`, `partner init`).
    pub fn open(&self, access: Access) -> crate::store::Result<Store> {
        Store::open(&self.db, access)
    }

    /// Opens for writing a database that must already exist, unless it is the default one.
    pub fn open_writer(&self) -> crate::store::Result<Store> {
        self.refuse_missing()?;
        self.open(Access::ReadWrite)
    }

    /// Opens for writing after SQLite's quick check of the whole file: a command that is about
    /// to change many records first makes sure the database is whole.
    pub fn open_checked_writer(&self) -> crate::store::Result<Store> {
        let store = self.open_writer()?;
        crate::store::quick_check(&self.db)?;
        Ok(store)
    }

    /// A named database that does not exist is a mistyped path, not a wish for a new one.
    pub fn refuse_missing(&self) -> crate::store::Result<()> {
        if self.db_named && !self.db.exists() {
            return Err(crate::store::StoreError::Missing {
                path: self.db.clone(),
            });
        }
        Ok(())
    }
}

/// "Today": the date in Sweden, or `LAGESBILD_TODAY=YYYY-MM-DD` (for reproducible demos and tests).
pub fn today() -> chrono::NaiveDate {
    std::env::var("LAGESBILD_TODAY")
        .ok()
        .and_then(|s| crate::domain::week::parse_date(&s).ok())
        .unwrap_or_else(|| crate::domain::swedish_time::now().date())
}
