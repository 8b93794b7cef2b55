//! Lägesbild: the filter, the paged list of observations, the overview and the police's events.

use crate::domain::Id;
use crate::store::queries::observations::ObservationRow;
use crate::tui::widgets::paged::Paged;

/// The Lägesbild screen's filters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ObsFilter {
    pub text: String,
    pub review_queue: bool,
    pub escalated_only: bool,
    /// Only rows whose text may hold personal data (the list's mark).
    pub personal_data_only: bool,
    /// The deleted observations instead of the live ones: where a purge is done.
    pub deleted: bool,
    pub area: Option<Id>,
    pub week: Option<crate::domain::IsoWeek>,
}

/// The area × week overview: counts for the last weeks per area.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overview {
    pub weeks: Vec<crate::domain::IsoWeek>,
    /// (area name, counts per week, latest assessment level and trend).
    pub rows: Vec<OverviewRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OverviewRow {
    pub area: String,
    pub counts: Vec<usize>,
    pub level: Option<crate::domain::AreaLevel>,
    pub trend: Option<crate::domain::Trend>,
}

#[derive(Debug, Clone, Default)]
pub struct ObsState {
    pub filter: ObsFilter,
    pub list: Paged<ObservationRow>,
    /// The list's total is a lower bound (counting was skipped while typing a filter).
    pub more: bool,
    pub show_overview: bool,
    pub overview: Overview,
    /// The loaded duplicates' originals: (duplicate, "Dubblett av 2026-11-17 …").
    pub originals: Vec<(Id, crate::tui::screens::situation::duplicate::Original)>,
    /// The police's open events of the week (toggled with `p`).
    pub police: crate::tui::screens::situation::police::PoliceState,
}
