//! The small things of issue 10 found by trying the app: the key bar under overlays, undo's
//! label without the step hint, m/d keeping the cursor, a prefill that is not a change.

use crate::common;

use common::app::*;
use lagesbild::domain::ReviewStatus;
use lagesbild::tui::input::keymap::Keymap;

fn key_bar(app: &App) -> String {
    app.screen(80, 24)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_key_bar_under_help_and_a_question_shows_their_keys() {
    // The help covers most of the screen; at 160×48 the key bar shows left of it.
    let mut app = demo_app_sized(160, 48);
    app.keys(&["?"]);
    let screen = app.screen(160, 48);
    let bar = screen.lines().last().unwrap_or_default();
    assert!(bar.starts_with("↓ bläddra"), "{bar}");
    assert!(!bar.contains("avsluta"), "{bar}");

    let mut empty = open(tempfile::tempdir().expect("dir"), 80, 24);
    empty.keys(&["d"]);
    let bar = key_bar(&empty);
    assert!(bar.starts_with("j ja  n nej"), "{bar}");
}

#[test]
fn the_undo_label_is_the_change_alone_and_the_step_hint_names_the_live_keys() {
    let mut app = demo_app_sized(120, 40);
    app.state.keymap = Keymap::with_overrides(
        &toml::from_str("[meeting]\nprev_step = \"H\"\nnext_step = \"L\"\n").expect("toml"),
    )
    .expect("keymap");
    app.keys(&["n"]);
    assert_eq!(
        app.status(),
        "Mötet 2026-11-19 (v. 47) har startat. Gå igenom punkterna med H L."
    );
    assert_eq!(
        app.state.undo_label.as_deref(),
        Some("Mötet 2026-11-19 (v. 47) har startat.")
    );
}

#[test]
fn marking_reviewed_keeps_the_cursor_on_the_record_or_where_it_was() {
    let mut app = demo_app_sized(120, 40);
    app.keys(&["2", "down", "down", "down"]);
    let id = app.state.observations.list.selected().expect("row").id;
    // A duplicate picks its original first (the nearest is offered).
    app.keys(&["d", "ctrl+s"]);
    assert_eq!(app.state.observations.list.cursor, 3, "{}", app.status());
    assert_eq!(
        app.state.observations.list.selected().map(|r| r.id),
        Some(id)
    );
    assert_eq!(
        app.state
            .observations
            .list
            .selected()
            .map(|r| r.review_status),
        Some(ReviewStatus::Dubblett)
    );

    // In the review queue the marked one leaves the list: the cursor stays where it was.
    app.keys(&["r", "down", "down"]);
    let before = app.state.observations.list.selected().expect("row").id;
    app.keys(&["m"]);
    assert_eq!(app.state.observations.list.cursor, 2);
    assert_ne!(
        app.state.observations.list.selected().map(|r| r.id),
        Some(before),
        "the next one took its place"
    );
}

#[test]
fn a_long_message_at_80_columns_wraps_onto_a_second_line_instead_of_being_cut() {
    let mut app = demo_app_sized(80, 24);
    let text = "Polisens händelser hämtade: 19 av 500 gäller Sjöviks kommun. Nya: 19, ändrade: 0, oförändrade: 0.";
    app.state.info(text);
    let screen = app.screen(80, 24);
    assert!(screen.contains("oförändrade: 0."), "{screen}");
    assert!(screen.contains("Polisens händelser hämtade"), "{screen}");
    // The key bar is still the last line.
    assert!(key_bar(&app).contains("avsluta"), "{screen}");
}

#[test]
fn an_action_decided_in_the_meeting_is_selected_in_the_steps_list() {
    let mut app = demo_app_sized(120, 40);
    app.keys(&["n", "right", "right", "right", "right"]);
    for title in ["Bravo: belysning vid tunneln", "Alfa: klotter på skolan"] {
        app.keys(&["n"]);
        app.type_text(title);
        app.keys(&["ctrl+s"]);
        assert!(app.state.overlay.is_none(), "{}", app.status());
        let d = &app.state.meeting.data;
        assert!(!d.decided.is_empty());
        let selected = d
            .decided
            .get(app.state.meeting.cursor)
            .map(|a| a.title.as_str());
        assert_eq!(
            selected,
            Some(title),
            "{:?}",
            d.decided.iter().map(|a| &a.title).collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_long_value_in_a_form_wraps_beside_its_label() {
    let mut app = demo_app_sized(80, 24);
    app.keys(&["2", "n"]);
    // To the description, the last field.
    for _ in 0..8 {
        app.keys(&["tab"]);
    }
    app.type_text(
        "Klotter på väggen vid gångtunneln mot skolan, tre nya taggar sedan förra veckan och en trasig lampa",
    );
    let screen = app.screen(80, 24);
    let line = screen
        .lines()
        .find(|l| l.contains("lampa"))
        .unwrap_or_else(|| panic!("{screen}"));
    let inside = line.split('│').nth(1).unwrap_or_default();
    let indent = inside.chars().take_while(|c| *c == ' ').count();
    assert!(
        indent >= 12,
        "continues under the value, not at the edge: {line}\n{screen}"
    );
}

#[test]
fn search_hits_for_follow_ups_and_police_events_say_where() {
    use lagesbild::domain::EntityKind;
    let mut app = demo_app_sized(120, 40);
    common::police::with_police(&mut app);
    let hits = app.store().search("Sten kastas", 50).expect("search");
    let police = hits
        .iter()
        .find(|h| h.kind == EntityKind::PoliceEvent)
        .expect("the police event");
    assert_eq!(police.area.as_deref(), Some("Sjövik"), "{police:?}");

    let hits = app
        .store()
        .search("Påbörjad enligt plan", 50)
        .expect("search");
    let follow_ups: Vec<_> = hits
        .iter()
        .filter(|h| h.kind == EntityKind::FollowUp)
        .collect();
    assert!(!follow_ups.is_empty());
    assert!(
        follow_ups.iter().any(|h| h.area.is_some()),
        "a follow-up of an action in an area names it: {follow_ups:?}"
    );
}
