//! A tiny append-only log file in the data directory: the terminal belongs to the UI.

use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;

static PATH: OnceLock<Option<PathBuf>> = OnceLock::new();

/// Sets the log file (next to the database). Before this, logging does nothing.
pub fn init(path: PathBuf) {
    let _ = PATH.set(Some(path));
}

/// Appends one line with a timestamp; a log that cannot be written is silently skipped.
pub fn write(line: &str) {
    let Some(Some(path)) = PATH.get() else {
        return;
    };
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = writeln!(
            f,
            "{} {line}",
            crate::domain::swedish_time::now().format("%Y-%m-%d %H:%M:%S")
        );
    }
}
