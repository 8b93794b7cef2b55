//! Jobs that can be cancelled, and quitting while one runs: the demo load is one transaction
//! (a cancel leaves nothing), a report export stops before its file is written, a bundle's
//! preview is dropped without asking, the cancel key is in the key bar while a job runs, and
//! quitting asks. Real SQLite files; the real binary in a pty in `tui_pty`.

use crate::common;
use crate::support;

use common::app::*;
use lagesbild::domain::*;
use lagesbild::store::{Access, Store, meta};
use lagesbild::tui::app::jobs::{JobEvent, JobKind};
use lagesbild::tui::app::messages::Msg;
use lagesbild::tui::app::state::Overlay;
use support::*;

fn job(app: &mut App, label: &str, kind: JobKind) {
    lagesbild::tui::pump(
        &mut app.state,
        &mut app.io,
        Msg::Job(JobEvent::Started {
            id: 99,
            label: label.into(),
            kind,
        }),
    );
}

#[test]
fn a_cancelled_demo_load_leaves_nothing_behind_and_a_full_one_goes_through_after() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("lagesbild.db");
    let mut store = Store::open(&db, Access::ReadWrite).expect("open");
    let before = store.op_count().expect("ops");
    let mut last = 0.0;
    let answer = lagesbild::services::demo::load(&mut store, today(), &mut |fraction| {
        last = fraction;
        fraction < 0.5
    });
    let text = answer.expect_err("cancelled");
    assert!(
        text.contains("avbröts") && text.contains("Inget sparades"),
        "{text}"
    );
    assert!(
        (0.5..0.6).contains(&last),
        "stopped at the first week past half: {last}"
    );
    drop(store);

    // Read back from the file: not the base data, not a week, not a setting.
    let store = Store::open(&db, Access::ReadWrite).expect("reopen");
    assert_eq!(store.op_count().expect("ops"), before);
    assert!(store.all::<Organisation>().expect("orgs").is_empty());
    assert!(store.all::<Observation>().expect("obs").is_empty());
    assert_eq!(store.setting(meta::MUNICIPALITY).expect("setting"), None);
    assert_eq!(store.setting(meta::DEMO_LOADED).expect("setting"), None);

    // Nothing half-written is in the way of loading it whole.
    let mut store = store;
    let label = lagesbild::services::demo::load(&mut store, today(), &mut |_| true)
        .expect("the whole demo");
    assert!(label.starts_with("Demodata för"), "{label}");
    assert!(store.op_count().expect("ops") > 1000);
}

#[test]
fn a_report_export_cancelled_before_its_file_is_written_leaves_no_file() {
    let mut app = demo_app_sized(80, 24);
    let out = tempfile::tempdir().expect("out");
    app.state.export_dir = out.path().to_path_buf();
    app.keys(&["3", "e"]);
    assert!(matches!(app.state.overlay, Some(Overlay::Form(_))));
    // The cancel key's request, as the worker sees it while the document is rendered.
    app.state.jobs.cancel.request();
    app.keys(&["ctrl+s"]);
    assert_eq!(app.status(), "Exporten avbröts. Ingen fil skrevs.");
    let left: Vec<_> = std::fs::read_dir(out.path()).expect("dir").collect();
    assert!(
        left.is_empty(),
        "no file, not even a temporary one: {left:?}"
    );

    // The next export starts afresh (the worker clears the request at each job's start).
    app.state.jobs.cancel.clear();
    app.keys(&["e", "ctrl+s"]);
    assert!(app.status().starts_with("Skrev "), "{}", app.status());
    assert_eq!(std::fs::read_dir(out.path()).expect("dir").count(), 1);
}

#[test]
fn a_cancelled_preview_asks_nothing_and_imports_nothing() {
    let (mut a, b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let obs = common::observation(&w, common::day(2026, 11, 16), "Klotter vid gångtunneln");
    a.store.write(|x| x.create(&obs)).expect("write");
    let files = tempfile::tempdir().expect("dir");
    let file = files
        .path()
        .join("paket-till-lokalpolisområde-nacka-2026-11-19.lagesbild");
    lagesbild::exchange::export::export_to(&mut a.store, "Lokalpolisområde Nacka", &file, false)
        .expect("export");
    let Copy { dir, store, .. } = b;
    drop(store);
    let mut polis = open(dir, 80, 24);
    polis.state.exchange.cwd = Some(files.path().to_path_buf());
    polis.keys(&["7", "i"]);
    polis.type_text("paket-till-lokalpolisområde-nacka-2026-11-19.lagesbild");
    polis.state.jobs.cancel.request();
    polis.keys(&["enter"]);
    assert!(polis.state.overlay.is_none(), "{:?}", polis.state.overlay);
    assert_eq!(
        polis.status(),
        "Förhandsvisningen avbröts. Inget importerades."
    );
    assert!(
        polis
            .store()
            .get::<Observation>(obs.id)
            .expect("get")
            .is_none()
    );
}

#[test]
fn the_cancel_key_is_in_the_key_bar_while_a_cancellable_job_runs_and_stops_it() {
    let mut app = demo_app_sized(80, 24);
    job(&mut app, "Läser in demodata", JobKind::Cancellable);
    let screen = app.screen(80, 24);
    let bar = screen.lines().last().unwrap_or_default().to_string();
    assert!(bar.starts_with("Esc avbryt jobbet"), "{bar}");
    app.keys(&["esc"]);
    assert!(app.state.jobs.cancel.is_requested());
    assert_eq!(app.status(), "Avbryter ”Läser in demodata” …");
    let screen = app.screen(80, 24);
    assert!(screen.contains("Avbryter: Läser in demodata"), "{screen}");
    assert!(
        !screen.contains("avbryt jobbet"),
        "asked once, the key goes: {screen}"
    );
}

#[test]
fn a_job_that_must_finish_cannot_be_cancelled_and_its_key_bar_says_nothing_of_it() {
    let mut app = demo_app_sized(80, 24);
    job(
        &mut app,
        "Skriver något som måste bli klart",
        JobKind::MustFinish,
    );
    assert!(!app.screen(80, 24).contains("avbryt jobbet"));
    app.keys(&["esc"]);
    assert!(!app.state.jobs.cancel.is_requested());
}

#[test]
fn quitting_during_a_job_asks_first_and_says_what_happens_to_it() {
    let mut app = demo_app_sized(80, 24);
    job(&mut app, "Läser in demodata", JobKind::Cancellable);
    for quit in ["q", "ctrl+c"] {
        app.keys(&[quit]);
        let Some(Overlay::Confirm { question, .. }) = &app.state.overlay else {
            panic!("{quit} asks: {:?}", app.state.overlay)
        };
        assert!(
            question.contains("”Läser in demodata” pågår. Avbryta det och avsluta?"),
            "{question}"
        );
        assert!(!app.state.quit);
        app.keys(&["n"]);
        assert!(app.state.overlay.is_none());
    }
    app.keys(&["q", "j"]);
    assert!(app.state.quit);

    let mut app = demo_app_sized(80, 24);
    job(&mut app, "Importerar paketet", JobKind::MustFinish);
    app.keys(&["ctrl+c"]);
    let Some(Overlay::Confirm { question, .. }) = &app.state.overlay else {
        panic!("asks: {:?}", app.state.overlay)
    };
    assert!(question.contains("kan inte avbrytas"), "{question}");
    // Asked already: a second Ctrl+C means it.
    app.keys(&["ctrl+c"]);
    assert!(app.state.quit);

    // A background read (the start-up check) neither asks nor holds up the quit.
    let mut app = demo_app_sized(80, 24);
    job(&mut app, "Kontrollerar databasen", JobKind::Background);
    app.keys(&["q"]);
    assert!(app.state.quit);
}

#[test]
fn the_check_of_the_copy_runs_from_utbyte_and_says_what_it_found() {
    let mut app = town_app_sized(120, 40);
    app.keys(&["7"]);
    assert!(app.screen(120, 40).contains("v kontrollera"));
    app.keys(&["v"]);
    assert_eq!(
        app.status(),
        "Kontrollen av kopian är klar: allt stämmer (7 delar kontrollerade)."
    );

    // A table changed behind the op log's back: the check says which part and what to do.
    let db = app.dir.path().join("lagesbild.db");
    let app_dir = {
        let App { dir, state, io } = app;
        drop((state, io));
        dir
    };
    let conn = rusqlite::Connection::open(&db).expect("open");
    conn.execute("UPDATE observation SET description = 'ändrad utanför'", [])
        .expect("tamper");
    drop(conn);
    let mut app = open(app_dir, 120, 40);
    app.keys(&["7", "v"]);
    let status = app.status();
    assert!(
        status.starts_with("Kontrollen hittade fel – ") && status.contains("säkerhetskopian"),
        "{status}"
    );
    assert!(app.state.status.as_ref().is_some_and(|s| s.error));
}

#[test]
fn a_check_can_be_stopped_and_says_it_changed_nothing() {
    let mut app = town_app_sized(120, 40);
    app.keys(&["7"]);
    // The cancel key's request, as the worker sees it while the check runs.
    app.state.jobs.cancel.request();
    app.keys(&["v"]);
    assert_eq!(app.status(), "Kontrollen avbröts. Inget ändrades.");
    assert!(app.state.status.as_ref().is_some_and(|s| !s.error));
    // Stopped within a step too: the store asks at every step and within the op log's replay.
    let mut asked = Vec::new();
    let stopped = app.store().check_with_progress(&mut |step| {
        asked.push(step.to_string());
        step != lagesbild::store::check::CheckStep::AuditLog
    });
    assert!(matches!(
        stopped,
        Err(lagesbild::store::StoreError::Cancelled)
    ));
    assert_eq!(
        asked,
        [
            "referenser",
            "ändringsloggens kedjor",
            "tabellerna mot ändringsloggen",
            "granskningsloggen"
        ]
    );
    app.state.jobs.cancel.clear();
    app.keys(&["v"]);
    assert!(app.status().starts_with("Kontrollen av kopian är klar"));
}

#[test]
fn a_bundle_export_stopped_before_its_file_is_written_leaves_no_file_and_no_record() {
    let (mut a, _b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let obs = common::observation(&w, common::day(2026, 11, 16), "Klotter vid gångtunneln");
    a.store.write(|x| x.create(&obs)).expect("write");
    let files = tempfile::tempdir().expect("dir");
    let Copy { dir, store, .. } = a;
    drop(store);
    let mut kommun = open(dir, 80, 24);
    kommun.state.exchange.cwd = Some(files.path().to_path_buf());
    kommun.keys(&["7", "e"]);
    kommun.state.jobs.cancel.request();
    kommun.keys(&["ctrl+s"]);
    assert_eq!(
        kommun.status(),
        "Paketet skrevs inte: exporten avbröts. Ingen fil skrevs."
    );
    assert_eq!(std::fs::read_dir(files.path()).expect("dir").count(), 0);
    let partners = kommun
        .state
        .exchange
        .overview
        .clone()
        .expect("overview")
        .partners;
    assert!(partners[0].last_sent.is_none(), "nothing recorded as sent");
    // The next export goes through.
    kommun.state.jobs.cancel.clear();
    kommun.keys(&["e", "ctrl+s"]);
    assert!(
        kommun.status().starts_with("Paket till"),
        "{}",
        kommun.status()
    );
    assert_eq!(std::fs::read_dir(files.path()).expect("dir").count(), 1);
}

#[test]
fn an_import_stopped_after_its_backup_changes_nothing_and_the_next_goes_through() {
    let (mut a, b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let obs = common::observation(&w, common::day(2026, 11, 16), "Klotter vid gångtunneln");
    a.store.write(|x| x.create(&obs)).expect("write");
    let files = tempfile::tempdir().expect("dir");
    let name = "paket-till-lokalpolisområde-nacka-2026-11-19.lagesbild";
    lagesbild::exchange::export::export_to(
        &mut a.store,
        "Lokalpolisområde Nacka",
        &files.path().join(name),
        false,
    )
    .expect("export");
    let Copy { dir, store, .. } = b;
    drop(store);
    let mut polis = open(dir, 80, 24);
    polis.state.exchange.cwd = Some(files.path().to_path_buf());
    polis.keys(&["7", "i"]);
    polis.type_text(name);
    polis.keys(&["enter"]);
    assert!(matches!(polis.state.overlay, Some(Overlay::Confirm { .. })));
    // Yes to the preview, then the cancel key while the import runs.
    polis.state.jobs.cancel.request();
    polis.keys(&["j"]);
    assert_eq!(
        polis.status(),
        "Importen avbröts innan något ändrades. Säkerhetskopian som togs först finns kvar."
    );
    let absent = polis.store().get::<Observation>(obs.id).expect("get");
    assert!(absent.is_none());
    polis.state.jobs.cancel.clear();
    polis.keys(&["i"]);
    polis.type_text(name);
    polis.keys(&["enter", "j"]);
    assert!(
        polis.status().starts_with("Importerat från"),
        "{}",
        polis.status()
    );
    assert!(
        polis
            .store()
            .get::<Observation>(obs.id)
            .expect("get")
            .is_some()
    );
}

#[test]
fn the_police_refresh_is_off_by_default_and_set_in_minutes_in_the_config() {
    use lagesbild::tui::screens::situation::police::{refresh, refresh_interval};
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "").expect("write");
    let none = lagesbild::config::Config::load(Some(&path)).expect("config");
    assert_eq!(refresh_interval(none.polisen_refresh_minutes), None);
    std::fs::write(&path, "polisen_refresh_minutes = 15\n").expect("write");
    let every = lagesbild::config::Config::load(Some(&path)).expect("config");
    assert_eq!(
        refresh_interval(every.polisen_refresh_minutes),
        Some(std::time::Duration::from_secs(15 * 60))
    );
    assert_eq!(refresh_interval(Some(0)), None, "0 is off");

    // When it is time: a fetch, unless the user waits for a job (then the round is skipped).
    let mut app = town_app();
    assert_eq!(refresh(&app.state).len(), 1);
    job(&mut app, "Läser in demodata", JobKind::Cancellable);
    assert!(refresh(&app.state).is_empty());
}
