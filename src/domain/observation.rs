//! Observations (iakttagelser): what a partner saw or heard of, where and when. Place-based and
//! free of personal data.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use super::entity::entity;
use super::id::Id;
use super::vocab::{DayPeriod, Grade, ObservationSource, ReviewStatus, Severity};
use super::week::IsoWeek;

entity! {
    Observation => Observation {
        reporting_org_id: Id [refers(Organisation)],
        reporter_id: Option<Id> [refers(Participant)],
        event_type_id: Id [refers(EventType)],
        area_id: Id [refers(Area)],
        place_id: Option<Id> [refers(Place)],
        occurred_on: NaiveDate,
        occurred_until: Option<NaiveDate>,
        time_from: Option<NaiveTime>,
        time_to: Option<NaiveTime>,
        /// Used when the exact time is unknown.
        day_period: Option<DayPeriod>,
        reported_at: DateTime<Utc>,
        description: String [free_text],
        grade: Grade,
        severity: Severity,
        count_estimate: Option<i64>,
        source: ObservationSource,
        /// For example the police event id.
        external_ref: Option<String>,
        review_status: ReviewStatus [shared],
        duplicate_of_id: Option<Id> [refers(Observation)],
        /// The reporter saw the personal-data warning and confirmed the text.
        pii_confirmed: bool,
    }
}

impl Observation {
    /// The ISO week it belongs to (derived from the date, never stored separately in the op log).
    pub fn week(&self) -> IsoWeek {
        IsoWeek::of(self.occurred_on)
    }

    /// Above störning: the escalation path must be shown.
    pub fn needs_escalation(&self) -> bool {
        self.severity > Severity::Storning
    }

    /// Whether it counts as a reported event: the one rule behind every count of events the
    /// app shows (the meeting screen, the minutes, the year report). The store's counting
    /// queries use [`ReviewStatus::counts_as_reported`] too.
    pub fn is_reported_event(&self) -> bool {
        self.review_status.counts_as_reported() && self.duplicate_of_id.is_none()
    }
}

impl ReviewStatus {
    /// Struck off (avförd) and duplicate observations are not reported events.
    pub fn counts_as_reported(self) -> bool {
        !matches!(self, ReviewStatus::Avford | ReviewStatus::Dubblett)
    }
}
