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

/// The page of a text-filtered list is read from the head of the list when the head holds it
/// (see `store::queries::observation_page`); it must be the same page the whole list gives,
/// for dense and rare words, names, several words and pages further down. The observations
/// are created in an order unlike the list's, so the head's rows are scattered over the index.
#[test]
fn a_filtered_page_is_the_same_whether_read_from_the_head_of_the_list_or_the_whole_list() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let harbour = sub_area(&mut db.store, "Östra hamnen", None);
    let total = 2_600_i64;
    let observations: Vec<Observation> = (0..total)
        .map(|i| {
            // Dates in a scrambled order (7919 is prime to the count).
            let days = (i * 7_919) % total;
            let text = match days {
                d if d < 5 => "Papperskorg brann",
                d if d % 3 == 0 => "Klotter på väggen",
                d if d % 7 == 0 => "Krossad ruta",
                _ => "Nedskräpning vid bänken",
            };
            let mut o = observation(&w, day(2019, 1, 1) + chrono::Days::new(days as u64), text);
            if days % 11 == 0 {
                o.area_id = harbour.id;
                o.place_id = None;
            }
            o
        })
        .collect();
    db.store
        .write(|x| observations.iter().try_for_each(|o| x.create(o).map(drop)))
        .expect("write");
    let all = db
        .store
        .observations(&ObservationFilter::default(), Page::default())
        .expect("all");
    assert_eq!(all.len(), total as usize);
    // The filter's rule, by hand: a word starts a word of the description, or (two letters
    // or more) lies inside the name of the area, place, event type or organisation.
    let matches = |row: &lagesbild::store::queries::observations::ObservationRow, typed: &str| {
        typed.split(' ').all(|word| {
            let in_text = row
                .description
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|d| d.starts_with(word));
            let names = format!(
                "{} {} {} skadegorelse {}",
                row.area,
                row.place.clone().unwrap_or_default(),
                row.event_type,
                row.organisation
            )
            .to_lowercase();
            in_text || (word.chars().count() > 1 && names.contains(word))
        })
    };
    for typed in ["k", "kr", "hamnen", "papperskorg", "klotter hamnen", "x"] {
        let expected: Vec<Id> = all
            .iter()
            .filter(|r| matches(r, typed))
            .map(|r| r.id)
            .collect();
        assert!(
            typed == "x" || !expected.is_empty(),
            "{typed} matches something"
        );
        for page in [
            Page::new(0, 121),
            Page::new(121, 121),
            Page::new(2_000, 121),
            Page::default(),
        ] {
            let shown: Vec<Id> = db
                .store
                .observations(&text_filter(typed), page)
                .expect("page")
                .iter()
                .map(|r| r.id)
                .collect();
            let want: Vec<Id> = expected
                .iter()
                .skip(page.offset)
                .take(page.limit)
                .copied()
                .collect();
            assert_eq!(shown, want, "{typed} at {}", page.offset);
        }
    }
}
