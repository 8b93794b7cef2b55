//! The register screen's state: which list, its rows (each with its detail) and the cursor.

use serde_json::Value;

use crate::domain::{EntityKind, Id};
use crate::tui::screens::register::words;

/// The lists of the register, in the order a new municipality fills them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Section {
    #[default]
    Areas,
    Places,
    Organisations,
    /// The functions at the organisations (trygghetssamordnare, kommunpolis), never people.
    Participants,
    EventTypes,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::Areas,
        Section::Places,
        Section::Organisations,
        Section::Participants,
        Section::EventTypes,
    ];

    pub fn kind(self) -> EntityKind {
        match self {
            Section::Areas => EntityKind::Area,
            Section::Places => EntityKind::Place,
            Section::Organisations => EntityKind::Organisation,
            Section::Participants => EntityKind::Participant,
            Section::EventTypes => EntityKind::EventType,
        }
    }

    /// The spreadsheet template of the list's records, where there is one.
    pub fn sheet_kind(self) -> Option<crate::sheets::SheetKind> {
        use crate::sheets::SheetKind;
        match self {
            Section::Areas => Some(SheetKind::Areas),
            Section::Places => Some(SheetKind::Places),
            Section::Organisations => Some(SheetKind::Organisations),
            Section::Participants | Section::EventTypes => None,
        }
    }

    pub fn title(self, lang: crate::domain::Lang) -> &'static str {
        words::section(self, lang)
    }

    /// The next (or previous, `step` -1) list, wrapping.
    pub fn step(self, step: isize) -> Section {
        let n = Section::ALL.len() as isize;
        let i = Section::ALL.iter().position(|s| *s == self).unwrap_or(0) as isize;
        Section::ALL[(i + step).rem_euclid(n) as usize]
    }
}

/// One record of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: Id,
    pub name: String,
    /// An area's depth in the tree (0 for the others).
    pub depth: usize,
    /// What the list shows after the name (kind, code …).
    pub note: String,
    pub active: bool,
    /// The whole record as a person reads it: (label, value), references by name.
    pub detail: Vec<(String, String)>,
    /// The stored record (what an edit form opens with).
    pub record: Value,
}

#[derive(Debug, Clone, Default)]
pub struct RegisterState {
    pub section: Section,
    pub rows: Vec<Row>,
    pub cursor: usize,
    /// What is typed to narrow the list (`f`): rows whose name or note hold it.
    pub filter: String,
    /// How far the copy is set up (the checklist); `None` until first counted, when no
    /// checklist shows (it would say "nothing yet").
    pub setup: Option<crate::tui::screens::register::setup::Setup>,
    /// The section's rows have arrived (until then the list says it is loading, not empty).
    pub loaded: bool,
}

impl RegisterState {
    pub fn selected(&self) -> Option<&Row> {
        self.visible().get(self.cursor).copied()
    }

    /// The rows the filter leaves (every row while it is empty).
    pub fn visible(&self) -> Vec<&Row> {
        let wanted = self.filter.trim().to_lowercase();
        self.rows
            .iter()
            .filter(|r| {
                wanted.is_empty()
                    || r.name.to_lowercase().contains(&wanted)
                    || r.note.to_lowercase().contains(&wanted)
            })
            .collect()
    }
}
