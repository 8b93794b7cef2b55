//! The Analys screen's state: which period, which filter, which view, and the loaded
//! view-models (`model::AnalysisData`), which the view only draws.

use chrono::NaiveDate;

use crate::analysis::{Period, PeriodKind};
use crate::domain::Id;
use crate::tui::screens::analysis::model::AnalysisData;

/// The kinds of period the screen steps through (`t` cycles them).
pub const KINDS: [PeriodKind; 3] = [PeriodKind::Tertial, PeriodKind::Quarter, PeriodKind::Year];

/// The areas and event types the counts keep (empty: all).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnalysisFilter {
    pub areas: Vec<Id>,
    pub event_types: Vec<Id>,
}

impl AnalysisFilter {
    pub fn is_empty(&self) -> bool {
        self.areas.is_empty() && self.event_types.is_empty()
    }
}

/// The overview of the period, or its map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AnalysisView {
    #[default]
    Overview,
    Map,
}

#[derive(Debug, Clone, Default)]
pub struct AnalysisState {
    /// The period shown; None until the screen is first opened (then: the tertial of today).
    pub period: Option<Period>,
    pub filter: AnalysisFilter,
    pub view: AnalysisView,
    /// The selected row of the ranked areas (`data.scores`): highlighted on the map too.
    pub cursor: usize,
    /// None until the first load arrives.
    pub data: Option<Box<AnalysisData>>,
}

impl AnalysisState {
    /// The period shown, or the tertial of `today` before the first choice.
    pub fn period_or(&self, today: NaiveDate) -> Period {
        self.period
            .unwrap_or_else(|| Period::containing(PeriodKind::Tertial, today))
    }

    /// A load for the period and filter shown has not answered yet (the data is older).
    pub fn is_loading(&self, today: NaiveDate) -> bool {
        self.data
            .as_ref()
            .is_none_or(|d| d.period != self.period_or(today) || d.filter != self.filter)
    }

    /// The area under the cursor, if the ranking has any.
    pub fn selected_area(&self) -> Option<Id> {
        self.data
            .as_ref()
            .and_then(|d| d.scores.get(self.cursor))
            .map(|s| s.area_id)
    }
}

/// The next kind of period after `kind` in `KINDS` (a kind not there starts them).
pub fn next_kind(kind: PeriodKind) -> PeriodKind {
    let i = KINDS.iter().position(|k| *k == kind).map_or(0, |i| i + 1);
    KINDS[i % KINDS.len()]
}
