//! Indicator values against baseline and target, as table rows the agreement follow-up and the
//! yearly summary share.

use chrono::NaiveDate;

use super::error::Result;
use super::safety::{Gate, Text, marked};
use crate::domain::plan::indicator_progress;
use crate::domain::{Direction, EntityKind, Indicator, Lang, Vocabulary};
use crate::i18n::t;
use crate::store::Store;

/// The indicator table's column headings, in `lang`.
pub fn headers(lang: Lang) -> Vec<String> {
    [
        "plan-column-indicator",
        "indicator-column-source",
        "indicator-column-baseline",
        "indicator-column-latest",
        "plan-column-goal",
        "indicator-column-progress",
    ]
    .iter()
    .map(|id| t!(lang, id))
    .collect()
}

fn with_date(v: Option<f64>, unit: &str, on: Option<NaiveDate>, lang: Lang) -> String {
    match (v, on) {
        (Some(v), Some(d)) => format!("{} {unit} ({d})", lang.decimal(v, 1)),
        (Some(v), None) => format!("{} {unit}", lang.decimal(v, 1)),
        _ => String::new(),
    }
    .trim()
    .to_string()
}

/// "på väg mot målet (60 %)", "målet nått", "fel riktning".
fn progress_text(i: &Indicator, latest: Option<f64>, lang: Lang) -> String {
    let Some(latest) = latest else {
        return t!(lang, "indicator-unmeasured");
    };
    match indicator_progress(i.baseline_value, i.target_value, latest) {
        None => t!(lang, "indicator-no-baseline-or-target"),
        Some(p) if p >= 1.0 => t!(lang, "indicator-reached"),
        Some(p) if p > 0.0 => t!(lang, "indicator-on-the-way", percent = (p * 100.0).round()),
        Some(0.0) => t!(lang, "indicator-unchanged"),
        Some(_) => match i.direction {
            Direction::Oka => t!(lang, "indicator-wrong-way-falling"),
            Direction::Minska => t!(lang, "indicator-wrong-way-rising"),
        },
    }
}

/// One indicator as a table row; only values measured up to `until` count.
pub fn row(
    store: &Store,
    gate: &mut Gate,
    i: &Indicator,
    until: NaiveDate,
    lang: Lang,
) -> Result<Vec<String>> {
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
        marked(i.name.clone(), i.classification, lang),
        i.source.label(lang).to_string(),
        with_date(i.baseline_value, &i.unit, i.baseline_on, lang),
        latest
            .as_ref()
            .map(|v| {
                format!("{} {} ({})", lang.decimal(v.value, 1), i.unit, v.period).replace("  ", " ")
            })
            .unwrap_or_default(),
        with_date(i.target_value, &i.unit, i.target_on, lang),
        progress_text(i, latest.map(|v| v.value), lang),
    ])
}
