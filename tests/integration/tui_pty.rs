//! End to end: the real binary in a pseudo-terminal, read back through a terminal emulator.
//! Start on a database, add an observation through the form, quit, start again, find it.

use crate::common;
use crate::common::pty::{CTRL_S, ESC, Session, TAB};

use std::path::Path;

use lagesbild::store::{Access, Store};

#[test]
fn load_the_demo_add_an_observation_through_the_form_quit_and_find_it_again() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("lagesbild.db");

    let mut app = Session::with_demo(&db, dir.path());
    app.send("2");
    app.wait_for("Iakttagelser · 1 av");
    app.send("n");
    app.wait_for("Ny iakttagelse");
    // Tid, then on to the description (the last field); å ä ö typed as they are.
    app.send(TAB);
    app.send("21.30");
    for _ in 0..7 {
        app.send(TAB);
    }
    app.send("Kanotställningen vid badplatsen vält, räddningstjänsten på plats");
    app.send(CTRL_S);
    app.wait_for("Iakttagelsen sparades.");
    app.send("q");
    assert!(app.wait_exit(), "quits with success");

    let mut again = Session::start(&db, dir.path());
    again.wait_for("Inget möte pågår");
    again.send("2");
    again.send("f");
    again.send("kanotställningen");
    again.wait_for("Iakttagelser · 1 av 1");
    again.wait_for("Kanotställningen vid badplatsen");
    again.send("\r");
    again.send("q");
    assert!(again.wait_exit());
}

#[test]
fn keys_are_answered_while_the_demo_loads_and_its_progress_is_drawn() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("lagesbild.db");
    let mut app = Session::start(&db, dir.path());
    app.wait_for("Välkommen till lagesbild");
    app.send("d");
    app.wait_for("Läsa in demodata");
    // "Yes", and a key at once behind it: the app reads the key after it has started the job
    // and long before a demo can be written, however slow the machine (waiting for the gauge
    // first and then sending the key raced the end of the job).
    app.send("jt");
    // The key is answered beside the job's gauge, while the job runs.
    let screen = app.wait_for_frame(&["vänta tills", "Läser in demodata …", " %  ─"]);
    assert!(
        !screen.contains("Demodata för"),
        "the job was still running when the key was answered:\n{screen}"
    );
    // The demo's message and the job's end are two answers: the gauge goes with the second.
    app.wait_until("the demo's message without the gauge", |screen| {
        screen.contains("Demodata för") && !screen.contains("Läser in demodata …")
    });
    app.send("q");
    assert!(app.wait_exit());
}

/// Nothing of a demo load is in the file: no op, no organisation, no setting.
fn assert_empty(db: &Path) {
    let store = Store::open(db, Access::ReadOnly).expect("open");
    assert_eq!(store.op_count().expect("ops"), 0, "no op stays");
    assert!(
        store
            .all::<lagesbild::domain::Organisation>()
            .expect("orgs")
            .is_empty()
    );
    assert_eq!(
        store
            .setting(lagesbild::store::meta::MUNICIPALITY)
            .expect("setting"),
        None
    );
}

#[test]
fn the_demo_load_is_cancelled_with_its_key_and_leaves_an_empty_database() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("lagesbild.db");
    let mut app = Session::start(&db, dir.path());
    app.wait_for("Välkommen till lagesbild");
    app.send("d");
    app.wait_for("Läsa in demodata");
    app.send("j");
    // The cancel key shows beside the running job's gauge.
    app.wait_for_frame(&[" %  ─", "Esc avbryt jobbet"]);
    app.send(ESC);
    // Back to the start, the gauge gone (with the job's end, the answer after the message).
    app.wait_until("the start without the gauge", |screen| {
        screen.contains("Inläsningen av demodata avbröts")
            && screen.contains("Välkommen till lagesbild")
            && !screen.contains("Läser in demodata …")
    });
    app.send("q");
    assert!(app.wait_exit());
    assert_empty(&db);
}

#[test]
fn quitting_while_the_demo_loads_asks_then_cancels_it_and_leaves_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("lagesbild.db");
    let mut app = Session::start(&db, dir.path());
    app.wait_for("Välkommen till lagesbild");
    app.send("d");
    app.wait_for("Läsa in demodata");
    app.send("j");
    app.wait_for(" %  ─");
    app.send("\x03");
    app.wait_for("pågår. Avbryta det och avsluta?");
    app.send("j");
    assert!(app.wait_exit(), "quits with success");
    assert_empty(&db);
}

#[test]
fn the_police_feed_is_fetched_as_a_job_from_lagesbild_and_its_limit_is_said() {
    let _serial = crate::polisen_cli::one_at_a_time();
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("lagesbild.db");
    {
        let mut store = Store::open(&db, Access::ReadWrite).expect("open");
        common::town::build(&mut store);
        // The saved response (the one the CLI tests use) has Stockholm's events.
        store
            .set_setting(lagesbild::store::meta::MUNICIPALITY, "Stockholm")
            .expect("setting");
    }
    let body = std::fs::read_to_string(crate::polisen_cli::OLD).expect("read");
    let url = crate::polisen_cli::serve(vec![(200, body)]);
    let mut app = Session::start_with(&db, dir.path(), &[("LAGESBILD_POLISEN_URL", &url)]);
    app.wait_for("Planerat möte");
    app.send("2");
    app.send("H");
    app.wait_for("Polisens händelser hämtade: 19 av");
    assert!(app.contents().contains("H hämta"), "{}", app.contents());
    // Right after: the feed's rule (ten seconds apart) is said, nothing fetched.
    app.send("H");
    app.wait_for("var tionde sekund");
    app.send("q");
    assert!(app.wait_exit());
    let store = Store::open(&db, Access::ReadOnly).expect("open");
    let events = store
        .all::<lagesbild::domain::PoliceEvent>()
        .expect("events");
    assert_eq!(events.len(), 19);
}

#[test]
fn a_fixture_database_opens_straight_into_the_app() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("lagesbild.db");
    {
        let mut store = Store::open(&db, Access::ReadWrite).expect("open");
        common::town::build(&mut store);
    }
    let mut app = Session::start(&db, dir.path());
    app.wait_for("Planerat möte: 2026-11-19");
    app.send("3");
    app.wait_for("⚠ FÖRSENAD");
    app.send("q");
    assert!(app.wait_exit());
}

#[test]
fn a_second_window_on_the_same_database_gets_the_lock_message() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("lagesbild.db");
    let mut first = Session::start(&db, dir.path());
    first.wait_for("Välkommen till lagesbild");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .arg("--db")
        .arg(&db)
        .env("XDG_CONFIG_HOME", dir.path())
        .output()
        .expect("run");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("används redan"), "{err}");
    first.send("q");
    assert!(first.wait_exit());
}

/// Issue 12 from an empty database, the real binary: the meeting series is set, a meeting is
/// made from it, its details and an agenda item are set, an organisation not in the list
/// attends, an area's text is written, the meeting closes, and `h` shows its history.
#[test]
fn from_an_empty_database_a_meeting_runs_from_its_series_and_h_shows_its_history() {
    const RIGHT: &str = "\x1b[C";
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("lagesbild.db");
    let mut app = Session::started_empty(dir.path());
    // An area first (the checklist's first step).
    app.send("s");
    app.wait_for("Nytt område");
    app.send("Centrala Sjövik");
    app.send(CTRL_S);
    app.wait_for("✓ 1");
    // The series on Möte: Thursdays 09.00–10.30 in Stadshuset.
    app.send("1");
    app.send("g");
    app.wait_for("Mötesserie");
    app.send(&TAB.repeat(3));
    app.send("09.00");
    app.send(TAB);
    app.send("10.30");
    app.send(TAB);
    app.send("Stadshuset");
    app.send(CTRL_S);
    app.wait_for("Mötesserien ”Samverkansgrupp trygghet” sparades");
    // A meeting from it (none is planned: asked first).
    app.send("n");
    app.wait_for("Starta ett nytt möte");
    app.send("j");
    app.wait_for("har startat");
    // Its details: the diarienummer.
    app.send("i");
    app.wait_for("Mötets uppgifter");
    app.send(&TAB.repeat(8));
    app.send("KS 2026/7");
    app.send(CTRL_S);
    app.wait_for("Mötets uppgifter sparades");
    // An organisation not in the list attends.
    app.send("n");
    app.wait_for("organisation utanför listan");
    app.send(TAB);
    app.send("Tyresö scoutkår");
    app.send(CTRL_S);
    app.wait_for("Tyresö scoutkår: närvarande");
    // The agenda: one more §.
    app.send(RIGHT);
    app.wait_for("Dagordning");
    app.send("n");
    app.wait_for("Ny punkt på dagordningen");
    app.send(&TAB.repeat(2));
    app.send("Skolans läge");
    app.send(CTRL_S);
    app.wait_for("”Skolans läge” sparades");
    // The area's text, from this week's data (none reported).
    app.send(RIGHT);
    app.send(RIGHT);
    app.wait_for("Centrala Sjövik");
    app.send("r");
    app.wait_for("Inga rapporterade händelser v. 47.");
    app.send(CTRL_S);
    app.wait_for("Områdets text sparades");
    // Close, and the meeting's history.
    app.send("a");
    app.wait_for("Avsluta mötet");
    app.send("j");
    app.wait_for("är avslutat");
    app.send("h");
    app.wait_for("Historik: möte");
    let screen = app.contents();
    assert!(screen.contains("diarienummer: – → ”KS 2026/7”"), "{screen}");
    assert!(screen.contains(" kl. "), "{screen}");
    app.send("\x1b");
    app.send("q");
    assert!(app.wait_exit(), "quits with success");
    let store = Store::open(&db, Access::ReadOnly).expect("open");
    let meetings: Vec<lagesbild::domain::Meeting> = store.all().expect("meetings");
    assert_eq!(meetings.len(), 1);
    let m = &meetings[0];
    assert_eq!(m.location, "Stadshuset");
    assert_eq!(m.dnr.as_deref(), Some("KS 2026/7"));
    let agenda = store.agenda_of_meeting(m.id).expect("agenda");
    assert!(agenda.iter().any(|i| i.title == "Skolans läge"));
    assert_eq!(agenda.len(), 11, "the series' ten and one more");
    let attendance = store.attendance_of(m.id).expect("attendance");
    assert_eq!(attendance.len(), 1);
    let pictures = store.pictures_of_meeting(m.id).expect("pictures");
    let assessments = store.assessments_of(pictures[0].id).expect("assessments");
    assert_eq!(assessments[0].text, "Inga rapporterade händelser v. 47.");
    drop(store);
    // The copy is whole: op log, tables and references.
    let out = crate::setup::lagesbild(&db, &["check"]);
    assert!(out.status.success(), "{}", crate::setup::text(&out.stdout));
}
