//! Files on disk: the one safe way to write a file the app produces, the one way to read a file
//! someone handed us, and the names of the files that belong to a database.
//!
//! - [`database_files`]: the database's companions (`-wal`, `-shm`, lock, key) and its backups,
//!   which no output may ever land on;
//! - [`write`]: temp file beside the target, created exclusively, synced, then renamed; no
//!   silent overwrite;
//! - [`read`]: regular files only, and never more than a limit.
//!
//! Below `store` in the layers (the store's backups are written through it); no SQL here.

pub mod database_files;
pub mod read;
pub mod write;

use std::path::PathBuf;

pub use read::read_limited;
pub use write::{WriteOptions, write_file, write_with};

/// What can go wrong with a file. Every message says what happened and what to do.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error(
        "Filen {} finns redan och skrivs inte över. Välj ett annat filnamn, eller (på kommandoraden) lägg till --overwrite för att ersätta den.",
        path.display()
    )]
    Exists { path: PathBuf },

    #[error("{} är en mapp. Ange ett filnamn, till exempel {}.", path.display(), path.join("fil").display())]
    Directory { path: PathBuf },

    #[error(
        "{} är {what} och skrivs inte över. Välj ett annat filnamn (till exempel i mappen Dokument).",
        path.display()
    )]
    Protected { path: PathBuf, what: &'static str },

    #[error(
        "{} är inte en vanlig fil (utan till exempel en enhet, en namngiven pipe eller en mapp). Ange sökvägen till en fil.",
        path.display()
    )]
    NotRegular { path: PathBuf },

    #[error(
        "Filen {} är {} MB, större än de {} MB som tas emot. Kontrollera att det är rätt fil.",
        path.display(), size / 1_000_000, limit / 1_000_000
    )]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },

    #[error("Kunde inte läsa filen {}: den finns inte. Kontrollera sökvägen.", path.display())]
    Missing { path: PathBuf },

    #[error(
        "Kunde inte skriva {} ({}). Kontrollera att mappen finns, att det finns plats på disken, att du får skriva där och att filen inte är öppen i ett annat program.",
        path.display(), crate::domain::text::io_reason_sv(source)
    )]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error(
        "Kunde inte läsa {} ({}). Kontrollera sökvägen och att du får läsa filen.",
        path.display(), crate::domain::text::io_reason_sv(source)
    )]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
}
