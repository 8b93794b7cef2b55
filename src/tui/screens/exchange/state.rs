//! The Utbyte screen's state and forms: partner exchange through `exchange::screen`,
//! `exchange::import` and `exchange::export`.

use std::path::PathBuf;

use crate::exchange::screen::{ConflictView, Overview, PartnerView};

/// What the Utbyte screen holds between loads.
#[derive(Debug, Clone, Default)]
pub struct ExchangeState {
    /// None until the first load.
    pub overview: Option<Overview>,
    pub conflicts: Vec<ConflictView>,
    /// The selected partner in the main view.
    pub cursor: usize,
    /// The selected conflict in the conflict view.
    pub conflict_cursor: usize,
    /// The conflict view instead of the overview.
    pub show_conflicts: bool,
    /// Settled conflicts too.
    pub all_conflicts: bool,
    /// Where file names start (the current directory, read once by the I/O side).
    pub cwd: Option<PathBuf>,
}

impl ExchangeState {
    pub fn partners(&self) -> &[PartnerView] {
        self.overview
            .as_ref()
            .map(|o| o.partners.as_slice())
            .unwrap_or_default()
    }

    pub fn selected_partner(&self) -> Option<&PartnerView> {
        self.partners().get(self.cursor)
    }

    pub fn selected_conflict(&self) -> Option<&ConflictView> {
        self.conflicts.get(self.conflict_cursor)
    }

    pub fn has_identity(&self) -> bool {
        self.overview.as_ref().is_some_and(|o| o.identity.is_some())
    }
}

/// The forms of the Utbyte screen.
#[derive(Debug, Clone, PartialEq)]
pub enum ExchangeForm {
    /// This copy's partner identity (`exchange::partner::init`).
    Init,
    /// A bundle file to preview and import.
    Import,
    /// A bundle for this trusted partner.
    Export { partner: String },
}
