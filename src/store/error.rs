//! The store's errors. Every message is a Swedish sentence that says what happened and what to do.

use std::path::PathBuf;

use crate::domain::EntityKind;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The user stopped a long read (the check); nothing was changed.
    #[error("Kontrollen avbröts. Inget ändrades.")]
    Cancelled,
    #[error(
        "Databasen {} används redan av ett annat lagesbild-fönster eller en pågående import. Stäng det andra programmet och försök igen. (Läsande kommandon som list och stats fungerar under tiden.)",
        path.display()
    )]
    Locked { path: PathBuf },

    #[error(
        "Databasen {} är skapad av en nyare version av lagesbild (schemaversion {found}; den här versionen kan läsa till och med {supported}). Uppdatera lagesbild innan du öppnar den.",
        path.display()
    )]
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("Databasen {} finns inte. Kontrollera sökvägen, eller starta lagesbild utan --db för att skapa en ny.", path.display())]
    Missing { path: PathBuf },

    #[error(
        "Filen {} är ingen lagesbild-databas (eller så är den skadad eller krypterad). Kontrollera sökvägen i --db; är det rätt fil, återställ den från den senaste säkerhetskopian i samma mapp.",
        path.display()
    )]
    NotADatabase { path: PathBuf },

    #[error("Databasen {} är skadad ({detail}). Återställ den från den senaste säkerhetskopian i samma mapp och kör lagesbild check.", path.display())]
    Corrupt { path: PathBuf, detail: String },

    #[error("Kunde inte skapa mappen för databasen ({}): {source}. Ange en annan plats med --db.", path.display())]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("Hittade {} med id {id}.", kind.none_sv())]
    NotFound { kind: EntityKind, id: String },

    #[error("Fältet ”{field}” finns inte för {}.", kind.label_sv())]
    UnknownField { kind: EntityKind, field: String },

    #[error("Ogiltigt värde för {}.{field}: {reason}", kind.label_sv())]
    InvalidValue {
        kind: EntityKind,
        field: String,
        reason: String,
    },

    #[error("{0}")]
    Invalid(String),

    #[error("Databasen är öppnad skrivskyddat; ändringar kan inte sparas här.")]
    ReadOnly,

    #[error(
        "Databasfel: {}. Inget har ändrats. Försök igen; kvarstår felet, kör lagesbild check.",
        sqlite_reason_sv(.0)
    )]
    Sqlite(#[from] rusqlite::Error),

    #[error("Databasen kunde inte uppgraderas: {0}")]
    Migration(#[from] rusqlite_migration::Error),

    #[error("Fel vid läsning eller skrivning av fil: {}", crate::domain::text::io_reason_sv(.0))]
    Io(#[from] std::io::Error),

    #[error("Kunde inte tolka lagrad data (den {}). Kör lagesbild check.", crate::domain::text::json_error_sv(.0))]
    Json(#[from] serde_json::Error),
}

/// SQLite's reason in Swedish for the failures a user meets; others keep SQLite's words.
fn sqlite_reason_sv(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::DatabaseBusy | C::DatabaseLocked) => {
            "databasen är upptagen av ett annat program".into()
        }
        Some(C::DiskFull) => "disken är full".into(),
        Some(C::ReadOnly) => "databasen får inte ändras (skrivskyddad fil eller mapp)".into(),
        Some(C::CannotOpen) => "databasfilen går inte att öppna".into(),
        Some(C::PermissionDenied) => "behörighet saknas".into(),
        Some(C::SystemIoFailure) => "läs- eller skrivfel på disken".into(),
        Some(C::DatabaseCorrupt) => "databasen är skadad".into(),
        Some(C::NotADatabase) => "filen är ingen databas".into(),
        Some(C::OutOfMemory) => "minnet tog slut".into(),
        Some(C::ConstraintViolation) => format!("en regel i databasen bröts ({e})"),
        _ => e.to_string(),
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

use crate::domain::Vocabulary;
