//! The Utbyte screen's messages (answers from the I/O side) and effects (work for it).

use std::path::PathBuf;

use crate::domain::Id;
use crate::exchange::screen::{Choice, ConflictView, Overview};

/// Answers from the I/O side for the Utbyte screen.
#[derive(Debug, Clone)]
pub enum ExchangeMsg {
    Loaded {
        overview: Overview,
        conflicts: Vec<ConflictView>,
        cwd: PathBuf,
    },
    /// A dry run went through: ask before importing.
    Preview { file: PathBuf, text: String },
    /// Something to read that changed nothing (a bundle imported before).
    Notice(String),
    /// The bundle's file is there already: the user is asked before it is replaced.
    ExportExists { partner: String, file: PathBuf },
}

/// Work for the I/O side on the Utbyte screen.
#[derive(Debug, Clone, PartialEq)]
pub enum ExchangeEffect {
    Load {
        all: bool,
        /// The language of the conflicts' labels and values.
        lang: crate::domain::Lang,
    },
    Init {
        name: String,
    },
    Preview(PathBuf),
    Import(PathBuf),
    Export {
        partner: String,
        file: PathBuf,
        /// Replace a file of the same name (only after the user said yes).
        overwrite: bool,
    },
    Resolve {
        id: Id,
        choice: Choice,
    },
}
