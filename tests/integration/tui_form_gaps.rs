//! Gaps issue 12 left in the forms: after a refused save the keys go to the field the message
//! is beside; a form taller than the screen scrolls with its focus and keeps its title and key
//! line; the tab bar at 80 columns; a deactivated record that stays chosen goes by its name;
//! a finding's action and a plan's situation picture are picked in the generic forms;
//! inspections without a project show on Platssamverkan.

use crate::common;
use crate::tui_records::{
    fill_and_save, form_title, go_to, new_municipality, redacted, selected_kind,
};

use chrono::Datelike;
use common::app::*;
use lagesbild::domain::{
    Action, ActionPlan, Area, EntityKind, Finding, Inspection, Lang, PictureLevel, SituationPicture,
};
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
            assert!(screen.contains("┌ Mötesserie"), "the title stays: {screen}");
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

#[test]
fn at_80_columns_the_tab_bar_shows_the_active_tab_its_neighbours_and_that_more_exist() {
    let mut app = demo_app_sized(80, 24);
    let first = app.screen(80, 24);
    insta::assert_snapshot!("tabs_first_active_80x24", first);
    let bar = first.lines().next().unwrap_or_default().to_string();
    assert!(bar.starts_with(" [1 Möte] 2 Lägesbild"), "{bar}");
    assert!(bar.ends_with("7 Utbyte ›"), "{bar}");
    app.keys(&["8"]);
    let last = app.screen(80, 24);
    insta::assert_snapshot!("tabs_last_active_80x24", last);
    let bar = last.lines().next().unwrap_or_default().to_string();
    assert!(bar.starts_with("‹ 4 Överensk."), "{bar}");
    assert!(bar.ends_with("[8 Register] 9 Analys"), "{bar}");
    // Every tab shown has its title: no bare numbers.
    for bar in [&first, &last].map(|s| s.lines().next().unwrap_or_default()) {
        let words: Vec<&str> = bar.split_whitespace().collect();
        for pair in words.windows(2) {
            let bare = pair[0].trim_start_matches('[').parse::<u8>().is_ok()
                && pair[1].trim_start_matches('[').parse::<u8>().is_ok();
            assert!(!bare, "a tab without its title: {bar}");
        }
    }
}

/// The open form's field `key`: its options' labels.
fn options(app: &App, key: &str) -> Vec<String> {
    app.form_field(key)
        .map(|x| x.options().iter().map(|(l, _)| l.clone()).collect())
        .unwrap_or_else(|| panic!("no field {key} in {}", form_title(app)))
}

/// A place project with an inspection and a finding on tab 6, from an empty database.
fn project_with_a_finding(app: &mut App) {
    app.keys(&["6", "n"]);
    fill_and_save(
        app,
        &[
            ("name", "Trygg i Centrala Sjövik"),
            ("started_on", "2026-03-01"),
        ],
    );
    app.keys(&["n", "ctrl+s"]);
    fill_and_save(
        app,
        &[
            ("date", "2026-10-14"),
            ("summary", "Trygghetsvandring kring torget."),
        ],
    );
    app.keys(&["n", "ctrl+s"]);
    fill_and_save(
        app,
        &[
            ("issue", "Trasig belysning i gångtunneln."),
            ("suggested_action", "Byt armaturerna."),
        ],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert_eq!(selected_kind(app), Some(EntityKind::Finding));
}

#[test]
fn a_findings_action_is_picked_in_its_form_and_a_turns_it_into_one_as_before() {
    let mut app = new_municipality(80, 24);
    project_with_a_finding(&mut app);
    // `a` still makes the action and links it.
    app.keys(&["a", "ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let finding = app.store().all::<Finding>().expect("findings").remove(0);
    let made = finding.action_id.expect("linked by a");
    // The finding's form offers the action, by its title, and lets another be picked.
    app.keys(&["3", "n"]);
    fill_and_save(&mut app, &[("title", "Belysningsrond i tunneln")]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let other = app
        .store()
        .all::<Action>()
        .expect("actions")
        .into_iter()
        .find(|a| a.title == "Belysningsrond i tunneln")
        .expect("the second action");
    app.keys(&["6"]);
    go_to(&mut app, "Trasig belysning");
    app.keys(&["e"]);
    let offered = options(&app, "action_id");
    assert!(
        offered.iter().any(|l| l == "Belysningsrond i tunneln"),
        "{offered:?}"
    );
    let shown = app.form_field("action_id").map(|x| x.display());
    let title = app
        .store()
        .all::<Action>()
        .expect("actions")
        .into_iter()
        .find(|a| a.id == made)
        .map(|a| a.title)
        .unwrap_or_default();
    assert_eq!(
        shown.as_deref(),
        Some(title.as_str()),
        "the linked action by its title"
    );
    fill_and_save(&mut app, &[("action_id", &other.id.to_string())]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let finding = app.store().all::<Finding>().expect("findings").remove(0);
    assert_eq!(finding.action_id, Some(other.id));
}

#[test]
fn a_plans_situation_picture_is_picked_in_its_form() {
    let mut app = demo_app_sized(80, 24);
    let pictures: Vec<SituationPicture> = app.store().all().expect("pictures");
    let picture = pictures.first().expect("the demo has a situation picture");
    lagesbild::tui::forms::record::open_new(&mut app.state, EntityKind::ActionPlan, &[]);
    assert!(
        form_title(&app).contains("åtgärdsplan"),
        "{}",
        form_title(&app)
    );
    let offered = options(&app, "based_on_picture_id");
    // By its period ("Lägesbild v. 47 2026", "Lägesbild 2026-T3"), not its summary's text.
    let week = lagesbild::domain::IsoWeek::of(picture.period_start);
    let expected = match picture.level {
        PictureLevel::Vecka => format!("Lägesbild {} {}", week.short_sv(), week.year()),
        PictureLevel::Tertial => format!(
            "Lägesbild {}-T{}",
            picture.period_start.year(),
            (picture.period_start.month() - 1) / 4 + 1
        ),
        other => panic!("the demo's first picture is weekly or tertial: {other:?}"),
    };
    assert!(offered.contains(&expected), "{expected} in {offered:?}");
    assert!(
        offered
            .iter()
            .filter(|l| *l != "(inget)")
            .all(|l| l.starts_with("Lägesbild ")),
        "{offered:?}"
    );
    // The same name wherever the picture is a reference: the command line's list and
    // history, and a reference typed by name.
    assert_eq!(
        lagesbild::services::history::name_of(app.store(), picture.id, Lang::Sv)
            .expect("name")
            .as_deref(),
        Some(expected.as_str())
    );
    let found = app
        .store()
        .named(EntityKind::SituationPicture, Some(&expected))
        .expect("named");
    assert_eq!(found.first().map(|n| n.id), Some(picture.id));
    fill_and_save(
        &mut app,
        &[
            ("title", "Handlingsplan 2027"),
            ("period_start", "2027-01-01"),
            ("period_end", "2027-12-31"),
            ("review_interval_months", "6"),
            ("based_on_picture_id", &picture.id.to_string()),
        ],
    );
    let errors = match &app.state.overlay {
        Some(Overlay::Form(f)) => format!(
            "{:?}",
            f.form
                .fields
                .iter()
                .filter_map(|x| x.error.as_ref().map(|e| (x.key, e)))
                .collect::<Vec<_>>()
        ),
        _ => String::new(),
    };
    assert!(app.state.overlay.is_none(), "{} {errors}", app.status());
    let plan = app
        .store()
        .all::<ActionPlan>()
        .expect("plans")
        .into_iter()
        .find(|p| p.title == "Handlingsplan 2027")
        .expect("the plan");
    assert_eq!(plan.based_on_picture_id, Some(picture.id));
}

#[test]
fn inspections_without_a_project_show_on_tab_6_and_keys_work_on_them() {
    let mut app = new_municipality(80, 24);
    project_with_a_finding(&mut app);
    // The inspection taken out of its project.
    go_to(&mut app, "Trygghetsvandring kring torget");
    app.keys(&["e"]);
    fill_and_save(&mut app, &[("project_id", "")]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let inspection = app
        .store()
        .all::<Inspection>()
        .expect("inspections")
        .remove(0);
    assert_eq!(inspection.project_id, None);
    let screen = app.screen(80, 24);
    let heading = screen
        .find("Besiktningar och vandringar utan projekt")
        .unwrap_or_else(|| panic!("{screen}"));
    let walk = screen.find("Trygghetsvandring kring torget").unwrap_or(0);
    assert!(walk > heading, "under the heading: {screen}");
    insta::assert_snapshot!("places_without_project_80x24", redacted(app.screen(80, 24)));
    insta::assert_snapshot!(
        "places_without_project_160x48",
        redacted(app.screen(160, 48))
    );
    // n on it: a finding inside it, or another inspection like it (no project either).
    go_to(&mut app, "Trygghetsvandring kring torget");
    assert_eq!(selected_kind(&app), Some(EntityKind::Inspection));
    app.keys(&["n", "ctrl+s"]);
    assert!(
        form_title(&app).contains("iakttagelse"),
        "{}",
        form_title(&app)
    );
    fill_and_save(&mut app, &[("issue", "Klotter på elskåpet.")]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let findings: Vec<Finding> = app.store().all().expect("findings");
    assert!(
        findings
            .iter()
            .any(|f| f.issue == "Klotter på elskåpet." && f.inspection_id == inspection.id)
    );
    assert!(app.screen(80, 24).contains("Klotter på elskåpet."));
    // h: its history.
    go_to(&mut app, "Trygghetsvandring kring torget");
    app.keys(&["h"]);
    assert!(
        matches!(app.state.overlay, Some(Overlay::History(_))),
        "{}",
        app.status()
    );
    app.keys(&["esc"]);
    // d on the new finding: asked, then gone.
    go_to(&mut app, "Klotter på elskåpet.");
    app.keys(&["d"]);
    assert!(
        matches!(app.state.overlay, Some(Overlay::Confirm { .. })),
        "{}",
        app.status()
    );
    app.keys(&["j"]);
    let findings: Vec<Finding> = app.store().all().expect("findings");
    assert!(
        !findings.iter().any(|f| f.issue == "Klotter på elskåpet."),
        "{}",
        app.status()
    );
}

#[test]
fn a_deactivated_parent_that_stays_chosen_shows_by_its_name() {
    let mut app = started_empty(80, 24);
    app.keys(&["8"]);
    for name in ["Centrala Sjövik", "Ekudden"] {
        app.keys(&["n"]);
        app.type_text(name);
        app.keys(&["ctrl+s"]);
        assert!(app.state.overlay.is_none(), "{}", app.status());
    }
    // Centrala Sjövik holds Ekudden: it is deactivated, not deleted.
    app.keys(&["home", "d", "j"]);
    assert!(!area(&app, "Centrala Sjövik").expect("kept").active);
    app.keys(&["down", "e"]);
    assert!(form_title(&app).contains("Ekudden"), "{}", form_title(&app));
    let parent = app.form_field("parent_id").map(|x| x.display());
    assert_eq!(parent.as_deref(), Some("Centrala Sjövik (inaktiv)"));
    insta::assert_snapshot!("area_form_inactive_parent_80x24", app.screen(80, 24));
    insta::assert_snapshot!("area_form_inactive_parent_160x48", app.screen(160, 48));
    // Saved unchanged, the reference stays.
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let centrala = area(&app, "Centrala Sjövik").expect("kept");
    assert_eq!(
        area(&app, "Ekudden").expect("Ekudden").parent_id,
        Some(centrala.id)
    );
}

#[test]
fn a_findings_place_picker_offers_the_places_of_its_inspections_area() {
    let mut app = demo_app_sized(80, 24);
    let inspection = app
        .store()
        .all::<Inspection>()
        .expect("inspections")
        .into_iter()
        .next()
        .expect("the demo has an inspection");
    let areas: Vec<Area> = app.store().all().expect("areas");
    let places: Vec<lagesbild::domain::Place> = app.store().all().expect("places");
    // The inspection's area and the areas inside it.
    let mut within = vec![inspection.area_id];
    while let Some(a) = areas
        .iter()
        .find(|a| a.parent_id.is_some_and(|p| within.contains(&p)) && !within.contains(&a.id))
    {
        within.push(a.id);
    }
    lagesbild::tui::forms::record::open_new(
        &mut app.state,
        EntityKind::Finding,
        &[("inspection_id", inspection.id.to_string())],
    );
    // The picker is narrowed from the first key on.
    app.keys(&["tab"]);
    let offered: Vec<String> = app
        .form_field("place_id")
        .map(|x| x.options().iter().map(|(_, v)| v.clone()).collect())
        .unwrap_or_default();
    let expected: Vec<String> = places
        .iter()
        .filter(|p| p.active && within.contains(&p.area_id))
        .map(|p| p.id.to_string())
        .collect();
    assert!(!expected.is_empty() && expected.len() < places.len());
    let mut shown: Vec<&String> = offered.iter().filter(|v| !v.is_empty()).collect();
    shown.sort();
    let mut wanted: Vec<&String> = expected.iter().collect();
    wanted.sort();
    assert_eq!(shown, wanted, "only the places of the inspection's area");
}

#[test]
fn a_tab_key_right_after_the_demo_is_in_is_not_lost_before_the_refs_arrive() {
    use lagesbild::tui::app::messages::Msg;
    use lagesbild::tui::app::update::update;
    let mut app = open(tempfile::tempdir().expect("dir"), 80, 24);
    assert!(app.state.onboarding);
    app.state.loading_demo = true;
    // The demo job's answer, handled by the loop before the store worker's new refs (which
    // the real loop receives later; here they are simply not pumped).
    update(
        &mut app.state,
        Msg::Saved {
            label: "Demodata för Sjöviks kommun är inläst".into(),
            undoable: false,
            hint: None,
        },
    );
    let two = crossterm::event::KeyEvent::new(
        crossterm::event::KeyCode::Char('2'),
        crossterm::event::KeyModifiers::NONE,
    );
    update(&mut app.state, Msg::Key(two));
    assert_eq!(app.state.screen, Screen::Observations);
}
