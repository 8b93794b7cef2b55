//! The store's errors. Every message says what happened and what to do, in the reader's
//! language (`data/i18n/*/errors-store.ftl`).

use std::path::PathBuf;

use crate::domain::{EntityKind, Lang};
use crate::i18n::{Localized, Said, said, t};

/// `Display` is Swedish; [`Localized::message`] says it in any language.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The user stopped a long read (the check); nothing was changed.
    #[error("{}", self.message(Lang::Sv))]
    Cancelled,
    #[error("{}", self.message(Lang::Sv))]
    Locked { path: PathBuf },

    #[error("{}", self.message(Lang::Sv))]
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("{}", self.message(Lang::Sv))]
    Missing { path: PathBuf },

    #[error("{}", self.message(Lang::Sv))]
    NotADatabase { path: PathBuf },

    #[error("{}", self.message(Lang::Sv))]
    Corrupt { path: PathBuf, detail: String },

    #[error("{}", self.message(Lang::Sv))]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("{}", self.message(Lang::Sv))]
    NotFound { kind: EntityKind, id: String },

    #[error("{}", self.message(Lang::Sv))]
    UnknownField { kind: EntityKind, field: String },

    #[error("{}", self.message(Lang::Sv))]
    InvalidValue {
        kind: EntityKind,
        field: String,
        reason: Said,
    },

    /// A refusal or a failure worded by its catalogue message (`errors-store-ops.ftl`).
    #[error("{0}")]
    Said(Said),

    /// The backup before a risky change could not be written.
    #[error("{}", self.message(Lang::Sv))]
    Backup(crate::files::FileError),

    /// Words chosen by the caller already (the TUI's, until it says them by message id).
    #[error("{0}")]
    Invalid(String),

    #[error("{}", self.message(Lang::Sv))]
    ReadOnly,

    #[error("{}", self.message(Lang::Sv))]
    Sqlite(#[from] rusqlite::Error),

    #[error("{}", self.message(Lang::Sv))]
    Migration(#[from] rusqlite_migration::Error),

    #[error("{}", self.message(Lang::Sv))]
    Io(#[from] std::io::Error),

    #[error("{}", self.message(Lang::Sv))]
    Json(#[from] serde_json::Error),
}

impl Localized for StoreError {
    fn message(&self, lang: Lang) -> String {
        use StoreError as E;
        let shown = |path: &PathBuf| path.display().to_string();
        match self {
            E::Cancelled => t!(lang, "error-store-cancelled"),
            E::Locked { path } => t!(lang, "error-store-locked", path = shown(path)),
            E::NewerSchema {
                path,
                found,
                supported,
            } => t!(
                lang,
                "error-store-newer-schema",
                path = shown(path),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            E::Missing { path } => t!(lang, "error-store-missing", path = shown(path)),
            E::NotADatabase { path } => {
                t!(lang, "error-store-not-a-database", path = shown(path))
            }
            E::Corrupt { path, detail } => t!(
                lang,
                "error-store-corrupt",
                path = shown(path),
                detail = detail.as_str()
            ),
            E::CreateDir { path, source } => t!(
                lang,
                "error-store-create-dir",
                path = shown(path),
                reason = crate::domain::text::io_reason(source, lang)
            ),
            E::NotFound { kind, id } => t!(
                lang,
                "error-store-not-found",
                // Swedish says "inget område" but "ingen åtgärd".
                gender = kind.gender(),
                kind = kind.label(lang),
                id = id.as_str()
            ),
            E::UnknownField { kind, field } => t!(
                lang,
                "error-store-unknown-field",
                field = field.as_str(),
                kind = kind.label(lang)
            ),
            E::InvalidValue {
                kind,
                field,
                reason,
            } => t!(
                lang,
                "error-store-invalid-value",
                kind = kind.label(lang),
                field = field.as_str(),
                reason = reason.text(lang)
            ),
            E::Said(said) => said.text(lang),
            E::Backup(e) => t!(lang, "error-store-backup", reason = e.message(lang)),
            E::Invalid(text) => text.clone(),
            E::ReadOnly => t!(lang, "error-store-read-only"),
            E::Sqlite(e) => t!(lang, "error-store-sqlite", reason = sqlite_reason(e, lang)),
            E::Migration(e) => t!(lang, "error-store-migration", reason = e.to_string()),
            E::Io(e) => t!(
                lang,
                "error-store-io",
                reason = crate::domain::text::io_reason(e, lang)
            ),
            E::Json(e) => t!(
                lang,
                "error-store-json",
                reason = crate::domain::text::json_error(e, lang)
            ),
        }
    }
}

/// SQLite's reason in `lang` for the failures a user meets; others keep SQLite's words.
fn sqlite_reason(e: &rusqlite::Error, lang: Lang) -> String {
    use rusqlite::ErrorCode as C;
    let id = match e.sqlite_error_code() {
        Some(C::DatabaseBusy | C::DatabaseLocked) => "error-sqlite-busy",
        Some(C::DiskFull) => "error-sqlite-disk-full",
        Some(C::ReadOnly) => "error-sqlite-read-only",
        Some(C::CannotOpen) => "error-sqlite-cannot-open",
        Some(C::PermissionDenied) => "error-sqlite-permission",
        Some(C::SystemIoFailure) => "error-sqlite-io",
        Some(C::DatabaseCorrupt) => "error-sqlite-corrupt",
        Some(C::NotADatabase) => "error-sqlite-not-a-database",
        Some(C::OutOfMemory) => "error-sqlite-out-of-memory",
        Some(C::ConstraintViolation) => {
            return t!(lang, "error-sqlite-constraint", detail = e.to_string());
        }
        _ => return e.to_string(),
    };
    t!(lang, id)
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A create of a record that exists already.
pub(crate) fn exists(kind: EntityKind, id: crate::domain::Id) -> StoreError {
    StoreError::Said(said!("error-store-exists", id = id.short()).with_label("kind", kind))
}

use crate::domain::Vocabulary;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_errors_speak_the_readers_language_and_swedish_keeps_its_words() {
        let area = StoreError::NotFound {
            kind: EntityKind::Area,
            id: "x1".into(),
        };
        let action = StoreError::NotFound {
            kind: EntityKind::Action,
            id: "x2".into(),
        };
        assert_eq!(area.to_string(), "Hittade inget område med id x1.");
        assert_eq!(action.to_string(), "Hittade ingen åtgärd med id x2.");
        assert_eq!(area.message(Lang::En), "Found no area with id x1.");
        let locked = StoreError::Locked {
            path: PathBuf::from("/tmp/l.db"),
        };
        assert!(
            locked
                .to_string()
                .starts_with("Databasen /tmp/l.db används redan av ett annat lagesbild-fönster")
        );
        assert!(
            locked
                .message(Lang::En)
                .starts_with("The database /tmp/l.db is already in use")
        );
        let io = StoreError::Io(std::io::Error::from(std::io::ErrorKind::NotFound));
        assert_eq!(
            io.message(Lang::En),
            "Error reading or writing a file: the file or folder does not exist"
        );
    }
}
