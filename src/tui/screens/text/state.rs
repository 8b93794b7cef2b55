//! The document screens' state: lines loaded from the store, a cursor and a filter.

use crate::domain::Id;

/// A screen that shows text lines loaded from the store (agreement, prevention, places).
#[derive(Debug, Clone, Default)]
pub struct TextScreen {
    pub lines: Vec<Line>,
    pub cursor: usize,
    pub filter: String,
}

/// A line of a text screen; `strong` lines are headings, `record` the id a key can act on.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub strong: bool,
    pub warn: bool,
    pub record: Option<Id>,
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
}
