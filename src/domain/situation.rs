//! The lägesbild: per period, an assessment of each area.

use chrono::{DateTime, NaiveDate, Utc};

use super::entity::entity;
use super::id::Id;
use super::vocab::{AreaLevel, PictureLevel, PictureStatus, Trend};

entity! {
    SituationPicture => SituationPicture {
        level: PictureLevel,
        period_start: NaiveDate,
        period_end: NaiveDate,
        scope_area_id: Option<Id>,
        meeting_id: Option<Id>,
        summary: String,
        status: PictureStatus,
        established_by: Option<String>,
        established_at: Option<DateTime<Utc>>,
        /// Who receives it (sändlista).
        distribution: String,
    }
}

entity! {
    /// How one area is doing in one lägesbild.
    AreaAssessment => AreaAssessment {
        picture_id: Id,
        area_id: Id,
        level: AreaLevel,
        trend: Trend,
        key_event_type_ids: Vec<Id>,
        text: String,
        is_priority: bool,
        priority_rank: Option<i64>,
        hot_spot_place_ids: Vec<Id>,
    }
}
