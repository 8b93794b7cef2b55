//! Gathers the map's places: every place with coordinates, its count per event type in the
//! period (from `crate::analysis`), through the same gate as every other export, so no place,
//! area or event classified intern is written unless asked for.

use crate::analysis::{Fact, Period, place_types::per_place_and_type};
use crate::domain::{Classification, EventType, Id, Lang, Place};
use crate::i18n::{said, t};
use crate::report::error::{ReportError, Result};
use crate::report::names::Names;
use crate::report::safety::Gate;
use crate::store::Store;

#[derive(Debug, Clone)]
pub struct PlacePoint {
    pub id: Id,
    pub name: String,
    pub area: String,
    /// The `place_kind` code ("torg", "hallplats").
    pub kind: String,
    pub lon: f64,
    pub lat: f64,
    /// Per event type, in the order of [`MapModel::event_types`].
    pub counts: Vec<u32>,
}

impl PlacePoint {
    pub fn total(&self) -> u32 {
        self.counts.iter().sum()
    }
}

#[derive(Debug, Clone)]
pub struct MapModel {
    pub name: String,
    /// `2026-T3`.
    pub period: String,
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
    /// The strictest classification of what went in ("Informationsklass: BEGRÄNSAD …").
    pub stamp: String,
    /// (code, label) of every event type counted, in the taxonomy's order.
    pub event_types: Vec<(String, String)>,
    pub points: Vec<PlacePoint>,
    /// Names of places left out for want of (valid) coordinates.
    pub without_coordinates: Vec<String>,
    /// Events of the period that have no place.
    pub without_place: usize,
    pub internal_left_out: usize,
}

/// WGS84 degrees that are numbers and on the globe; anything else is treated as missing.
fn coordinates(p: &Place) -> Option<(f64, f64)> {
    let (lat, lon) = (p.lat?, p.lon?);
    (lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0)
        .then_some((lon, lat))
}

/// The event types `wanted` names (by code or label, any case); all when it is empty.
fn chosen_types(all: &[EventType], wanted: &[String]) -> Result<Vec<EventType>> {
    if wanted.is_empty() {
        return Ok(all.to_vec());
    }
    let mut chosen = Vec::new();
    for w in wanted {
        let key = w.trim().to_lowercase();
        let found = all.iter().find(|e| {
            e.code.to_lowercase() == key
                || e.label_sv.to_lowercase() == key
                || e.label_en.to_lowercase() == key
        });
        match found {
            Some(e) if !chosen.iter().any(|c: &EventType| c.id == e.id) => chosen.push(e.clone()),
            Some(_) => {}
            None => {
                let valid: Vec<&str> = all.iter().map(|e| e.code.as_str()).collect();
                return Err(ReportError::NotFound(said!(
                    "map-unknown-type",
                    name = w.as_str(),
                    valid = valid.join(", ")
                )));
            }
        }
    }
    Ok(chosen)
}

impl MapModel {
    pub fn gather(
        store: &Store,
        period: &Period,
        types: &[String],
        include_internal: bool,
        lang: Lang,
    ) -> Result<MapModel> {
        let mut gate = Gate::for_store(store, include_internal)?;
        let names = Names::load(store)?;
        let mut all_types: Vec<EventType> = names.event_types.values().cloned().collect();
        all_types.sort_by(|a, b| a.sort.cmp(&b.sort).then_with(|| a.code.cmp(&b.code)));
        let mut event_types = chosen_types(&all_types, types)?;
        let wanted: Vec<Id> = event_types.iter().map(|e| e.id).collect();
        let explicit = !types.is_empty();
        let facts: Vec<Fact> = store
            .analysis_facts(period.from, period.to)?
            .into_iter()
            .filter(|f| wanted.contains(&f.event_type_id) && gate.admit(f.classification))
            .collect();
        let counts = per_place_and_type(&facts);
        // Every type asked for, else those in use or with events: the same columns for all.
        event_types.retain(|e| {
            explicit || e.active || counts.values().any(|by_type| by_type.contains_key(&e.id))
        });
        event_types.retain(|e| gate.admit(e.classification));

        let mut places: Vec<&Place> = names.places.values().collect();
        places.sort_by(|a, b| crate::store::collation::compare_sv(&a.name, &b.name));
        let mut points = Vec::new();
        let mut without_coordinates = Vec::new();
        for place in places {
            let by_type = counts.get(&place.id);
            if !place.active && by_type.is_none() {
                continue;
            }
            let area = names.areas.get(&place.area_id);
            let area_class = area.map_or(Classification::Oppen, |a| a.classification);
            if !gate.admit(place.classification) || !gate.admit(area_class) {
                continue;
            }
            let Some((lon, lat)) = coordinates(place) else {
                without_coordinates.push(place.name.clone());
                continue;
            };
            points.push(PlacePoint {
                id: place.id,
                name: place.name.clone(),
                area: area.map(|a| a.name.clone()).unwrap_or_default(),
                kind: place.kind.clone(),
                lon,
                lat,
                counts: event_types
                    .iter()
                    .map(|e| by_type.and_then(|c| c.get(&e.id)).copied().unwrap_or(0))
                    .collect(),
            });
        }
        Ok(MapModel {
            name: format!("lagesbild-platser-{}", period.code()),
            period: period.code(),
            from: period.from,
            to: period.to,
            stamp: gate.stamp(lang),
            event_types: event_types
                .iter()
                .map(|e| (e.code.clone(), e.label(lang).to_string()))
                .collect(),
            points,
            without_coordinates,
            without_place: facts.iter().filter(|f| f.place_id.is_none()).count(),
            internal_left_out: gate.internal_left_out(),
        })
    }

    /// What the person exporting should know: places and events not on the map.
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        if !self.without_coordinates.is_empty() {
            out.push(t!(
                lang,
                "map-no-coordinates",
                count = self.without_coordinates.len(),
                places = self.without_coordinates.join(", ")
            ));
        }
        if self.without_place > 0 {
            out.push(t!(lang, "map-without-place", count = self.without_place));
        }
        if self.internal_left_out > 0 {
            out.push(t!(
                lang,
                "map-internal-left-out",
                count = self.internal_left_out
            ));
        }
        out
    }
}
