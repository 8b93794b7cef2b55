//! What can go wrong with the police's feed, each a sentence that says what was wrong, where,
//! and what to do, in the reader's language (`data/i18n/*/errors-polisen.ftl`).

use std::path::PathBuf;

use crate::domain::Lang;
use crate::i18n::{Localized, Said, t};
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum PolisenError {
    #[error("{}", self.message(Lang::Sv))]
    ReadFile {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error(transparent)]
    File(#[from] crate::files::FileError),

    #[error("{}", self.message(Lang::Sv))]
    Empty,

    #[error("{}", self.message(Lang::Sv))]
    Truncated { line: usize, column: usize },

    #[error("{}", self.message(Lang::Sv))]
    NotJson { line: usize, column: usize },

    #[error("{}", self.message(Lang::Sv))]
    NotAList {
        /// The message id of what it is instead ("ett objekt").
        found: &'static str,
    },

    #[error("{}", self.message(Lang::Sv))]
    Shape {
        /// 1-based position in the list.
        number: usize,
        police_id: Option<i64>,
        /// The field's name in the feed; empty for the event as a whole.
        field: &'static str,
        problem: Said,
    },

    #[error("{}", self.message(Lang::Sv))]
    NoMunicipality,

    #[error("{}", self.message(Lang::Sv))]
    Cancelled,

    #[error("{}", self.message(Lang::Sv))]
    NoNetwork { url: String, detail: Said },

    #[error("{}", self.message(Lang::Sv))]
    HttpStatus { url: String, status: u16 },

    #[error("{}", self.message(Lang::Sv))]
    Download { detail: Said },

    #[error("{}", self.message(Lang::Sv))]
    RateLimited { next: String, wait_s: i64 },

    #[error("{}", self.message(Lang::Sv))]
    AlreadyPromoted { police_id: i64, observation: String },

    #[error("{}", self.message(Lang::Sv))]
    UnknownType { police_id: i64, police_type: String },

    #[error("{}", self.message(Lang::Sv))]
    PersonalData { police_id: i64, warning: String },

    #[error("{}", self.message(Lang::Sv))]
    NoSuchEvent(i64),

    #[error("{}", self.message(Lang::Sv))]
    NoOrganisation,

    #[error(transparent)]
    Store(#[from] StoreError),
}

impl PolisenError {
    /// Turns serde_json's syntax error into one that says where and whether the file was cut.
    pub fn from_json(e: serde_json::Error) -> Self {
        // serde_json counts columns from 0 at the start of a line; people count from 1.
        let (line, column) = (e.line(), e.column().max(1));
        match e.classify() {
            serde_json::error::Category::Eof => PolisenError::Truncated { line, column },
            _ => PolisenError::NotJson { line, column },
        }
    }
}

impl Localized for PolisenError {
    fn message(&self, lang: Lang) -> String {
        use PolisenError as E;
        match self {
            E::ReadFile { path, source } => t!(
                lang,
                "error-polisen-read-file",
                path = path.display().to_string(),
                reason = crate::domain::text::io_reason(source, lang)
            ),
            E::File(e) => e.message(lang),
            E::Empty => t!(lang, "error-polisen-empty"),
            E::Truncated { line, column } => {
                t!(
                    lang,
                    "error-polisen-truncated",
                    line = *line,
                    column = *column
                )
            }
            E::NotJson { line, column } => {
                t!(
                    lang,
                    "error-polisen-not-json",
                    line = *line,
                    column = *column
                )
            }
            E::NotAList { found } => {
                t!(lang, "error-polisen-not-a-list", found = t!(lang, found))
            }
            E::Shape {
                number,
                police_id,
                field,
                problem,
            } => {
                let event = match police_id {
                    Some(id) => t!(
                        lang,
                        "error-polisen-event-with-id",
                        number = *number,
                        id = *id
                    ),
                    None => t!(lang, "error-polisen-event", number = *number),
                };
                let problem = problem.text(lang);
                if field.is_empty() {
                    t!(
                        lang,
                        "error-polisen-shape-event",
                        event = event,
                        problem = problem
                    )
                } else {
                    t!(
                        lang,
                        "error-polisen-shape",
                        event = event,
                        field = *field,
                        problem = problem
                    )
                }
            }
            E::NoMunicipality => t!(lang, "error-polisen-no-municipality"),
            E::Cancelled => t!(lang, "error-polisen-cancelled"),
            E::NoNetwork { url, detail } => t!(
                lang,
                "error-polisen-no-network",
                url = url.as_str(),
                detail = detail.text(lang)
            ),
            E::HttpStatus { url, status } => t!(
                lang,
                "error-polisen-http-status",
                url = url.as_str(),
                status = status.to_string()
            ),
            E::Download { detail } => {
                t!(lang, "error-polisen-download", detail = detail.text(lang))
            }
            E::RateLimited { next, wait_s } => t!(
                lang,
                "error-polisen-rate-limited",
                next = next.as_str(),
                wait_s = *wait_s
            ),
            E::AlreadyPromoted {
                police_id,
                observation,
            } => t!(
                lang,
                "error-polisen-already-promoted",
                police_id = police_id.to_string(),
                observation = observation.as_str()
            ),
            E::UnknownType {
                police_id,
                police_type,
            } => t!(
                lang,
                "error-polisen-unknown-type",
                police_id = police_id.to_string(),
                police_type = police_type.as_str()
            ),
            E::PersonalData { police_id, warning } => t!(
                lang,
                "error-polisen-personal-data",
                police_id = police_id.to_string(),
                warning = warning.as_str()
            ),
            E::NoSuchEvent(id) => t!(lang, "error-polisen-no-such-event", id = id.to_string()),
            E::NoOrganisation => t!(lang, "error-polisen-no-organisation"),
            E::Store(e) => e.message(lang),
        }
    }
}
