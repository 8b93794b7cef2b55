//! The I/O side of the Analys screen: reads the period's facts (and the previous period's and
//! the same period's a year earlier), the area tree, the names and the situation pictures, and
//! builds the view-models (`model::build`) here, off the draw path. Runs as a background job
//! that reports its progress between the reads.

use std::collections::HashMap;

use chrono::{Duration, Months, NaiveDate};

use crate::analysis::{AreaTree, Period};
use crate::domain::{EventType, Place};
use crate::store::{Result, Store};
use crate::tui::app::messages::Msg;
use crate::tui::screens::analysis::messages::{AnalysisEffect, AnalysisMsg};
use crate::tui::screens::analysis::model::{self, AnalysisData, Inputs};

pub fn execute(
    store: &Store,
    today: NaiveDate,
    effect: AnalysisEffect,
    progress: &mut dyn FnMut(f64) -> bool,
) -> Result<Vec<Msg>> {
    match effect {
        AnalysisEffect::Load {
            period,
            filter,
            lang,
        } => {
            let data = load(store, period, &filter, lang, today, progress)?;
            Ok(vec![AnalysisMsg::Loaded(Box::new(data)).into()])
        }
    }
}

/// Everything the screen shows for `period`.
pub fn load(
    store: &Store,
    period: Period,
    filter: &crate::tui::screens::analysis::state::AnalysisFilter,
    lang: crate::domain::Lang,
    today: NaiveDate,
    progress: &mut dyn FnMut(f64) -> bool,
) -> Result<AnalysisData> {
    let tree = AreaTree::load(store)?;
    let through = period.contains(today).then_some(today);
    let (from, to) = same_length(period, period, through);
    let this = store.analysis_facts(from, to)?;
    progress(0.25);
    let (from, to) = same_length(period.previous(), period, through);
    let previous = store.analysis_facts(from, to)?;
    progress(0.45);
    let (from, to) = same_length(period.year_before(), period, through);
    let year_before = store.analysis_facts(from, to)?;
    // As the year report does: a base the data do not cover gets no percentage.
    let year_before_complete = store
        .first_observation_on()?
        .is_none_or(|first| (first - from).num_days() <= BASE_GRACE_DAYS);
    progress(0.65);
    let event_types: HashMap<_, _> = store
        .all::<EventType>()?
        .into_iter()
        .map(|e| (e.id, model::event_type_name(&e, lang)))
        .collect();
    let places: Vec<Place> = store.all()?;
    // Levels: the latest assessment of each area in the year up to the period's end.
    let since = period
        .to
        .checked_sub_months(Months::new(12))
        .unwrap_or(period.from);
    let mut pictures = Vec::new();
    for p in store.pictures_between(since, period.to)? {
        let assessments = store.assessments_of(p.id)?;
        pictures.push((p, assessments));
    }
    progress(0.85);
    let mut data = model::build(&Inputs {
        period,
        through,
        filter,
        this: &this,
        previous: &previous,
        year_before: &year_before,
        tree: &tree,
        event_types: &event_types,
        places: &places,
        pictures: &pictures,
        lang,
    });
    data.year_before_complete = year_before_complete;
    Ok(data)
}

/// Days the first data may come after the base period's start and still count as covering
/// it (the first week's events are often a few days in), as in the year report.
const BASE_GRACE_DAYS: i64 = 7;

/// The days of `other` to compare with `period`: all of them, or while `period` is under way
/// (`through` is today) only as many as `period` has had, so a tertial half run is not set
/// against a whole one (the trend and the year before alike).
pub fn same_length(
    other: Period,
    period: Period,
    through: Option<NaiveDate>,
) -> (NaiveDate, NaiveDate) {
    match through {
        Some(day) => {
            let days = (day - period.from).num_days().max(0);
            let end = other.from + Duration::days(days);
            (other.from, end.min(other.to))
        }
        None => (other.from, other.to),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::PeriodKind;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn a_period_under_way_is_compared_with_as_many_days() {
        let t3 = Period::containing(PeriodKind::Tertial, day("2026-11-19"));
        // 1 September to 19 November is 80 days: the tertial before from 1 May, 80 days too.
        assert_eq!(
            same_length(t3.previous(), t3, Some(day("2026-11-19"))),
            (day("2026-05-01"), day("2026-07-19"))
        );
        assert_eq!(
            same_length(t3.year_before(), t3, Some(day("2026-11-19"))),
            (day("2025-09-01"), day("2025-11-19"))
        );
        assert_eq!(
            same_length(t3, t3, Some(day("2026-11-19"))),
            (day("2026-09-01"), day("2026-11-19"))
        );
        // A period over: whole; a longer day count never runs past the other period's end.
        assert_eq!(
            same_length(t3.previous(), t3, None),
            (day("2026-05-01"), day("2026-08-31"))
        );
        let february = Period::containing(PeriodKind::Month, day("2026-02-01"));
        let march = Period::containing(PeriodKind::Month, day("2026-03-31"));
        assert_eq!(
            same_length(february, march, Some(day("2026-03-31"))),
            (day("2026-02-01"), day("2026-02-28"))
        );
    }
}
