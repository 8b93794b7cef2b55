//! The seed module's errors, in the reader's language (`data/i18n/*/errors-seed.ftl`). A
//! broken embedded file means a broken build, but it is still reported as an error, never a
//! panic.

use crate::domain::Lang;
use crate::i18n::{Localized, t};
use crate::store::StoreError;

/// `Display` is Swedish; [`Localized::message`] says it in any language.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error(transparent)]
    Store(#[from] StoreError),

    #[error("{}", self.message(Lang::Sv))]
    Toml {
        file: &'static str,
        #[source]
        source: toml::de::Error,
    },

    #[error("{}", self.message(Lang::Sv))]
    Data { file: &'static str, detail: String },

    #[error("{}", self.message(Lang::Sv))]
    DemoAlreadyLoaded { when: String },

    #[error("{}", self.message(Lang::Sv))]
    InvalidYears { given: u32, max: u32 },

    #[error("{}", self.message(Lang::Sv))]
    Cancelled,
}

impl SeedError {
    pub(crate) fn data(file: &'static str, detail: impl Into<String>) -> SeedError {
        SeedError::Data {
            file,
            detail: detail.into(),
        }
    }
}

impl Localized for SeedError {
    fn message(&self, lang: Lang) -> String {
        match self {
            SeedError::Store(e) => e.message(lang),
            // The parser's and the data's own words: for whoever built the program.
            SeedError::Toml { file, source } => t!(
                lang,
                "error-seed-toml",
                file = *file,
                detail = source.to_string()
            ),
            SeedError::Data { file, detail } => t!(
                lang,
                "error-seed-data",
                file = *file,
                detail = detail.as_str()
            ),
            SeedError::DemoAlreadyLoaded { when } => {
                t!(lang, "error-seed-demo-loaded", when = when.as_str())
            }
            SeedError::InvalidYears { given, max } => t!(
                lang,
                "error-seed-years",
                given = given.to_string(),
                max = max.to_string()
            ),
            SeedError::Cancelled => t!(lang, "error-seed-cancelled"),
        }
    }
}
