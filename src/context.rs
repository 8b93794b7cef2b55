//! How the program was started — the database, the language, the config — and "today". Both
//! front ends (the command line and the TUI) need these, so they live below both.

use std::path::PathBuf;

use crate::config::Config;
use crate::domain::Lang;
use crate::store::{Access, Store};

/// Everything a command or the TUI needs to know about how it was started.
pub struct Context {
    pub db: PathBuf,
    pub lang: Lang,
    pub config: Config,
}

impl Context {
    pub fn open(&self, access: Access) -> crate::store::Result<Store> {
        Store::open(&self.db, access)
    }

    /// Opens for writing after SQLite's quick check of the whole file: a command that is about
    /// to change the database first makes sure it is whole.
    pub fn open_checked_writer(&self) -> crate::store::Result<Store> {
        let store = Store::open(&self.db, Access::ReadWrite)?;
        crate::store::quick_check(&self.db)?;
        Ok(store)
    }
}

/// "Today": the system date, or `LAGESBILD_TODAY=YYYY-MM-DD` (for reproducible demos and tests).
pub fn today() -> chrono::NaiveDate {
    std::env::var("LAGESBILD_TODAY")
        .ok()
        .and_then(|s| crate::domain::week::parse_date(&s).ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}
