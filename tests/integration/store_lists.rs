//! The store's list rules behind the screens: the typed filter over names, counts that include
//! sub-areas, where a record stands in its list, and what a search hit tells.

use crate::common::*;
use lagesbild::domain::*;
use lagesbild::store::Store;
use lagesbild::store::queries::Page;
use lagesbild::store::queries::actions::ActionFilter;
use lagesbild::store::queries::observations::ObservationFilter;

fn sub_area(store: &mut Store, name: &str, parent: Option<Id>) -> Area {
    let a = Area {
        id: Id::new(),
        classification: Classification::Oppen,
        name: name.into(),
        kind: "stadsdel".into(),
        code: None,
        parent_id: parent,
        police_status: PoliceStatus::Ingen,
        police_status_year: None,
        active: true,
    };
    store.write(|w| w.create(&a)).expect("area");
    a
}

fn text_filter(typed: &str) -> ObservationFilter {
    ObservationFilter {
        text: Some(typed.into()),
        ..ObservationFilter::default()
    }
}

#[test]
fn typed_words_match_the_description_and_the_names_of_area_place_type_and_organisation() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    // Lindängsringen lies in Norra kommundelen.
    let north = sub_area(&mut db.store, "Norra kommundelen", None);
    let mut ring: Area = db.store.require(w.area).expect("area");
    ring.parent_id = Some(north.id);
    let elsewhere = sub_area(&mut db.store, "Östra hamnen", None);
    let mut far = observation(&w, day(2026, 11, 18), "Krossad ruta i porten");
    far.area_id = elsewhere.id;
    far.place_id = None;
    db.store
        .write(|x| {
            x.update(&ring)?;
            x.create(&observation(
                &w,
                day(2026, 11, 17),
                "Krossad ruta vid entrén",
            ))?;
            x.create(&far)
        })
        .expect("write");
    let count = |typed: &str| {
        let shown = db
            .store
            .observations(&text_filter(typed), Page::default())
            .expect("list")
            .len();
        let counted = db
            .store
            .count_observations(&text_filter(typed))
            .expect("count");
        assert_eq!(shown, counted, "list and count agree for {typed}");
        shown
    };
    assert_eq!(count("krossad"), 2, "the description");
    assert_eq!(count("lindängsringen"), 1, "the area, any case");
    assert_eq!(count("norra"), 1, "an area above the observation's");
    assert_eq!(count("torget"), 1, "part of the place name");
    assert_eq!(count("klotter"), 2, "the event type");
    assert_eq!(count("säkerhetsenheten"), 2, "the organisation");
    assert_eq!(
        count("krossad hamnen"),
        1,
        "every word must match somewhere"
    );
    assert_eq!(count("krossad norra"), 1);
    assert_eq!(count("cykel"), 0);
    assert_eq!(count(" - "), 2, "no words, no condition");
}

#[test]
fn counts_per_area_and_week_include_the_areas_below() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let north = sub_area(&mut db.store, "Norra kommundelen", None);
    let mut ring: Area = db.store.require(w.area).expect("area");
    ring.parent_id = Some(north.id);
    let yard = sub_area(&mut db.store, "Ringgården", Some(w.area));
    let mut in_yard = observation(&w, day(2026, 11, 18), "Nedskräpning");
    in_yard.area_id = yard.id;
    in_yard.place_id = None;
    db.store
        .write(|x| {
            x.update(&ring)?;
            x.create(&observation(&w, day(2026, 11, 17), "Klotter"))?;
            x.create(&observation(&w, day(2026, 11, 10), "Klotter"))?;
            x.create(&in_yard)
        })
        .expect("write");
    let (from, to) = (
        IsoWeek::of(day(2026, 11, 10)),
        IsoWeek::of(day(2026, 11, 19)),
    );
    let counts = db
        .store
        .observation_counts_by_area_week_with_subareas(from, to)
        .expect("counts");
    let n = |area: Id, week: &str| {
        counts
            .iter()
            .filter(|(a, w, _)| *a == area && w == week)
            .map(|(_, _, n)| *n)
            .sum::<usize>()
    };
    assert_eq!(n(yard.id, "2026-W47"), 1);
    assert_eq!(n(w.area, "2026-W47"), 2, "Lindängsringen and Ringgården");
    assert_eq!(n(north.id, "2026-W47"), 2, "two levels up");
    assert_eq!(n(north.id, "2026-W46"), 1);

    // Areas that point at each other (bad data) are counted once, and the query ends.
    let mut top: Area = db.store.require(north.id).expect("area");
    top.parent_id = Some(yard.id);
    db.store.write(|x| x.update(&top)).expect("write");
    let counts = db
        .store
        .observation_counts_by_area_week_with_subareas(from, to)
        .expect("counts");
    let in_w47: usize = counts
        .iter()
        .filter(|(a, w, _)| *a == north.id && w == "2026-W47")
        .map(|(_, _, n)| *n)
        .sum();
    assert_eq!(in_w47, 2);
}

#[test]
fn a_record_knows_where_it_stands_in_its_filtered_list() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let old = observation(&w, day(2026, 10, 1), "Klotter på elskåpet");
    let new = observation(&w, day(2026, 11, 18), "Klotter på bänken");
    let mid = observation(&w, day(2026, 11, 2), "Nedskräpning vid torget");
    let late = action(
        &w,
        "Sanera klotter",
        ActionStatus::Beslutad,
        Some(day(2026, 12, 20)),
    );
    let soon = action(
        &w,
        "Röja buskage",
        ActionStatus::Beslutad,
        Some(day(2026, 11, 30)),
    );
    let open_ended = action(&w, "Trygghetsvandring", ActionStatus::Beslutad, None);
    db.store
        .write(|x| {
            for o in [&old, &new, &mid] {
                x.create(o)?;
            }
            for a in [&late, &soon, &open_ended] {
                x.create(a)?;
            }
            Ok(())
        })
        .expect("write");
    let all = ObservationFilter::default();
    let at = |f: &ObservationFilter, id| db.store.observation_position(f, id).expect("position");
    assert_eq!(at(&all, new.id), Some(0), "newest first");
    assert_eq!(at(&all, mid.id), Some(1));
    assert_eq!(at(&all, old.id), Some(2));
    assert_eq!(at(&text_filter("på"), old.id), Some(1));
    assert_eq!(at(&text_filter("på"), mid.id), None, "filtered out");

    let actions = ActionFilter::default();
    let at = |id| db.store.action_position(&actions, id).expect("position");
    assert_eq!(
        (at(soon.id), at(late.id), at(open_ended.id)),
        (Some(0), Some(1), Some(2)),
        "earliest deadline first, none last"
    );
}

#[test]
fn a_search_hit_tells_its_date_and_area() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let seen = observation(&w, day(2026, 11, 17), "Brand i papperskorg vid torget");
    let todo = action(
        &w,
        "Byt papperskorg mot en i plåt",
        ActionStatus::Beslutad,
        Some(day(2026, 12, 6)),
    );
    db.store
        .write(|x| {
            x.create(&seen)?;
            x.create(&todo)
        })
        .expect("write");
    let hits = db.store.search("papperskorg", 10).expect("search");
    let hit = |id| hits.iter().find(|h| h.id == id).expect("hit");
    assert_eq!(hit(seen.id).date, Some(day(2026, 11, 17)));
    assert_eq!(hit(seen.id).area.as_deref(), Some("Lindängsringen"));
    assert_eq!(
        hit(todo.id).date,
        Some(day(2026, 12, 6)),
        "an action's deadline"
    );
    assert_eq!(hit(todo.id).area.as_deref(), Some("Lindängsringen"));
    let places = db.store.search("lindängstorget", 10).expect("search");
    let place = places.iter().find(|h| h.id == w.place).expect("the place");
    assert_eq!(
        place.area.as_deref(),
        Some("Lindängsringen"),
        "a place's area"
    );
    assert_eq!(place.date, None);
}
