//! Room on screen: the narrow tab bar, content-sized columns on every list screen, and what
//! stays whole at 80×24.

use crate::common;

use common::app::*;

#[test]
fn the_narrow_tab_bar_keeps_a_space_before_and_after_the_active_tab() {
    let mut app = town_app();
    app.keys(&["2"]);
    let tabs = app
        .screen(80, 24)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(tabs.contains("1 Möte [2 Lägesbild] 3 Åtgärder"), "{tabs}");
    app.keys(&["1"]);
    let tabs = app
        .screen(80, 24)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(tabs.contains("[1 Möte] 2 Lägesbild"), "{tabs}");
    // Nine tabs do not all fit with titles in 80 columns: the nearest show, and › says more
    // follow (the number keys still reach them).
    assert!(tabs.ends_with('›'), "{tabs}");
}

/// The screen line that shows a list row: the one holding these two texts.
fn line_with<'a>(screen: &'a str, a: &str, b: &str) -> Option<&'a str> {
    screen.lines().find(|l| l.contains(a) && l.contains(b))
}

#[test]
fn the_action_list_sizes_its_columns_so_owners_are_whole_at_160_columns() {
    let mut app = demo_app_sized(160, 48);
    app.keys(&["3"]);
    let screen = app.screen(160, 48);
    let rows: Vec<_> = app
        .state
        .actions
        .list
        .visible(30)
        .map(|(_, r)| r.clone())
        .collect();
    assert!(rows.len() > 20);
    for r in rows {
        let title: String = r.title.chars().take(12).collect();
        let due = r.due_on.map(|d| d.to_string()).unwrap_or_default();
        let line = line_with(&screen, &due, &title)
            .unwrap_or_else(|| panic!("row {title} {due} on screen:\n{screen}"));
        if let Some(owner) = r.owner.as_deref().filter(|o| o.chars().count() <= 30) {
            assert!(line.contains(owner), "owner {owner} whole in: {line}");
        }
    }
    // At 80 columns the title keeps the row; the owner is in the detail pane.
    app.keys(&["down"]);
    let narrow = app.screen(80, 24);
    let selected = app.state.actions.list.selected().expect("selected").clone();
    let title: String = selected.title.chars().take(30).collect();
    assert!(narrow.contains(&title), "{narrow}");
}

#[test]
fn the_police_list_sizes_its_columns_so_a_long_type_is_whole_at_160_columns() {
    let mut app = demo_app_sized(160, 48);
    common::police::with_police(&mut app);
    app.keys(&["2", "p"]);
    let screen = app.screen(160, 48);
    let line = line_with(&screen, "08:58", "okänd typ")
        .unwrap_or_else(|| panic!("the event's row:\n{screen}"));
    assert!(
        line.contains("okänd typ: Trafikolycka, personskada"),
        "{line}"
    );
    // The summary starts right after the short columns, not after fixed gaps.
    assert!(line.contains("Sjövik –"), "{line}");
}

#[test]
fn the_meetings_area_step_sizes_the_name_column_from_the_names_at_80_columns() {
    let mut app = demo_app_sized(80, 24);
    app.keys(&["n", "right", "right", "right"]);
    let screen = app.screen(80, 24);
    assert!(screen.contains("Område"), "{screen}");
    let names: Vec<String> = app
        .state
        .meeting
        .data
        .areas
        .iter()
        .take(12)
        .map(|l| l.area.name.clone())
        .collect();
    // The one name of 33 characters gives way; every shorter one is whole (before: cut at 14).
    for name in names.into_iter().filter(|n| n.chars().count() <= 24) {
        assert!(screen.contains(&name), "{name} whole:\n{screen}");
    }
}

#[test]
fn the_meetings_follow_up_step_shows_each_owner_whole_at_160_columns() {
    let mut app = demo_app_sized(160, 48);
    app.keys(&["n", "right", "right"]);
    let screen = app.screen(160, 48);
    let rows: Vec<_> = app
        .state
        .meeting
        .data
        .open_actions
        .iter()
        .take(25)
        .cloned()
        .collect();
    assert!(rows.len() > 10);
    for r in rows {
        let title: String = r.title.chars().take(12).collect();
        let due = r.due_on.map(|d| d.to_string()).unwrap_or_default();
        let line = line_with(&screen, &due, &title)
            .unwrap_or_else(|| panic!("row {title} {due}:\n{screen}"));
        if let Some(owner) = r.owner.as_deref().filter(|o| o.chars().count() <= 30) {
            assert!(line.contains(owner), "owner {owner} whole in: {line}");
        }
    }
}

#[test]
fn utbyte_sizes_the_partner_column_so_a_long_name_is_whole_at_80_columns() {
    use crate::support::*;
    let mut a = copy("Tyresö kommun");
    let mut b = copy("Lokalpolisområde Nacka och Tyresö");
    introduce(&mut [&mut a, &mut b]);
    drop(b);
    let Copy { dir, store, .. } = a;
    drop(store);
    let mut app = open(dir, 80, 24);
    app.keys(&["7"]);
    let screen = app.screen(80, 24);
    // Nothing received or sent yet: the date columns are narrow, the name has the room.
    assert!(
        screen.contains("›Lokalpolisområde Nacka och Tyresö "),
        "{screen}"
    );
}
