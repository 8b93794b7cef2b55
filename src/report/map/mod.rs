//! The municipality's places as GeoJSON for its GIS (QGIS, ArcGIS):
//! `lagesbild report map --period 2026-T3 [--type …]`. One point per place with coordinates,
//! its count per event type in the period and the total; no free text, nothing intern.

pub mod geojson;
pub mod model;

use super::{Options, Result};
use crate::analysis::Period;
use crate::store::Store;

/// The file and what to tell the person exporting (places without coordinates …).
pub struct MapFile {
    pub bytes: Vec<u8>,
    pub messages: Vec<String>,
    /// `2026-T3`.
    pub period: String,
}

pub fn export(
    store: &Store,
    period: &Period,
    types: &[String],
    options: &Options,
) -> Result<MapFile> {
    let model =
        model::MapModel::gather(store, period, types, options.include_internal, options.lang)?;
    Ok(MapFile {
        bytes: geojson::write(&model)?,
        messages: model.messages(options.lang),
        period: model.period,
    })
}

/// `lagesbild-platser-2026-T3.geojson`.
pub fn file_name(period: &Period) -> String {
    format!("lagesbild-platser-{}.geojson", period.code())
}
