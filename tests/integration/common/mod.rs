//! Shared test fixtures: a real database file in a temporary directory and a few records.
#![allow(dead_code)]

use chrono::{NaiveDate, Utc};
use lagesbild::domain::*;
use lagesbild::store::{Access, Store};

pub mod app;
pub mod police;
pub mod pty;
pub mod town;

pub struct TempDb {
    pub dir: tempfile::TempDir,
    pub store: Store,
}

impl TempDb {
    pub fn path(&self) -> std::path::PathBuf {
        self.dir.path().join("lagesbild.db")
    }
}

pub fn temp_store() -> TempDb {
    let dir = tempfile::tempdir().expect("temp dir");
    let store =
        Store::open(&dir.path().join("lagesbild.db"), Access::ReadWrite).expect("open store");
    TempDb { dir, store }
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// The ids of a minimal world: one organisation, one area with a place, one event type.
pub struct World {
    pub org: Id,
    pub area: Id,
    pub place: Id,
    pub event_type: Id,
}

pub fn organisation(name: &str) -> Organisation {
    Organisation {
        id: Id::new(),
        classification: Classification::Oppen,
        name: name.into(),
        short_name: None,
        kind: "sakerhetsenhet".into(),
        is_authority: true,
        active: true,
    }
}

pub fn world(store: &mut Store) -> World {
    let org = organisation("Sjöviks kommun – säkerhetsenheten");
    let area = Area {
        id: Id::new(),
        classification: Classification::Oppen,
        name: "Lindängsringen".into(),
        kind: "bostadsomrade".into(),
        code: None,
        parent_id: None,
        police_status: PoliceStatus::Ingen,
        police_status_year: None,
        active: true,
    };
    let place = Place {
        id: Id::new(),
        classification: Classification::Oppen,
        area_id: area.id,
        name: "Lindängstorget".into(),
        kind: "torg".into(),
        public_kind: PublicKind::Offentlig,
        lat: None,
        lon: None,
        active: true,
    };
    let et = EventType {
        id: Id::new(),
        classification: Classification::Oppen,
        code: "skadegorelse".into(),
        label_sv: "Skadegörelse/klotter".into(),
        label_en: "Vandalism/graffiti".into(),
        group_code: "skadegorelse".into(),
        is_crime: true,
        police_aliases: vec!["Skadegörelse".into()],
        sort: 1,
        active: true,
    };
    let w = World {
        org: org.id,
        area: area.id,
        place: place.id,
        event_type: et.id,
    };
    store
        .write(|w| {
            w.create(&org)?;
            w.create(&area)?;
            w.create(&place)?;
            w.create(&et)?;
            Ok(())
        })
        .expect("world");
    w
}

pub fn observation(w: &World, on: NaiveDate, text: &str) -> Observation {
    Observation {
        id: Id::new(),
        classification: Classification::Begransad,
        reporting_org_id: w.org,
        reporter_id: None,
        event_type_id: w.event_type,
        area_id: w.area,
        place_id: Some(w.place),
        occurred_on: on,
        occurred_until: None,
        time_from: None,
        time_to: None,
        day_period: Some(DayPeriod::Kvall),
        reported_at: Utc::now(),
        description: text.into(),
        grade: Grade::Medel,
        severity: Severity::Storning,
        count_estimate: None,
        source: ObservationSource::Rapportor,
        external_ref: None,
        review_status: ReviewStatus::Ny,
        duplicate_of_id: None,
        pii_confirmed: false,
    }
}

pub fn action(w: &World, title: &str, status: ActionStatus, due: Option<NaiveDate>) -> Action {
    Action {
        id: Id::new(),
        classification: Classification::Begransad,
        title: title.into(),
        description: String::new(),
        kind: ActionKind::Situationell,
        horizon: Horizon::Kort,
        area_id: Some(w.area),
        place_id: Some(w.place),
        responsible_org_id: Some(w.org),
        responsible_function: "trygghetssamordnare".into(),
        partner_org_ids: vec![],
        start_on: None,
        due_on: due,
        due_week: None,
        recurrence: None,
        status,
        origin: ActionOrigin::Vecka,
        meeting_id: None,
        plan_item_id: None,
        priority_id: None,
        promise_activity_id: None,
        finding_id: None,
        theme_ids: vec![],
        factor_ids: vec![],
        expected_effect: String::new(),
        result: String::new(),
        done_on: None,
        pii_confirmed: false,
    }
}

/// Text asked for in English: no Swedish letter and no Swedish-only word in it.
pub fn assert_english(said: &str) {
    assert!(!said.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']), "{said}");
    for word in crate::report_demo::SWEDISH_ONLY {
        assert!(!said.contains(word), "{word}: {said}");
    }
}
