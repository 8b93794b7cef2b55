//! Keys as data: the key bar follows the screen, the meeting's step and the form's focus; every
//! hint comes from the live keymap, so a remapped key shows everywhere; a misspelt command in
//! the config file stops the start with a Swedish message.

use crate::common;

use common::app::*;
use lagesbild::tui::app::state::Overlay;
use lagesbild::tui::input::keymap::Keymap;

/// The last line of the screen: the key bar.
fn key_bar(app: &App, width: u16, height: u16) -> String {
    app.screen(width, height)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_key_bar_follows_the_meeting_step_even_at_80_columns() {
    let mut app = town_app();
    let bar = key_bar(&app, 80, 24);
    assert!(bar.contains("n starta möte"), "{bar}");
    assert!(
        !bar.contains("närvaro"),
        "no meeting keys without a meeting: {bar}"
    );
    app.keys(&["n"]);
    let bar = key_bar(&app, 80, 24);
    assert!(bar.contains("Mellanslag närvaro"), "{bar}");
    assert!(bar.contains("→ nästa punkt"), "{bar}");
    // Step 3, the areas: the assessment keys are what matters here, and they fit.
    app.keys(&["right", "right", "right"]);
    let bar = key_bar(&app, 80, 24);
    for hint in ["b läge", "t trend", "p prio"] {
        assert!(bar.contains(hint), "{hint} missing: {bar}");
    }
    assert!(!bar.contains("närvaro"), "{bar}");
    assert!(
        bar.contains("? hjälp") && bar.contains("q avsluta"),
        "{bar}"
    );
}

#[test]
fn the_form_shows_change_choice_only_on_a_choice() {
    let mut app = town_app_sized(160, 48);
    app.keys(&["2", "n"]);
    // The first field is the date (text), then time, then the area (a choice).
    let bar = key_bar(&app, 160, 48);
    assert!(!bar.contains("byt val"), "{bar}");
    app.keys(&["tab", "tab"]);
    let bar = key_bar(&app, 160, 48);
    assert!(bar.contains("→ byt val"), "{bar}");
}

#[test]
fn a_remapped_key_shows_in_every_hint() {
    let mut app = town_app_sized(160, 48);
    let user: toml::Table = toml::from_str(
        "[form]\nsave = \"ctrl+w\"\n[confirm]\nyes = [\"y\"]\n[meeting]\nclose_meeting = \"x\"\n",
    )
    .expect("toml");
    app.state.keymap = Keymap::with_overrides(&user).expect("overrides");
    app.keys(&["2", "n"]);
    let screen = app.screen(160, 48);
    assert!(screen.contains("Ctrl+W sparar"), "{screen}");
    assert!(screen.contains("Ctrl+W spara"), "{screen}");
    assert!(!screen.contains("Ctrl+S"), "{screen}");
    app.keys(&["esc", "1", "n"]);
    for _ in 0..7 {
        app.keys(&["right"]);
    }
    let screen = app.screen(160, 48);
    assert!(screen.contains("x avsluta möte"), "{screen}");
    app.keys(&["x"]);
    match &app.state.overlay {
        Some(Overlay::Confirm { question, .. }) => {
            assert!(question.ends_with("y = ja, n = nej"), "{question}")
        }
        other => panic!("no question: {other:?}"),
    }
    // The old key no longer answers.
    app.keys(&["j"]);
    assert!(app.state.overlay.is_some());
    app.keys(&["y"]);
    assert!(app.state.overlay.is_none());
    assert!(
        app.state.meeting.data.meeting.is_none(),
        "the meeting was closed"
    );
}

#[test]
fn a_misspelt_command_in_the_config_file_stops_the_start() {
    let dir = tempfile::tempdir().expect("dir");
    let config = dir.path().join("lagesbild");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(
        config.join("config.toml"),
        "[keys.meeting]\nclose_meting = \"x\"\n",
    )
    .expect("config");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .arg("--db")
        .arg(dir.path().join("lagesbild.db"))
        .env("XDG_CONFIG_HOME", dir.path())
        .output()
        .expect("run");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("keys.meeting.close_meting finns inte"),
        "{err}"
    );
    assert!(
        err.contains("close_meeting"),
        "names the real commands: {err}"
    );
}

fn field(app: &App, key: &str) -> String {
    match &app.state.overlay {
        Some(Overlay::Form(open)) => open
            .form
            .fields
            .iter()
            .find(|f| f.key == key)
            .map(|f| f.value.clone())
            .unwrap_or_default(),
        _ => panic!("no form open"),
    }
}

#[test]
fn a_prefilled_field_is_replaced_by_typing_and_edited_in_place() {
    let mut app = town_app_sized(160, 48);
    app.keys(&["2", "n"]);
    // The date is prefilled with today; typing replaces it, not "2026-11-192026-11-18".
    assert_eq!(field(&app, "date"), "2026-11-19");
    app.type_text("2026-11-18");
    assert_eq!(field(&app, "date"), "2026-11-18");
    // In place: Home, two steps right, a character; Ctrl+E, Ctrl+W; Ctrl+U.
    app.keys(&["home", "right", "right", "delete", "delete"]);
    app.type_text("19");
    assert_eq!(field(&app, "date"), "2019-11-18");
    let screen = app.screen(160, 48);
    assert!(
        screen.contains("2019▏-11-18"),
        "the cursor is drawn where it is:\n{screen}"
    );
    app.keys(&["ctrl+u"]);
    assert_eq!(field(&app, "date"), "-11-18");
    app.keys(&["ctrl+e", "ctrl+w"]);
    assert_eq!(field(&app, "date"), "-11-");
    // The next field gets its own editor; a paste goes in as text, line breaks as spaces.
    app.keys(&["tab"]);
    lagesbild::tui::pump(
        &mut app.state,
        &mut app.io,
        lagesbild::tui::app::messages::Msg::Paste("21.30\n".into()),
    );
    assert_eq!(field(&app, "time"), "21.30");
    assert!(
        matches!(app.state.overlay, Some(Overlay::Form(_))),
        "a pasted line break does not submit the form"
    );
}

fn help_scroll(app: &App) -> usize {
    match &app.state.overlay {
        Some(Overlay::Help { scroll, .. }) => *scroll,
        other => panic!("no help: {other:?}"),
    }
}

#[test]
fn the_help_scrolls_within_its_rows_with_home_and_end() {
    let mut app = town_app();
    app.keys(&["?", "end"]);
    let last = help_scroll(&app);
    assert!(last > 0, "the help is longer than 24 rows");
    let screen = app.screen(80, 24);
    assert!(
        screen.contains("Tom databas"),
        "the last section shows:\n{screen}"
    );
    // Past the end the scroll stays, so one ↑ moves at once.
    app.keys(&["down", "down", "pagedown"]);
    assert_eq!(help_scroll(&app), last);
    app.keys(&["up"]);
    assert_eq!(help_scroll(&app), last - 1);
    app.keys(&["home"]);
    assert_eq!(help_scroll(&app), 0);
}

#[test]
fn the_detail_shows_the_selected_row_whole_and_wide_columns_keep_names() {
    let mut app = demo_app_sized(80, 24);
    app.keys(&["2"]);
    // The first row, going down, whose description the list cuts at 80 columns.
    let mut cut_row = None;
    for _ in 0..10 {
        let row = app
            .state
            .observations
            .list
            .selected()
            .cloned()
            .expect("a row");
        if !app.screen(80, 24).contains(&row.description) {
            cut_row = Some(row);
            break;
        }
        app.keys(&["down"]);
    }
    let row = cut_row.expect("a row among the first ten whose description the list cuts");
    let screen = app.screen(80, 24);
    let whole: String = screen
        .replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let words: String = row
        .description
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        whole.contains(&words),
        "the detail shows it whole:\n{screen}"
    );
    assert!(screen.contains(&row.area), "{screen}");
    // The area name cut at 80 columns fits its column at 160.
    assert!(screen.contains(" Lindängens centr "), "{screen}");
    let wide = app.screen(160, 48);
    assert!(wide.contains(" Lindängens centrum "), "{wide}");
}
