//! What can go wrong with a sheet as a whole (a row's faults are `rows::RowError`s): each a
//! Swedish sentence that says what happened and what to do.

use crate::domain::Lang;
use crate::i18n::t;

#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    #[error("{}", t!(Lang::Sv, "sheet-error-format", file = file.as_str()))]
    UnknownFormat { file: String },
    #[error("{}", t!(Lang::Sv, "sheet-error-unreadable", file = file.as_str(), reason = reason.as_str()))]
    Unreadable { file: String, reason: String },
    #[error("{}", t!(Lang::Sv, "sheet-error-empty", file = file.as_str()))]
    Empty { file: String },
    #[error("{}", t!(Lang::Sv, "sheet-error-no-template", file = file.as_str()))]
    NoTemplate { file: String },
    #[error("{}", t!(Lang::Sv, "sheet-error-missing-column", file = file.as_str(), column = column.as_str()))]
    MissingColumn { file: String, column: String },
    #[error("{}", t!(Lang::Sv, "sheet-error-unknown-column", column = column.as_str(), valid = valid.as_str()))]
    UnknownColumn { column: String, valid: String },
    #[error("{}", t!(Lang::Sv, "sheet-error-twice", column = column.as_str()))]
    ColumnTwice { column: String },
    #[error("{}\n{}", t!(Lang::Sv, "sheet-error-bad-rows", count = count, rows = rows), listed)]
    BadRows {
        count: usize,
        rows: usize,
        listed: String,
    },
    #[error("{}", t!(Lang::Sv, "sheet-error-encode", reason = .0.as_str()))]
    Encode(String),
    #[error(transparent)]
    File(#[from] crate::files::FileError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

impl crate::i18n::Localized for SheetError {
    fn message(&self, lang: Lang) -> String {
        use SheetError as E;
        match self {
            E::UnknownFormat { file } => t!(lang, "sheet-error-format", file = file.as_str()),
            E::Unreadable { file, reason } => t!(
                lang,
                "sheet-error-unreadable",
                file = file.as_str(),
                reason = reason.as_str()
            ),
            E::Empty { file } => t!(lang, "sheet-error-empty", file = file.as_str()),
            E::NoTemplate { file } => t!(lang, "sheet-error-no-template", file = file.as_str()),
            E::MissingColumn { file, column } => t!(
                lang,
                "sheet-error-missing-column",
                file = file.as_str(),
                column = column.as_str()
            ),
            E::UnknownColumn { column, valid } => t!(
                lang,
                "sheet-error-unknown-column",
                column = column.as_str(),
                valid = valid.as_str()
            ),
            E::ColumnTwice { column } => t!(lang, "sheet-error-twice", column = column.as_str()),
            E::BadRows {
                count,
                rows,
                listed,
            } => format!(
                "{}\n{listed}",
                t!(lang, "sheet-error-bad-rows", count = *count, rows = *rows)
            ),
            E::Encode(reason) => t!(lang, "sheet-error-encode", reason = reason.as_str()),
            E::File(e) => e.message(lang),
            E::Store(e) => e.message(lang),
        }
    }
}
