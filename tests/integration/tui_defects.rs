//! Defects found by trying the app (issue 10, item 6): each test drives the TUI with keys
//! against a real database and failed before its fix.

use crate::common;

use common::app::*;
use common::*;
use lagesbild::domain::*;
use lagesbild::store::Store;
use lagesbild::store::queries::Page;
use lagesbild::store::queries::observations::ObservationFilter;
use lagesbild::tui::app::state::Overlay;
use lagesbild::tui::screens::Screen;

/// The town, changed by `tweak` before the app opens on it.
fn town_app_with(width: u16, height: u16, tweak: impl FnOnce(&mut Store, &town::Town)) -> App {
    let dir = tempfile::tempdir().expect("dir");
    {
        let mut store = Store::open(
            &dir.path().join("lagesbild.db"),
            lagesbild::store::Access::ReadWrite,
        )
        .expect("open");
        let t = town::build(&mut store);
        tweak(&mut store, &t);
    }
    open(dir, width, height)
}

fn form_value(app: &App, key: &str) -> Option<String> {
    match &app.state.overlay {
        Some(Overlay::Form(f)) => f
            .form
            .fields
            .iter()
            .find(|x| x.key == key)
            .map(|x| x.value.clone()),
        _ => None,
    }
}

fn select_row(app: &mut App, index: usize) {
    app.keys(&["home"]);
    for _ in 0..index {
        app.keys(&["down"]);
    }
}

#[test]
fn a_bare_due_week_already_past_this_year_is_next_years_and_the_form_shows_the_date() {
    // Today is Thursday 2026-11-19 (v. 47): "v. 2" is the coming January.
    let mut app = town_app();
    app.keys(&["3", "n"]);
    app.type_text("Städa gångtunneln");
    for _ in 0..5 {
        app.keys(&["tab"]);
    }
    app.type_text("v. 2");
    let screen = app.screen(80, 24);
    assert!(
        screen.contains("→ sön 17 jan 2027"),
        "the resolved date is shown beside the field:\n{screen}"
    );
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "saved: {}", app.status());
    let saved: Vec<Action> = app
        .store()
        .find("e.title = ?1", "e.n", ["Städa gångtunneln"])
        .expect("find");
    assert_eq!(saved.len(), 1);
    assert_eq!(
        saved[0].due_week.map(|w| w.to_string()).as_deref(),
        Some("2027-W02")
    );
    assert_eq!(saved[0].due_on, Some(day(2027, 1, 17)));
    let row = app
        .state
        .actions
        .list
        .rows
        .iter()
        .find(|r| r.id == saved[0].id)
        .expect("listed");
    assert!(
        !row.overdue,
        "a deadline in January is not late in November"
    );

    // This week is this week, not next year's.
    app.keys(&["n"]);
    app.type_text("Veckans åtgärd");
    for _ in 0..5 {
        app.keys(&["tab"]);
    }
    app.type_text("v. 47");
    assert!(app.screen(80, 24).contains("→ sön 22 nov 2026"));
}

#[test]
fn editing_an_observation_keeps_who_reported_it() {
    let mut app = town_app();
    app.keys(&["2"]);
    let police = app
        .state
        .refs
        .organisations
        .iter()
        .find(|o| o.name == "Lokalpolisområde Sjövik")
        .map(|o| o.id)
        .expect("police");
    assert_ne!(app.state.refs.own_organisation, Some(police));
    let index = app
        .state
        .observations
        .list
        .rows
        .iter()
        .position(|r| r.organisation == "Lokalpolisområde Sjövik")
        .expect("a police observation");
    select_row(&mut app, index);
    let id = app.state.observations.list.selected().expect("row").id;
    app.keys(&["e"]);
    assert_eq!(form_value(&app, "org"), Some(police.to_string()));
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "saved: {}", app.status());
    let saved: Observation = app.store().require(id).expect("observation");
    assert_eq!(saved.reporting_org_id, police, "Rapporterad av is kept");
}

#[test]
fn hot_spots_are_added_and_removed_one_place_at_a_time() {
    let mut app = town_app_with(80, 24, |store, t| {
        // Centrum gets a third place.
        let mut p: Place = store.require(t.places[5]).expect("place");
        p.id = Id::new();
        p.name = "Busstorget".into();
        store.write(|w| w.create(&p)).expect("write");
    });
    app.keys(&["n", "right", "right", "right", "down"]);
    let centrum = app.state.meeting.data.areas[1].area.clone();
    assert_eq!(centrum.name, "Centrum");
    let hot_spots = |app: &App| -> Vec<String> {
        app.state.meeting.data.areas[1]
            .assessment
            .as_ref()
            .map(|a| {
                a.hot_spot_place_ids
                    .iter()
                    .map(|p| app.state.refs.place_name(*p))
                    .collect()
            })
            .unwrap_or_default()
    };
    // Each `o` offers the next place that is not yet a hot spot; saving adds it.
    app.keys(&["o", "ctrl+s"]);
    assert_eq!(hot_spots(&app), ["Busstorget"], "{}", app.status());
    app.keys(&["o", "ctrl+s"]);
    assert_eq!(
        hot_spots(&app),
        ["Busstorget", "Stationen"],
        "{}",
        app.status()
    );
    app.keys(&["o", "ctrl+s"]);
    assert_eq!(hot_spots(&app), ["Busstorget", "Stationen", "Stortorget"]);
    // Choosing a hot spot removes it; the others stay.
    app.keys(&["o", "right", "ctrl+s"]);
    assert_eq!(
        hot_spots(&app),
        ["Busstorget", "Stortorget"],
        "{}",
        app.status()
    );
    assert!(app.status().contains("Stationen"), "{}", app.status());
}

#[test]
fn the_observation_filter_matches_area_place_type_and_organisation_as_the_cli_does() {
    let mut app = town_app();
    app.keys(&["2", "f"]);
    app.type_text("Stortorget");
    let rows = app.state.observations.list.rows.clone();
    assert!(!rows.is_empty(), "a place name matches");
    assert!(
        rows.iter()
            .all(|r| r.place.as_deref() == Some("Stortorget"))
    );
    app.keys(&["esc", "f"]);
    app.type_text("centrum");
    assert!(app.state.observations.list.total > 0);
    assert!(
        app.state
            .observations
            .list
            .rows
            .iter()
            .all(|r| r.area == "Centrum" || r.place.as_deref() == Some("Björkdalens centrum"))
    );
    app.keys(&["esc", "f"]);
    app.type_text("polisen ordning");
    app.keys(&["enter"]);
    let rows = app.state.observations.list.rows.clone();
    assert!(
        !rows.is_empty(),
        "organisation (short name) and event type together"
    );
    assert!(
        rows.iter()
            .all(|r| r.organisation == "Lokalpolisområde Sjövik"
                && r.event_type == "Ordningsstörning")
    );

    // The list command reads the same query: the same rule, the same rows.
    let filter = ObservationFilter {
        text: Some("polisen ordning".into()),
        ..ObservationFilter::default()
    };
    let listed = app
        .store()
        .observations(&filter, Page::default())
        .expect("list");
    assert_eq!(listed.len(), app.state.observations.list.total);
}

#[test]
fn the_overview_sums_sub_areas_and_shows_as_many_weeks_as_fit() {
    let mut app = town_app_with(160, 48, |store, t| {
        let parent = Area {
            id: Id::new(),
            classification: Classification::Oppen,
            name: "Norra kommundelen".into(),
            kind: "kommundel".into(),
            code: None,
            parent_id: None,
            police_status: PoliceStatus::Ingen,
            police_status_year: None,
            active: true,
        };
        let mut children: Vec<Area> = [t.areas[1], t.areas[3]]
            .iter()
            .map(|id| store.require(*id).expect("area"))
            .collect();
        store
            .write(|w| {
                w.create(&parent)?;
                for c in &mut children {
                    c.parent_id = Some(parent.id);
                    w.update(&*c)?;
                }
                Ok(())
            })
            .expect("write");
    });
    app.keys(&["2", "o"]);
    let o = app.state.observations.overview.clone();
    let total = |name: &str| -> usize {
        o.rows
            .iter()
            .find(|r| r.area.trim() == name)
            .map(|r| r.counts.iter().sum())
            .unwrap_or_else(|| panic!("no row {name}"))
    };
    assert!(total("Centrum") > 0 && total("Lindängsringen") > 0);
    assert_eq!(
        total("Norra kommundelen"),
        total("Centrum") + total("Lindängsringen"),
        "a parent area counts what happened in its sub-areas"
    );
    let header = |screen: &str| -> usize {
        screen
            .lines()
            .find(|l| l.contains("Område") && l.contains("Läge"))
            .map(|l| l.matches("v. ").count())
            .unwrap_or(0)
    };
    let wide = app.screen(160, 48);
    assert!(header(&wide) >= 16, "weeks at 160 columns:\n{wide}");
    let narrow = app.screen(80, 24);
    let n = header(&narrow);
    assert!(
        (1..8).contains(&n),
        "at 80 columns fewer weeks, and the level column fits:\n{narrow}"
    );
}

#[test]
fn the_time_field_takes_a_part_of_the_day() {
    let mut app = town_app();
    app.keys(&["2", "n", "tab"]);
    app.type_text("kväll");
    for _ in 0..7 {
        app.keys(&["tab"]);
    }
    app.type_text("Mopedåkning runt torget");
    app.keys(&["ctrl+s"]);
    assert_eq!(app.form_error("time"), None);
    assert!(app.state.overlay.is_none(), "saved: {}", app.status());
    let saved: Vec<Observation> = app
        .store()
        .find("e.description = ?1", "e.n", ["Mopedåkning runt torget"])
        .expect("find");
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].time_from, None);
    assert_eq!(saved[0].day_period, Some(DayPeriod::Kvall));

    // Editing it shows the period and keeps it; a time replaces it with the time's period.
    let index = app
        .state
        .observations
        .list
        .rows
        .iter()
        .position(|r| r.id == saved[0].id)
        .expect("listed");
    select_row(&mut app, index);
    app.keys(&["e"]);
    assert_eq!(form_value(&app, "time").as_deref(), Some("kväll"));
    app.keys(&["tab"]);
    for _ in 0..5 {
        app.keys(&["backspace"]);
    }
    app.type_text("natt");
    app.keys(&["ctrl+s"]);
    let edited: Observation = app.store().require(saved[0].id).expect("observation");
    assert_eq!(edited.day_period, Some(DayPeriod::Natt));
    app.keys(&["e", "tab"]);
    for _ in 0..4 {
        app.keys(&["backspace"]);
    }
    app.type_text("9.30");
    app.keys(&["ctrl+s"]);
    let edited: Observation = app.store().require(saved[0].id).expect("observation");
    assert_eq!(
        edited.time_from.map(|t| t.to_string()).as_deref(),
        Some("09:30:00")
    );
    assert_eq!(edited.day_period, Some(DayPeriod::Morgon));
}

#[test]
fn a_new_record_is_selected_in_its_list() {
    let mut app = town_app();
    app.keys(&["2", "n"]);
    for _ in 0..10 {
        app.keys(&["backspace"]);
    }
    // An older date: the list is newest first, so the new row is far from the top.
    app.type_text("2026-10-21");
    for _ in 0..8 {
        app.keys(&["tab"]);
    }
    app.type_text("Trasig grind vid lekplatsen");
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "saved: {}", app.status());
    let list = &app.state.observations.list;
    assert!(list.cursor > 0);
    assert_eq!(
        list.selected().map(|r| r.description.as_str()),
        Some("Trasig grind vid lekplatsen")
    );

    app.keys(&["3", "n"]);
    app.type_text("Ny skylt vid stationen");
    for _ in 0..5 {
        app.keys(&["tab"]);
    }
    app.type_text("2026-12-01");
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "saved: {}", app.status());
    assert_eq!(app.state.screen, Screen::Actions);
    let list = &app.state.actions.list;
    assert!(list.cursor > 0);
    assert_eq!(
        list.selected().map(|r| r.title.as_str()),
        Some("Ny skylt vid stationen")
    );
    assert_eq!(
        app.state
            .actions
            .detail
            .action
            .as_ref()
            .map(|a| a.title.as_str()),
        Some("Ny skylt vid stationen"),
        "the detail pane follows the selection"
    );
}

#[test]
fn search_hits_show_date_and_area() {
    let mut app = town_app_sized(120, 40);
    app.keys(&["/"]);
    app.type_text("papperskorg");
    let hits = match &app.state.overlay {
        Some(Overlay::Search(s)) => s.hits.clone(),
        _ => Vec::new(),
    };
    assert!(!hits.is_empty());
    let first: Observation = app.store().require(hits[0].id).expect("observation");
    let area: Area = app.store().require(first.area_id).expect("area");
    let screen = app.screen(120, 40);
    let line = screen
        .lines()
        .find(|l| l.contains("»papperskorg«"))
        .unwrap_or_default();
    assert!(
        line.contains(&first.occurred_on.to_string()) && line.contains(&area.name),
        "the first hit shows its date and area:\n{screen}"
    );
}
