//! The meeting's areas step in depth: for each area, the most common event types, the hot
//! spots with their counts and the weekday × dygnsperiod heat map over the last 4 or 12 weeks,
//! and the week's observations. Built on the I/O side from the shared counts of
//! `crate::analysis` (the 12-week trend is the week at a glance's); the view only draws it.

use crate::analysis::{AreaTree, Fact, HeatMap, TypeAreaMatrix, hot_spots};
use crate::domain::{Id, IsoWeek};
use crate::store::queries::observations::ObservationRow;

/// How many event types and hot spots an area shows.
pub const TOP: usize = 5;

/// One window's counts (4 or 12 weeks).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Window {
    /// Event types, most events first: (event type, events).
    pub types: Vec<(Id, u32)>,
    /// Places, most events first: (place, events).
    pub hot_spots: Vec<(Id, u32)>,
    pub heat: HeatMap,
}

impl Window {
    fn of(facts: &[&Fact]) -> Window {
        // One column (the area itself): the rows are its event types, most events first.
        let matrix = TypeAreaMatrix::of(facts.iter().copied(), &AreaTree::default(), &[]);
        Window {
            types: matrix
                .event_types
                .iter()
                .copied()
                .zip(matrix.row_totals.iter().copied())
                .take(TOP)
                .collect(),
            hot_spots: hot_spots(facts.iter().copied(), TOP),
            heat: HeatMap::of(facts.iter().copied()),
        }
    }
}

/// An area's detail.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaDetail {
    pub area_id: Id,
    /// The last 4 weeks, this week included.
    pub short: Window,
    /// The last 12 weeks, this week included.
    pub long: Window,
    /// The week's observations in the area and its sub-areas, in time order.
    pub observations: Vec<ObservationRow>,
}

impl AreaDetail {
    /// Every area's detail for `week`, from the reported events of the 12 weeks ending with it
    /// and the week's observations.
    pub fn all(
        week: IsoWeek,
        areas: &[Id],
        facts: &[Fact],
        tree: &AreaTree,
        observations: &[ObservationRow],
    ) -> Vec<AreaDetail> {
        let short_from = week.plus_weeks(-3).monday();
        let long_from = week.plus_weeks(-11).monday();
        let to = week.sunday();
        areas
            .iter()
            .map(|&area| {
                let inside: Vec<&Fact> = facts
                    .iter()
                    .filter(|f| f.occurred_on <= to && tree.contains(area, f.area_id))
                    .collect();
                let long: Vec<&Fact> = inside
                    .iter()
                    .copied()
                    .filter(|f| f.occurred_on >= long_from)
                    .collect();
                let short: Vec<&Fact> = long
                    .iter()
                    .copied()
                    .filter(|f| f.occurred_on >= short_from)
                    .collect();
                AreaDetail {
                    area_id: area,
                    short: Window::of(&short),
                    long: Window::of(&long),
                    observations: observations
                        .iter()
                        .filter(|o| tree.contains(area, o.area_id))
                        .cloned()
                        .collect(),
                }
            })
            .collect()
    }

    pub fn window(&self, long: bool) -> &Window {
        if long { &self.long } else { &self.short }
    }
}

/// Moves the areas step's selected observation within the selected area's.
pub fn step_observation(state: &mut crate::tui::app::state::State, forward: bool) {
    let m = &mut state.meeting;
    let count = m
        .data
        .areas
        .get(m.cursor)
        .and_then(|line| m.data.details.iter().find(|d| d.area_id == line.area.id))
        .map_or(0, |d| d.observations.len());
    m.observation = if forward {
        (m.observation + 1).min(count.saturating_sub(1))
    } else {
        m.observation.saturating_sub(1)
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::area_tree::tests::sample;
    use crate::analysis::tests::fact;
    use crate::domain::DayPeriod;

    /// Hand-counted on the sample tree (Kommunen ⊃ {Norr ⊃ {Norr centrum}, Söder}, Ön): week
    /// 2027-W02, whose 4 weeks reach back across the new year to 2026-W52.
    #[test]
    fn an_areas_types_hot_spots_and_heat_over_4_and_12_weeks_with_its_sub_areas() {
        let (tree, [kommun, norr, centrum, soder, on]) = sample();
        let (a, b, c) = (
            Id::from_name("test", "type-a"),
            Id::from_name("test", "type-b"),
            Id::from_name("test", "type-c"),
        );
        let (p1, p2) = (Id::from_name("test", "p1"), Id::from_name("test", "p2"));
        let event = |area, day: &str, kind, place: Option<Id>, period| {
            let mut f = fact(area, day);
            f.event_type_id = kind;
            f.place_id = place;
            f.day_period = period;
            f
        };
        let facts = vec![
            event(centrum, "2026-10-01", c, None, None), // W40: outside the 12 weeks
            event(centrum, "2026-11-10", b, Some(p2), None), // W46, no time
            event(norr, "2027-01-02", b, Some(p2), Some(DayPeriod::Natt)), // W53, Saturday
            event(centrum, "2027-01-12", a, Some(p1), Some(DayPeriod::Kvall)), // Tuesday
            event(centrum, "2027-01-13", a, Some(p1), Some(DayPeriod::Kvall)), // Wednesday
            event(soder, "2027-01-12", a, None, Some(DayPeriod::Dag)),
        ];
        let week = IsoWeek::new(2027, 2).unwrap_or(IsoWeek::of(chrono::NaiveDate::MIN));
        let all = AreaDetail::all(week, &[kommun, norr, on], &facts, &tree, &[]);
        assert_eq!(all.len(), 3);
        let norr_detail = &all[1];
        assert_eq!(norr_detail.area_id, norr);
        // 4 weeks: the two evening events at P1 and the Saturday night at P2.
        assert_eq!(norr_detail.short.types, vec![(a, 2), (b, 1)]);
        assert_eq!(norr_detail.short.hot_spots, vec![(p1, 2), (p2, 1)]);
        let kvall = 2;
        let natt = 3;
        assert_eq!(norr_detail.short.heat.cells[1][kvall], 1, "Tuesday evening");
        assert_eq!(
            norr_detail.short.heat.cells[2][kvall], 1,
            "Wednesday evening"
        );
        assert_eq!(norr_detail.short.heat.cells[5][natt], 1, "Saturday night");
        assert_eq!(norr_detail.short.heat.total(), 3);
        assert_eq!(norr_detail.short.heat.unknown, 0);
        // 12 weeks: the W46 event too (no time: unknown); W40 stays out.
        assert_eq!(norr_detail.long.heat.total(), 4);
        assert_eq!(norr_detail.long.heat.unknown, 1);
        let mut long_types = norr_detail.long.types.clone();
        long_types.sort();
        let mut expected = vec![(a, 2), (b, 2)];
        expected.sort();
        assert_eq!(long_types, expected);
        assert!(!norr_detail.long.types.iter().any(|(t, _)| *t == c));
        // Kommunen holds Söder's daytime event as well.
        assert_eq!(all[0].short.types, vec![(a, 3), (b, 1)]);
        assert_eq!(all[0].short.heat.cells[1][1], 1, "Tuesday day");
        // Ön has nothing.
        assert_eq!(all[2].short, Window::default());
        assert!(all[2].observations.is_empty());
    }
}
