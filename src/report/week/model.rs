//! Gathers the week's lägesbild to share into plain data, once, passing every record through
//! the safety gate: the week's meeting and its area assessments (level, trend, priority, hot
//! spots), the counts of the analysis core (this week, the 4-week mean, event types, 12
//! weeks), and what the meeting decided for next week. The layout never touches the store.

use crate::analysis::{self, AreaTree, Fact, TypeAreaMatrix};
use crate::domain::{
    Action, AgendaKind, AreaAssessment, Classification, Id, IsoWeek, Lang, Meeting, MeetingKind,
    SituationPicture,
};
use crate::report::error::Result;
use crate::report::minutes::model::{check_action, sender};
use crate::report::names::Names;
use crate::report::safety::{Gate, Text};
use crate::store::Store;
use crate::store::queries::Page;

/// A decision of the week's meeting, with its agenda item's classification.
pub type Decision = (String, Classification);

/// Weeks in the trend chart and table.
pub const TREND_WEEKS: usize = 12;
/// Weeks the mean is taken over (the weeks before this one).
pub const MEAN_WEEKS: usize = 4;
/// Bars or lines a chart has at most: with more areas, the busiest and one for the rest
/// summed (see `charted`); every area stays in the table above them.
const CHART_AREAS: usize = 6;
/// Event types named in the types chart; the rest are summed as "other".
const CHART_TYPES: usize = 5;
/// Hot spots counted for an area the meeting named none for.
const COUNTED_HOT_SPOTS: usize = 3;

/// One area's line in the table.
#[derive(Debug, Clone)]
pub struct AreaRow {
    pub area_id: Id,
    pub name: String,
    /// 0 for a top-level area; sub-areas are listed when the meeting assessed them.
    pub depth: usize,
    pub assessment: Option<AreaAssessment>,
    pub this_week: u32,
    pub mean: f64,
    pub hot_spots: Vec<String>,
    /// The hot spots are the places with the most events (the meeting named none).
    pub hot_spots_counted: bool,
}

/// Event types per area this week: `counts[area][type]`, then the other types summed.
#[derive(Debug, Clone, Default)]
pub struct TypesByArea {
    pub areas: Vec<String>,
    pub types: Vec<String>,
    pub counts: Vec<Vec<u32>>,
    pub other: Vec<u32>,
    /// How many areas the last bar sums ("other areas"); 0 when every area has its own.
    pub other_areas: usize,
}

impl TypesByArea {
    pub fn total(&self, area: usize) -> u32 {
        self.counts[area].iter().sum::<u32>() + self.other[area]
    }
}

/// Events per week for the busiest areas, oldest week first.
#[derive(Debug, Clone, Default)]
pub struct Trend {
    pub weeks: Vec<IsoWeek>,
    pub areas: Vec<(String, Vec<u32>)>,
    /// All events (every area).
    pub total: Vec<u32>,
    /// How many areas the last line sums ("other areas"); 0 when every area has its own.
    pub other_areas: usize,
}

#[derive(Debug, Clone)]
pub struct WeekPicture {
    pub week: IsoWeek,
    pub sender: String,
    pub meeting: Option<Meeting>,
    pub picture: Option<SituationPicture>,
    pub rows: Vec<AreaRow>,
    pub this_week: u32,
    pub mean: f64,
    pub types: TypesByArea,
    pub trend: Trend,
    /// "§ 6 Beslut: att …" lines of the meeting's agenda.
    /// With each its agenda item's classification (an intern decision is marked).
    pub decisions: Vec<Decision>,
    pub actions: Vec<Action>,
    pub names: Names,
    pub gate: Gate,
}

impl WeekPicture {
    pub fn gather(
        store: &Store,
        week: IsoWeek,
        include_internal: bool,
        lang: Lang,
    ) -> Result<WeekPicture> {
        let mut gate = Gate::for_store(store, include_internal)?;
        let names = Names::load(store)?.in_lang(lang);
        let meeting = week_meeting(store, &mut gate, week)?;
        let picture = match &meeting {
            Some(m) => store
                .pictures_of_meeting(m.id)?
                .into_iter()
                .find(|p| gate.admit(p.classification)),
            None => None,
        };
        if let Some(p) = &picture {
            gate.check(Text::picture_summary(p))?;
        }
        let assessments = match &picture {
            Some(p) => store
                .assessments_of(p.id)?
                .into_iter()
                .filter(|a| gate.admit(a.classification))
                .collect(),
            None => Vec::new(),
        };

        let first = week.plus_weeks(-(TREND_WEEKS as i64 - 1));
        let facts: Vec<Fact> = store
            .analysis_facts(first.monday(), week.sunday())?
            .into_iter()
            .filter(|f| gate.admit(f.classification))
            .collect();
        let tree = AreaTree::load(store)?;
        let series = analysis::weekly_by_area(&facts, &tree, week, TREND_WEEKS);
        let total = analysis::weekly_total(&facts, week, TREND_WEEKS);
        let this_week_facts: Vec<&Fact> = facts.iter().filter(|f| f.week() == week).collect();

        let mut rows = Vec::new();
        for s in &series {
            let assessment = assessments.iter().find(|a| a.area_id == s.area_id).cloned();
            let depth = tree.depth(s.area_id);
            let shown = assessment.is_some() || (depth == 0 && s.total() > 0);
            if !shown || !admit_area(&mut gate, &names, s.area_id) {
                continue;
            }
            let (hot_spots, hot_spots_counted) = hot_spots(
                &mut gate,
                &names,
                &tree,
                assessment.as_ref(),
                s.area_id,
                &this_week_facts,
            );
            rows.push(AreaRow {
                area_id: s.area_id,
                name: tree.name(s.area_id).to_string(),
                depth,
                assessment,
                this_week: s.this_week(),
                mean: s.mean_of_previous(MEAN_WEEKS),
                hot_spots,
                hot_spots_counted,
            });
        }
        let top_level: Vec<&AreaRow> = rows.iter().filter(|r| r.depth == 0).collect();
        let types = types_by_area(&names, &tree, &top_level, &this_week_facts, lang);
        let trend = trend(&top_level, &series, total.clone(), week, lang);

        let (decisions, actions) = match &meeting {
            Some(m) => focus(store, &mut gate, m)?,
            None => (Vec::new(), Vec::new()),
        };
        let this_week = total.last().copied().unwrap_or(0);
        let before = &total[..total.len().saturating_sub(1)];
        let previous: Vec<u32> = before.iter().rev().take(MEAN_WEEKS).copied().collect();
        let mean = if previous.is_empty() {
            0.0
        } else {
            f64::from(previous.iter().sum::<u32>()) / previous.len() as f64
        };
        Ok(WeekPicture {
            week,
            sender: sender(store, &names)?,
            meeting,
            picture,
            rows,
            this_week,
            mean,
            types,
            trend,
            decisions,
            actions,
            names,
            gate,
        })
    }
}

/// The weekly meeting held in the week (another kind of meeting if there is none).
fn week_meeting(store: &Store, gate: &mut Gate, week: IsoWeek) -> Result<Option<Meeting>> {
    let mut rows = store.meetings(Some(week), Page::default())?;
    // Oldest first; a weekly meeting before any other kind.
    rows.reverse();
    rows.sort_by_key(|r| r.kind != MeetingKind::Vecka);
    for row in rows {
        let meeting: Meeting = store.require(row.id)?;
        if gate.admit(meeting.classification) {
            return Ok(Some(meeting));
        }
    }
    Ok(None)
}

/// An area is shown unless its own record is intern (its name would leave the copy).
fn admit_area(gate: &mut Gate, names: &Names, area: Id) -> bool {
    let classification = names
        .areas
        .get(&area)
        .map_or(Classification::Oppen, |a| a.classification);
    gate.admit(classification)
}

/// A place's name, or None when the place is intern (and left out).
fn place_name(gate: &mut Gate, names: &Names, place: Id) -> Option<String> {
    let p = names.places.get(&place)?;
    gate.admit(p.classification).then(|| p.name.clone())
}

/// The meeting's hot spots for the area, else the places with the most events this week.
fn hot_spots(
    gate: &mut Gate,
    names: &Names,
    tree: &AreaTree,
    assessment: Option<&AreaAssessment>,
    area: Id,
    this_week: &[&Fact],
) -> (Vec<String>, bool) {
    if let Some(a) = assessment.filter(|a| !a.hot_spot_place_ids.is_empty()) {
        let named = a
            .hot_spot_place_ids
            .iter()
            .filter_map(|p| place_name(gate, names, *p))
            .collect();
        return (named, false);
    }
    let within = tree.descendants_and_self(area);
    let facts = this_week
        .iter()
        .copied()
        .filter(|f| within.contains(&f.area_id));
    let counted = analysis::hot_spots(facts, COUNTED_HOT_SPOTS)
        .into_iter()
        .filter_map(|(place, n)| place_name(gate, names, place).map(|name| format!("{name} ({n})")))
        .collect();
    (counted, true)
}

/// The areas a chart names: all of them up to [`CHART_AREAS`]; with more, the busiest
/// `CHART_AREAS - 1` and the rest summed as one "other areas" bar or line (a municipality may
/// have 13 or more), so a chart never has more than [`CHART_AREAS`] colours.
fn charted(n: usize) -> usize {
    if n > CHART_AREAS { CHART_AREAS - 1 } else { n }
}

/// The name of the summed rest: "Övriga områden (7)".
fn other_areas(lang: Lang, count: usize) -> String {
    crate::i18n::t!(lang, "analysis2-other-areas", count = count)
}

/// The busiest top-level areas this week, by event type (the busiest types, the rest summed;
/// past [`CHART_AREAS`] areas, the quieter ones summed as one).
fn types_by_area(
    names: &Names,
    tree: &AreaTree,
    rows: &[&AreaRow],
    this_week: &[&Fact],
    lang: Lang,
) -> TypesByArea {
    let mut busiest: Vec<&&AreaRow> = rows.iter().filter(|r| r.this_week > 0).collect();
    busiest.sort_by_key(|r| std::cmp::Reverse(r.this_week));
    let shown = charted(busiest.len());
    let areas: Vec<Id> = busiest.iter().map(|r| r.area_id).collect();
    let matrix = TypeAreaMatrix::of(this_week.iter().copied(), tree, &areas);
    let named = matrix.event_types.len().min(CHART_TYPES);
    // Column c's counts of the named types and of the rest, summed over `columns`.
    let column = |columns: std::ops::Range<usize>| -> (Vec<u32>, u32) {
        let counts = (0..named)
            .map(|r| columns.clone().map(|c| matrix.counts[r][c]).sum())
            .collect();
        let other = matrix.counts[named..]
            .iter()
            .map(|row| columns.clone().map(|c| row[c]).sum::<u32>())
            .sum();
        (counts, other)
    };
    let mut names_of: Vec<String> = busiest[..shown].iter().map(|r| r.name.clone()).collect();
    let mut columns: Vec<(Vec<u32>, u32)> = (0..shown).map(|c| column(c..c + 1)).collect();
    let other_areas_count = busiest.len() - shown;
    if other_areas_count > 0 {
        names_of.push(other_areas(lang, other_areas_count));
        columns.push(column(shown..busiest.len()));
    }
    TypesByArea {
        areas: names_of,
        types: matrix.event_types[..named]
            .iter()
            .map(|t| names.event_type(*t))
            .collect(),
        counts: columns.iter().map(|(c, _)| c.clone()).collect(),
        other: columns.iter().map(|(_, o)| *o).collect(),
        other_areas: other_areas_count,
    }
}

/// The 12-week series of the busiest top-level areas over those weeks (past [`CHART_AREAS`],
/// the quieter ones summed as one line).
fn trend(
    rows: &[&AreaRow],
    series: &[analysis::AreaSeries],
    total: Vec<u32>,
    week: IsoWeek,
    lang: Lang,
) -> Trend {
    let mut shown: Vec<(String, Vec<u32>)> = rows
        .iter()
        .filter_map(|r| {
            series
                .iter()
                .find(|s| s.area_id == r.area_id && s.total() > 0)
                .map(|s| (r.name.clone(), s.counts.clone()))
        })
        .collect();
    shown.sort_by_key(|(_, counts)| std::cmp::Reverse(counts.iter().sum::<u32>()));
    let rest = shown.split_off(charted(shown.len()));
    if !rest.is_empty() {
        let mut summed = vec![0; TREND_WEEKS];
        for (_, counts) in &rest {
            for (sum, n) in summed.iter_mut().zip(counts) {
                *sum += n;
            }
        }
        shown.push((other_areas(lang, rest.len()), summed));
    }
    Trend {
        weeks: analysis::weekly::weeks_ending(week, TREND_WEEKS),
        areas: shown,
        total,
        other_areas: rest.len(),
    }
}

/// What the meeting decided: its agenda's decisions and the actions it decided.
fn focus(
    store: &Store,
    gate: &mut Gate,
    meeting: &Meeting,
) -> Result<(Vec<Decision>, Vec<Action>)> {
    let mut decisions = Vec::new();
    for item in store.agenda_of(meeting.id)? {
        // The opening, agenda, next meeting and closing decide nothing for next week.
        let procedural = matches!(
            item.kind,
            AgendaKind::Oppnande
                | AgendaKind::Dagordning
                | AgendaKind::NastaMote
                | AgendaKind::Avslutande
        );
        let Some(decision) = item.decision.as_deref().filter(|d| !d.trim().is_empty()) else {
            continue;
        };
        if procedural {
            continue;
        }
        if !gate.admit(item.classification) {
            continue;
        }
        gate.check(Text {
            kind: crate::domain::EntityKind::AgendaItem,
            id: item.id,
            date: Some(meeting.date),
            field: "decision",
            text: decision,
            confirmed: false,
        })?;
        let text = match item.title.trim() {
            "" => decision.trim().to_string(),
            title => format!("{title}: {}", decision.trim()),
        };
        decisions.push((text, item.classification));
    }
    let mut actions = Vec::new();
    for a in store.actions_decided_at(meeting.id)? {
        if gate.admit(a.classification) {
            check_action(gate, &a)?;
            actions.push(a);
        }
    }
    Ok((decisions, actions))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::AreaLink;
    use crate::analysis::tests::fact;
    use std::collections::HashMap;

    /// `n` top-level areas, area i with 10 − i events this week (W47 2026).
    fn municipality(n: usize) -> (AreaTree, Vec<AreaRow>, Vec<Fact>) {
        let ids: Vec<Id> = (0..n).map(|_| Id::new()).collect();
        let tree = AreaTree::new(
            ids.iter()
                .enumerate()
                .map(|(i, id)| AreaLink {
                    id: *id,
                    name: format!("Område {i}"),
                    parent_id: None,
                    active: true,
                })
                .collect(),
        );
        let rows = ids
            .iter()
            .enumerate()
            .map(|(i, id)| AreaRow {
                area_id: *id,
                name: format!("Område {i}"),
                depth: 0,
                assessment: None,
                this_week: 10 - i as u32,
                mean: 0.0,
                hot_spots: Vec::new(),
                hot_spots_counted: false,
            })
            .collect();
        let facts = ids
            .iter()
            .enumerate()
            .flat_map(|(i, id)| (0..10 - i).map(|_| fact(*id, "2026-11-18")))
            .collect();
        (tree, rows, facts)
    }

    fn names() -> Names {
        Names {
            organisations: HashMap::new(),
            areas: HashMap::new(),
            places: HashMap::new(),
            event_types: HashMap::new(),
            lang: Lang::Sv,
        }
    }

    #[test]
    fn past_six_areas_the_charts_sum_the_quieter_ones_as_other_areas() {
        let week = IsoWeek::of("2026-11-18".parse().unwrap_or_default());
        let (tree, rows, facts) = municipality(9);
        let rows: Vec<&AreaRow> = rows.iter().collect();
        let this_week: Vec<&Fact> = facts.iter().collect();
        let types = types_by_area(&names(), &tree, &rows, &this_week, Lang::Sv);
        assert_eq!(types.areas.len(), CHART_AREAS);
        assert_eq!(types.areas[0], "Område 0");
        assert_eq!(types.areas[5], "Övriga områden (4)");
        assert_eq!(types.other_areas, 4);
        // Areas 5–8 had 5 + 4 + 3 + 2 events; nothing is lost.
        assert_eq!(types.total(5), 14);
        let all: u32 = (0..types.areas.len()).map(|i| types.total(i)).sum();
        assert_eq!(all as usize, facts.len());

        let series = analysis::weekly_by_area(&facts, &tree, week, TREND_WEEKS);
        let total = analysis::weekly_total(&facts, week, TREND_WEEKS);
        let trend = trend(&rows, &series, total, week, Lang::En);
        assert_eq!(trend.areas.len(), CHART_AREAS);
        assert_eq!(trend.areas[5].0, "Other areas (4)");
        assert_eq!(trend.other_areas, 4);
        assert_eq!(trend.areas[5].1.last(), Some(&14));
        let drawn: u32 = trend.areas.iter().filter_map(|(_, c)| c.last()).sum();
        assert_eq!(drawn as usize, facts.len());
    }

    #[test]
    fn six_areas_or_fewer_each_keep_their_own_bar_and_line() {
        let week = IsoWeek::of("2026-11-18".parse().unwrap_or_default());
        let (tree, rows, facts) = municipality(6);
        let rows: Vec<&AreaRow> = rows.iter().collect();
        let this_week: Vec<&Fact> = facts.iter().collect();
        let types = types_by_area(&names(), &tree, &rows, &this_week, Lang::Sv);
        assert_eq!(types.areas.len(), 6);
        assert_eq!(types.other_areas, 0);
        assert_eq!(types.areas[5], "Område 5");
        let series = analysis::weekly_by_area(&facts, &tree, week, TREND_WEEKS);
        let trend = trend(&rows, &series, Vec::new(), week, Lang::Sv);
        assert_eq!(trend.areas.len(), 6);
        assert_eq!(trend.other_areas, 0);
    }
}
