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

use crate::store::StoreError;

/// An exchange error: every message is a Swedish sentence saying what to do.
#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    /// The bundle was refused; nothing was changed.
    #[error("Paketet togs inte emot: {0}. Inget i databasen har ändrats.")]
    Rejected(String),
    /// A mistake the user can correct.
    #[error("{0}")]
    User(String),
    /// The user stopped writing a bundle before its file was written, or an import before
    /// its transaction.
    #[error("Avbrutet. Inget ändrades.")]
    Cancelled,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    File(#[from] crate::files::FileError),
}

impl From<std::io::Error> for ExchangeError {
    fn from(e: std::io::Error) -> Self {
        ExchangeError::Store(StoreError::Io(e))
    }
}

pub type Result<T, E = ExchangeError> = std::result::Result<T, E>;

/// A refused bundle and why. A reason may quote the partner's own text (a name, a field name
/// in a parse error); control characters are dropped from it, so a crafted bundle cannot send
/// escape sequences to the terminal or into the audit log.
pub(crate) fn reject(reason: impl Into<String>) -> ExchangeError {
    ExchangeError::Rejected(crate::domain::text::one_line(&reason.into()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_reason_carries_no_control_characters() {
        let e = super::reject("okänt fält `x\u{1b}[2Jy`\n");
        assert_eq!(
            e.to_string(),
            "Paketet togs inte emot: okänt fält `x[2Jy`. Inget i databasen har ändrats."
        );
    }
}
