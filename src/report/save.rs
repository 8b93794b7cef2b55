//! Writing an export to disk and recording it in the audit log: one path for the CLI and the
//! TUI's export keys. The file goes through [`crate::files::write_file`] (never onto the
//! database or its companions, complete or absent, no silent overwrite); if the audit entry
//! cannot be written, the file is removed again.

use std::path::Path;

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::error::{ReportError, Result};
use crate::files::{WriteOptions, write_file};
use crate::store::Store;

/// Writes `bytes` to `path` (replacing an existing file only with `overwrite`) and records an
/// `export` audit entry with `detail` plus the file, its size and its SHA-256.
pub fn save(
    store: &mut Store,
    path: &Path,
    bytes: &[u8],
    detail: Value,
    overwrite: bool,
) -> Result<()> {
    write_file(
        path,
        bytes,
        &WriteOptions::beside_database(store.path(), overwrite),
    )?;
    let mut detail = detail;
    if let Some(map) = detail.as_object_mut() {
        map.insert("file".into(), path.display().to_string().into());
        map.insert("bytes".into(), bytes.len().into());
        map.insert("sha256".into(), hex::encode(Sha256::digest(bytes)).into());
    }
    if let Err(e) = store.audit("export", detail) {
        let _ = std::fs::remove_file(path);
        return Err(ReportError::Audit(e));
    }
    Ok(())
}
