//! When events happen: weekday × part of the day (dygnsperiod).

use chrono::Datelike;

use super::Fact;
use crate::domain::{DayPeriod, Vocabulary};

/// Counts per weekday (Monday first) and part of the day (morgon, dag, kväll, natt, in
/// `DayPeriod::ALL` order). Events with neither a time nor a part of the day are `unknown`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HeatMap {
    pub cells: [[u32; 4]; 7],
    pub unknown: u32,
}

impl HeatMap {
    pub fn of<'a>(facts: impl IntoIterator<Item = &'a Fact>) -> HeatMap {
        let mut map = HeatMap::default();
        for fact in facts {
            let day = fact.occurred_on.weekday().num_days_from_monday() as usize;
            match fact
                .day_period
                .and_then(|p| DayPeriod::ALL.iter().position(|q| *q == p))
            {
                Some(period) => map.cells[day][period] += 1,
                None => map.unknown += 1,
            }
        }
        map
    }

    /// The largest cell (for shading); 0 on an empty map.
    pub fn max(&self) -> u32 {
        self.cells.iter().flatten().copied().max().unwrap_or(0)
    }

    pub fn total(&self) -> u32 {
        self.cells.iter().flatten().sum::<u32>() + self.unknown
    }

    /// The busiest cell: (weekday index from Monday, part of the day), None on an empty map.
    pub fn peak(&self) -> Option<(usize, DayPeriod)> {
        let mut best: Option<(usize, usize, u32)> = None;
        for (day, row) in self.cells.iter().enumerate() {
            for (period, &n) in row.iter().enumerate() {
                if n > 0 && best.is_none_or(|(_, _, m)| n > m) {
                    best = Some((day, period, n));
                }
            }
        }
        best.and_then(|(day, period, _)| DayPeriod::ALL.get(period).map(|p| (day, *p)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tests::fact;
    use crate::domain::Id;

    #[test]
    fn counts_by_weekday_and_part_of_the_day() {
        let area = Id::new();
        let mut friday_night = fact(area, "2026-11-20");
        friday_night.day_period = Some(DayPeriod::Natt);
        let mut friday_night_2 = fact(area, "2026-11-27");
        friday_night_2.day_period = Some(DayPeriod::Natt);
        let mut monday_morning = fact(area, "2026-11-16");
        monday_morning.day_period = Some(DayPeriod::Morgon);
        let unknown = fact(area, "2026-11-18");
        let map = HeatMap::of(&[friday_night, friday_night_2, monday_morning, unknown]);
        assert_eq!(map.cells[4][3], 2);
        assert_eq!(map.cells[0][0], 1);
        assert_eq!(map.unknown, 1);
        assert_eq!(map.max(), 2);
        assert_eq!(map.total(), 4);
        assert_eq!(map.peak(), Some((4, DayPeriod::Natt)));
        assert_eq!(HeatMap::default().peak(), None);
    }
}
