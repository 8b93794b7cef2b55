//! What can go wrong with the police's feed, each a Swedish sentence that says what was wrong,
//! where, and what to do.

use std::path::PathBuf;

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum PolisenError {
    #[error("Kunde inte läsa filen {} ({}). Kontrollera sökvägen och att det är ett sparat svar från polisens händelseflöde.", path.display(), crate::domain::text::io_reason_sv(source))]
    ReadFile {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error(transparent)]
    File(#[from] crate::files::FileError),

    #[error(
        "Filen är tom. Spara svaret från polisens händelseflöde (polisen.se/api/events) på nytt och försök igen."
    )]
    Empty,

    #[error(
        "Filen tar slut mitt i (rad {line}, kolumn {column}): den verkar avkortad. Spara eller hämta svaret från polisen.se på nytt. Inget har lästs in."
    )]
    Truncated { line: usize, column: usize },

    #[error(
        "Filen är inte giltig JSON: fel på rad {line}, kolumn {column}. Det är inte ett svar från polisens händelseflöde, eller så har det ändrats. Inget har lästs in."
    )]
    NotJson { line: usize, column: usize },

    #[error(
        "Filen har inte händelseflödets form: den ska vara en lista [ … ] med händelser men är {found}. Inget har lästs in."
    )]
    NotAList { found: &'static str },

    #[error("Filen har inte händelseflödets form: händelse nr {number}{}, fältet ”{field}”: {problem}. Inget har lästs in.",
        police_id.map(|id| format!(" (id {id})")).unwrap_or_default())]
    Shape {
        /// 1-based position in the list.
        number: usize,
        police_id: Option<i64>,
        field: &'static str,
        problem: String,
    },

    #[error(
        "Ange minst en kommun med --municipality NAMN (till exempel --municipality Tyresö), eller spara kommunens namn i inställningarna."
    )]
    NoMunicipality,

    #[error("Hämtningen av polisens händelser avbröts. Inget lades in.")]
    Cancelled,

    #[error(
        "Kunde inte nå polisens händelseflöde ({url}): {detail}. Kontrollera internetanslutningen och försök igen, eller spara svaret i en webbläsare och läs in det med lagesbild polisen import FIL."
    )]
    NoNetwork { url: String, detail: String },

    #[error("Polisens händelseflöde ({url}) svarade med felkod {status}. Försök igen om en stund.")]
    HttpStatus { url: String, status: u16 },

    #[error(
        "Svaret från polisens händelseflöde kunde inte läsas: {detail}. Försök igen om en stund."
    )]
    Download { detail: String },

    #[error(
        "Polisen ber att flödet inte hämtas oftare än var tionde sekund och högst 60 gånger i timmen. Nästa hämtning går att göra kl. {next} (om {wait_s} s)."
    )]
    RateLimited { next: String, wait_s: i64 },

    #[error(
        "Polishändelse {police_id} är redan förd till lägesbilden som iakttagelse {observation}. Öppna den iakttagelsen i stället."
    )]
    AlreadyPromoted { police_id: i64, observation: String },

    #[error(
        "Polishändelse {police_id} har typen ”{police_type}”, som inte motsvarar någon av våra händelsetyper. Ange händelsetyp med --type NAMN."
    )]
    UnknownType { police_id: i64, police_type: String },

    #[error(
        "Polishändelse {police_id}: {warning} Sammanfattningen blir iakttagelsens beskrivning. Kontrollera den och ange --confirm för att ändå föra in den."
    )]
    PersonalData { police_id: i64, warning: String },

    #[error(
        "Det finns ingen inläst polishändelse med id {0}. Läs in flödet först med lagesbild polisen import eller fetch."
    )]
    NoSuchEvent(i64),

    #[error(
        "Ange vems iakttagelsen är med --org NAMN (eller spara den egna organisationen i inställningarna)."
    )]
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
