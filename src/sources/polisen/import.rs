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
use crate::store::Store;

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

/// Reads a saved response (a regular file, at most [`super::MAX_FEED_BYTES`]) as text.
pub fn read_file(path: &Path) -> Result<String, PolisenError> {
    let bytes = crate::files::read_limited(path, super::MAX_FEED_BYTES)?;
    String::from_utf8(bytes).map_err(|_| PolisenError::ReadFile {
        path: path.to_path_buf(),
        source: std::io::ErrorKind::InvalidData.into(),
    })
}

/// Reads a saved response and imports it; see [`import_text`].
pub fn import_file(
    store: &mut Store,
    path: &Path,
    municipalities: &Municipalities,
) -> Result<ImportReport, PolisenError> {
    let text = read_file(path)?;
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
    let (events, types, mut report) = prepare(store, text, municipalities)?;
    store.write(|w| {
        for event in events.iter().filter(|e| municipalities.matches(&e.place)) {
            let existing = w.get::<PoliceEvent>(record_id(event.police_id))?;
            let record = record_for(existing.as_ref(), event, &types);
            match &existing {
                None => {
                    w.create(&record)?;
                }
                Some(current) if *current != record => {
                    w.update(&record)?;
                }
                Some(_) => {}
            }
            tally(&mut report, event, existing.as_ref(), &record);
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

/// What [`import_text`] would do with the type mapping `types`, without writing anything: for
/// a preview before importing.
pub fn preview_text(
    store: &Store,
    text: &str,
    municipalities: &Municipalities,
    types: &TypeMap,
) -> Result<ImportReport, PolisenError> {
    let (events, _, mut report) = prepare(store, text, municipalities)?;
    for event in events.iter().filter(|e| municipalities.matches(&e.place)) {
        let existing = store.get::<PoliceEvent>(record_id(event.police_id))?;
        let record = record_for(existing.as_ref(), event, types);
        tally(&mut report, event, existing.as_ref(), &record);
    }
    Ok(report)
}

/// Parses the response and loads the type mapping: everything that can fail before writing.
fn prepare(
    store: &Store,
    text: &str,
    municipalities: &Municipalities,
) -> Result<(Vec<FeedEvent>, TypeMap, ImportReport), PolisenError> {
    if municipalities.is_empty() {
        return Err(PolisenError::NoMunicipality);
    }
    let events = parse_feed(text)?;
    let types = TypeMap::load(store)?;
    let report = ImportReport {
        in_feed: events.len(),
        ..ImportReport::default()
    };
    Ok((events, types, report))
}

/// The record an event becomes, keeping what the user set on an existing one.
fn record_for(existing: Option<&PoliceEvent>, event: &FeedEvent, types: &TypeMap) -> PoliceEvent {
    PoliceEvent {
        id: record_id(event.police_id),
        // What the user set on the record is theirs: its class and its promotion.
        classification: existing.map_or(Classification::Oppen, |e| e.classification),
        observation_id: existing.and_then(|e| e.observation_id),
        police_id: event.police_id,
        published_at: event.published_at.with_timezone(&Utc),
        incident_at: event.incident_at,
        name: event.name.clone(),
        summary: event.summary.clone(),
        url: event.url.clone(),
        police_type: event.police_type.clone(),
        event_type_id: types.map(&event.police_type),
        county: event.county().map(str::to_string),
        municipality: event.place.clone(),
        lat: event.lat,
        lon: event.lon,
    }
}

fn tally(
    report: &mut ImportReport,
    event: &FeedEvent,
    existing: Option<&PoliceEvent>,
    record: &PoliceEvent,
) {
    match existing {
        None => report.created += 1,
        Some(current) if current != record => report.updated += 1,
        Some(_) => report.unchanged += 1,
    }
    report.kept += 1;
    *report
        .per_municipality
        .entry(event.place.clone())
        .or_default() += 1;
    if record.event_type_id.is_none() {
        *report
            .unknown_types
            .entry(event.police_type.clone())
            .or_default() += 1;
    }
}
