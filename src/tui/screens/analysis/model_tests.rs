//! The view-models against figures counted by hand on a small fixture: tertial 1 2027, whose
//! first days (1–3 January) fall in ISO week 53 of 2026, and Norr, a parent area summing its
//! sub-areas Norr centrum and Norrbacka.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::model::{Inputs, build, candidates};
use crate::analysis::{AreaLink, AreaTree, Fact, Period};
use crate::domain::{
    AreaAssessment, AreaLevel, Classification, DayPeriod, Grade, Id, IsoWeek, Lang, PictureLevel,
    PictureStatus, Place, PublicKind, Severity, SituationPicture, Trend,
};
use crate::tui::screens::analysis::state::AnalysisFilter;

pub(super) fn day(s: &str) -> NaiveDate {
    s.parse().unwrap_or(NaiveDate::MIN)
}

/// The fixture's ids.
pub(super) struct Ids {
    pub(super) norr: Id,
    pub(super) centrum: Id,
    pub(super) backa: Id,
    pub(super) soder: Id,
    pub(super) brand: Id,
    pub(super) klotter: Id,
    pub(super) torget: Id,
    pub(super) tunneln: Id,
    pub(super) parken: Id,
    pub(super) skolan: Id,
}

fn ids() -> Ids {
    let n = |name: &str| Id::from_name("analysis-test", name);
    Ids {
        norr: n("norr"),
        centrum: n("centrum"),
        backa: n("backa"),
        soder: n("soder"),
        brand: n("brand"),
        klotter: n("klotter"),
        torget: n("torget"),
        tunneln: n("tunneln"),
        parken: n("parken"),
        skolan: n("skolan"),
    }
}

fn tree(i: &Ids) -> AreaTree {
    let link = |id: Id, name: &str, parent: Option<Id>| AreaLink {
        id,
        name: name.into(),
        parent_id: parent,
        active: true,
    };
    AreaTree::new(vec![
        link(i.norr, "Norr", None),
        link(i.centrum, "Norr centrum", Some(i.norr)),
        link(i.backa, "Norrbacka", Some(i.norr)),
        link(i.soder, "Söder", None),
    ])
}

#[allow(clippy::too_many_arguments)]
fn fact(
    area: Id,
    place: Option<Id>,
    event_type: Id,
    on: &str,
    part: Option<DayPeriod>,
    grade: Grade,
    severity: Severity,
) -> Fact {
    Fact {
        area_id: area,
        place_id: place,
        event_type_id: event_type,
        occurred_on: day(on),
        day_period: part,
        grade,
        severity,
        classification: Classification::Begransad,
    }
}

fn place(id: Id, area: Id, name: &str, at: Option<(f64, f64)>) -> Place {
    Place {
        id,
        classification: Classification::Oppen,
        area_id: area,
        name: name.into(),
        kind: "torg".into(),
        public_kind: PublicKind::Offentlig,
        lat: at.map(|a| a.0),
        lon: at.map(|a| a.1),
        active: true,
    }
}

pub(super) struct Fixture {
    pub(super) i: Ids,
    pub(super) tree: AreaTree,
    pub(super) this: Vec<Fact>,
    pub(super) previous: Vec<Fact>,
    pub(super) year_before: Vec<Fact>,
    pub(super) types: HashMap<Id, String>,
    pub(super) places: Vec<Place>,
    pub(super) pictures: Vec<(SituationPicture, Vec<AreaAssessment>)>,
}

pub(super) fn fixture() -> Fixture {
    use DayPeriod::*;
    use Grade::*;
    use Severity::*;
    let i = ids();
    let this = vec![
        // Fri 1 Jan 2027, week 2026-W53: 2 × 3 = 6.
        fact(
            i.centrum,
            Some(i.torget),
            i.brand,
            "2027-01-01",
            Some(Kvall),
            Hog,
            SarskildHandelse,
        ),
        // Sat 2 Jan, 2026-W53: 1.
        fact(
            i.backa,
            Some(i.skolan),
            i.klotter,
            "2027-01-02",
            Some(Natt),
            Lag,
            Storning,
        ),
        // Mon 4 Jan, 2027-W01, Norr itself: 1.5.
        fact(
            i.norr,
            Some(i.torget),
            i.klotter,
            "2027-01-04",
            Some(Morgon),
            Medel,
            Storning,
        ),
        // Tue 5 Jan, 2027-W01, no time of day, no place: 1.
        fact(i.soder, None, i.klotter, "2027-01-05", None, Lag, Storning),
        // Wed 10 Feb, 2027-W06: 1 × 6 = 6.
        fact(
            i.soder,
            Some(i.tunneln),
            i.brand,
            "2027-02-10",
            Some(Dag),
            Lag,
            ExtraordinarHandelse,
        ),
    ];
    let previous = vec![
        fact(i.soder, None, i.klotter, "2026-10-01", None, Lag, Storning),
        fact(i.soder, None, i.klotter, "2026-10-02", None, Lag, Storning),
        // Thu 31 Dec 2026 is week 2026-W53 too, but of the tertial before.
        fact(
            i.centrum,
            None,
            i.klotter,
            "2026-12-31",
            None,
            Lag,
            Storning,
        ),
    ];
    let year_before = vec![fact(
        i.norr,
        None,
        i.klotter,
        "2026-02-01",
        None,
        Lag,
        Storning,
    )];
    let types = HashMap::from([
        (i.brand, "Brand".to_string()),
        (i.klotter, "Klotter".into()),
    ]);
    let places = vec![
        place(i.torget, i.centrum, "Torget", Some((59.30, 18.10))),
        place(i.skolan, i.backa, "Skolan", None),
        place(i.tunneln, i.soder, "Tunneln", Some((59.28, 18.12))),
        place(i.parken, i.soder, "Parken", Some((59.29, 18.11))),
    ];
    let picture = SituationPicture {
        id: Id::from_name("analysis-test", "picture-of-week-53"),
        classification: Classification::Begransad,
        level: PictureLevel::Vecka,
        period_start: day("2026-12-28"),
        period_end: day("2027-01-03"),
        scope_area_id: None,
        meeting_id: None,
        summary: String::new(),
        status: PictureStatus::Faststalld,
        established_by: None,
        established_at: None,
        distribution: String::new(),
    };
    let serious = AreaAssessment {
        id: Id::from_name("analysis-test", "assessment"),
        classification: Classification::Begransad,
        picture_id: picture.id,
        area_id: i.centrum,
        level: AreaLevel::Allvarligt,
        trend: Trend::Okande,
        key_event_type_ids: vec![],
        text: String::new(),
        is_priority: false,
        priority_rank: None,
        hot_spot_place_ids: vec![],
    };
    Fixture {
        tree: tree(&i),
        i,
        this,
        previous,
        year_before,
        types,
        places,
        pictures: vec![(picture, vec![serious])],
    }
}

fn tertial() -> Period {
    Period::containing(crate::analysis::PeriodKind::Tertial, day("2027-01-01"))
}

pub(super) fn built(f: &Fixture, filter: &AnalysisFilter) -> super::model::AnalysisData {
    built_through(f, filter, None)
}

/// The tertial's view-models as on `through` (None: the tertial is over).
fn built_through(
    f: &Fixture,
    filter: &AnalysisFilter,
    through: Option<NaiveDate>,
) -> super::model::AnalysisData {
    build(&Inputs {
        period: tertial(),
        through,
        filter,
        this: &f.this,
        previous: &f.previous,
        year_before: &f.year_before,
        tree: &f.tree,
        event_types: &f.types,
        places: &f.places,
        pictures: &f.pictures,
        lang: Lang::Sv,
    })
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_ranking_shows_each_part_of_the_score_and_a_parent_sums_its_sub_areas() {
    let f = fixture();
    let d = built(&f, &AnalysisFilter::default());
    let names: Vec<&str> = d.scores.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Norr", "Söder"]);
    let norr = &d.scores[0];
    // Norr centrum 6 + Norrbacka 1 + Norr itself 1.5; before: Norr centrum's 1.
    assert_eq!(norr.count, 3);
    assert!(close(norr.weighted, 8.5));
    assert!(close(norr.previous_weighted, 1.0));
    assert!(close(norr.trend_factor, 2.0), "9.5 / 2 is clamped to 2");
    assert!(close(norr.score, 17.0));
    let soder = &d.scores[1];
    assert_eq!(soder.count, 2);
    assert!(close(soder.weighted, 7.0));
    assert!(close(soder.score, 14.0), "8 / 3 clamped to 2");
    assert_eq!((d.total, d.total_year_before), (5, 1));
    let compare: Vec<(&str, u32, u32)> = d
        .compare
        .iter()
        .map(|c| (c.name.as_str(), c.this, c.year_before))
        .collect();
    assert_eq!(compare, [("Norr", 3, 1), ("Söder", 2, 0)]);
}

#[test]
fn the_matrix_counts_types_per_top_area_with_totals() {
    let f = fixture();
    let m = built(&f, &AnalysisFilter::default()).matrix;
    assert_eq!(m.areas, ["Norr", "Söder"]);
    let rows: Vec<(&str, Vec<u32>, u32)> = m
        .rows
        .iter()
        .map(|r| (r.event_type.as_str(), r.counts.clone(), r.total))
        .collect();
    assert_eq!(rows, [("Klotter", vec![2, 1], 3), ("Brand", vec![1, 1], 2)]);
    assert_eq!(m.column_totals, [3, 2]);
}

#[test]
fn the_heat_map_puts_each_event_on_its_weekday_and_part_of_day() {
    let f = fixture();
    let h = built(&f, &AnalysisFilter::default()).heat;
    // Monday first; morgon, dag, kväll, natt.
    assert_eq!(h.cells[0], [1, 0, 0, 0], "Mon 4 Jan, morgon");
    assert_eq!(h.cells[2], [0, 1, 0, 0], "Wed 10 Feb, dag");
    assert_eq!(h.cells[4], [0, 0, 1, 0], "Fri 1 Jan, kväll");
    assert_eq!(h.cells[5], [0, 0, 0, 1], "Sat 2 Jan, natt");
    assert_eq!(h.unknown, 1, "Tue 5 Jan has no time of day");
}

#[test]
fn the_trend_runs_from_week_53_of_the_year_before_and_follows_the_proposal() {
    let f = fixture();
    let t = built(&f, &AnalysisFilter::default()).trend;
    let w = |y, n| IsoWeek::new(y, n).expect("week");
    assert_eq!(t.weeks.first(), Some(&w(2026, 53)));
    assert_eq!(t.weeks.get(1), Some(&w(2027, 1)));
    assert_eq!(t.weeks.last(), Some(&w(2027, 17)));
    assert_eq!(t.weeks.len(), 18);
    let names: Vec<&str> = t.series.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["alla händelser", "Norr", "Söder"]);
    // 31 December belongs to the tertial before: week 53 holds only 1 and 2 January.
    assert_eq!(
        t.series[0].counts[..7],
        [2, 2, 0, 0, 0, 0, 1],
        "10 Feb is week 6"
    );
    assert_eq!(t.series[1].counts[..2], [2, 1], "Norr with its sub-areas");
    assert_eq!(t.series[2].counts[..7], [0, 1, 0, 0, 0, 0, 1]);
    assert_eq!(t.max(), 2);
}

#[test]
fn a_period_under_way_draws_its_trend_up_to_this_week_and_no_further() {
    let f = fixture();
    // Wednesday of week 6: weeks 7 to 17 have not come yet and have no value, not a zero.
    let d = built_through(&f, &AnalysisFilter::default(), Some(day("2027-02-10")));
    assert_eq!(d.trend.weeks.len(), 18, "the axis still spans the tertial");
    for s in &d.trend.series {
        assert_eq!(s.counts.len(), 7, "{}: week 53 and weeks 1-6", s.name);
    }
    assert_eq!(d.trend.series[0].counts, [2, 2, 0, 0, 0, 0, 1]);
}

#[test]
fn an_area_filter_proposes_among_its_sub_areas_and_keeps_its_events_only() {
    let f = fixture();
    let i = &f.i;
    let filter = AnalysisFilter {
        areas: vec![i.norr],
        event_types: vec![],
    };
    assert_eq!(candidates(&f.tree, &filter), [i.centrum, i.backa]);
    assert_eq!(
        candidates(&f.tree, &AnalysisFilter::default()),
        [i.norr, i.soder]
    );
    let d = built(&f, &filter);
    assert_eq!(d.total, 3, "Norr's own event counts, Söder's do not");
    let ranked: Vec<(&str, u32)> = d
        .scores
        .iter()
        .map(|s| (s.name.as_str(), s.count))
        .collect();
    assert_eq!(ranked, [("Norr centrum", 1), ("Norrbacka", 1)]);
    let only_brand = AnalysisFilter {
        areas: vec![],
        event_types: vec![i.brand],
    };
    assert_eq!(built(&f, &only_brand).total, 2);
}

#[test]
fn the_map_places_what_has_coordinates_and_lists_the_rest() {
    let f = fixture();
    let m = built(&f, &AnalysisFilter::default()).map;
    let placed: Vec<(&str, u32, Option<AreaLevel>, bool)> = m
        .places
        .iter()
        .map(|p| (p.name.as_str(), p.count, p.level, p.hot))
        .collect();
    assert_eq!(
        placed,
        [
            ("Torget", 2, Some(AreaLevel::Allvarligt), true),
            ("Tunneln", 1, None, true),
            ("Parken", 0, None, false),
        ]
    );
    assert_eq!(m.unplaced, [("Skolan".to_string(), 1)]);
    assert_eq!(m.max_count, 2);
    let torget = &m.places[0];
    assert!(
        torget.areas.contains(&f.i.norr),
        "Norr selected lights up Torget"
    );
    assert!(m.x_bounds[0] < 18.10 && m.x_bounds[1] > 18.12);
    assert!(m.y_bounds[0] < 59.28 && m.y_bounds[1] > 59.30);
}
