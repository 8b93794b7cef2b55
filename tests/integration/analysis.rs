//! The analyses' counts on a real database: which observations count as events, the part of
//! the day taken from the time, and a parent area holding its sub-areas.

use crate::common::*;
use lagesbild::analysis::{AreaTree, Filter, HeatMap, Period, weekly_by_area};
use lagesbild::domain::*;

#[test]
fn only_reported_events_count_and_a_time_gives_the_part_of_the_day() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let sub = Area {
        id: Id::new(),
        classification: Classification::Oppen,
        name: "Lindängsringen norra".into(),
        kind: "kvarter".into(),
        code: None,
        parent_id: Some(w.area),
        police_status: PoliceStatus::Ingen,
        police_status_year: None,
        active: true,
    };
    let counted = observation(&w, day(2026, 11, 20), "Klotter på busskuren.");
    let mut at_night = observation(&w, day(2026, 11, 21), "Krossad ruta i källarentrén.");
    at_night.area_id = sub.id;
    at_night.place_id = None;
    at_night.day_period = None;
    at_night.time_from = chrono::NaiveTime::from_hms_opt(23, 40, 0);
    let mut struck = observation(&w, day(2026, 11, 20), "Felrapport.");
    struck.review_status = ReviewStatus::Avford;
    let mut duplicate = observation(&w, day(2026, 11, 20), "Samma klotter igen.");
    duplicate.review_status = ReviewStatus::Dubblett;
    duplicate.duplicate_of_id = Some(counted.id);
    let outside = observation(&w, day(2026, 12, 1), "Nästa månad.");
    db.store
        .write(|x| {
            x.create(&sub)?;
            for o in [&counted, &at_night, &struck, &duplicate, &outside] {
                x.create(o)?;
            }
            Ok(())
        })
        .expect("write");

    let november = Period::parse("2026-11").expect("period");
    let facts = db
        .store
        .analysis_facts(november.from, november.to)
        .expect("facts");
    assert_eq!(
        facts.len(),
        2,
        "struck-off, duplicate and December's are left out"
    );
    let night = facts
        .iter()
        .find(|f| f.area_id == sub.id)
        .expect("the night's event");
    assert_eq!(night.day_period, Some(DayPeriod::Natt));

    let tree = AreaTree::load(&db.store).expect("tree");
    let series = weekly_by_area(&facts, &tree, IsoWeek::of(day(2026, 11, 20)), 2);
    let parent = series.iter().find(|s| s.area_id == w.area).expect("parent");
    assert_eq!(
        parent.counts,
        vec![0, 2],
        "the sub-area's event counts in its parent"
    );
    let only_sub = Filter::new(&tree, &[sub.id], &[]);
    assert_eq!(only_sub.apply(&facts).len(), 1);
    let heat = HeatMap::of(&facts);
    assert_eq!(heat.cells[5][3], 1, "Saturday night");
    assert_eq!(heat.cells[4][2], 1, "Friday evening");
}
