//! The Register tab (8) from an EMPTY database without the demo: a new municipality sets up its
//! areas (one inside another), places with coordinates and partner organisations through forms
//! generated from the entity registry; validation beside a field; undo of a create; a delete
//! refused when something refers to the record, with deactivate offered instead.

use crate::common;

use common::app::*;
use lagesbild::domain::{Area, Classification, Organisation, Place};
use lagesbild::tui::app::state::Overlay;
use lagesbild::tui::screens::Screen;

/// "Börja tomt" for Tyresö, then the Register tab.
fn new_municipality(w: u16, h: u16) -> App {
    let mut app = started_empty(w, h);
    app.keys(&["8"]);
    assert_eq!(app.state.screen, Screen::Register);
    app
}

fn area(app: &App, name: &str) -> Area {
    app.store()
        .all::<Area>()
        .expect("areas")
        .into_iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no area {name}: {}", app.status()))
}

/// A new area with the name typed; the other fields as the form offers them. The selected
/// area is the new one's parent (`n` on an area puts the new one inside it).
fn new_area(app: &mut App, name: &str) {
    app.keys(&["n"]);
    app.type_text(name);
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
}

#[test]
fn a_new_municipality_sets_up_areas_places_and_partners_from_the_register() {
    let mut app = new_municipality(80, 24);
    let screen = app.screen(80, 24);
    assert!(screen.contains("Inga områden ännu."), "{screen}");
    assert!(screen.contains("[8 Register]"), "{screen}");

    // An area at the top, then one inside it (n on the selected area).
    app.keys(&["n"]);
    let form = app.screen(80, 24);
    assert!(form.contains("Nytt område"), "{form}");
    assert!(form.contains("Ligger i"), "{form}");
    app.type_text("Centrala Sjövik");
    // The parent: none (the list was empty).
    app.keys(&["tab", "tab", "tab"]);
    assert_eq!(
        app.state
            .overlay
            .as_ref()
            .map(|o| match o {
                Overlay::Form(f) => f.form.fields[f.form.focus].display(),
                _ => String::new(),
            })
            .unwrap_or_default(),
        "(inget)"
    );
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert!(app.status().contains("Centrala Sjövik"), "{}", app.status());
    let centrala = area(&app, "Centrala Sjövik");
    assert_eq!(centrala.parent_id, None);
    assert_eq!(centrala.kind, "kommundel", "the first area kind of data/");
    new_area(&mut app, "Ekudden");
    let ekudden = area(&app, "Ekudden");
    assert_eq!(
        ekudden.parent_id,
        Some(centrala.id),
        "inside the selected area"
    );
    // The tree: Ekudden under Centrala Sjövik, indented; the detail names the parent.
    let screen = app.screen(80, 24);
    assert!(screen.contains("›  Ekudden"), "{screen}");
    assert!(screen.contains("Ligger i: Centrala Sjövik"), "{screen}");

    // Validation beside the field: a year that is not a number. (The police's status: utsatt.)
    app.keys(&["n"]);
    app.type_text("Norra hamnen");
    for _ in 0..4 {
        app.keys(&["tab"]);
    }
    app.keys(&["right", "tab"]);
    app.type_text("tjugo");
    app.keys(&["ctrl+s"]);
    let error = app.form_error("police_status_year").unwrap_or_default();
    assert!(error.contains("inget heltal"), "{error}");
    assert!(app.screen(80, 24).contains("⚠ ”tjugo” är inget heltal"));
    app.keys(&["ctrl+u"]);
    app.type_text("2025");
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert_eq!(area(&app, "Norra hamnen").police_status_year, Some(2025));
    // (At 80 columns the list cuts it; the detail says it.)
    let screen = app.screen(160, 48);
    assert!(
        screen.contains("(Kommundel · utsatt område 2025)"),
        "{screen}"
    );

    // A place in Ekudden: the area picked by typing, the position as a map shows it.
    app.keys(&["right"]);
    assert!(app.screen(80, 24).contains("Inga platser ännu."));
    app.keys(&["n"]);
    app.type_text("eku");
    assert!(app.screen(80, 24).contains("sök: eku"));
    app.keys(&["tab"]);
    app.type_text("Torget");
    app.keys(&["tab", "tab"]);
    app.type_text("59,2391 18,2297");
    app.keys(&["ctrl+s"]);
    let error = app.form_error("position").unwrap_or_default();
    assert!(error.contains("59.2391, 18.2297"), "{error}");
    app.keys(&["ctrl+u"]);
    app.type_text("59.2391, 18.2297");
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let places: Vec<Place> = app.store().all().expect("places");
    assert_eq!(places.len(), 1);
    assert_eq!(places[0].name, "Torget");
    assert_eq!(places[0].area_id, ekudden.id);
    assert_eq!(
        (places[0].lat, places[0].lon),
        (Some(59.2391), Some(18.2297))
    );
    let screen = app.screen(80, 24);
    assert!(screen.contains("Område: Ekudden"), "{screen}");
    assert!(screen.contains("59.2391, 18.2297"), "{screen}");

    // A partner organisation, classified intern (the form says what that means).
    app.keys(&["right"]);
    app.keys(&["n"]);
    app.type_text("Sjöviks räddningstjänst");
    app.keys(&["tab"]);
    app.type_text("RTJ");
    for _ in 0..3 {
        app.keys(&["tab"]);
    }
    app.keys(&["right"]);
    let form = app.screen(80, 24);
    assert!(
        form.contains("intern: lämnar aldrig den här kopian"),
        "{form}"
    );
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let orgs: Vec<Organisation> = app.store().all().expect("orgs");
    assert_eq!(orgs.len(), 2, "the own organisation and the partner");
    let partner = orgs
        .iter()
        .find(|o| o.name == "Sjöviks räddningstjänst")
        .expect("partner");
    assert_eq!(partner.short_name.as_deref(), Some("RTJ"));
    let screen = app.screen(80, 24);
    assert!(
        screen.contains("Sjöviks räddningstjänst  (RTJ · "),
        "{screen}"
    );
    assert_eq!(partner.classification, Classification::Intern);

    // The own organisation stays: it cannot be deleted or deactivated.
    let own = app.state.refs.own_organisation.expect("own organisation");
    let at = app
        .state
        .register
        .rows
        .iter()
        .position(|r| r.id == own)
        .expect("listed");
    app.keys(&["home"]);
    for _ in 0..at {
        app.keys(&["down"]);
    }
    app.keys(&["d"]);
    assert!(app.state.overlay.is_none());
    assert!(
        app.status().contains("Din egen organisation"),
        "{}",
        app.status()
    );
    // Undo takes back the last create as a whole.
    app.keys(&["u"]);
    assert!(app.status().starts_with("Ångrade"), "{}", app.status());
    assert_eq!(app.store().all::<Organisation>().expect("orgs").len(), 1);

    // f narrows the list as you type; the detail follows the selected row.
    app.keys(&["left", "left", "f"]);
    app.type_text("hamn");
    app.keys(&["enter"]);
    let screen = app.screen(80, 24);
    assert!(screen.contains("Områden (1 av 3)"), "{screen}");
    assert!(screen.contains("Namn: Norra hamnen"), "{screen}");
    app.keys(&["f", "esc"]);
    assert!(app.screen(80, 24).contains("Områden (3)"));

    // Everything is there after a restart, and the copy passes the check.
    let app = restart(app);
    assert_eq!(app.store().all::<Area>().expect("areas").len(), 3);
    assert_eq!(app.store().all::<Place>().expect("places").len(), 1);
    let report = lagesbild::services::check::run(app.store(), &mut |_| true);
    assert!(report.is_ok(), "{report:?}");
}

#[test]
fn deleting_an_area_others_refer_to_offers_deactivating_it_instead() {
    let mut app = new_municipality(80, 24);
    new_area(&mut app, "Centrala Sjövik");
    new_area(&mut app, "Ekudden");
    // Ekudden is selected and nothing refers to it: it is deleted after a question.
    app.keys(&["d"]);
    let question = match &app.state.overlay {
        Some(Overlay::Confirm { question, .. }) => question.clone(),
        _ => String::new(),
    };
    assert!(
        question.contains("Inget hänvisar till posten"),
        "{question}"
    );
    app.keys(&["j"]);
    assert!(
        app.store()
            .all::<Area>()
            .expect("areas")
            .iter()
            .all(|a| a.name != "Ekudden"),
        "{}",
        app.status()
    );
    // Undo brings it back.
    app.keys(&["u"]);
    let ekudden = area(&app, "Ekudden");
    // Centrala Sjövik holds Ekudden: the delete is refused and deactivate offered.
    app.keys(&["home", "d"]);
    let question = match &app.state.overlay {
        Some(Overlay::Confirm { question, .. }) => question.clone(),
        _ => String::new(),
    };
    assert!(
        question.contains("kan inte tas bort") && question.contains("område ”Ekudden”"),
        "{question}"
    );
    assert!(
        question.contains("Inaktivera posten i stället?"),
        "{question}"
    );
    // "No" changes nothing.
    app.keys(&["n"]);
    assert!(area(&app, "Centrala Sjövik").active);
    app.keys(&["d", "j"]);
    let centrala = area(&app, "Centrala Sjövik");
    assert!(!centrala.active, "{}", app.status());
    assert_eq!(area(&app, "Ekudden").parent_id, Some(centrala.id), "kept");
    assert!(app.screen(80, 24).contains("[inaktiv]"));
    // A deactivated area leaves the pickers: a new area cannot be put inside it.
    app.keys(&["down", "n"]);
    let offered = match &app.state.overlay {
        Some(Overlay::Form(f)) => f
            .form
            .fields
            .iter()
            .find(|f| f.key == "parent_id")
            .map(|f| match &f.kind {
                lagesbild::tui::widgets::form::FieldKind::Choice { options } => {
                    options.iter().map(|(l, _)| l.clone()).collect::<Vec<_>>()
                }
                _ => Vec::new(),
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    assert!(offered.contains(&"Ekudden".to_string()), "{offered:?}");
    assert!(
        !offered.contains(&"Centrala Sjövik".to_string()),
        "{offered:?}"
    );
    assert_eq!(ekudden.kind, "kommundel");
}

#[test]
fn a_place_needs_an_area_first() {
    let mut app = new_municipality(80, 24);
    app.keys(&["right", "n"]);
    assert!(app.state.overlay.is_none());
    assert!(
        app.status()
            .contains("Det finns inget område att välja ännu"),
        "{}",
        app.status()
    );
}

/// The Register tab at 80×24 and 160×48: an area tree, a place's form, a place's detail.
#[test]
fn snapshots_of_the_register() {
    for (w, h) in [(80u16, 24u16), (120, 40), (160, 48)] {
        let mut app = new_municipality(w, h);
        let shot = |app: &App, name: &str| {
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), app.screen(w, h));
        };
        shot(&app, "register_empty");
        new_area(&mut app, "Centrala Sjövik");
        new_area(&mut app, "Ekudden");
        app.keys(&["home"]);
        new_area(&mut app, "Norra hamnen");
        shot(&app, "register_areas");
        app.keys(&["right", "n"]);
        app.type_text("eku");
        app.keys(&["tab"]);
        app.type_text("Torget");
        app.keys(&["tab", "tab"]);
        app.type_text("59.2391, 18.2297");
        shot(&app, "register_place_form");
        app.keys(&["ctrl+s"]);
        shot(&app, "register_places");
    }
}

/// After "Börja tomt" the app opens on the Register tab with the setup checklist: each step's
/// key opens the form that does it, and the checklist goes once the first meeting is there.
#[test]
fn the_setup_checklist_leads_from_areas_to_the_first_meeting() {
    let mut app = open(tempfile::tempdir().expect("dir"), 80, 24);
    app.keys(&["t"]);
    app.type_text("0138");
    app.keys(&["tab"]);
    app.type_text("Säkerhetsenheten");
    app.keys(&["ctrl+s"]);
    assert_eq!(app.state.screen, Screen::Register, "{}", app.status());
    let screen = app.screen(80, 24);
    assert!(
        screen.contains("Kom igång: ▶ områden → · platser → · organisationer → …  s öppnar"),
        "{screen}"
    );
    // s: the areas' form.
    app.keys(&["s"]);
    assert!(app.screen(80, 24).contains("Nytt område"));
    app.type_text("Centrala Sjövik");
    app.keys(&["ctrl+s"]);
    assert!(app.screen(80, 24).contains("Kom igång: ✓ 1 → ▶ platser"));
    // s: the places' form, on the Platser list.
    app.keys(&["s"]);
    assert!(app.screen(80, 24).contains("Ny plats"));
    app.keys(&["tab"]);
    app.type_text("Torget");
    app.keys(&["ctrl+s"]);
    assert_eq!(
        app.state.register.section,
        lagesbild::tui::screens::register::state::Section::Places
    );
    // s: a partner organisation.
    app.keys(&["s"]);
    assert!(app.screen(80, 24).contains("Ny organisation"));
    app.type_text("Sjöviks bostadsbolag");
    app.keys(&["ctrl+s"]);
    assert!(
        app.screen(80, 24)
            .contains("Kom igång: ✓ 3 → ▶ mötesserie → · första mötet")
    );
    // s: the meeting series' form, on Möte: the weekly group's day, time, room and functions.
    app.keys(&["s"]);
    assert_eq!(app.state.screen, Screen::Meeting);
    let form = app.screen(80, 24);
    assert!(
        form.contains("Mötesserie: dag, tid, lokal och funktioner (inga namn)"),
        "{form}"
    );
    assert!(form.contains("Ordförande  trygghetssamordnare"), "{form}");
    app.keys(&["ctrl+s"]);
    assert!(app.status().contains("Mötesserien"), "{}", app.status());
    app.keys(&["8"]);
    assert!(
        app.screen(80, 24)
            .contains("Kom igång: ✓ 4 → ▶ första mötet"),
        "{}",
        app.screen(80, 24)
    );
    // s: Möte, where the first meeting starts (asked first: none is planned).
    app.keys(&["s"]);
    assert_eq!(app.state.screen, Screen::Meeting);
    if matches!(app.state.overlay, Some(Overlay::Confirm { .. })) {
        app.keys(&["j"]);
    }
    let meeting = app.state.meeting.data.meeting.clone().expect("a meeting");
    // The meeting took the series' group and its default agenda.
    assert_eq!(meeting.group_name, "Samverkansgrupp trygghet");
    assert_eq!(app.state.meeting.data.agenda.len(), 10);
    app.keys(&["8"]);
    assert!(!app.screen(80, 24).contains("Kom igång"));
}

/// An event type's police aliases are edited on the Händelsetyper list (one per line); only
/// the changed field is written, and the detail shows the new alias.
#[test]
fn a_police_alias_is_added_to_an_event_type() {
    use lagesbild::domain::EventType;
    let mut app = new_municipality(80, 24);
    app.keys(&["left"]);
    assert_eq!(
        app.state.register.section,
        lagesbild::tui::screens::register::state::Section::EventTypes
    );
    app.keys(&["home"]);
    let id = app.state.register.selected().expect("an event type").id;
    let before: EventType = app.store().require(id).expect("event type");
    let ops = app.store().op_count().expect("ops");
    app.keys(&["e"]);
    for _ in 0..5 {
        app.keys(&["tab"]);
    }
    app.keys(&["end", "enter"]);
    app.type_text("Ordningsstörning vid evenemang");
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let after: EventType = app.store().require(id).expect("event type");
    let mut expected = before.police_aliases.clone();
    expected.push("Ordningsstörning vid evenemang".into());
    assert_eq!(after.police_aliases, expected);
    assert_eq!(after.label_sv, before.label_sv);
    assert_eq!(
        app.store().op_count().expect("ops"),
        ops + 1,
        "one field, one op"
    );
    assert!(
        app.screen(80, 24).contains("Ordningsstörning vid"),
        "{}",
        app.screen(80, 24)
    );
    // An event type is never deleted: d offers to deactivate it.
    app.keys(&["d"]);
    let question = match &app.state.overlay {
        Some(Overlay::Confirm { question, .. }) => question.clone(),
        _ => String::new(),
    };
    assert!(question.contains("tas aldrig bort"), "{question}");
    app.keys(&["j"]);
    let after: EventType = app.store().require(id).expect("still there");
    assert!(!after.active);
}

/// Issue 12's first stop: `n` in Lägesbild on a new municipality without areas points to the
/// tab where areas are made, not to the demo.
#[test]
fn a_new_observation_without_areas_points_to_the_register() {
    let mut app = new_municipality(80, 24);
    app.keys(&["2", "n"]);
    assert!(app.state.overlay.is_none());
    let said = app.status();
    assert!(
        said.contains("fliken 8 Register") && !said.contains("demodata"),
        "{said}"
    );
    app.keys(&["8"]);
    new_area(&mut app, "Centrala Sjövik");
    app.keys(&["2", "n"]);
    assert!(matches!(app.state.overlay, Some(Overlay::Form(_))));
}

#[test]
fn an_area_with_many_observations_counts_them_in_its_detail_instead_of_listing_each() {
    let mut app = demo_app_sized(160, 48);
    app.keys(&["8"]);
    let detail = app
        .state
        .register
        .rows
        .iter()
        .find(|r| r.name == "Lindängsringen")
        .expect("the demo's Lindängsringen")
        .detail
        .iter()
        .find(|(label, _)| label == "Hänvisas till av")
        .map(|(_, value)| value.clone())
        .expect("Lindängsringen is referred to");
    assert!(
        !detail.contains("Iakttagelse ”"),
        "observations are counted, not listed: {detail}"
    );
    let counted = detail
        .split(", ")
        .find(|part| part.ends_with(" iakttagelser"))
        .unwrap_or_else(|| panic!("a count of observations: {detail}"));
    let n: usize = counted
        .trim_end_matches(" iakttagelser")
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("a number");
    assert!(n > 3, "{detail}");
    // Few referrers are still named: its place project.
    assert!(
        detail.contains("platssamverkan ”Ett tryggare Lindängsringen”"),
        "{detail}"
    );
}

#[test]
fn the_register_says_it_is_loading_until_its_rows_arrive_not_that_the_copy_is_empty() {
    let mut app = demo_app_sized(80, 24);
    // The tab switch without its store answer: what the screen shows while a large copy's
    // rows are on the way.
    let key = crossterm::event::KeyEvent::new(
        crossterm::event::KeyCode::Char('8'),
        crossterm::event::KeyModifiers::NONE,
    );
    let effects = lagesbild::tui::app::update::update(
        &mut app.state,
        lagesbild::tui::app::messages::Msg::Key(key),
    );
    assert!(!effects.is_empty(), "the switch asks for the rows");
    let waiting = app.screen(80, 24);
    assert!(waiting.contains("Läser in …"), "{waiting}");
    assert!(!waiting.contains("Inga områden ännu."), "{waiting}");
    assert!(!waiting.contains("Kom igång"), "{waiting}");
    for effect in effects {
        for msg in app.io.execute(effect) {
            lagesbild::tui::pump(&mut app.state, &mut app.io, msg);
        }
    }
    let loaded = app.screen(80, 24);
    assert!(loaded.contains("Områden (13)"), "{loaded}");
    assert!(!loaded.contains("Läser in"), "{loaded}");
}

/// The register's other lists as a municipality with its partners sees them (the demo's).
#[test]
fn snapshots_of_the_registers_organisations_participants_and_event_types() {
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        let mut app = demo_app_sized(w, h);
        app.keys(&["8", "right", "right"]);
        let organisations = app.screen(w, h);
        assert!(
            organisations.contains("Organisationer ("),
            "{organisations}"
        );
        insta::assert_snapshot!(format!("register_organisations_{w}x{h}"), organisations);
        app.keys(&["right"]);
        let participants = app.screen(w, h);
        assert!(participants.contains("Deltagare ("), "{participants}");
        insta::assert_snapshot!(format!("register_participants_{w}x{h}"), participants);
        app.keys(&["right"]);
        let event_types = app.screen(w, h);
        assert!(event_types.contains("Händelsetyper ("), "{event_types}");
        insta::assert_snapshot!(format!("register_event_types_{w}x{h}"), event_types);
    }
}
