//! What can go wrong in an export. Every message says what to do, in the reader's language
//! (`data/i18n/*/errors-report.ftl`); `Display` is Swedish.

use crate::domain::pii::PiiFinding;
use crate::domain::{EntityKind, Lang, Vocabulary};
use crate::i18n::{Localized, Said, t};
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("{0}")]
    Store(#[from] StoreError),

    /// Text that the personal-data lint flags and nobody confirmed.
    #[error("{}", self.message(Lang::Sv))]
    PersonalData {
        kind: EntityKind,
        /// The record's date, when it has one.
        when: Option<chrono::NaiveDate>,
        short_id: String,
        field: &'static str,
        findings: Vec<PiiFinding>,
        /// Whether the program lets a person confirm such text.
        can_confirm: bool,
    },

    #[error("{}", self.message(Lang::Sv))]
    NotFound(Said),

    /// The document's own record (the meeting, the plan, the agreement) is classified intern;
    /// the record as a message names it.
    #[error("{}", self.message(Lang::Sv))]
    Internal(Said),

    #[error("{}", self.message(Lang::Sv))]
    UnsupportedFormat {
        format: &'static str,
        /// The message id of the document ("åtgärdsplanen").
        document: &'static str,
        valid: &'static str,
    },

    #[error(transparent)]
    File(#[from] crate::files::FileError),

    #[error("{}", self.message(Lang::Sv))]
    Audit(StoreError),

    /// A file could not be made: why (a library's words, or ours), and the format.
    #[error("{}", self.message(Lang::Sv))]
    Encode(Said, &'static str),
}

impl ReportError {
    /// A library's failure to make a `format` file, in its own words.
    pub(crate) fn encode(format: &'static str, e: impl std::fmt::Display) -> Self {
        ReportError::Encode(detail(e), format)
    }
}

/// A library's own words about a failure, as a message.
pub(crate) fn detail(e: impl std::fmt::Display) -> Said {
    crate::i18n::said!("error-report-encode-detail", detail = e.to_string())
}

impl Localized for ReportError {
    fn message(&self, lang: Lang) -> String {
        use ReportError as E;
        match self {
            E::Audit(e) => t!(lang, "error-report-audit", reason = e.message(lang)),
            E::Store(e) => e.message(lang),
            E::PersonalData {
                kind,
                when,
                short_id,
                field,
                findings,
                can_confirm,
            } => t!(
                lang,
                "error-report-personal-data",
                kind = kind.label(lang),
                when = when.map(|d| format!("{d} ")).unwrap_or_default(),
                id = short_id.as_str(),
                field = kind.field_label(field, lang).unwrap_or(field),
                warning = crate::domain::pii::warning(findings, lang).unwrap_or_default(),
                confirm = if *can_confirm { "yes" } else { "no" }
            ),
            E::NotFound(said) => said.text(lang),
            E::Internal(record) => {
                t!(lang, "error-report-internal", record = record.text(lang))
            }
            E::UnsupportedFormat {
                format,
                document,
                valid,
            } => t!(
                lang,
                "error-report-unsupported-format",
                format = *format,
                document = t!(lang, document),
                valid = *valid
            ),
            E::File(e) => e.message(lang),
            E::Encode(reason, format) => t!(
                lang,
                "error-report-encode",
                format = *format,
                reason = reason.text(lang)
            ),
        }
    }
}

pub type Result<T, E = ReportError> = std::result::Result<T, E>;
