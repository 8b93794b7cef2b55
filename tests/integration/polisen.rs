//! The police's open events feed against a real database: both real responses imported, counts
//! checked against an independent scan of the files, re-import, type mapping, quirks, bad input
//! and promotion.

use crate::common;

use std::collections::BTreeMap;

use chrono::{NaiveDate, Timelike};
use common::*;
use lagesbild::domain::municipality::Municipalities;
use lagesbild::domain::*;
use lagesbild::sources::polisen::{self, PolisenError};
use lagesbild::store::Store;
use serde_json::Value;

const OLD: &str = include_str!("../data/polisen/events-2025-06-07.json");
const NEW: &str = include_str!("../data/polisen/events-2026-08-22.json");
const TYPES: &str = include_str!("../data/polisen/event-types-observed.tsv");

/// An independent count per municipality: a plain scan of the JSON, not the parser.
fn independent_counts(text: &str) -> BTreeMap<String, usize> {
    let v: Value = serde_json::from_str(text).expect("json");
    let mut counts = BTreeMap::new();
    for e in v.as_array().expect("list") {
        let name = e["name"].as_str().expect("name");
        let last = name
            .split(',')
            .next_back()
            .expect("part")
            .trim()
            .to_string();
        *counts.entry(last).or_insert(0) += 1;
    }
    counts
}

fn stored(store: &Store) -> Vec<PoliceEvent> {
    store.all::<PoliceEvent>().expect("police events")
}

fn stored_in(store: &Store, municipality: &str) -> usize {
    stored(store)
        .iter()
        .filter(|e| e.municipality == municipality)
        .count()
}

fn import(store: &mut Store, text: &str, kommuner: &[&str]) -> polisen::ImportReport {
    polisen::import_text(store, text, &Municipalities::new(kommuner), "test").expect("import")
}

fn event_type(code: &str, aliases: &[&str]) -> EventType {
    EventType {
        id: Id::from_name("event_type", code),
        classification: Classification::Oppen,
        code: code.into(),
        label_sv: code.into(),
        label_en: code.into(),
        group_code: "ovrigt".into(),
        is_crime: true,
        police_aliases: aliases.iter().map(|a| a.to_string()).collect(),
        sort: 1,
        active: true,
    }
}

/// A few of our event types with police aliases, written the way data files may write them.
fn some_event_types(store: &mut Store) {
    let types = [
        event_type("brand", &["Brand", "Brand automatlarm"]),
        event_type("fylleri", &["Fylleri", "Fylleri/LOB"]),
        event_type(
            "trafikolycka",
            &["trafikolycka", "Trafikolycka, personskada"],
        ),
        event_type("djur", &["Lagen om hundar och katter", "Djur"]),
        event_type("sexualbrott", &["Sexualbrott", "Sedlighetsbrott"]),
    ];
    store
        .write(|w| {
            for t in &types {
                w.create(t)?;
            }
            Ok(())
        })
        .expect("event types");
}

#[test]
fn both_real_files_give_the_independent_counts_per_municipality() {
    for (text, stockholm) in [(OLD, 19), (NEW, 15)] {
        let expected = independent_counts(text);
        assert_eq!(expected.get("Tyresö"), Some(&1));
        assert_eq!(expected.get("Stockholm"), Some(&stockholm));

        let mut db = temp_store();
        let report = import(&mut db.store, text, &["Tyresö kommun"]);
        assert_eq!((report.in_feed, report.kept, report.created), (500, 1, 1));
        assert_eq!(stored_in(&db.store, "Tyresö"), 1);

        let report = import(&mut db.store, text, &["Stockholms stad"]);
        assert_eq!(report.kept, stockholm);
        assert_eq!(stored_in(&db.store, "Stockholm"), stockholm);
        // Stockholm is not Stockholms län.
        assert_eq!(stored_in(&db.store, "Stockholms län"), 0);

        // Every municipality at once: the store holds exactly the independent count of each.
        let mut all = temp_store();
        let names: Vec<&str> = expected.keys().map(String::as_str).collect();
        let report = import(&mut all.store, text, &names);
        assert_eq!(report.kept, 500);
        for (name, n) in &expected {
            assert_eq!(stored_in(&all.store, name), *n, "{name}");
        }
        assert_eq!(report.per_municipality, expected);
    }
}

#[test]
fn reimport_changes_nothing_and_a_changed_event_only_its_fields() {
    let mut db = temp_store();
    some_event_types(&mut db.store);
    import(&mut db.store, OLD, &["Stockholm", "Tyresö"]);
    let ops = db.store.op_count().expect("ops");
    let before = stored(&db.store);

    let again = import(&mut db.store, OLD, &["Stockholm", "Tyresö"]);
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 20));
    assert_eq!(db.store.op_count().expect("ops"), ops);
    assert_eq!(stored(&db.store), before);

    // The police edit a summary: one op, on that field, on that record.
    let old_summary = "Bilist misstänks för brott.";
    let v: Value = serde_json::from_str(OLD).expect("json");
    let target = v
        .as_array()
        .expect("list")
        .iter()
        .find(|e| e["name"].as_str().is_some_and(|n| n.ends_with("Tyresö")))
        .expect("Tyresö event")
        .clone();
    let edited = OLD.replacen(
        &format!("\"summary\": {}", target["summary"]),
        "\"summary\": \"Uppdaterad text.\"",
        1,
    );
    assert_ne!(edited, OLD, "{old_summary}");
    let report = import(&mut db.store, &edited, &["Stockholm", "Tyresö"]);
    assert_eq!(
        (report.created, report.updated, report.unchanged),
        (0, 1, 19)
    );
    assert_eq!(db.store.op_count().expect("ops"), ops + 1);
    let id = polisen::record_id(target["id"].as_i64().expect("id"));
    let history = db.store.history(id).expect("history");
    assert_eq!(
        history.last().and_then(|h| h.field.clone()).as_deref(),
        Some("summary")
    );
    assert_eq!(
        db.store.require::<PoliceEvent>(id).expect("event").summary,
        "Uppdaterad text."
    );
    assert!(db.store.check().expect("check").ok());
}

#[test]
fn every_observed_type_is_mapped_or_kept_as_unknown() {
    let types: Vec<String> = TYPES
        .lines()
        .filter(|l| l.starts_with('\''))
        .map(|l| {
            let quoted = l.split('\t').next().expect("column");
            quoted[1..quoted.len() - 1].to_string()
        })
        .collect();
    assert_eq!(types.len(), 97);
    let feed: Vec<Value> = types
        .iter()
        .enumerate()
        .map(|(i, t)| {
            serde_json::json!({
                "id": 900_000 + i as i64,
                "datetime": "2026-08-22 9:00:00 +02:00",
                "name": format!("22 augusti 08.{:02}, {}, Tyresö", i % 60, t.trim_end()),
                "summary": "Syntetisk händelse.",
                "url": format!("/aktuellt/handelser/{i}/"),
                "type": t,
                "location": { "name": "Stockholms län", "gps": "59.3,18.0" }
            })
        })
        .collect();
    let mut db = temp_store();
    some_event_types(&mut db.store);
    let report = import(
        &mut db.store,
        &serde_json::to_string(&feed).expect("json"),
        &["Tyresö"],
    );
    assert_eq!(report.kept, 97, "no type is dropped");

    let week = IsoWeek::of(NaiveDate::from_ymd_opt(2026, 8, 22).expect("date"));
    let rows = db
        .store
        .police_events_in_week(week, &Municipalities::new(&["Tyresö"]))
        .expect("week");
    assert_eq!(rows.len(), 97);
    let mapped = |t: &str| Some(Id::from_name("event_type", t));
    for r in &rows {
        match r.police_type.as_str() {
            "Brand" | "Brand automatlarm" => assert_eq!(r.event_type_id, mapped("brand")),
            "Fylleri" | "Fylleri/LOB" => assert_eq!(r.event_type_id, mapped("fylleri")),
            "Trafikolycka" | "Trafikolycka, personskada" => {
                assert_eq!(r.event_type_id, mapped("trafikolycka"))
            }
            // Trailing space in the feed, none in the alias.
            "Lagen om hundar och katter " | "Djur" => assert_eq!(r.event_type_id, mapped("djur")),
            "Sexualbrott" | "Sedlighetsbrott" => {
                assert_eq!(r.event_type_id, mapped("sexualbrott"))
            }
            other => {
                assert_eq!(r.event_type_id, None, "{other}");
                assert_eq!(r.type_label_sv(), format!("okänd typ: {}", other.trim()));
            }
        }
    }
    assert_eq!(
        rows.iter().filter(|r| r.event_type_id.is_some()).count(),
        10
    );
    assert_eq!(report.unknown_types.len(), 87);
    assert!(report.unknown_types.contains_key("Sammanfattning natt"));
}

#[test]
fn the_feeds_quirks_in_the_real_files() {
    let mut db = temp_store();
    import(&mut db.store, OLD, &["Kungsör"]);
    import(&mut db.store, NEW, &["Hjo", "Kävlinge"]);

    // Un-padded hour: "2025-06-07 7:32:06 +02:00".
    let kungsor = db
        .store
        .police_event_by_police_id(588172)
        .expect("query")
        .expect("588172");
    assert_eq!(
        kungsor.published_at.to_rfc3339(),
        "2025-06-07T05:32:06+00:00"
    );
    assert_eq!(
        kungsor.incident_at.map(|t| (t.hour(), t.minute())),
        Some((18, 50))
    );
    assert_eq!(kungsor.county, None);
    assert_eq!(
        kungsor.url,
        "https://polisen.se/aktuellt/handelser/2025/juni/6/06-juni-18.50-trafikbrott-kungsor/"
    );
    assert_eq!(kungsor.classification, Classification::Oppen);

    // A comma inside `type`, and the county as the location.
    let hjo = stored(&db.store)
        .into_iter()
        .find(|e| e.municipality == "Hjo")
        .expect("Hjo");
    assert_eq!(hjo.police_type, "Trafikolycka, personskada");
    assert_eq!(hjo.county.as_deref(), Some("Västra Götalands län"));
    let kavlinge = db
        .store
        .police_event_by_police_id(650297)
        .expect("query")
        .expect("650297");
    assert_eq!(kavlinge.municipality, "Kävlinge");
    assert_eq!(kavlinge.county.as_deref(), Some("Skåne län"));
    assert_eq!(
        (kavlinge.lat, kavlinge.lon),
        (Some(55.990257), Some(13.595769))
    );
    assert_eq!(
        kavlinge.incident_at.map(|t| t.to_string()).as_deref(),
        Some("2026-08-22 17:59:00")
    );
}

#[test]
fn bad_input_gives_a_swedish_error_and_changes_nothing() {
    let mut db = temp_store();
    import(&mut db.store, OLD, &["Tyresö"]);
    let ops = db.store.op_count().expect("ops");
    let kommuner = Municipalities::new(&["Stockholm"]);
    let cut = &NEW[..NEW.len() * 2 / 3];
    let wrong_shape = NEW.replacen(
        "\"datetime\": \"2026-08-22 17:48:23 +02:00\"",
        "\"datetime\": 17",
        1,
    );
    let cases: [(&str, &str); 4] = [
        (
            "<html><body>Sidan finns inte</body></html>",
            "inte giltig JSON",
        ),
        (cut, "avkortad"),
        (&wrong_shape, "händelse nr 2 (id "),
        (r#"{"error": "för många anrop"}"#, "ska vara en lista"),
    ];
    for (text, expected) in cases {
        let err = polisen::import_text(&mut db.store, text, &kommuner, "test").expect_err("bad");
        let msg = err.to_string();
        assert!(msg.contains(expected), "{msg}");
        assert!(msg.contains("Inget har lästs in"), "{msg}");
        assert_eq!(db.store.op_count().expect("ops"), ops, "{msg}");
        assert_eq!(stored(&db.store).len(), 1);
    }
    let err = polisen::import_text(&mut db.store, OLD, &Municipalities::default(), "test")
        .expect_err("no kommun");
    assert!(matches!(err, PolisenError::NoMunicipality));
}

#[test]
fn the_own_municipality_setting_selects_the_weeks_events() {
    let mut db = temp_store();
    import(&mut db.store, NEW, &["Tyresö", "Stockholm"]);
    let week = IsoWeek::of(NaiveDate::from_ymd_opt(2026, 8, 20).expect("date"));
    let all = db.store.own_police_events_in_week(week).expect("all");
    db.store
        .set_setting(lagesbild::store::meta::MUNICIPALITY, "Tyresö kommun")
        .expect("setting");
    let own = db.store.own_police_events_in_week(week).expect("own");
    assert!(all.len() > own.len());
    assert!(own.iter().all(|r| r.municipality == "Tyresö"));
    // Events outside the week are not in it.
    let next = db
        .store
        .own_police_events_in_week(week.plus_weeks(1))
        .expect("next");
    assert!(next.is_empty());
    assert!(all.windows(2).all(|p| p[0].day <= p[1].day));
}
