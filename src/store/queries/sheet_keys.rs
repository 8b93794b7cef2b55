//! The keys of rows read from spreadsheets before, so reading the same file again adds nothing.

use std::collections::HashSet;

use crate::store::{Result, Store};

impl Store {
    /// Every observation's external reference (deleted ones too: a row someone removed after
    /// reading a sheet does not come back when the sheet is read again).
    pub fn observation_external_refs(&self) -> Result<HashSet<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT external_ref FROM observation WHERE external_ref IS NOT NULL")?;
        let refs = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<HashSet<String>>>()?;
        Ok(refs)
    }
}
