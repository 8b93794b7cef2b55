//! The week at a glance, what Möte shows before and during a meeting: per area this week
//! against the 4-week mean with its 12-week trend, the särskilda and extraordinära events,
//! the overdue actions per owner organisation, and the police events not yet brought into the
//! lägesbild. Built on the I/O side (`load.rs`) from the shared counts of `crate::analysis`;
//! the view only draws it.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::analysis::{AreaSeries, AreaTree, Fact, weekly_by_area, weekly_total};
use crate::domain::{Id, IsoWeek, Severity};
use crate::store::queries::actions::ActionRow;
use crate::store::queries::police_events::PoliceEventRow;

/// How many weeks the trend (sparkline) shows, this week the last.
pub const TREND_WEEKS: usize = 12;
/// How many weeks before this one the mean is taken over.
pub const MEAN_WEEKS: usize = 4;

/// Events per week over the trend's weeks, and the mean this week is held against.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Trend {
    /// Events per week, oldest first; the last is this week.
    pub weeks: Vec<u32>,
    /// The mean of the [`MEAN_WEEKS`] weeks before this one.
    pub mean: f64,
}

impl Trend {
    fn of(series: AreaSeries) -> Trend {
        Trend {
            mean: series.mean_of_previous(MEAN_WEEKS),
            weeks: series.counts,
        }
    }

    pub fn this_week(&self) -> u32 {
        self.weeks.last().copied().unwrap_or(0)
    }
}

/// One area's weeks (its sub-areas' events included).
#[derive(Debug, Clone, PartialEq)]
pub struct AreaTrend {
    pub area_id: Id,
    pub name: String,
    /// 0 for a top-level area, 1 for an area inside it, …
    pub depth: usize,
    pub trend: Trend,
}

/// A särskild or extraordinär händelse of the week.
#[derive(Debug, Clone, PartialEq)]
pub struct Escalated {
    pub occurred_on: NaiveDate,
    pub severity: Severity,
    pub area_id: Id,
    pub place_id: Option<Id>,
    pub event_type_id: Id,
}

/// An owner organisation's overdue actions.
#[derive(Debug, Clone, PartialEq)]
pub struct OverdueByOwner {
    /// The organisation's short name; empty when the action has none.
    pub owner: String,
    pub count: usize,
    /// The earliest deadline among them.
    pub oldest_due: Option<NaiveDate>,
}

/// Everything the dashboard shows, for one week.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekGlance {
    pub week: IsoWeek,
    /// All areas together.
    pub total: Trend,
    /// Active areas in tree order.
    pub areas: Vec<AreaTrend>,
    /// The week's särskilda and extraordinära events, the most severe and latest first.
    pub escalated: Vec<Escalated>,
    /// Most overdue first.
    pub overdue: Vec<OverdueByOwner>,
    /// The police's events in the week and the one before that nobody has brought into the
    /// lägesbild, latest first.
    pub police_pending: Vec<PoliceEventRow>,
}

impl WeekGlance {
    /// The glance of `week` from the reported events of the [`TREND_WEEKS`] weeks ending with
    /// it, the open actions and the police events of the week and the one before.
    pub fn of(
        week: IsoWeek,
        facts: &[Fact],
        tree: &AreaTree,
        open_actions: &[ActionRow],
        police: Vec<PoliceEventRow>,
    ) -> WeekGlance {
        let areas = weekly_by_area(facts, tree, week, TREND_WEEKS)
            .into_iter()
            .filter(|s| tree.get(s.area_id).is_some_and(|a| a.active))
            .map(|s| AreaTrend {
                area_id: s.area_id,
                name: tree.name(s.area_id).to_string(),
                depth: tree.depth(s.area_id),
                trend: Trend::of(s),
            })
            .collect();
        // All areas together, as one series.
        let total = Trend::of(AreaSeries {
            area_id: Id::from_name("analysis", "all-areas"),
            weeks: Vec::new(),
            counts: weekly_total(facts, week, TREND_WEEKS),
        });
        let mut escalated: Vec<Escalated> = facts
            .iter()
            .filter(|f| f.week() == week && f.severity != Severity::Storning)
            .map(|f| Escalated {
                occurred_on: f.occurred_on,
                severity: f.severity,
                area_id: f.area_id,
                place_id: f.place_id,
                event_type_id: f.event_type_id,
            })
            .collect();
        escalated.sort_by_key(|e| std::cmp::Reverse((e.severity, e.occurred_on)));
        let mut by_owner: BTreeMap<String, OverdueByOwner> = BTreeMap::new();
        for a in open_actions.iter().filter(|a| a.overdue) {
            let owner = a.owner.clone().unwrap_or_default();
            let entry = by_owner.entry(owner.clone()).or_insert(OverdueByOwner {
                owner,
                count: 0,
                oldest_due: None,
            });
            entry.count += 1;
            entry.oldest_due = match (entry.oldest_due, a.due_on) {
                (Some(x), Some(y)) => Some(x.min(y)),
                (x, y) => x.or(y),
            };
        }
        let mut overdue: Vec<OverdueByOwner> = by_owner.into_values().collect();
        overdue.sort_by(|a, b| b.count.cmp(&a.count).then(a.owner.cmp(&b.owner)));
        let mut police_pending: Vec<PoliceEventRow> =
            police.into_iter().filter(|p| !p.is_promoted()).collect();
        police_pending.sort_by_key(|p| std::cmp::Reverse((p.day, p.published_at)));
        WeekGlance {
            week,
            total,
            areas,
            escalated,
            overdue,
            police_pending,
        }
    }

    pub fn overdue_count(&self) -> usize {
        self.overdue.iter().map(|o| o.count).sum()
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, NaiveDate, Utc};

    use super::*;
    use crate::analysis::area_tree::tests::sample;
    use crate::analysis::tests::fact;
    use crate::domain::{ActionOrigin, ActionStatus, Classification};

    fn week(w: u32) -> IsoWeek {
        IsoWeek::new(2027, w).unwrap_or(IsoWeek::of(NaiveDate::MIN))
    }

    fn action(owner: Option<&str>, due: &str, overdue: bool) -> ActionRow {
        ActionRow {
            id: Id::new(),
            title: "Röja buskage".into(),
            status: ActionStatus::Pagar,
            overdue,
            origin: ActionOrigin::Vecka,
            owner_id: None,
            owner: owner.map(str::to_string),
            responsible_function: String::new(),
            area: None,
            place: None,
            start_on: None,
            due_on: due.parse().ok(),
            due_week: None,
            meeting_id: None,
            meeting_date: None,
            plan_item_id: None,
            last_follow_up: None,
            last_comment: None,
            classification: Classification::Begransad,
            personal_data: None,
        }
    }

    fn police(day: &str, promoted: bool) -> PoliceEventRow {
        PoliceEventRow {
            id: Id::new(),
            police_id: 1,
            day: day.parse().unwrap_or(NaiveDate::MIN),
            incident_at: None,
            published_at: DateTime::<Utc>::MIN_UTC,
            municipality: "Exempelby".into(),
            county: None,
            police_type: "Brand".into(),
            event_type_id: None,
            event_type: None,
            event_type_en: None,
            summary: String::new(),
            url: String::new(),
            observation_id: promoted.then(Id::new),
            lat: None,
            lon: None,
        }
    }

    /// Hand-counted: 2027-W02 against the four weeks before, across the new year (2026-W53,
    /// 2027-W01), with Norr centrum's events counted in Norr and in Kommunen too.
    #[test]
    fn this_week_against_the_mean_with_sub_areas_and_the_new_year() {
        let (tree, [kommun, norr, centrum, soder, on]) = sample();
        let mut facts = vec![
            fact(centrum, "2026-12-16"), // W51
            fact(centrum, "2026-12-23"), // W52
            fact(norr, "2026-12-29"),    // W53
            fact(centrum, "2027-01-01"), // W53
            fact(soder, "2027-01-05"),   // 2027-W01
            fact(centrum, "2027-01-11"), // 2027-W02
            fact(centrum, "2027-01-12"), // 2027-W02
            fact(on, "2027-01-13"),      // 2027-W02
        ];
        facts[6].severity = Severity::SarskildHandelse;
        facts[7].severity = Severity::ExtraordinarHandelse;
        let g = WeekGlance::of(week(2), &facts, &tree, &[], Vec::new());
        let of = |id: Id| g.areas.iter().find(|a| a.area_id == id).cloned();
        let norr_line = of(norr).expect("norr");
        assert_eq!(norr_line.trend.weeks.len(), TREND_WEEKS);
        // W51 1, W52 1, W53 2, W01 0, W02 2.
        assert_eq!(norr_line.trend.weeks[7..], [1, 1, 2, 0, 2]);
        assert_eq!(norr_line.trend.this_week(), 2);
        // The four weeks before W02: W52 1 + W53 2 + W01 0 + W51 1 = 4 → 1.0.
        assert!((norr_line.trend.mean - 1.0).abs() < 1e-9);
        assert_eq!(norr_line.depth, 1);
        assert_eq!(norr_line.name, "Norr");
        let kommun_line = of(kommun).expect("kommun");
        assert_eq!(kommun_line.trend.this_week(), 2);
        // W52 1 + W53 2 + W01 1 + W51 1 = 5 → 1.25.
        assert!((kommun_line.trend.mean - 1.25).abs() < 1e-9);
        assert_eq!(of(on).map(|a| a.trend.this_week()), Some(1));
        assert_eq!(g.total.this_week(), 3);
        assert!((g.total.mean - 1.25).abs() < 1e-9);
        // The areas in tree order.
        let order: Vec<Id> = g.areas.iter().map(|a| a.area_id).collect();
        assert_eq!(order, vec![kommun, norr, centrum, soder, on]);
        // The week's two escalated events, the extraordinary first.
        let escalated: Vec<(Severity, Id)> = g
            .escalated
            .iter()
            .map(|e| (e.severity, e.area_id))
            .collect();
        assert_eq!(
            escalated,
            vec![
                (Severity::ExtraordinarHandelse, on),
                (Severity::SarskildHandelse, centrum)
            ]
        );
    }

    #[test]
    fn overdue_actions_per_owner_and_police_events_not_brought_in() {
        let (tree, _) = sample();
        let actions = vec![
            action(Some("Polisen"), "2027-01-04", true),
            action(Some("Bostadsbolaget"), "2026-12-01", true),
            action(Some("Polisen"), "2026-12-20", true),
            action(Some("Polisen"), "2027-03-01", false),
            action(None, "2027-01-02", true),
        ];
        let police = vec![
            police("2027-01-05", false),
            police("2027-01-12", true),
            police("2027-01-13", false),
        ];
        let g = WeekGlance::of(week(2), &[], &tree, &actions, police);
        let overdue: Vec<(&str, usize, Option<String>)> = g
            .overdue
            .iter()
            .map(|o| {
                (
                    o.owner.as_str(),
                    o.count,
                    o.oldest_due.map(|d| d.to_string()),
                )
            })
            .collect();
        assert_eq!(
            overdue,
            vec![
                ("Polisen", 2, Some("2026-12-20".into())),
                ("", 1, Some("2027-01-02".into())),
                ("Bostadsbolaget", 1, Some("2026-12-01".into())),
            ]
        );
        assert_eq!(g.overdue_count(), 4);
        let days: Vec<String> = g.police_pending.iter().map(|p| p.day.to_string()).collect();
        assert_eq!(days, vec!["2027-01-13", "2027-01-05"]);
        assert_eq!(g.total.this_week(), 0);
        assert_eq!(g.total.mean, 0.0);
    }
}
