//! Files on disk: the one safe way to write a file the app produces, the one way to read a file
//! someone handed us, and the names of the files that belong to a database.
//!
//! - [`database_files`]: the database's companions (`-wal`, `-shm`, lock, key) and its backups,
//!   which no output may ever land on;
//! - [`write`]: temp file beside the target, created exclusively, synced, then renamed; no
//!   silent overwrite;
//! - [`read`]: regular files only, and never more than a limit.
//!
//! Below `store` in the layers (the store's backups are written through it); no SQL here.

pub mod database_files;
pub mod read;
pub mod write;

use std::path::PathBuf;

use crate::domain::Lang;
use crate::i18n::{Localized, t};

pub use read::read_limited;
pub use write::{WriteOptions, write_file, write_with};

/// What can go wrong with a file. Every message says what happened and what to do, in the
/// reader's language ([`Localized::message`]; `Display` is Swedish).
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{}", self.message(Lang::Sv))]
    Exists { path: PathBuf },

    #[error("{}", self.message(Lang::Sv))]
    Directory { path: PathBuf },

    /// `what`: the message id of what the file is (`file-what-database` …).
    #[error("{}", self.message(Lang::Sv))]
    Protected { path: PathBuf, what: &'static str },

    #[error("{}", self.message(Lang::Sv))]
    NotRegular { path: PathBuf },

    #[error("{}", self.message(Lang::Sv))]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },

    #[error("{}", self.message(Lang::Sv))]
    Missing { path: PathBuf },

    #[error("{}", self.message(Lang::Sv))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("{}", self.message(Lang::Sv))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Localized for FileError {
    fn message(&self, lang: Lang) -> String {
        use crate::domain::text::io_reason;
        let shown = |path: &PathBuf| path.display().to_string();
        match self {
            FileError::Exists { path } => t!(lang, "error-file-exists", path = shown(path)),
            FileError::Directory { path } => t!(
                lang,
                "error-file-directory",
                path = shown(path),
                example = shown(&path.join(t!(lang, "error-file-example-name")))
            ),
            FileError::Protected { path, what } => t!(
                lang,
                "error-file-protected",
                path = shown(path),
                what = t!(lang, what)
            ),
            FileError::NotRegular { path } => {
                t!(lang, "error-file-not-regular", path = shown(path))
            }
            FileError::TooLarge { path, size, limit } => t!(
                lang,
                "error-file-too-large",
                path = shown(path),
                size = size / 1_000_000,
                limit = limit / 1_000_000
            ),
            FileError::Missing { path } => t!(lang, "error-file-missing", path = shown(path)),
            FileError::Write { path, source } => t!(
                lang,
                "error-file-write",
                path = shown(path),
                reason = io_reason(source, lang)
            ),
            FileError::Read { path, source } => t!(
                lang,
                "error-file-read",
                path = shown(path),
                reason = io_reason(source, lang)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_errors_speak_the_readers_language_and_swedish_keeps_its_words() {
        let e = FileError::Protected {
            path: PathBuf::from("/data/kommun.db"),
            what: "file-what-database",
        };
        assert_eq!(
            e.to_string(),
            "/data/kommun.db är databasen och skrivs inte över. Välj ett annat filnamn (till exempel i mappen Dokument)."
        );
        assert_eq!(
            e.message(Lang::En),
            "/data/kommun.db is the database and is not overwritten. Choose another file name (for example in the Documents folder)."
        );
        let dir = FileError::Directory {
            path: PathBuf::from("/data"),
        };
        assert_eq!(
            dir.to_string(),
            "/data är en mapp. Ange ett filnamn, till exempel /data/fil."
        );
        assert!(dir.message(Lang::En).ends_with("for example /data/file."));
    }
}
