//! Indicator values against baseline and target, as table rows the agreement follow-up and the
//! yearly summary share.

use chrono::NaiveDate;

use super::error::Result;
use super::safety::{Gate, Text};
use crate::domain::plan::indicator_progress;
use crate::domain::{Direction, EntityKind, Indicator, Vocabulary};
use crate::store::Store;

pub const HEADERS: [&str; 6] = [
    "Indikator",
    "Källa",
    "Utgångsläge",
    "Senaste värde",
    "Mål",
    "Utveckling",
];

/// A number the Swedish way: "38", "12,5", "106 821".
pub fn number_sv(v: f64) -> String {
    crate::domain::Lang::Sv.decimal(v, 1)
}

fn with_date(v: Option<f64>, unit: &str, on: Option<NaiveDate>) -> String {
    match (v, on) {
        (Some(v), Some(d)) => format!("{} {unit} ({d})", number_sv(v)),
        (Some(v), None) => format!("{} {unit}", number_sv(v)),
        _ => String::new(),
    }
    .trim()
    .to_string()
}

/// "på väg mot målet (60 %)", "målet nått", "fel riktning".
fn progress_text(i: &Indicator, latest: Option<f64>) -> String {
    let Some(latest) = latest else {
        return "inget uppmätt värde".into();
    };
    match indicator_progress(i.baseline_value, i.target_value, latest) {
        None => "utgångsläge eller mål saknas".into(),
        Some(p) if p >= 1.0 => "målet nått".into(),
        Some(p) if p > 0.0 => format!("på väg mot målet ({:.0} %)", p * 100.0),
        Some(0.0) => "oförändrat".into(),
        Some(_) => match i.direction {
            Direction::Oka => "fel riktning (minskar)".into(),
            Direction::Minska => "fel riktning (ökar)".into(),
        },
    }
}

/// One indicator as a table row; only values measured up to `until` count.
pub fn row(store: &Store, gate: &mut Gate, i: &Indicator, until: NaiveDate) -> Result<Vec<String>> {
    let mut latest = None;
    for v in store.indicator_values(i.id)? {
        if v.measured_on > until || !gate.admit(v.classification) {
            continue;
        }
        gate.check(Text {
            kind: EntityKind::IndicatorValue,
            id: v.id,
            date: Some(v.measured_on),
            field: "note",
            text: &v.note,
            confirmed: false,
        })?;
        latest = Some(v);
    }
    Ok(vec![
        i.name.clone(),
        i.source.label_sv().to_string(),
        with_date(i.baseline_value, &i.unit, i.baseline_on),
        latest
            .as_ref()
            .map(|v| format!("{} {} ({})", number_sv(v.value), i.unit, v.period).replace("  ", " "))
            .unwrap_or_default(),
        with_date(i.target_value, &i.unit, i.target_on),
        progress_text(i, latest.map(|v| v.value)),
    ])
}
