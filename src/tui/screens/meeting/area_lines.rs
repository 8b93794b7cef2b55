//! The areas step's table: each active area's events this week and the four weeks before, and
//! its särskilda/extraordinära events of the week, counted by the shared analysis
//! (`crate::analysis`) from the same facts as the week at a glance, so the two never disagree
//! on what counts or on a parent summing its sub-areas.

use std::collections::HashMap;

use crate::analysis::{AreaTree, Fact, weekly_by_area};
use crate::domain::{Area, AreaAssessment, Id, IsoWeek, Severity};
use crate::tui::screens::meeting::state::AreaLine;

/// This week and the four before it.
const WEEKS: usize = 5;

/// One line per active area in tree order; `facts` must cover the five weeks ending `week`.
pub fn area_lines(
    areas: &[Area],
    assessments: &[AreaAssessment],
    facts: &[Fact],
    tree: &AreaTree,
    week: IsoWeek,
) -> Vec<AreaLine> {
    let weekly: HashMap<Id, Vec<u32>> = weekly_by_area(facts, tree, week, WEEKS)
        .into_iter()
        .map(|s| (s.area_id, s.counts))
        .collect();
    let mut escalated: HashMap<Id, usize> = HashMap::new();
    for fact in facts
        .iter()
        .filter(|f| f.week() == week && f.severity != Severity::Storning)
    {
        for &area in tree.rollup(&fact.area_id) {
            *escalated.entry(area).or_default() += 1;
        }
    }
    let mut active: Vec<Area> = areas.to_vec();
    active.retain(|a| a.active);
    crate::tui::widgets::area_tree::tree_order(&active)
        .into_iter()
        .map(|(area, depth)| {
            let counts = weekly.get(&area.id).map_or(&[][..], Vec::as_slice);
            let at = |i: usize| counts.get(i).copied().unwrap_or(0) as usize;
            AreaLine {
                this_week: at(WEEKS - 1),
                previous: [at(0), at(1), at(2), at(3)],
                escalated: escalated.get(&area.id).copied().unwrap_or(0),
                assessment: assessments.iter().find(|x| x.area_id == area.id).cloned(),
                depth,
                area,
            }
        })
        .collect()
}
