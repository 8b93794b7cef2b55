//! The user's config file (`config.toml` in the platform's config directory). Everything in it
//! is optional; what it does not name keeps its default.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::domain::Lang;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The database to open when neither `--db` nor `LAGESBILD_DB` says.
    pub db: Option<PathBuf>,
    pub lang: Option<Lang>,
    /// `dark`, `light` or `plain`.
    pub theme: Option<String>,
    /// Enable mouse support in the TUI.
    pub mouse: Option<bool>,
    /// Keymap overrides: `[keys.<mode>] action = "key"`; read by the TUI.
    pub keys: toml::Table,
    /// Minutes title: "Minnesanteckningar" (default), "Mötesanteckningar" or "Protokoll".
    pub minutes_title: Option<String>,
    /// Fetch the police's events feed every N minutes while the TUI is open (off when unset).
    pub polisen_refresh_minutes: Option<u32>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("Inställningsfilen {} kunde inte läsas: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("Inställningsfilen {} har ett fel: {message} Rätta filen eller ta bort raden.", path.display())]
    Parse { path: PathBuf, message: String },
}

/// Where the config file lives.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("se", "lagesbild", "lagesbild")
        .map(|d| d.config_dir().join("config.toml"))
}

impl Config {
    /// Reads the config file; a missing file is an empty config.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let Some(path) = path else {
            return Ok(Config::default());
        };
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(source) => {
                return Err(ConfigError::Read {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        toml::from_str(&text).map_err(|e| ConfigError::Parse {
            path: path.to_path_buf(),
            message: e.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_an_empty_config_and_errors_name_the_file() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("config.toml");
        assert!(Config::load(Some(&path)).is_ok_and(|c| c.db.is_none()));
        std::fs::write(
            &path,
            "lang = \"en\"\nmouse = true\n[keys.global]\nquit = \"q\"\n",
        )
        .expect("write");
        let c = Config::load(Some(&path)).expect("parse");
        assert_eq!(c.lang, Some(Lang::En));
        assert!(c.keys.contains_key("global"));
        std::fs::write(&path, "databas = 1\n").expect("write");
        let err = Config::load(Some(&path))
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("config.toml") && err.contains("databas"),
            "{err}"
        );
    }
}
