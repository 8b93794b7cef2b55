//! Partner exchange: each partner keeps its own copy and shares signed bundles by file.
//!
//! - [`keys`]: this copy's signing key and the public-key tokens partners trust;
//! - [`bundle`]: the file format (signature first, then a strict parse);
//! - [`export`]: a bundle for one recipient with only this copy's own, shareable ops;
//! - [`personal_data`]: flagged, unconfirmed free text never leaves in a bundle;
//! - [`import`]: size → signature → parse → validation → preview → backup → one transaction
//!   (the checks before anything is used are in `verify`);
//! - [`rules`]: what a partner may write here;
//! - [`screen`]: what the Utbyte screen shows and does (identity, partners, conflicts).

pub mod bundle;
pub mod export;
pub mod import;
pub mod keys;
pub mod partner;
pub mod personal_data;
pub mod rules;
pub mod screen;
mod verify;

#[doc(hidden)]
pub use verify::judge_untrusted;

use crate::domain::Lang;
use crate::i18n::{Localized, Said};
use crate::store::StoreError;

/// An exchange error: every message says what to do, in the reader's language
/// ([`Localized::message`]; `Display` is Swedish).
#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    /// The bundle was refused; nothing was changed.
    #[error("{}", self.message(Lang::Sv))]
    Rejected(Said),
    /// A mistake the user can correct.
    #[error("{}", .0.text(Lang::Sv))]
    Told(Said),
    /// A mistake the user can correct, already in Swedish words (moving to `Told`).
    #[error("{0}")]
    User(String),
    /// The user stopped writing a bundle before its file was written, or an import before
    /// its transaction.
    #[error("{}", self.message(Lang::Sv))]
    Cancelled,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    File(#[from] crate::files::FileError),
}

impl Localized for ExchangeError {
    fn message(&self, lang: Lang) -> String {
        match self {
            // A reason may quote the partner's own text (a name, a field name in a parse
            // error); control characters are dropped from it, so a crafted bundle cannot send
            // escape sequences to the terminal or into the audit log.
            ExchangeError::Rejected(reason) => crate::i18n::t!(
                lang,
                "error-bundle-rejected",
                reason = crate::domain::text::one_line(&reason.text(lang))
            ),
            ExchangeError::Told(said) => said.text(lang),
            ExchangeError::Cancelled => crate::i18n::t!(lang, "error-cancelled"),
            ExchangeError::Store(e) => e.message(lang),
            ExchangeError::File(e) => e.message(lang),
            ExchangeError::User(text) => text.clone(),
        }
    }
}

impl From<std::io::Error> for ExchangeError {
    fn from(e: std::io::Error) -> Self {
        ExchangeError::Store(StoreError::Io(e))
    }
}

pub type Result<T, E = ExchangeError> = std::result::Result<T, E>;

/// A refused bundle and why (`said!("error-bundle-…", …)`).
pub(crate) fn reject(reason: Said) -> ExchangeError {
    ExchangeError::Rejected(reason)
}

/// A mistake the user can correct (`said!("error-…", …)`).
pub(crate) fn told(said: Said) -> ExchangeError {
    ExchangeError::Told(said)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_reason_carries_no_control_characters() {
        use crate::i18n::{Localized, said};
        let e = super::reject(said!(
            "error-bundle-bad-format",
            reason = "unknown field `x\u{1b}[2Jy`\n"
        ));
        assert_eq!(
            e.to_string(),
            "Paketet togs inte emot: innehållet följer inte formatet (unknown field `x[2Jy`). Inget i databasen har ändrats."
        );
        assert_eq!(
            e.message(crate::domain::Lang::En),
            "The bundle was not accepted: the content does not follow the format (unknown field `x[2Jy`). Nothing in the database has changed."
        );
    }

    /// The counted phrases of exchange agree with their number, in both languages.
    #[test]
    fn counted_phrases_take_the_plural_form() {
        use crate::domain::Lang::{En, Sv};
        use crate::i18n::t;
        let counts = |lang, new: usize, already: usize, conflicts: usize| {
            t!(
                lang,
                "exchange-import-counts",
                new = new,
                already = already,
                conflicts = conflicts
            )
        };
        assert_eq!(counts(Sv, 1, 1, 1), "1 ny, 1 redan importerad, 1 konflikt");
        assert_eq!(
            counts(Sv, 4, 0, 2),
            "4 nya, 0 redan importerade, 2 konflikter"
        );
        assert_eq!(counts(En, 1, 3, 1), "1 new, 3 already imported, 1 conflict");
        let saved = |lang, count: usize, seqs: String, withheld: usize| {
            t!(
                lang,
                "exchange-export-saved",
                partner = "Polisen Exempelby",
                file = "p.lgb",
                count = count,
                seqs = seqs,
                withheld = withheld
            )
        };
        assert_eq!(
            saved(Sv, 1, crate::i18n::range(5, 5), 1),
            "Paket till Polisen Exempelby sparat i p.lgb: 1 ändring (nr 5), 1 intern utelämnad."
        );
        assert_eq!(
            saved(Sv, 3, crate::i18n::range(5, 8), 1),
            "Paket till Polisen Exempelby sparat i p.lgb: 3 ändringar (nr 5–8), 1 intern utelämnad."
        );
        assert_eq!(
            saved(En, 1, crate::i18n::range(5, 5), 0),
            "Bundle to Polisen Exempelby saved in p.lgb: 1 change (no. 5), 0 internal withheld."
        );
        let missing = |lang, count: i64, seqs: String| {
            crate::i18n::said!(
                "error-bundle-missing-before",
                count = count,
                seqs = seqs,
                sender = "Polisen"
            )
            .text(lang)
        };
        assert!(
            missing(Sv, 1, crate::i18n::range(4, 4))
                .starts_with("det saknas ändring nr 4 från Polisen:")
        );
        assert!(
            missing(Sv, 2, crate::i18n::range(3, 4))
                .starts_with("det saknas ändringar nr 3–4 från Polisen:")
        );
        assert!(
            missing(En, 1, crate::i18n::range(4, 4))
                .starts_with("change no. 4 from Polisen is missing:")
        );
        let refused = t!(Sv, "exchange-import-refused", count = 1);
        assert_eq!(
            refused,
            ", 1 tidigare mottagen ändring avvisad (se granskningsloggen)"
        );
    }

    #[test]
    fn a_mistake_to_correct_is_told_in_the_readers_language() {
        use crate::i18n::{Localized, said};
        let e = super::told(said!("error-partner-unknown", name = "Nobody"));
        assert!(
            e.to_string()
                .starts_with("Det finns ingen betrodd partner som heter ”Nobody”.")
        );
        assert!(
            e.message(crate::domain::Lang::En)
                .starts_with("There is no trusted partner called “Nobody”.")
        );
    }
}
