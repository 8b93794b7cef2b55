//! Gaps issue 12 left in the forms: after a refused save the keys go to the field the message
//! is beside; a form taller than the screen scrolls with its focus and keeps its title and key
//! line; the tab bar at 80 columns; a deactivated record that stays chosen goes by its name;
//! a finding's action and a plan's situation picture are picked in the generic forms;
//! inspections without a project show on Platssamverkan.

use crate::common;

use common::app::*;
use lagesbild::domain::Area;
use lagesbild::tui::app::state::Overlay;
use lagesbild::tui::screens::Screen;

fn area(app: &App, name: &str) -> Option<Area> {
    app.store()
        .all::<Area>()
        .expect("areas")
        .into_iter()
        .find(|a| a.name == name)
}

fn focused_key(app: &App) -> &'static str {
    match &app.state.overlay {
        Some(Overlay::Form(f)) => f.form.fields[f.form.focus].key,
        other => panic!("no form open: {other:?}"),
    }
}

#[test]
fn after_a_refused_save_typing_goes_to_the_field_with_the_message() {
    let mut app = started_empty(80, 24);
    app.keys(&["8", "n"]);
    app.type_text("Norra hamnen");
    // The police's status (utsatt) and a year that is not a number …
    for _ in 0..4 {
        app.keys(&["tab"]);
    }
    app.keys(&["right", "tab"]);
    app.type_text("tjugo");
    // … and back to the code, typed last: the registry's types refuse the year on save.
    while focused_key(&app) != "code" {
        app.keys(&["shift+tab"]);
    }
    app.type_text("0138A");
    app.keys(&["ctrl+s"]);
    assert!(
        app.form_error("police_status_year").is_some(),
        "{}",
        app.status()
    );
    assert_eq!(focused_key(&app), "police_status_year");
    // The wrong year is selected whole, as on entering the field: typing replaces it, and the
    // code typed before stays the code's.
    app.type_text("2025");
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let saved = area(&app, "Norra hamnen").expect("the area under its own name");
    assert_eq!(saved.police_status_year, Some(2025));
    assert_eq!(saved.code.as_deref(), Some("0138A"));
    assert_eq!(app.state.screen, Screen::Register);
}

#[test]
fn a_form_taller_than_the_screen_scrolls_with_its_focus_and_keeps_title_and_keys() {
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        let mut app = demo_app_sized(w, h);
        // The meeting series' form, a row taller with the message beside its emptied name.
        app.keys(&["g", "ctrl+u", "ctrl+s"]);
        assert!(app.form_error("group_name").is_some(), "{}", app.status());
        let top = app.screen(w, h);
        insta::assert_snapshot!(format!("series_form_refused_{w}x{h}"), top);
        // Back from the first field to the last (the classification).
        app.keys(&["shift+tab"]);
        let bottom = app.screen(w, h);
        insta::assert_snapshot!(format!("series_form_last_field_{w}x{h}"), bottom);
        for screen in [&top, &bottom] {
            assert!(screen.contains("┌ Mötesserie: dag, tid"), "{screen}");
            assert!(screen.contains("* krävs · Ctrl+S sparar"), "{screen}");
        }
        assert!(top.contains("måste fyllas i"), "{top}");
        assert!(bottom.contains("Informationsklass"), "{bottom}");
        if h == 24 {
            assert!(top.contains("↓ fler fält") && !top.contains("↑ fler fält"));
            assert!(bottom.contains("↑ fler fält") && !bottom.contains("↓ fler fält"));
            assert!(
                !bottom.contains("Gruppens namn*"),
                "scrolled past: {bottom}"
            );
        } else {
            assert!(!top.contains("fler fält") && !bottom.contains("fler fält"));
        }
    }
}
