//! What the lägesbild shows beyond lists: events counted per week, area, place, event type and
//! time of day over a period, and the proposed priority areas. Pure functions over the period's
//! reported events (`Store::analysis_facts`), shared by the Möte dashboard, the Analys screen,
//! the map and the weekly and GeoJSON reports, so they can never count differently.
//!
//! Layering: `tui` / `report` → `analysis` → `store` → `domain`.

pub mod area_tree;
pub mod filter;
pub mod heat;
pub mod hot_spots;
pub mod matrix;
pub mod period;
pub mod score;
pub mod weekly;

pub use area_tree::AreaTree;
pub use filter::Filter;
pub use heat::HeatMap;
pub use hot_spots::hot_spots;
pub use matrix::TypeAreaMatrix;
pub use period::{Period, PeriodKind, PeriodParseError};
pub use score::{AreaScore, priority_scores};
pub use weekly::{AreaSeries, weekly_by_area, weekly_total};

pub use crate::store::queries::facts::{AreaLink, Fact};

#[cfg(test)]
pub(crate) mod tests {
    use chrono::NaiveDate;

    use super::Fact;
    use crate::domain::{Classification, Grade, Id, Severity};

    /// An ordinary event in `area` on `day` (YYYY-MM-DD), of one fixed event type.
    pub(crate) fn fact(area: crate::domain::Id, day: &str) -> Fact {
        Fact {
            area_id: area,
            place_id: None,
            event_type_id: Id::from_name("test", "event-type"),
            occurred_on: day.parse().unwrap_or(NaiveDate::MIN),
            day_period: None,
            grade: Grade::Medel,
            severity: Severity::Storning,
            classification: Classification::Begransad,
        }
    }
}
