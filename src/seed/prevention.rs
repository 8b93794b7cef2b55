//! The demo's preventive measures (`data/demo/prevention.toml`) under the preventionsstjärnan.

use serde::Deserialize;

use super::batch::Batch;
use super::error::SeedError;
use super::source;
use super::world::{World, demo_id};
use crate::domain::{Classification, MeasureStatus, PreventionLevel, PreventiveMeasure};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PreventionFile {
    measure: Vec<MeasureDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureDef {
    code: String,
    title: String,
    description: String,
    responsible: String,
    unit: String,
    target_group: String,
    level: PreventionLevel,
    themes: Vec<String>,
    factors: Vec<String>,
    status: MeasureStatus,
    last_follow_up_on: Option<String>,
}

pub(crate) fn collect(world: &World, b: &mut Batch) -> Result<(), SeedError> {
    let r = world.refs(source::DEMO_PREVENTION.name);
    let f: PreventionFile = source::DEMO_PREVENTION.parse()?;
    for m in &f.measure {
        b.measures.push(PreventiveMeasure {
            id: demo_id("preventive_measure", &m.code),
            classification: Classification::Oppen,
            title: m.title.clone(),
            description: m.description.clone(),
            responsible_org_id: Some(r.org(&m.responsible)?),
            responsible_unit: m.unit.clone(),
            target_group: m.target_group.clone(),
            level: m.level,
            theme_ids: r.themes(&m.themes)?,
            factor_ids: r.factors(&m.factors)?,
            status: m.status,
            last_follow_up_on: r.opt_date(m.last_follow_up_on.as_ref())?,
        });
    }
    Ok(())
}
