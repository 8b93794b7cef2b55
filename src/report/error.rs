//! What can go wrong in an export. Every message is a Swedish sentence that says what to do.

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("{0}")]
    Store(#[from] StoreError),

    /// Text that the personal-data lint flags and nobody confirmed.
    #[error(
        "Exporten stoppades: {kind} {when}(id {short_id}) kan innehålla personuppgifter i fältet ”{field}”: {warning} Ändra texten{confirm_hint}, och exportera sedan igen."
    )]
    PersonalData {
        kind: &'static str,
        when: String,
        short_id: String,
        field: &'static str,
        warning: String,
        confirm_hint: &'static str,
    },

    #[error("{0}")]
    NotFound(String),

    /// The document's own record (the meeting, the plan, the agreement) is classified intern.
    #[error(
        "{0} är klassad INTERN och lämnas inte ut. Exportera med --include-internal om dokumentet ska stanna inom organisationen."
    )]
    Internal(String),

    #[error("Formatet {format} finns inte för {document}. Välj något av: {valid}.")]
    UnsupportedFormat {
        format: &'static str,
        document: &'static str,
        valid: &'static str,
    },

    #[error(transparent)]
    File(#[from] crate::files::FileError),

    #[error("Exporten kunde inte registreras i granskningsloggen, så filen togs bort igen: {0}")]
    Audit(String),

    #[error("Kunde inte skapa {format}-filen ({0}). Försök igen; kvarstår felet, rapportera det.", format = .1)]
    Encode(String, &'static str),
}

impl ReportError {
    pub(crate) fn encode(format: &'static str, e: impl std::fmt::Display) -> Self {
        ReportError::Encode(e.to_string(), format)
    }
}

pub type Result<T, E = ReportError> = std::result::Result<T, E>;
