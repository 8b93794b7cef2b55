//! The police feed with the real taxonomies from `data/` and the demo municipality (Sjöviks
//! kommun, fictional): the own municipality and organisation come from the settings the demo
//! wrote, as they will for a user.

use crate::common;

use std::path::Path;
use std::process::{Command, Output};

use chrono::NaiveDate;
use common::*;
use lagesbild::domain::municipality::Municipalities;
use lagesbild::domain::{EventType, IsoWeek, Lang, Observation, ObservationSource, PoliceEvent};
use lagesbild::seed::{self, DemoOptions};
use lagesbild::sources::polisen;
use lagesbild::store::{Access, Store};

const NEW: &str = include_str!("../data/polisen/events-2026-08-22.json");
const OBSERVED: &str = include_str!("../data/polisen/event-types-observed.tsv");

/// Tests here start the binary while other tests hold a database open. A child process forked
/// in between holds a copy of that database's lock until it execs, which under load can refuse
/// the other test's next run; so this file's tests run one at a time.
fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run lagesbild")
}

fn out(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn every_observed_type_is_mapped_by_its_alias_or_kept_as_unknown() {
    let _serial = one_at_a_time();
    let mut db = temp_store();
    seed::load_taxonomies(&mut db.store).expect("taxonomies");
    let types: Vec<EventType> = db.store.all().expect("event types");
    let map = polisen::TypeMap::load(&db.store).expect("map");
    let mut mapped = 0;
    for line in OBSERVED.lines().filter(|l| l.starts_with('\'')) {
        let quoted = line.split('\t').next().expect("column");
        let police_type = &quoted[1..quoted.len() - 1];
        // Independently: the event types whose aliases name this type.
        let owners: Vec<&EventType> = types
            .iter()
            .filter(|t| {
                t.police_aliases
                    .iter()
                    .any(|a| a.trim().to_lowercase() == police_type.trim().to_lowercase())
            })
            .collect();
        match map.map(police_type) {
            Some(id) => {
                assert_eq!(owners.len(), 1, "{police_type}");
                assert_eq!(owners[0].id, id, "{police_type}");
                mapped += 1;
            }
            None => assert!(
                owners.is_empty(),
                "{police_type} has an alias but was not mapped"
            ),
        }
    }
    assert!(mapped > 30, "only {mapped} mapped");
}

#[test]
fn the_demo_municipality_imports_lists_and_promotes_from_its_settings() {
    let _serial = one_at_a_time();
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("lagesbild.db");
    {
        let mut store = Store::open(&db, Access::ReadWrite).expect("open");
        let today = NaiveDate::from_ymd_opt(2026, 11, 19).expect("date");
        seed::load_demo(&mut store, &DemoOptions { today, years: None }).expect("demo");
    }
    // The real response, with two real municipalities renamed to the fictional one.
    let feed = NEW
        .replace(", Kävlinge\"", ", Sjövik\"")
        .replace(", Tyresö\"", ", Sjövik\"");
    let file = dir.path().join("handelser.json");
    std::fs::write(&file, feed).expect("write");

    let o = run(&db, &["polisen", "import", file.to_str().expect("path")]);
    assert!(o.status.success(), "{}", out(&o));
    assert!(out(&o).contains("3 gäller Sjöviks kommun"), "{}", out(&o));
    assert!(
        out(&o).contains("”Trafikolycka, personskada” (1)"),
        "{}",
        out(&o)
    );

    let o = run(&db, &["polisen", "list", "--week", "2026-W34"]);
    let text = out(&o);
    assert!(text.contains("3 st."), "{text}");
    assert!(
        text.contains("okänd typ: Trafikolycka, personskada"),
        "{text}"
    );
    assert!(text.contains("Brand"), "{text}");

    // Org from the settings; the type from the taxonomy.
    let o = run(
        &db,
        &["polisen", "promote", "650297", "--plats", "Stationstorget"],
    );
    assert!(o.status.success(), "{}", out(&o));
    let o = run(
        &db,
        &["polisen", "promote", "649813", "--plats", "Stationstorget"],
    );
    assert!(!o.status.success());
    assert!(out(&o).contains("--type"), "{}", out(&o));

    let store = Store::open(&db, Access::ReadOnly).expect("reopen");
    let event = store
        .police_event_by_police_id(650297)
        .expect("query")
        .expect("event");
    let obs: Observation = store
        .require(event.observation_id.expect("promoted"))
        .expect("observation");
    assert_eq!(obs.source, ObservationSource::PolisensOppnaData);
    assert_eq!(Some(obs.event_type_id), event.event_type_id);
    assert_eq!(obs.event_type_id, seed::event_type_id("brand"));
    let week = IsoWeek::of(NaiveDate::from_ymd_opt(2026, 8, 22).expect("date"));
    let rows = store.own_police_events_in_week(week).expect("week");
    assert_eq!(rows.len(), 3);
    assert_eq!(rows.iter().filter(|r| r.is_promoted()).count(), 1);
    let brand = rows.iter().find(|r| r.police_id == 650297).expect("Brand");
    assert_eq!(
        brand.type_label(Lang::Sv),
        brand.event_type.clone().expect("mapped")
    );
    assert_eq!(
        brand.type_label(Lang::En),
        brand.event_type_en.clone().expect("mapped")
    );
    let traffic = rows
        .iter()
        .find(|r| r.police_id == 649813)
        .expect("Trafikolycka");
    assert_eq!(
        traffic.type_label(Lang::Sv),
        "okänd typ: Trafikolycka, personskada"
    );
    assert_eq!(
        traffic.type_label(Lang::En),
        "unknown type: Trafikolycka, personskada"
    );
    let all: Vec<PoliceEvent> = store.all().expect("events");
    assert!(all.iter().all(|e| e.municipality == "Sjövik"));
    assert_eq!(
        store
            .police_events_in_week(week, &Municipalities::new(&["Sjöviks kommun"]))
            .expect("week")
            .len(),
        3
    );
    assert!(store.check().expect("check").ok());
}

#[test]
fn events_imported_before_the_taxonomies_are_mapped_afterwards() {
    let _serial = one_at_a_time();
    let mut db = temp_store();
    let kommuner = Municipalities::new(&["Stockholm", "Malmö"]);
    let report = polisen::import_text(&mut db.store, NEW, &kommuner, "test").expect("import");
    assert_eq!(report.unknown_types.values().sum::<usize>(), report.kept);

    seed::load_taxonomies(&mut db.store).expect("taxonomies");
    let map = polisen::TypeMap::load(&db.store).expect("map");
    let events: Vec<PoliceEvent> = db.store.all().expect("events");
    let mappable = events
        .iter()
        .filter(|e| map.map(&e.police_type).is_some())
        .count();
    assert!(mappable > 0);
    assert_eq!(
        polisen::remap_types(&mut db.store).expect("remap"),
        mappable
    );
    let ops = db.store.op_count().expect("ops");
    assert_eq!(polisen::remap_types(&mut db.store).expect("again"), 0);
    assert_eq!(db.store.op_count().expect("ops"), ops);
    for e in db.store.all::<PoliceEvent>().expect("events") {
        assert_eq!(
            e.event_type_id,
            map.map(&e.police_type),
            "{}",
            e.police_type
        );
    }
    // A later import agrees with the re-mapping: nothing to change.
    let again = polisen::import_text(&mut db.store, NEW, &kommuner, "test").expect("import");
    assert_eq!(again.unchanged, again.kept);
}
