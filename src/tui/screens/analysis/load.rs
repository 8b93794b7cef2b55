//! The I/O side of the Analys screen: reads the period's facts (and the previous period's and
//! the same period's a year earlier), the area tree, the names and the situation pictures, and
//! builds the view-models (`model::build`) here, off the draw path. Runs as a background job
//! that reports its progress between the reads.

use std::collections::HashMap;

use chrono::{Duration, Months, NaiveDate};

use crate::analysis::{AreaTree, Fact, Period};
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
    let this_days = same_length(period, period, through);
    let previous_days = same_length(period.previous(), period, through);
    let year_before_days = same_length(period.year_before(), period, through);
    let facts = FactsRead::of(
        store,
        &[this_days, previous_days, year_before_days],
        progress,
    )?;
    let this = facts.between(this_days);
    let previous = facts.between(previous_days);
    let year_before = facts.between(year_before_days);
    // As the year report does: a base the data do not cover gets no percentage.
    let year_before_complete = store
        .first_observation_on()?
        .is_none_or(|first| (first - year_before_days.0).num_days() <= BASE_GRACE_DAYS);
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
        this,
        previous,
        year_before,
        tree: &tree,
        event_types: &event_types,
        places: &places,
        pictures: &pictures,
        lang,
    });
    data.year_before_complete = year_before_complete;
    Ok(data)
}

/// The facts of a load's periods, each day read once: a year's "period before" and "a year
/// earlier" are the same days, and a whole year's period before ends the day before it
/// begins, so overlapping or adjacent ranges are read as one.
struct FactsRead {
    /// Merged date ranges, oldest first, each with its facts in date order.
    reads: Vec<((NaiveDate, NaiveDate), Vec<Fact>)>,
}

impl FactsRead {
    fn of(
        store: &Store,
        ranges: &[(NaiveDate, NaiveDate)],
        progress: &mut dyn FnMut(f64) -> bool,
    ) -> Result<FactsRead> {
        let merged = merged_ranges(ranges);
        let mut reads = Vec::with_capacity(merged.len());
        for (i, (from, to)) in merged.iter().enumerate() {
            reads.push(((*from, *to), store.analysis_facts(*from, *to)?));
            progress(0.6 * (i + 1) as f64 / merged.len() as f64);
        }
        Ok(FactsRead { reads })
    }

    /// The facts from `from` to `to` (both included): a slice of the read that covers them.
    fn between(&self, (from, to): (NaiveDate, NaiveDate)) -> &[Fact] {
        let Some((_, facts)) = self.reads.iter().find(|((f, t), _)| *f <= from && to <= *t) else {
            return &[];
        };
        let start = facts.partition_point(|f| f.occurred_on < from);
        let end = facts.partition_point(|f| f.occurred_on <= to);
        &facts[start..end.max(start)]
    }
}

/// The date ranges to read so every one of `ranges` is inside one of them and no day is
/// read twice: overlapping or adjacent ranges joined, oldest first.
fn merged_ranges(ranges: &[(NaiveDate, NaiveDate)]) -> Vec<(NaiveDate, NaiveDate)> {
    let mut sorted: Vec<_> = ranges.iter().copied().filter(|(f, t)| f <= t).collect();
    sorted.sort();
    let mut merged: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for (from, to) in sorted {
        match merged.last_mut() {
            Some(last) if from <= last.1 + Duration::days(1) => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    merged
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
    fn the_same_days_are_read_once_for_every_period_kind() {
        let today = day("2026-11-19");
        let ranges = |period: Period| {
            let through = period.contains(today).then_some(today);
            [
                same_length(period, period, through),
                same_length(period.previous(), period, through),
                same_length(period.year_before(), period, through),
            ]
        };
        // The year under way: the period before and a year earlier are the same 323 days.
        let year = Period::containing(PeriodKind::Year, today);
        assert_eq!(
            merged_ranges(&ranges(year)),
            vec![
                (day("2025-01-01"), day("2025-11-19")),
                (day("2026-01-01"), day("2026-11-19"))
            ]
        );
        // A year over: two whole years, the one before ending the day before it starts.
        assert_eq!(
            merged_ranges(&ranges(year.previous())),
            vec![(day("2024-01-01"), day("2025-12-31"))]
        );
        // A tertial under way: three separate stretches of 80 days, none read twice.
        let t3 = Period::containing(PeriodKind::Tertial, today);
        assert_eq!(merged_ranges(&ranges(t3)).len(), 3);
        for kind in [PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter] {
            let merged = merged_ranges(&ranges(Period::containing(kind, today)));
            for pair in merged.windows(2) {
                assert!(
                    pair[0].1 + Duration::days(1) < pair[1].0,
                    "{kind:?}: {merged:?}"
                );
            }
        }
    }

    #[test]
    fn one_read_is_split_into_its_periods_by_date() {
        let area = crate::domain::Id::new();
        let facts = ["2024-12-31", "2025-01-01", "2025-06-01", "2025-12-31"]
            .iter()
            .map(|d| crate::analysis::tests::fact(area, d))
            .collect();
        let read = FactsRead {
            reads: vec![((day("2024-01-01"), day("2025-12-31")), facts)],
        };
        let dates = |range| {
            read.between(range)
                .iter()
                .map(|f| f.occurred_on.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            dates((day("2025-01-01"), day("2025-12-31"))),
            ["2025-01-01", "2025-06-01", "2025-12-31"]
        );
        assert_eq!(
            dates((day("2024-01-01"), day("2024-12-31"))),
            ["2024-12-31"]
        );
        assert!(dates((day("2025-07-01"), day("2025-12-30"))).is_empty());
        // A range no read covers has no facts (never a wrong slice).
        assert!(dates((day("2023-12-01"), day("2024-02-01"))).is_empty());
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
