//! The document screens' state: lines loaded from the store, a cursor and a filter; a line
//! that shows a record carries it (its kind, id, stored fields and detail).

use serde_json::Value;

use crate::domain::{EntityKind, Id};

/// A screen that shows text lines loaded from the store (agreement, prevention, places).
#[derive(Debug, Clone, Default)]
pub struct TextScreen {
    pub lines: Vec<Line>,
    pub cursor: usize,
    pub filter: String,
    /// At narrow widths the selected record's detail takes the whole screen (Enter toggles).
    pub detail_open: bool,
    /// Whether the lines have come from the store once: until then the screen says it is
    /// loading, not that nothing is entered (on a large copy the first load takes a moment).
    pub loaded: bool,
}

/// The record a line shows.
#[derive(Debug, Clone, PartialEq)]
pub struct LineRecord {
    pub kind: EntityKind,
    pub id: Id,
    /// What a person calls it (its name field, else its short id).
    pub name: String,
    pub active: bool,
    /// The stored record (what an edit form opens with; its parent for a sibling).
    pub stored: Value,
    /// The whole record as a person reads it: (label, value), references by name.
    pub detail: Vec<(String, String)>,
    /// What a record made inside this one gets besides it as its parent (the plan a
    /// problem's new plan item belongs to).
    pub context: Vec<(&'static str, String)>,
}

/// A line of a text screen; `strong` lines are headings, `record` what a key can act on.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub strong: bool,
    pub warn: bool,
    pub record: Option<Box<LineRecord>>,
}

impl Line {
    pub fn heading(text: impl Into<String>) -> Line {
        Line {
            text: text.into(),
            strong: true,
            warn: false,
            record: None,
        }
    }
    pub fn plain(text: impl Into<String>) -> Line {
        Line {
            text: text.into(),
            strong: false,
            warn: false,
            record: None,
        }
    }

    /// The same line, showing `record`.
    pub fn of(self, record: &LineRecord) -> Line {
        Line {
            record: Some(Box::new(record.clone())),
            ..self
        }
    }
}

impl TextScreen {
    /// The lines matching the filter (headings always stay).
    pub fn visible(&self) -> Vec<&Line> {
        let f = self.filter.to_lowercase();
        self.lines
            .iter()
            .filter(|l| f.is_empty() || l.strong || l.text.to_lowercase().contains(&f))
            .collect()
    }

    /// The record of the selected line, if it shows one.
    pub fn selected(&self) -> Option<&LineRecord> {
        self.visible()
            .get(self.cursor)
            .and_then(|l| l.record.as_deref())
    }

    /// Whether any line shows a record (an empty screen says which key starts it).
    pub fn has_records(&self) -> bool {
        self.lines.iter().any(|l| l.record.is_some())
    }
}
