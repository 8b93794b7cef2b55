//! Starting without the demo: `lagesbild init` and the TUI's "Börja tomt" both give a working
//! copy with the taxonomies loaded exactly as the demo loads them.

use std::process::{Command, Output};

use crate::common::app::open;
use lagesbild::domain::{EventType, Factor, Organisation, Term, Theme};
use lagesbild::seed::Taxonomies;
use lagesbild::store::{Access, Store, meta};

pub fn lagesbild(db: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .args(args)
        .env("LAGESBILD_DB", db)
        .env("LAGESBILD_TODAY", "2026-11-19")
        .env("XDG_CONFIG_HOME", db.parent().unwrap_or(db))
        .output()
        .expect("run lagesbild")
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Every taxonomy entry of `data/` is in the store, police aliases included.
fn assert_taxonomies_loaded(store: &Store) {
    let expected = Taxonomies::parse().expect("taxonomies");
    let event_types: Vec<EventType> = store.all().expect("event types");
    assert_eq!(event_types.len(), expected.event_types.len());
    for want in &expected.event_types {
        let got = event_types
            .iter()
            .find(|e| e.id == want.id)
            .expect("event type");
        assert_eq!(got.police_aliases, want.police_aliases, "{}", want.code);
    }
    assert_eq!(
        store.all::<Theme>().expect("themes").len(),
        expected.themes.len()
    );
    assert_eq!(
        store.all::<Factor>().expect("factors").len(),
        expected.factors.len()
    );
    assert_eq!(
        store.all::<Term>().expect("terms").len(),
        expected.terms.len()
    );
    assert!(expected.event_types.len() > 10 && !expected.terms.is_empty());
}

#[test]
fn the_tuis_start_empty_loads_the_taxonomies() {
    let mut app = open(tempfile::tempdir().expect("dir"), 80, 24);
    assert!(app.state.onboarding);
    app.keys(&["t"]);
    app.type_text("Sjöbo kommun");
    app.keys(&["tab"]);
    app.type_text("Säkerhetsenheten");
    app.keys(&["ctrl+s"]);
    assert!(!app.state.onboarding, "{}", app.status());
    assert_taxonomies_loaded(app.store());
    // The municipality is one of the 290, with its kommunkod; the own organisation's kind is a
    // real code of the organisation kinds (not "kommun").
    let store = app.store();
    assert_eq!(
        store
            .setting(meta::MUNICIPALITY)
            .expect("setting")
            .as_deref(),
        Some("Sjöbo")
    );
    assert_eq!(
        store
            .setting(meta::MUNICIPALITY_CODE)
            .expect("setting")
            .as_deref(),
        Some("1265")
    );
    let orgs: Vec<Organisation> = store.all().expect("orgs");
    assert_eq!(orgs.len(), 1);
    assert_eq!(orgs[0].kind, "kommun_forvaltning");
    let kinds: Vec<Term> = store.all().expect("terms");
    assert!(
        kinds
            .iter()
            .any(|t| t.vocabulary == "organisation_kind" && t.code == orgs[0].kind)
    );
}

#[test]
fn start_empty_takes_the_municipality_from_the_290_and_says_beside_the_field_when_not() {
    let mut app = open(tempfile::tempdir().expect("dir"), 80, 24);
    app.keys(&["t"]);
    app.type_text("Atlantis");
    app.keys(&["tab"]);
    app.type_text("Säkerhetsenheten");
    app.keys(&["ctrl+s"]);
    assert!(app.state.onboarding, "nothing saved: {}", app.status());
    let error = app.form_error("municipality").unwrap_or_default();
    assert!(error.contains("Hittar ingen kommun"), "{error}");
    assert!(app.store().all::<Organisation>().expect("orgs").is_empty());
    // What is typed is resolved beside the field as it is typed: a prefix names the candidates.
    // The focus is on the field with the error, its text selected: typing replaces it.
    app.type_text("upplands");
    let screen = app.screen(80, 24);
    assert!(screen.contains("Upplands Väsby (0114)"), "{screen}");
    app.keys(&["ctrl+u"]);
    app.type_text("0138");
    let screen = app.screen(80, 24);
    assert!(screen.contains("Tyresö"), "{screen}");
    app.keys(&["ctrl+s"]);
    assert!(!app.state.onboarding, "{}", app.status());
    assert_eq!(
        app.store()
            .setting(meta::MUNICIPALITY)
            .expect("setting")
            .as_deref(),
        Some("Tyresö")
    );
}

#[test]
fn init_sets_up_an_empty_copy_by_kommunkod_or_name() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("ny.db");
    let out = lagesbild(
        &db,
        &[
            "init",
            "--municipality",
            "0138",
            "--organisation",
            "Tyresö kommun, säkerhetsenheten",
            "--function",
            "trygghetssamordnare",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("Tyresö (0138, Stockholms län)"), "{said}");
    {
        let store = Store::open(&db, Access::ReadOnly).expect("open");
        assert_taxonomies_loaded(&store);
        assert_eq!(
            store
                .setting(meta::MUNICIPALITY)
                .expect("setting")
                .as_deref(),
            Some("Tyresö")
        );
        assert_eq!(
            store
                .setting(meta::MUNICIPALITY_CODE)
                .expect("setting")
                .as_deref(),
            Some("0138")
        );
        let orgs: Vec<Organisation> = store.all().expect("orgs");
        assert_eq!(orgs.len(), 1);
        assert_eq!(orgs[0].name, "Tyresö kommun, säkerhetsenheten");
        assert_eq!(
            store.setting(meta::OWN_ORGANISATION).expect("setting"),
            Some(orgs[0].id.to_string())
        );
        assert_eq!(store.actor(), "trygghetssamordnare");
        assert!(store.setting(meta::DEMO_LOADED).expect("setting").is_none());
    }
    // A second init is refused and changes nothing.
    let again = lagesbild(
        &db,
        &[
            "init",
            "--municipality",
            "Haninge",
            "--organisation",
            "X",
            "--function",
            "y",
        ],
    );
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("redan upplagd för Tyresö"),
        "{}",
        text(&again.stderr)
    );
    // The copy passes the check.
    let check = lagesbild(&db, &["check"]);
    assert!(
        check.status.success(),
        "{}{}",
        text(&check.stdout),
        text(&check.stderr)
    );
}

#[test]
fn init_names_the_candidates_of_an_ambiguous_or_unknown_municipality() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("ny.db");
    let args = |m: &'static str| {
        [
            "init",
            "--municipality",
            m,
            "--organisation",
            "Kommunen",
            "--function",
            "samordnare",
        ]
    };
    let out = lagesbild(&db, &args("upplands"));
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("Upplands Väsby (0114)") && err.contains("Upplands-Bro"),
        "{err}"
    );
    let out = lagesbild(&db, &args("Atlantis"));
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("Hittar ingen kommun"),
        "{}",
        text(&out.stderr)
    );
    assert!(!db.exists(), "nothing was created");
}
