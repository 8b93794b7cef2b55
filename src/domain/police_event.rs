//! A raw record of the police's open events feed, kept as received.

use chrono::{DateTime, NaiveDateTime, Utc};

use super::entity::entity;
use super::id::Id;

entity! {
    PoliceEvent => PoliceEvent {
        /// The feed's own id.
        police_id: i64,
        /// `datetime`: when the police published it.
        published_at: DateTime<Utc>,
        /// The incident time parsed from `name` (local time), when it could be parsed.
        incident_at: Option<NaiveDateTime>,
        name: String [name],
        summary: String,
        /// Full URL on polisen.se.
        url: String,
        /// The feed's `type`, as received.
        police_type: String,
        /// Our event type, when the type is a known alias.
        event_type_id: Option<Id> [refers(EventType)],
        county: Option<String>,
        municipality: String,
        lat: Option<f64>,
        lon: Option<f64>,
        /// The observation it was promoted to.
        observation_id: Option<Id> [refers(Observation)],
    }
}

impl super::entity::FieldValue for NaiveDateTime {
    const TYPE: super::entity::FieldType = super::entity::FieldType::Text;
    const EXPECTS: &'static str = "expects-local-timestamp";
}
