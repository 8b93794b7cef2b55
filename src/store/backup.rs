//! Backups beside the database, taken before anything risky (an import).

use std::path::{Path, PathBuf};

use super::Store;
use super::error::Result;

impl Store {
    /// Writes a consistent copy of the database (`VACUUM INTO`) to a new file beside it named
    /// `<name>-<UTC time>-<reason>.db`, and returns its path.
    pub fn backup_beside(&self, reason: &str) -> Result<PathBuf> {
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "lagesbild".into());
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%3fZ");
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let target = dir.join(format!("{stem}-{stamp}-{reason}.db"));
        self.conn
            .execute("VACUUM INTO ?1", [target.to_string_lossy().as_ref()])?;
        Ok(target)
    }
}
