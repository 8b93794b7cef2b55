//! Writing an export to disk and recording it in the audit log: one path for the CLI and the
//! TUI's export keys. The file is written next to its target and renamed, so a failed export
//! never leaves half a file; if the audit entry cannot be written, the file is removed again.

use std::io::Write;
use std::path::Path;

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::error::{ReportError, Result};
use crate::store::Store;

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "export".into());
    let tmp = dir.join(format!(".{name}.tmp"));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes `bytes` to `path` and records an `export` audit entry with `detail` plus the file,
/// its size and its SHA-256.
pub fn save(store: &mut Store, path: &Path, bytes: &[u8], detail: Value) -> Result<()> {
    write_atomically(path, bytes).map_err(|e| ReportError::Write {
        path: path.display().to_string(),
        reason: e.to_string(),
    })?;
    let mut detail = detail;
    if let Some(map) = detail.as_object_mut() {
        map.insert("file".into(), path.display().to_string().into());
        map.insert("bytes".into(), bytes.len().into());
        map.insert("sha256".into(), hex::encode(Sha256::digest(bytes)).into());
    }
    if let Err(e) = store.audit("export", detail) {
        let _ = std::fs::remove_file(path);
        return Err(ReportError::Audit(e.to_string()));
    }
    Ok(())
}
