//! Keys that cannot hurt: far-reaching actions ask and say the consequence; Esc and Ctrl+C do
//! not throw typed text away without asking.

use crate::common;

use common::app::*;
use lagesbild::domain::*;
use lagesbild::tui::app::state::{Confirmed, Overlay};

fn question(app: &App) -> (String, Confirmed) {
    match &app.state.overlay {
        Some(Overlay::Confirm {
            question, on_yes, ..
        }) => (question.clone(), on_yes.clone()),
        other => panic!("no question: {other:?}"),
    }
}

fn form_value(app: &App, key: &str) -> String {
    match &app.state.overlay {
        Some(Overlay::Form(open)) => open
            .form
            .fields
            .iter()
            .find(|f| f.key == key)
            .map(|f| f.value.clone())
            .unwrap_or_default(),
        other => panic!("no form: {other:?}"),
    }
}

#[test]
fn esc_on_a_changed_form_asks_and_no_goes_back_to_it() {
    let mut app = town_app();
    app.keys(&["2", "n", "esc"]);
    assert!(app.state.overlay.is_none(), "an unchanged form just closes");
    app.keys(&["n"]);
    app.type_text("2026-11-18");
    app.keys(&["esc"]);
    let (q, on_yes) = question(&app);
    assert_eq!(on_yes, Confirmed::DiscardForm);
    assert!(q.contains("inte är sparade"), "{q}");
    app.keys(&["n"]);
    assert_eq!(
        form_value(&app, "date"),
        "2026-11-18",
        "back to the form as it was"
    );
    app.keys(&["esc", "j"]);
    assert!(app.state.overlay.is_none());
    assert_eq!(app.status(), "Avbrutet – inget sparades.");
}

#[test]
fn ctrl_c_quits_from_anywhere_asking_only_for_unsaved_text() {
    let mut app = town_app();
    app.keys(&["?", "ctrl+c"]);
    assert!(app.state.quit, "from the help");
    let mut app = town_app();
    app.keys(&["2", "f", "ctrl+c"]);
    assert!(app.state.quit, "while typing a filter");
    let mut app = town_app();
    app.keys(&["2", "n"]);
    app.type_text("2026-11-18");
    app.keys(&["ctrl+c"]);
    assert!(!app.state.quit);
    let (q, on_yes) = question(&app);
    assert_eq!(on_yes, Confirmed::Quit);
    assert!(q.contains("Avsluta ändå"), "{q}");
    app.keys(&["ctrl+c"]);
    assert!(app.state.quit, "a second Ctrl+C means it");
}

#[test]
fn closing_a_meeting_says_what_happens_and_warns_when_nobody_is_present() {
    let mut app = town_app();
    app.keys(&["n"]);
    for _ in 0..6 {
        app.keys(&["right"]);
    }
    app.keys(&["a"]);
    let (q, on_yes) = question(&app);
    assert_eq!(on_yes, Confirmed::CloseMeeting);
    assert!(q.starts_with("Ingen är markerad som närvarande"), "{q}");
    assert!(q.contains("lägesbilden blir den fastställda"), "{q}");
    app.keys(&["n"]);
    assert!(
        app.state.meeting.data.meeting.is_some(),
        "no closes nothing"
    );
    // With someone present, no warning.
    app.keys(&["1"]);
    for _ in 0..6 {
        app.keys(&["left"]);
    }
    app.keys(&["space"]);
    for _ in 0..6 {
        app.keys(&["right"]);
    }
    app.keys(&["a"]);
    let (q, _) = question(&app);
    assert!(q.starts_with("Avsluta mötet"), "{q}");
}

#[test]
fn starting_a_meeting_other_than_this_weeks_asks_which_it_is() {
    let mut app = town_app();
    // A week later, the meeting planned for 2026-11-19 is not this week's.
    let later = today() + chrono::Duration::days(7);
    app.state.today = later;
    app.io.today = later;
    app.keys(&["n"]);
    let (q, on_yes) = question(&app);
    assert_eq!(on_yes, Confirmed::StartMeeting);
    assert!(q.contains("2026-11-19 (v. 47)"), "{q}");
    app.keys(&["n"]);
    assert!(
        app.state.meeting.data.meeting.is_none(),
        "no starts nothing"
    );
    app.keys(&["n", "j"]);
    assert!(app.state.meeting.data.meeting.is_some(), "{}", app.status());
}

#[test]
fn the_partner_identity_is_prefilled_with_the_own_organisation() {
    let mut app = town_app();
    let own = app
        .state
        .refs
        .own_organisation
        .expect("town has an own organisation");
    let name = app
        .state
        .refs
        .organisations
        .iter()
        .find(|o| o.id == own)
        .map(|o| o.name.clone())
        .expect("own organisation");
    app.keys(&["7", "n"]);
    assert_eq!(form_value(&app, "name"), name);
}

#[test]
fn a_started_meeting_is_undone_from_the_op_log_after_a_restart() {
    let mut app = town_app();
    let planned = app
        .state
        .meeting
        .data
        .next_meeting
        .clone()
        .expect("this week's planned meeting");
    app.keys(&["n"]);
    let meeting = app
        .state
        .meeting
        .data
        .meeting
        .clone()
        .expect("meeting in progress");
    assert_eq!(meeting.status, MeetingStatus::Pagar);
    let picture = app
        .state
        .meeting
        .data
        .picture
        .clone()
        .expect("draft picture");

    // Quit and open again: the undo is read from the op log, and the status bar offers it.
    let mut app = restart(app);
    assert!(app.state.meeting.data.meeting.is_some(), "still started");
    let screen = app.screen(80, 24);
    assert!(screen.contains("Senaste ändring: Mötet"), "{screen}");

    app.keys(&["ctrl+z"]);
    assert!(app.status().starts_with("Ångrade"), "{}", app.status());
    assert!(
        app.state.meeting.data.meeting.is_none(),
        "no meeting in progress"
    );
    assert_eq!(meeting.id, planned.id);
    let stored: Meeting = app.store().require(meeting.id).expect("meeting");
    assert_eq!(stored, planned, "back as it was planned");
    assert!(
        app.store()
            .is_deleted(EntityKind::SituationPicture, picture.id)
            .expect("read"),
        "the draft picture is gone"
    );

    // Undo does not redo: there is nothing further back of this copy's own.
    app.keys(&["u"]);
    assert!(
        app.status().contains("ingen ändring att ångra"),
        "{}",
        app.status()
    );
    let stored: Meeting = app.store().require(meeting.id).expect("meeting");
    assert_eq!(stored.status, MeetingStatus::Planerat);
}

#[test]
fn undo_says_which_later_edit_is_in_its_way_and_changes_nothing() {
    let mut app = town_app();
    app.keys(&["n"]);
    let meeting = app
        .state
        .meeting
        .data
        .meeting
        .clone()
        .expect("meeting in progress");
    // A later change to the same field, not made as an undoable action here (as an import or
    // the command line writes it).
    app.io
        .store
        .write(|w| {
            w.set(
                EntityKind::Meeting,
                meeting.id,
                "status",
                MeetingStatus::Avslutat,
            )
        })
        .expect("later edit");
    let ops = app.store().op_count().expect("count");
    app.keys(&["u"]);
    let status = app.status();
    assert!(status.starts_with("Kan inte ångra"), "{status}");
    assert!(status.contains("”status”"), "{status}");
    assert!(status.contains(&meeting.id.short()), "{status}");
    assert!(app.screen(80, 24).contains("Fel: Kan inte ångra"));
    assert_eq!(
        app.store().op_count().expect("count"),
        ops,
        "nothing written"
    );
    let stored: Meeting = app.store().require(meeting.id).expect("meeting");
    assert_eq!(stored.status, MeetingStatus::Avslutat);
}
