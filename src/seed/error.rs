//! The seed module's errors, in Swedish. A broken embedded file means a broken build, but it is
//! still reported as an error, never a panic.

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error(transparent)]
    Store(#[from] StoreError),

    #[error(
        "Den inbyggda filen {file} kunde inte tolkas: {source}. Programmet är felaktigt byggt; installera om lagesbild eller kontakta den som byggt det."
    )]
    Toml {
        file: &'static str,
        #[source]
        source: toml::de::Error,
    },

    #[error(
        "Den inbyggda filen {file} innehåller ett fel: {detail}. Programmet är felaktigt byggt; installera om lagesbild eller kontakta den som byggt det."
    )]
    Data { file: &'static str, detail: String },

    #[error(
        "Demodata är redan inläst i den här databasen ({when}). Vill du börja om med demodata, starta lagesbild med en ny databas (--db NY_FIL)."
    )]
    DemoAlreadyLoaded { when: String },

    #[error("Antalet år med demodata måste vara mellan 1 och {max}, inte {given}.")]
    InvalidYears { given: u32, max: u32 },

    #[error("Inläsningen av demodata avbröts. Inget sparades; databasen är som förut.")]
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
