//! Promoting a police event to an observation on a place or area, so it enters the lägesbild
//! like a partner's report (source: polisens öppna data), linked both ways.

use chrono::Utc;

use super::error::PolisenError;
use crate::domain::pii;
use crate::domain::{
    Classification, EntityKind, Grade, Id, Observation, ObservationSource, Place, PoliceEvent,
    ReviewStatus, Severity,
};
use crate::store::Store;

/// Where the observation goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Place(Id),
    Area(Id),
}

/// What the user chose when promoting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Promotion {
    pub target: Target,
    /// The organisation the observation is registered by (the own organisation).
    pub organisation: Id,
    /// Needed when the police type maps to none of our event types; overrides the mapping.
    pub event_type: Option<Id>,
    /// The user saw the personal-data warning for the summary and wants it in anyway.
    pub confirm_personal_data: bool,
}

/// Creates the observation and links it on the police event, in one transaction. Refused when
/// the event is already promoted (to an observation that still exists).
pub fn promote(
    store: &mut Store,
    police_id: i64,
    promotion: &Promotion,
) -> Result<Id, PolisenError> {
    let event = store
        .police_event_by_police_id(police_id)?
        .ok_or(PolisenError::NoSuchEvent(police_id))?;
    if let Some(obs) = event.observation_id
        && !store.is_deleted(EntityKind::Observation, obs)?
    {
        return Err(PolisenError::AlreadyPromoted {
            police_id,
            observation: obs.to_string(),
        });
    }
    let event_type_id = promotion
        .event_type
        .or(event.event_type_id)
        .ok_or_else(|| PolisenError::UnknownType {
            police_id,
            police_type: event.police_type.trim().to_string(),
        })?;
    // The summary becomes the observation's description: the same personal-data rule applies.
    let warning = pii::warning_sv(&pii::lint(&event.summary));
    if let Some(warning) = &warning
        && !promotion.confirm_personal_data
    {
        return Err(PolisenError::PersonalData {
            police_id,
            warning: warning.clone(),
        });
    }
    let (area_id, place_id) = match promotion.target {
        Target::Place(place) => (store.require::<Place>(place)?.area_id, Some(place)),
        Target::Area(area) => (area, None),
    };
    let mut observation = observation_from(
        &event,
        area_id,
        place_id,
        event_type_id,
        promotion.organisation,
    );
    // The user saw the warning and confirmed the text.
    observation.pii_confirmed = warning.is_some();
    let obs_id = observation.id;
    store.write(|w| {
        w.create(&observation)?;
        w.set(EntityKind::PoliceEvent, event.id, "observation_id", obs_id)?;
        Ok(())
    })?;
    Ok(obs_id)
}

fn observation_from(
    event: &PoliceEvent,
    area_id: Id,
    place_id: Option<Id>,
    event_type_id: Id,
    organisation: Id,
) -> Observation {
    let local_published = crate::domain::swedish_time::from_utc(&event.published_at);
    let occurred = event.incident_at.unwrap_or(local_published);
    Observation {
        id: Id::new(),
        // The lägesbild's usual class; the text itself is public, so the user may open it up.
        classification: Classification::default(),
        reporting_org_id: organisation,
        reporter_id: None,
        event_type_id,
        area_id,
        place_id,
        occurred_on: occurred.date(),
        occurred_until: None,
        time_from: event.incident_at.map(|t| t.time()),
        time_to: None,
        day_period: None,
        reported_at: Utc::now(),
        description: event.summary.clone(),
        grade: Grade::Medel,
        severity: Severity::Storning,
        count_estimate: None,
        source: ObservationSource::PolisensOppnaData,
        external_ref: Some(event.police_id.to_string()),
        review_status: ReviewStatus::Ny,
        duplicate_of_id: None,
        pii_confirmed: false,
    }
}
