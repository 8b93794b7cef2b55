//! Writes the map's places as a GeoJSON FeatureCollection (RFC 7946): one Point per place,
//! longitude first, WGS84, with the same attributes on every feature (a GIS builds one table
//! from them): the place, its area, the count per event type (by code) and the total. Nothing
//! else: no free text, no people.

use serde_json::{Map, Value, json};

use super::model::MapModel;
use crate::report::error::{ReportError, Result};

/// Six decimals: about 0.1 m, as RFC 7946 §11.2 advises (more only pretends precision).
fn coordinate(x: f64) -> Value {
    json!((x * 1e6).round() / 1e6)
}

/// The attribute name of an event type's count: its code, which is stable and ASCII.
pub fn count_key(code: &str) -> String {
    format!("antal_{code}")
}

pub fn write(model: &MapModel) -> Result<Vec<u8>> {
    let features: Vec<Value> = model
        .points
        .iter()
        .map(|p| {
            let mut properties = Map::new();
            properties.insert("plats".into(), p.name.clone().into());
            properties.insert("omrade".into(), p.area.clone().into());
            properties.insert("platstyp".into(), p.kind.clone().into());
            properties.insert("period".into(), model.period.clone().into());
            for ((code, _), n) in model.event_types.iter().zip(&p.counts) {
                properties.insert(count_key(code), (*n).into());
            }
            properties.insert("antal_totalt".into(), p.total().into());
            json!({
                "type": "Feature",
                "id": p.id.to_string(),
                "geometry": {
                    "type": "Point",
                    "coordinates": [coordinate(p.lon), coordinate(p.lat)],
                },
                "properties": properties,
            })
        })
        .collect();
    let event_types: Map<String, Value> = model
        .event_types
        .iter()
        .map(|(code, label)| (count_key(code), Value::from(label.clone())))
        .collect();
    // Foreign members (RFC 7946 §6.1) say what the file is; GIS programs ignore them.
    let collection = json!({
        "type": "FeatureCollection",
        "name": model.name,
        "lagesbild": {
            "period": model.period,
            "fran": model.from.to_string(),
            "till": model.to.to_string(),
            "informationsklass": model.stamp,
            "handelsetyper": event_types,
        },
        "features": features,
    });
    let mut out =
        serde_json::to_vec_pretty(&collection).map_err(|e| ReportError::encode("GeoJSON", e))?;
    out.push(b'\n');
    Ok(out)
}
