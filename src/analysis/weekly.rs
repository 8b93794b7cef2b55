//! Events per week: per area (sub-areas rolled up into their parents) and in total, for
//! trends, sparklines and "this week against the 4-week mean".

use std::collections::HashMap;

use super::{AreaTree, Fact};
use crate::domain::{Id, IsoWeek};

/// An area's events in each of a run of weeks, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaSeries {
    pub area_id: Id,
    pub weeks: Vec<IsoWeek>,
    pub counts: Vec<u32>,
}

impl AreaSeries {
    /// The last week's count.
    pub fn this_week(&self) -> u32 {
        self.counts.last().copied().unwrap_or(0)
    }

    /// The mean of the `k` weeks before the last one (fewer if the series is shorter; 0 when
    /// there are none).
    pub fn mean_of_previous(&self, k: usize) -> f64 {
        let before = &self.counts[..self.counts.len().saturating_sub(1)];
        let taken: Vec<u32> = before.iter().rev().take(k).copied().collect();
        if taken.is_empty() {
            0.0
        } else {
            f64::from(taken.iter().sum::<u32>()) / taken.len() as f64
        }
    }

    pub fn total(&self) -> u32 {
        self.counts.iter().sum()
    }
}

/// The `n` weeks ending with `last`, oldest first.
pub fn weeks_ending(last: IsoWeek, n: usize) -> Vec<IsoWeek> {
    (0..n as i64)
        .rev()
        .map(|back| last.plus_weeks(-back))
        .collect()
}

/// Per area of the tree (in tree order), its events in each of the `n` weeks ending with
/// `last`; an area's count includes its sub-areas'. Facts outside those weeks are ignored.
pub fn weekly_by_area<'a>(
    facts: impl IntoIterator<Item = &'a Fact>,
    tree: &AreaTree,
    last: IsoWeek,
    n: usize,
) -> Vec<AreaSeries> {
    let weeks = weeks_ending(last, n);
    let slot: HashMap<IsoWeek, usize> = weeks.iter().enumerate().map(|(i, w)| (*w, i)).collect();
    let mut counts: HashMap<Id, Vec<u32>> = HashMap::new();
    for fact in facts {
        let Some(&i) = slot.get(&fact.week()) else {
            continue;
        };
        for &area in tree.rollup(&fact.area_id) {
            counts.entry(area).or_insert_with(|| vec![0; n])[i] += 1;
        }
    }
    tree.in_tree_order()
        .into_iter()
        .map(|area_id| AreaSeries {
            area_id,
            weeks: weeks.clone(),
            counts: counts.remove(&area_id).unwrap_or_else(|| vec![0; n]),
        })
        .collect()
}

/// All events in each of the `n` weeks ending with `last`, oldest first.
pub fn weekly_total<'a>(
    facts: impl IntoIterator<Item = &'a Fact>,
    last: IsoWeek,
    n: usize,
) -> Vec<u32> {
    let weeks = weeks_ending(last, n);
    let mut counts = vec![0; n];
    for fact in facts {
        if let Some(i) = weeks.iter().position(|w| *w == fact.week()) {
            counts[i] += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::area_tree::tests::sample;
    use crate::analysis::tests::fact;

    #[test]
    fn weeks_across_the_new_year_and_parents_summing_their_sub_areas() {
        let (tree, [kommun, norr, centrum, soder, on]) = sample();
        // 2026 has 53 weeks: 2026-W53 is 28 Dec–3 Jan, 2027-W01 starts 4 January.
        let facts = vec![
            fact(centrum, "2026-12-22"), // W52
            fact(centrum, "2026-12-31"), // W53
            fact(norr, "2027-01-02"),    // W53
            fact(soder, "2027-01-05"),   // 2027-W01
            fact(on, "2027-01-06"),      // 2027-W01
            fact(on, "2026-11-01"),      // outside the three weeks
        ];
        let last = IsoWeek::new(2027, 1).unwrap_or(IsoWeek::of(chrono::NaiveDate::MIN));
        let series = weekly_by_area(&facts, &tree, last, 3);
        let of = |id: Id| {
            series
                .iter()
                .find(|s| s.area_id == id)
                .map(|s| s.counts.clone())
        };
        assert_eq!(of(centrum), Some(vec![1, 1, 0]));
        assert_eq!(of(norr), Some(vec![1, 2, 0]));
        assert_eq!(of(soder), Some(vec![0, 0, 1]));
        assert_eq!(of(kommun), Some(vec![1, 2, 1]));
        assert_eq!(of(on), Some(vec![0, 0, 1]));
        assert_eq!(series[0].weeks[1].to_string(), "2026-W53");
        assert_eq!(weekly_total(&facts, last, 3), vec![1, 2, 2]);
    }

    #[test]
    fn this_week_against_the_mean_of_the_weeks_before() {
        let s = AreaSeries {
            area_id: Id::new(),
            weeks: Vec::new(),
            counts: vec![9, 2, 4, 0, 2, 5],
        };
        assert_eq!(s.this_week(), 5);
        assert!((s.mean_of_previous(4) - 2.0).abs() < 1e-9);
        assert!((s.mean_of_previous(10) - 3.4).abs() < 1e-9);
        let empty = AreaSeries {
            area_id: Id::new(),
            weeks: Vec::new(),
            counts: Vec::new(),
        };
        assert_eq!(empty.this_week(), 0);
        assert_eq!(empty.mean_of_previous(4), 0.0);
    }
}
