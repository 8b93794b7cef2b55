//! Promoting a police event to an observation: once, with the mapped or a chosen type, and
//! with the personal-data rule for the summary that becomes the description.

use crate::common;

use common::*;
use lagesbild::domain::municipality::Municipalities;
use lagesbild::domain::*;
use lagesbild::sources::polisen::{self, PolisenError, Promotion, Target};
use lagesbild::store::Store;

const OLD: &str = include_str!("../data/polisen/events-2025-06-07.json");
const NEW: &str = include_str!("../data/polisen/events-2026-08-22.json");

fn import(store: &mut Store, text: &str, kommuner: &[&str]) -> polisen::ImportReport {
    polisen::import_text(store, text, &Municipalities::new(kommuner), "test").expect("import")
}

fn stored(store: &Store) -> Vec<PoliceEvent> {
    store.all::<PoliceEvent>().expect("police events")
}

/// "Trafikolycka, personskada" (both Tyresö events) as a known type.
fn traffic_type(store: &mut Store) -> Id {
    let t = EventType {
        id: Id::from_name("event_type", "trafikolycka"),
        classification: Classification::Oppen,
        code: "trafikolycka".into(),
        label_sv: "Trafikolycka".into(),
        label_en: "Traffic accident".into(),
        group_code: "trafik".into(),
        is_crime: false,
        police_aliases: vec!["Trafikolycka, personskada".into()],
        sort: 1,
        active: true,
    };
    store.write(|w| w.create(&t)).expect("event type")
}

#[test]
fn promote_to_an_observation_once() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    traffic_type(&mut db.store);
    // One Tyresö event in each file, both "Trafikolycka, personskada" (mapped here).
    import(&mut db.store, OLD, &["Tyresö"]);
    import(&mut db.store, NEW, &["Tyresö"]);
    let events = stored(&db.store);
    assert_eq!(events.len(), 2);
    let event = &events[0];
    assert_eq!(
        event.event_type_id,
        Some(Id::from_name("event_type", "trafikolycka"))
    );
    let promotion = Promotion {
        target: Target::Place(w.place),
        organisation: w.org,
        event_type: None,
        confirm_personal_data: false,
    };
    let obs_id = polisen::promote(&mut db.store, event.police_id, &promotion).expect("promote");
    let obs = db
        .store
        .require::<Observation>(obs_id)
        .expect("observation");
    assert_eq!(obs.source, ObservationSource::PolisensOppnaData);
    assert_eq!(obs.external_ref, Some(event.police_id.to_string()));
    assert_eq!(obs.review_status, ReviewStatus::Ny);
    assert_eq!(obs.description, event.summary);
    assert_eq!((obs.area_id, obs.place_id), (w.area, Some(w.place)));
    assert_eq!(Some(obs.occurred_on), event.incident_at.map(|t| t.date()));
    assert_eq!(obs.time_from, event.incident_at.map(|t| t.time()));
    let linked = db.store.require::<PoliceEvent>(event.id).expect("event");
    assert_eq!(linked.observation_id, Some(obs_id));

    let ops = db.store.op_count().expect("ops");
    let again = polisen::promote(&mut db.store, event.police_id, &promotion).expect_err("twice");
    assert!(again.to_string().contains("redan"), "{again}");
    assert_eq!(db.store.op_count().expect("ops"), ops);

    // Once that observation is deleted, the event may be promoted again.
    db.store
        .write(|w| w.delete(EntityKind::Observation, obs_id))
        .expect("delete");
    let obs_id = polisen::promote(&mut db.store, event.police_id, &promotion).expect("again");
    let obs = db
        .store
        .require::<Observation>(obs_id)
        .expect("observation");
    let ops = db.store.op_count().expect("ops");

    // A re-import keeps the link.
    import(&mut db.store, OLD, &["Tyresö"]);
    import(&mut db.store, NEW, &["Tyresö"]);
    assert_eq!(db.store.op_count().expect("ops"), ops);

    // The week's list shows it as promoted, and the other one not.
    let week = IsoWeek::of(obs.occurred_on);
    let rows = db
        .store
        .police_events_in_week(week, &Municipalities::default())
        .expect("week");
    let row = rows
        .iter()
        .find(|r| r.police_id == event.police_id)
        .expect("row");
    assert!(row.is_promoted());
    assert_eq!(row.day, obs.occurred_on);

    // An unknown type ("Trafikbrott" has no alias here) needs a type chosen by the user.
    import(&mut db.store, OLD, &["Kungsör"]);
    let err = polisen::promote(&mut db.store, 588172, &promotion).expect_err("type");
    assert!(matches!(err, PolisenError::UnknownType { .. }), "{err}");
    assert!(err.to_string().contains("--type"), "{err}");
    let chosen = Promotion {
        target: Target::Area(w.area),
        event_type: Some(w.event_type),
        ..promotion
    };
    let obs = polisen::promote(&mut db.store, 588172, &chosen).expect("with a type");
    let obs = db.store.require::<Observation>(obs).expect("observation");
    assert_eq!((obs.event_type_id, obs.place_id), (w.event_type, None));
    let missing = polisen::promote(&mut db.store, 1, &promotion).expect_err("missing");
    assert!(matches!(missing, PolisenError::NoSuchEvent(1)));
    assert!(db.store.check().expect("check").ok());
}

#[test]
fn a_summary_that_looks_like_personal_data_needs_confirmation() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let feed = serde_json::json!([{
        "id": 700001,
        "datetime": "2026-08-22 9:05:00 +02:00",
        "name": "22 augusti 08.40, Trafikkontroll, Tyresö",
        "summary": "Bil med registreringsnummer ABC 123 stoppades vid kontroll.",
        "url": "/aktuellt/handelser/700001/",
        "type": "Trafikkontroll",
        "location": { "name": "Stockholms län", "gps": "59.3,18.0" }
    }]);
    import(&mut db.store, &feed.to_string(), &["Tyresö"]);
    let mut promotion = Promotion {
        target: Target::Place(w.place),
        organisation: w.org,
        event_type: Some(w.event_type),
        confirm_personal_data: false,
    };
    let ops = db.store.op_count().expect("ops");
    let err = polisen::promote(&mut db.store, 700001, &promotion).expect_err("warned");
    assert!(matches!(err, PolisenError::PersonalData { .. }), "{err}");
    assert!(err.to_string().contains("ABC 123"), "{err}");
    assert!(err.to_string().contains("--confirm"), "{err}");
    assert_eq!(db.store.op_count().expect("ops"), ops);

    promotion.confirm_personal_data = true;
    let obs = polisen::promote(&mut db.store, 700001, &promotion).expect("confirmed");
    assert!(
        db.store
            .require::<Observation>(obs)
            .expect("observation")
            .pii_confirmed
    );
}
