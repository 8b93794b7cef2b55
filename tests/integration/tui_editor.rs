//! The line editor everywhere: the list filters, the search and the help's filter edit in the
//! middle like a form field; descriptions take several lines, are saved with their line breaks
//! and shown line by line; the hints of these inputs come from the live keymap.

use crate::common;

use common::app::*;
use lagesbild::domain::*;
use lagesbild::tui::app::messages::Msg;
use lagesbild::tui::app::state::Overlay;
use lagesbild::tui::input::keymap::Keymap;

fn paste(app: &mut App, text: &str) {
    lagesbild::tui::pump(&mut app.state, &mut app.io, Msg::Paste(text.into()));
}

fn filter(app: &App) -> String {
    app.state.observations.filter.text.clone()
}

/// The message line: the row above the key bar.
fn message_line(screen: &str) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    lines
        .get(lines.len().saturating_sub(2))
        .unwrap_or(&"")
        .to_string()
}

#[test]
fn the_list_filter_is_edited_in_the_middle_and_the_list_follows() {
    let mut app = town_app();
    app.keys(&["2", "f"]);
    app.type_text("paperskorg");
    assert_eq!(app.state.observations.list.total, 0, "misspelt: no match");
    // Back to the start, three steps right, the missing p: not "paperskorgp".
    app.keys(&["ctrl+a", "right", "right", "right"]);
    app.type_text("p");
    assert_eq!(filter(&app), "papperskorg");
    let found = app.state.observations.list.total;
    assert!(
        found > 0,
        "the corrected filter finds the fires in litter bins"
    );
    assert!(
        app.state
            .observations
            .list
            .rows
            .iter()
            .all(|r| r.description.contains("papperskorg")),
        "{:?}",
        app.state.observations.list.rows
    );
    let screen = app.screen(80, 24);
    assert!(
        screen.contains("Filter: papp▏erskorg"),
        "the cursor is drawn where it is:\n{screen}"
    );
    assert!(
        message_line(&screen).contains("Skriv för att filtrera · Enter klar · Esc rensa"),
        "{screen}"
    );
    // The key bar shows the filter's keys, not the list's (they wait until it is done).
    let bar = screen.lines().last().unwrap_or_default();
    assert!(
        bar.contains("Enter klar") && bar.contains("Esc rensa"),
        "{bar}"
    );
    assert!(!bar.contains("n ny"), "{bar}");
    // Delete, Home/End, Ctrl+W and Ctrl+U are the editor's (not "page up" of the list).
    app.keys(&["delete", "delete"]);
    assert_eq!(filter(&app), "pappskorg");
    app.keys(&["end", "left", "ctrl+u"]);
    assert_eq!(filter(&app), "g");
    app.keys(&["home"]);
    app.type_text("brand ");
    assert_eq!(filter(&app), "brand g");
    app.keys(&["ctrl+e", "ctrl+w"]);
    assert_eq!(filter(&app), "brand ");
    // A paste goes in at the cursor, its line break as a space.
    app.keys(&["ctrl+a"]);
    paste(&mut app, "papperskorg\n");
    assert_eq!(filter(&app), "papperskorgbrand ");
    app.keys(&["ctrl+a", "ctrl+e", "ctrl+w", "ctrl+w"]);
    assert_eq!(filter(&app), "");
    paste(&mut app, "papperskorg");
    assert_eq!(app.state.observations.list.total, found);
    // Enter keeps the filter and goes back to the list keys; Esc while typing clears it.
    app.keys(&["enter"]);
    assert!(!app.state.filter_editing);
    assert_eq!(filter(&app), "papperskorg");
    app.keys(&["f", "left", "left"]);
    app.type_text("x");
    assert_eq!(
        filter(&app),
        "papperskoxrg",
        "typing resumes at the end, then moves"
    );
    app.keys(&["esc"]);
    assert!(!app.state.filter_editing);
    assert_eq!(filter(&app), "");
    assert_eq!(app.state.observations.list.total, 60);
}

#[test]
fn the_actions_filter_uses_the_same_editor() {
    let mut app = town_app();
    app.keys(&["3", "f"]);
    app.type_text("belysnng");
    app.keys(&["left", "left"]);
    app.type_text("i");
    assert_eq!(app.state.actions.filter.text, "belysning");
    let screen = app.screen(80, 24);
    assert!(screen.contains("Filter: belysni▏ng"), "{screen}");
}

#[test]
fn the_search_and_the_help_filter_edit_in_the_middle() {
    let mut app = town_app_sized(120, 40);
    app.keys(&["/"]);
    app.type_text("paperskorg");
    app.keys(&["home", "right", "right", "right"]);
    app.type_text("p");
    let (query, hits) = match &app.state.overlay {
        Some(Overlay::Search(s)) => (s.query.text(), s.hits.len()),
        other => panic!("no search: {other:?}"),
    };
    assert_eq!(query, "papperskorg");
    assert!(hits > 0, "the corrected words find something");
    let screen = app.screen(120, 40);
    assert!(screen.contains("Sök: papp▏erskorg"), "{screen}");
    assert!(
        screen.contains("Sök i all text · Enter öppnar · Esc stänger"),
        "{screen}"
    );
    let bar = screen.lines().last().unwrap_or_default();
    assert!(
        bar.contains("Enter öppna") && bar.contains("↓ nästa träff") && bar.contains("Esc stäng"),
        "{bar}"
    );
    app.keys(&["ctrl+w"]);
    match &app.state.overlay {
        Some(Overlay::Search(s)) => assert_eq!(s.query.text(), "erskorg"),
        other => panic!("no search: {other:?}"),
    }
    app.keys(&["esc", "?"]);
    app.type_text("sara");
    // Ctrl+A and Ctrl+E move in the filter (Home and End scroll the help).
    app.keys(&["ctrl+a", "right"]);
    app.type_text("p");
    let screen = app.screen(120, 40);
    assert!(screen.contains("Filter: sp▏ara"), "{screen}");
    assert!(screen.contains("↑↓ bläddrar · Esc stänger"), "{screen}");
    assert!(
        screen.contains("Ctrl+S") && screen.contains("Spara"),
        "the filter found the save key:\n{screen}"
    );
    assert!(!screen.contains("Nästa flik"), "{screen}");
    app.keys(&["ctrl+e", "ctrl+u"]);
    let screen = app.screen(120, 40);
    assert!(
        screen.contains("Nästa flik"),
        "the filter is empty:\n{screen}"
    );
    app.keys(&["?"]);
    assert!(app.state.overlay.is_none(), "? closes the help again");
}

#[test]
fn the_filter_search_and_help_hints_follow_a_remapped_key() {
    let mut app = town_app_sized(120, 40);
    let user: toml::Table = toml::from_str(
        "[filter]\ndone = \"ctrl+j\"\nclear = \"ctrl+g\"\n\
         [search]\nopen = \"ctrl+o\"\nclose = \"ctrl+q\"\n\
         [help]\nclose = \"f2\"\nup = \"ctrl+p\"\n",
    )
    .expect("toml");
    app.state.keymap = Keymap::with_overrides(&user).expect("overrides");
    app.keys(&["2", "f"]);
    app.type_text("klotter");
    let screen = app.screen(120, 40);
    assert!(
        message_line(&screen).contains("Ctrl+J klar · Ctrl+G rensa"),
        "{screen}"
    );
    // Esc is no longer "clear": the filter stays.
    app.keys(&["esc"]);
    assert!(app.state.filter_editing);
    assert_eq!(filter(&app), "klotter");
    app.keys(&["ctrl+g"]);
    assert!(!app.state.filter_editing);
    assert_eq!(filter(&app), "");
    app.keys(&["/"]);
    let screen = app.screen(120, 40);
    assert!(
        screen.contains("Ctrl+O öppnar · Ctrl+Q stänger"),
        "{screen}"
    );
    app.keys(&["esc"]);
    assert!(matches!(app.state.overlay, Some(Overlay::Search(_))));
    app.keys(&["ctrl+q", "?"]);
    let screen = app.screen(120, 40);
    assert!(screen.contains("Ctrl+P↓ bläddrar · F2 stänger"), "{screen}");
    app.keys(&["esc"]);
    assert!(matches!(app.state.overlay, Some(Overlay::Help { .. })));
    app.keys(&["f2"]);
    assert!(app.state.overlay.is_none());
}

fn description_field(app: &App) -> String {
    match &app.state.overlay {
        Some(Overlay::Form(open)) => open
            .form
            .fields
            .iter()
            .find(|f| f.key == "description")
            .map(|f| f.value.clone())
            .unwrap_or_default(),
        other => panic!("no form: {other:?}"),
    }
}

#[test]
fn a_two_line_description_is_typed_saved_and_shown_line_by_line() {
    let mut app = town_app();
    app.keys(&["2", "n"]);
    // To the description, the last field: Enter there breaks the line, it does not save.
    for _ in 0..8 {
        app.keys(&["tab"]);
    }
    app.type_text("Klotter vid biblioteket");
    let bar = app
        .screen(80, 24)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    assert!(bar.contains("Enter ny rad"), "{bar}");
    app.keys(&["enter"]);
    assert!(
        matches!(app.state.overlay, Some(Overlay::Form(_))),
        "Enter in a description does not save"
    );
    app.type_text("Sanerat samma dag");
    assert_eq!(
        description_field(&app),
        "Klotter vid biblioteket\nSanerat samma dag"
    );
    // The form shows both lines, the second under the first.
    let screen = app.screen(80, 24);
    let first = screen
        .lines()
        .find(|l| l.contains("Klotter vid biblioteket"))
        .unwrap_or_else(|| panic!("first line missing:\n{screen}"));
    let second = screen
        .lines()
        .find(|l| l.contains("Sanerat samma dag▏"))
        .unwrap_or_else(|| panic!("second line missing:\n{screen}"));
    assert_eq!(
        first.find("Klotter").map(|i| first[..i].chars().count()),
        second.find("Sanerat").map(|i| second[..i].chars().count()),
        "the lines start in the same column:\n{screen}"
    );
    // ↑ moves up a line inside the text, not to the field before.
    app.keys(&["up", "end"]);
    app.type_text(",");
    assert_eq!(
        description_field(&app),
        "Klotter vid biblioteket,\nSanerat samma dag"
    );
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "saved: {}", app.status());
    let row = app
        .state
        .observations
        .list
        .selected()
        .cloned()
        .expect("the saved row is selected");
    let saved: Observation = app.store().require(row.id).expect("saved");
    assert_eq!(
        saved.description, "Klotter vid biblioteket,\nSanerat samma dag",
        "stored with its line break"
    );
    // The list row shows the break as ↵; the detail shows each line on its own row.
    let screen = app.screen(120, 40);
    assert!(
        screen.contains("Klotter vid biblioteket, ↵ Sanerat"),
        "{screen}"
    );
    assert!(
        screen
            .lines()
            .any(|l| l.trim_matches(['│', ' ']) == "Sanerat samma dag"),
        "the detail's own row:\n{screen}"
    );

    // Editing it again: a paste keeps its line breaks (CRLF too), in the middle of the text.
    app.keys(&["e"]);
    for _ in 0..8 {
        app.keys(&["tab"]);
    }
    assert_eq!(
        description_field(&app),
        "Klotter vid biblioteket,\nSanerat samma dag"
    );
    app.keys(&["up", "end"]);
    paste(&mut app, "\r\nAnmält till fastighetsägaren\r\n");
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "saved: {}", app.status());
    let saved: Observation = app.store().require(row.id).expect("saved");
    assert_eq!(
        saved.description,
        "Klotter vid biblioteket,\nAnmält till fastighetsägaren\nSanerat samma dag"
    );
}

#[test]
fn a_follow_up_note_keeps_its_lines_in_the_action_detail() {
    let mut app = town_app_sized(160, 48);
    app.keys(&["3", "s", "tab"]);
    app.type_text("Två kvällar patrull");
    app.keys(&["enter"]);
    app.type_text("Lugnare vid stationen");
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "saved: {}", app.status());
    let screen = app.screen(160, 48);
    let at = screen
        .lines()
        .position(|l| l.contains("Två kvällar patrull"))
        .unwrap_or_else(|| panic!("the note:\n{screen}"));
    let next = screen.lines().nth(at + 1).unwrap_or_default();
    assert!(
        next.contains("Lugnare vid stationen"),
        "the second line under the first:\n{screen}"
    );
}
