//! The user's config file (`config.toml` in the platform's config directory). Everything in it
//! is optional; what it does not name keeps its default.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::domain::Lang;
use crate::i18n::{Localized, t};

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

/// `Display` is Swedish; [`Localized::message`] says it in any language
/// (`data/i18n/*/errors-config.ftl`).
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{}", self.message(Lang::Sv))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", self.message(Lang::Sv))]
    Parse { path: PathBuf, problem: Problem },
}

/// What is wrong in the file, and where (line and column, from 1) when the parser knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: Option<(usize, usize)>,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    UnknownSetting(String),
    UnknownValue(String),
    WrongType,
    Twice,
    Syntax,
}

impl Localized for ConfigError {
    fn message(&self, lang: Lang) -> String {
        match self {
            ConfigError::Read { path, source } => t!(
                lang,
                "error-config-read",
                path = path.display().to_string(),
                reason = crate::domain::text::io_reason(source, lang)
            ),
            ConfigError::Parse { path, problem } => t!(
                lang,
                "error-config-parse",
                path = path.display().to_string(),
                problem = problem.message(lang)
            ),
        }
    }
}

impl Localized for Problem {
    fn message(&self, lang: Lang) -> String {
        let reason = match &self.kind {
            ProblemKind::UnknownSetting(name) => {
                t!(lang, "error-config-unknown-setting", name = name.as_str())
            }
            ProblemKind::UnknownValue(value) => {
                t!(lang, "error-config-unknown-value", value = value.as_str())
            }
            ProblemKind::WrongType => t!(lang, "error-config-wrong-type"),
            ProblemKind::Twice => t!(lang, "error-config-twice"),
            ProblemKind::Syntax => t!(lang, "error-config-syntax"),
        };
        match self.at {
            Some((line, column)) => t!(
                lang,
                "error-config-at",
                line = line,
                column = column,
                reason = reason
            ),
            None => reason,
        }
    }
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
            problem: problem(&text, &e),
        })
    }
}

/// Where in the file and why: the toml crate (and serde beneath it) words its errors in
/// English, so only their position and the name they quote are taken from them.
fn problem(text: &str, e: &toml::de::Error) -> Problem {
    let at = e.span().map(|span| {
        let before = &text[..span.start.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, column)
    });
    let message = e.message();
    // serde quotes the name it means in backticks: "unknown field `databas`, expected …".
    let quoted = message.split('`').nth(1).unwrap_or_default().to_string();
    let kind = if message.starts_with("unknown field") {
        ProblemKind::UnknownSetting(quoted)
    } else if message.starts_with("unknown variant") {
        ProblemKind::UnknownValue(quoted)
    } else if message.starts_with("invalid type") || message.starts_with("invalid value") {
        ProblemKind::WrongType
    } else if message.starts_with("duplicate key") || message.contains("duplicate") {
        ProblemKind::Twice
    } else {
        ProblemKind::Syntax
    };
    Problem { at, kind }
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

    /// The toml crate's English ("unknown field", "invalid type", "expected") is replaced by a
    /// Swedish reason with the line and column it points at.
    #[test]
    fn errors_are_swedish_with_line_and_column() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("config.toml");
        let error_for = |text: &str| {
            std::fs::write(&path, text).expect("write");
            Config::load(Some(&path))
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        let cases = [
            ("lang = \"sv\"\ndatabas = 1\n", "rad 2, tecken 1", "databas"),
            ("mouse = \"ja\"\n", "rad 1, tecken 9", "fel form"),
            ("lang = \"fr\"\n", "rad 1", "”fr”"),
            ("\n\ntheme = \n", "rad 3", "namn = värde"),
            ("mouse = true\nmouse = false\n", "rad 2", "mer än en gång"),
        ];
        for (text, at, reason) in cases {
            let err = error_for(text);
            assert!(err.contains(at) && err.contains(reason), "{text:?}: {err}");
            for english in ["unknown", "invalid", "expected", "duplicate", "found"] {
                assert!(!err.contains(english), "{text:?}: {err}");
            }
        }
    }
}
