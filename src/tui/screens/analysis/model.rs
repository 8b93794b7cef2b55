//! The Analys screen's view-models: everything the view draws, built once per load from the
//! period's facts by the shared aggregations in `crate::analysis` (no counting of its own), so
//! that drawing a frame only lays out numbers.

use std::collections::HashMap;

use crate::analysis::{
    AreaTree, Fact, Filter, HeatMap, Period, TypeAreaMatrix, hot_spots, priority_scores,
    weekly_by_area, weekly_total,
};
use crate::domain::{AreaAssessment, AreaLevel, Id, IsoWeek, Lang, Place, SituationPicture};
use crate::tui::screens::analysis::state::AnalysisFilter;

/// How many places the map labels by name (the busiest).
pub const HOT_SPOTS_LABELLED: usize = 5;
/// How many areas the proposal names.
pub const PROPOSED: usize = 3;

/// What one load brings: the period's view-models.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisData {
    pub period: Period,
    /// The last day counted when the period is under way (today); its comparisons are cut
    /// to as many days.
    pub through: Option<chrono::NaiveDate>,
    pub filter: AnalysisFilter,
    /// Events in the period (after the filter).
    pub total: u32,
    /// Events in the same period a year earlier (after the filter).
    pub total_year_before: u32,
    /// Whether the copy's data reach back over the whole of that period; when they do not, a
    /// change in per cent would compare a few weeks with a whole period and is not shown.
    pub year_before_complete: bool,
    /// The candidate areas ranked by `analysis::score`, best first: the first three are the
    /// proposal for the next period.
    pub scores: Vec<ScoreRow>,
    pub matrix: MatrixView,
    pub heat: HeatMap,
    pub trend: TrendView,
    /// The candidate areas, this period against the same period a year earlier.
    pub compare: Vec<CompareRow>,
    pub map: MapView,
    /// The period's recorded decision (its situation picture's priority areas), if any.
    pub decision: Option<Decision>,
    /// Each area's level in the latest assessment up to the period's end.
    pub levels: HashMap<Id, AreaLevel>,
}

/// One candidate area and why it ranks where it does.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreRow {
    pub area_id: Id,
    pub name: String,
    pub count: u32,
    pub weighted: f64,
    pub previous_weighted: f64,
    pub trend_factor: f64,
    pub score: f64,
}

/// Event type (rows, busiest first) × area (columns).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MatrixView {
    pub areas: Vec<String>,
    pub rows: Vec<MatrixRow>,
    pub column_totals: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MatrixRow {
    pub event_type: String,
    pub counts: Vec<u32>,
    pub total: u32,
}

/// Events per week of the period: all of them, then each proposed area. While the period is
/// under way the counts end with this week: `counts` may be shorter than `weeks`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrendView {
    pub weeks: Vec<IsoWeek>,
    pub series: Vec<TrendSeries>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrendSeries {
    /// None: all events.
    pub area_id: Option<Id>,
    pub name: String,
    pub counts: Vec<u32>,
}

impl TrendView {
    /// The highest weekly count of any series (the chart's top).
    pub fn max(&self) -> u32 {
        self.series
            .iter()
            .flat_map(|s| s.counts.iter().copied())
            .max()
            .unwrap_or(0)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    pub area_id: Id,
    pub name: String,
    pub this: u32,
    pub year_before: u32,
}

/// The municipality's places for the map.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapView {
    /// Places with coordinates.
    pub places: Vec<MapPlace>,
    /// Places without coordinates that had events, busiest first: listed beside the map.
    pub unplaced: Vec<(String, u32)>,
    /// Longitude (x) and latitude (y) bounds, with a margin.
    pub x_bounds: [f64; 2],
    pub y_bounds: [f64; 2],
    /// The highest count of a place (the size of the largest mark).
    pub max_count: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapPlace {
    pub name: String,
    /// The place's area and the areas above it (the selected area highlights them all).
    pub areas: Vec<Id>,
    pub lon: f64,
    pub lat: f64,
    pub count: u32,
    /// Its area's level in the latest assessment (None: not assessed).
    pub level: Option<AreaLevel>,
    /// Among the busiest places (labelled).
    pub hot: bool,
}

/// The decision recorded for a period: its situation picture and the priority areas in rank.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub picture: SituationPicture,
    pub assessments: Vec<AreaAssessment>,
}

impl Decision {
    /// The priority areas in rank order.
    pub fn priorities(&self) -> Vec<&AreaAssessment> {
        let mut p: Vec<&AreaAssessment> =
            self.assessments.iter().filter(|a| a.is_priority).collect();
        p.sort_by_key(|a| a.priority_rank.unwrap_or(i64::MAX));
        p
    }
}

/// An event type's name in the UI's language (Swedish where the English is missing).
pub fn event_type_name(e: &crate::domain::EventType, lang: Lang) -> String {
    e.label(lang).to_string()
}

/// What a load reads from the store, for `build`.
pub struct Inputs<'a> {
    pub period: Period,
    pub through: Option<chrono::NaiveDate>,
    pub filter: &'a AnalysisFilter,
    pub this: &'a [Fact],
    pub previous: &'a [Fact],
    pub year_before: &'a [Fact],
    pub tree: &'a AreaTree,
    /// Event types by id (name).
    pub event_types: &'a HashMap<Id, String>,
    pub places: &'a [Place],
    /// Situation pictures up to the period's end with their assessments, oldest first.
    pub pictures: &'a [(SituationPicture, Vec<AreaAssessment>)],
    pub lang: Lang,
}

/// The areas the proposal chooses among: without an area filter the top-level areas; with
/// one, the sub-areas of each chosen area (an area without sub-areas stands for itself), so a
/// parent never competes with the sub-areas it sums.
pub fn candidates(tree: &AreaTree, filter: &AnalysisFilter) -> Vec<Id> {
    if filter.areas.is_empty() {
        return tree.roots();
    }
    let mut out = Vec::new();
    for &area in &filter.areas {
        let children = tree.children(area);
        if children.is_empty() {
            out.push(area);
        } else {
            out.extend_from_slice(children);
        }
    }
    out.dedup();
    out
}

/// Every view-model of the period.
pub fn build(input: &Inputs<'_>) -> AnalysisData {
    let tree = input.tree;
    let keep = Filter::new(tree, &input.filter.areas, &input.filter.event_types);
    let this = keep.apply(input.this);
    let previous = keep.apply(input.previous);
    let year_before = keep.apply(input.year_before);
    let areas = candidates(tree, input.filter);
    let name = |id: Id| tree.name(id).to_string();

    let scores = priority_scores(this.iter().copied(), previous.iter().copied(), tree, &areas)
        .into_iter()
        .map(|s| ScoreRow {
            area_id: s.area_id,
            name: name(s.area_id),
            count: s.count,
            weighted: s.weighted,
            previous_weighted: s.previous_weighted,
            trend_factor: s.trend_factor,
            score: s.score,
        })
        .collect::<Vec<_>>();

    let m = TypeAreaMatrix::of(this.iter().copied(), tree, &areas);
    let type_name = |id: &Id| input.event_types.get(id).cloned().unwrap_or_default();
    let matrix = MatrixView {
        areas: m.areas.iter().map(|a| name(*a)).collect(),
        rows: m
            .event_types
            .iter()
            .zip(m.counts.iter().zip(&m.row_totals))
            .map(|(t, (counts, total))| MatrixRow {
                event_type: type_name(t),
                counts: counts.clone(),
                total: *total,
            })
            .collect(),
        column_totals: m.column_totals.clone(),
    };

    // The axis spans the period; the lines end with this week while the period is under way
    // (a week still to come has no count, and a zero would read as a calm week).
    let weeks = input.period.weeks();
    let last = input
        .through
        .map(IsoWeek::of)
        .filter(|w| weeks.contains(w))
        .or_else(|| weeks.last().copied())
        .unwrap_or_else(|| IsoWeek::of(input.period.to));
    let n = weeks.iter().filter(|w| **w <= last).count();
    let mut series = vec![TrendSeries {
        area_id: None,
        name: crate::i18n::t!(input.lang, "tui-analysis-all-events"),
        counts: weekly_total(this.iter().copied(), last, n),
    }];
    let proposed: Vec<Id> = scores.iter().take(PROPOSED).map(|s| s.area_id).collect();
    for s in weekly_by_area(this.iter().copied(), tree, last, n) {
        if proposed.contains(&s.area_id) {
            series.push(TrendSeries {
                area_id: Some(s.area_id),
                name: name(s.area_id),
                counts: s.counts,
            });
        }
    }
    // The proposal's order, so the legend reads as the ranking does.
    series[1..].sort_by_key(|s| {
        proposed
            .iter()
            .position(|p| Some(*p) == s.area_id)
            .unwrap_or(usize::MAX)
    });

    // The matrix's column totals are the areas' counts; the year before's come the same way.
    let before_by_area = TypeAreaMatrix::of(year_before.iter().copied(), tree, &areas);
    let compare = areas
        .iter()
        .enumerate()
        .map(|(i, a)| CompareRow {
            area_id: *a,
            name: name(*a),
            this: matrix.column_totals.get(i).copied().unwrap_or(0),
            year_before: before_by_area.column_totals.get(i).copied().unwrap_or(0),
        })
        .collect();

    let levels = latest_levels(input.pictures);
    let map = map_view(input, &this, &levels);
    AnalysisData {
        period: input.period,
        through: input.through,
        filter: input.filter.clone(),
        total: this.len() as u32,
        total_year_before: year_before.len() as u32,
        year_before_complete: true,
        scores,
        matrix,
        heat: HeatMap::of(this.iter().copied()),
        trend: TrendView { weeks, series },
        compare,
        map,
        decision: decision_of(input.period, input.pictures),
        levels,
    }
}

/// Each area's level in its latest assessment (pictures come oldest first).
fn latest_levels(pictures: &[(SituationPicture, Vec<AreaAssessment>)]) -> HashMap<Id, AreaLevel> {
    let mut levels = HashMap::new();
    for (_, assessments) in pictures {
        for a in assessments {
            levels.insert(a.area_id, a.level);
        }
    }
    levels
}

/// The picture that records the period's decision: of the period's level, spanning exactly
/// the period, for the whole municipality.
fn decision_of(
    period: Period,
    pictures: &[(SituationPicture, Vec<AreaAssessment>)],
) -> Option<Decision> {
    let level = crate::tui::screens::analysis::decision::picture_level(period.kind)?;
    pictures
        .iter()
        .rev()
        .find(|(p, _)| {
            p.level == level
                && p.period_start == period.from
                && p.period_end == period.to
                && p.scope_area_id.is_none()
        })
        .map(|(picture, assessments)| Decision {
            picture: picture.clone(),
            assessments: assessments.clone(),
        })
}

fn map_view(input: &Inputs<'_>, this: &[&Fact], levels: &HashMap<Id, AreaLevel>) -> MapView {
    let counts: HashMap<Id, u32> = hot_spots(this.iter().copied(), usize::MAX)
        .into_iter()
        .collect();
    let hot: Vec<Id> = hot_spots(this.iter().copied(), HOT_SPOTS_LABELLED)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let mut view = MapView::default();
    let (mut lon, mut lat) = ([f64::MAX, f64::MIN], [f64::MAX, f64::MIN]);
    for p in input.places.iter().filter(|p| p.active) {
        let count = counts.get(&p.id).copied().unwrap_or(0);
        match (p.lon, p.lat) {
            (Some(x), Some(y)) if x.is_finite() && y.is_finite() => {
                lon = [lon[0].min(x), lon[1].max(x)];
                lat = [lat[0].min(y), lat[1].max(y)];
                view.places.push(MapPlace {
                    name: p.name.clone(),
                    areas: input.tree.ancestors_and_self(p.area_id),
                    lon: x,
                    lat: y,
                    count,
                    level: levels.get(&p.area_id).copied(),
                    hot: hot.contains(&p.id) && count > 0,
                });
            }
            _ if count > 0 => view.unplaced.push((p.name.clone(), count)),
            _ => {}
        }
    }
    view.unplaced
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    if view.places.is_empty() {
        lon = [0.0, 1.0];
        lat = [0.0, 1.0];
    }
    // A margin, and a minimum span so one place is not a division by zero.
    let pad = |b: [f64; 2]| {
        let span = (b[1] - b[0]).max(0.002);
        [b[0] - span * 0.08, b[1] + span * 0.08]
    };
    view.x_bounds = pad(lon);
    view.y_bounds = pad(lat);
    view.max_count = view.places.iter().map(|p| p.count).max().unwrap_or(0);
    view
}
