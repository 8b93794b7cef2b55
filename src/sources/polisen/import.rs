//! Importing a feed response: keep the events of the chosen municipalities and store each once,
//! keyed by the police id. One transaction: either every event lands or none does.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::Utc;
use serde::Serialize;
use serde_json::json;

use super::error::PolisenError;
use super::parse::{FeedEvent, parse_feed};
use super::types::TypeMap;
use crate::domain::municipality::Municipalities;
use crate::domain::{Classification, Id, PoliceEvent};
use crate::store::{Store, Writer};

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    /// Events in the response, for every municipality.
    pub in_feed: usize,
    /// Events of the chosen municipalities.
    pub kept: usize,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Kept events per municipality, as the feed writes it.
    pub per_municipality: BTreeMap<String, usize>,
    /// Kept events whose `type` is none of our event types' aliases, with how many.
    pub unknown_types: BTreeMap<String, usize>,
}

/// The record id of a police event: derived from the police id, so that every copy that
/// imports the same event gets the same record and exchange between partners never doubles it.
pub fn record_id(police_id: i64) -> Id {
    Id::from_name("police_event", &police_id.to_string())
}

/// Reads a saved response and imports it; see [`import_text`].
pub fn import_file(
    store: &mut Store,
    path: &Path,
    municipalities: &Municipalities,
) -> Result<ImportReport, PolisenError> {
    let text = std::fs::read_to_string(path).map_err(|source| PolisenError::ReadFile {
        path: path.to_path_buf(),
        source,
    })?;
    import_text(store, &text, municipalities, &path.display().to_string())
}

/// Imports the events of `municipalities` from a feed response. `source` (file or URL) goes into
/// the audit log. A changed event updates only the changed fields; an unchanged one writes nothing.
pub fn import_text(
    store: &mut Store,
    text: &str,
    municipalities: &Municipalities,
    source: &str,
) -> Result<ImportReport, PolisenError> {
    if municipalities.is_empty() {
        return Err(PolisenError::NoMunicipality);
    }
    let events = parse_feed(text)?;
    let types = TypeMap::load(store)?;
    let mut report = ImportReport {
        in_feed: events.len(),
        ..ImportReport::default()
    };
    let kept: Vec<&FeedEvent> = events
        .iter()
        .filter(|e| municipalities.matches(&e.place))
        .collect();
    store.write(|w| {
        for event in &kept {
            store_event(w, event, &types, &mut report)?;
        }
        w.audit(
            "polisen_import",
            json!({
                "source": source,
                "kommuner": municipalities.names(),
                "in_feed": report.in_feed,
                "kept": report.kept,
                "created": report.created,
                "updated": report.updated,
            }),
        )
    })?;
    Ok(report)
}

fn store_event(
    w: &mut Writer<'_>,
    event: &FeedEvent,
    types: &TypeMap,
    report: &mut ImportReport,
) -> crate::store::Result<()> {
    let id = record_id(event.police_id);
    let existing = w.get::<PoliceEvent>(id)?;
    let event_type_id = types.map(&event.police_type);
    let record = PoliceEvent {
        id,
        // What the user set on the record is theirs: its class and its promotion.
        classification: existing
            .as_ref()
            .map_or(Classification::Oppen, |e| e.classification),
        observation_id: existing.as_ref().and_then(|e| e.observation_id),
        police_id: event.police_id,
        published_at: event.published_at.with_timezone(&Utc),
        incident_at: event.incident_at,
        name: event.name.clone(),
        summary: event.summary.clone(),
        url: event.url.clone(),
        police_type: event.police_type.clone(),
        event_type_id,
        county: event.county().map(str::to_string),
        municipality: event.place.clone(),
        lat: event.lat,
        lon: event.lon,
    };
    match existing {
        None => {
            w.create(&record)?;
            report.created += 1;
        }
        // Compared here first: an unchanged event (the usual case) costs no second read.
        Some(current) if current == record => report.unchanged += 1,
        Some(_) => {
            if w.update(&record)? > 0 {
                report.updated += 1;
            } else {
                report.unchanged += 1;
            }
        }
    }
    report.kept += 1;
    *report
        .per_municipality
        .entry(event.place.clone())
        .or_default() += 1;
    if event_type_id.is_none() {
        *report
            .unknown_types
            .entry(event.police_type.clone())
            .or_default() += 1;
    }
    Ok(())
}
