//! Forms that know the domain: a list of references set through the multi-select picker with
//! the real keys and saved through the real write path, on the demo data.

use crate::common;

use common::app::*;
use lagesbild::domain::{Cause, EntityKind, Id, PlanItem};
use lagesbild::tui::app::state::Overlay;

/// The edit form of the demo's first plan item, opened as the Åtgärder tab opens it (the
/// pickers' choices as the app loaded them); and the causes in use.
fn plan_item_form(app: &mut App) -> (Id, Vec<Cause>) {
    let store = app.store();
    let item = store
        .live_json(EntityKind::PlanItem)
        .expect("plan items")
        .into_iter()
        .next()
        .expect("the demo has plan items");
    let id: Id = item["id"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .expect("id");
    let causes: Vec<Cause> = store.in_use().expect("causes");
    lagesbild::tui::forms::record::open_edit(&mut app.state, EntityKind::PlanItem, id, &item);
    (id, causes)
}

fn open_form(app: &App) -> &lagesbild::tui::widgets::form::Form {
    match &app.state.overlay {
        Some(Overlay::Form(open)) => &open.form,
        _ => panic!("no form open: {}", app.status()),
    }
}

/// Tab to the causes field.
fn to_causes(app: &mut App) {
    let at = open_form(app)
        .fields
        .iter()
        .position(|f| f.key == "cause_ids")
        .expect("the causes are in the form");
    for _ in 0..at {
        app.keys(&["tab"]);
    }
    assert!(open_form(app).fields[open_form(app).focus].is_multi());
}

#[test]
fn a_plan_items_causes_are_set_through_the_picker_and_saved() {
    let mut app = demo_app_sized(80, 24);
    let (id, causes) = plan_item_form(&mut app);
    let before = app
        .store()
        .get::<PlanItem>(id)
        .expect("read")
        .expect("the item");
    // A cause the item does not have yet, found by typing a word of it.
    let wanted = causes
        .iter()
        .find(|c| !before.cause_ids.contains(&c.id))
        .expect("a cause to add");
    to_causes(&mut app);
    let options = open_form(&app).fields[open_form(&app).focus]
        .options()
        .to_vec();
    let label = options
        .iter()
        .find(|(_, v)| *v == wanted.id.to_string())
        .map(|(l, _)| l.clone())
        .expect("the cause is offered");
    let word: String = label
        .split_whitespace()
        .max_by_key(|w| w.chars().count())
        .unwrap_or_default()
        .to_uppercase();
    // Typing opens the list, narrowed by what is typed (in capitals: case does not matter).
    app.type_text(&word);
    let picker = open_form(&app).picker.clone().expect("the list is open");
    assert!(!picker.shown.is_empty(), "{word} finds the cause");
    let screen = app.screen(80, 24);
    assert!(screen.contains("[ ]") || screen.contains("[x]"), "{screen}");
    // Down to the wanted cause, Space chooses it, Enter closes the list.
    let options = open_form(&app).fields[open_form(&app).focus]
        .options()
        .to_vec();
    let row = picker
        .shown
        .iter()
        .position(|&i| options[i].1 == wanted.id.to_string())
        .expect("the wanted cause is shown");
    for _ in 0..row {
        app.keys(&["down"]);
    }
    app.keys(&["space", "enter"]);
    let form = open_form(&app);
    assert!(form.picker.is_none(), "Enter closes the list");
    let field = &form.fields[form.focus];
    assert!(field.display().contains(&label), "{}", field.display());
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let after = app
        .store()
        .get::<PlanItem>(id)
        .expect("read")
        .expect("the item");
    let mut expected = before.cause_ids.clone();
    expected.push(wanted.id);
    assert_eq!(after.cause_ids, expected);

    // The same form again, nothing changed: saving writes nothing.
    plan_item_form(&mut app);
    to_causes(&mut app);
    // Space opens the list; Space twice toggles the first cause off and on again.
    app.keys(&["space", "space", "space", "esc", "ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert!(
        app.status().contains("Inget var ändrat"),
        "{}",
        app.status()
    );
}

/// The open multi-select over its form, at 80×24 and 160×48.
#[test]
fn snapshots_of_an_open_multi_select() {
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        let mut app = demo_app_sized(w, h);
        plan_item_form(&mut app);
        to_causes(&mut app);
        app.keys(&["space"]);
        insta::assert_snapshot!(format!("multi_select_{w}x{h}"), app.screen(w, h));
    }
}

/// The keys to a field of the open form.
fn to_field(app: &mut App, key: &str) {
    while open_form(app).fields[open_form(app).focus].key != key {
        app.keys(&["tab"]);
    }
}

/// The new action's place picker (a hand-laid form on Åtgärder) offers only the chosen
/// area's places, follows the area, and a place chosen first brings its area.
#[test]
fn the_place_picker_of_a_new_action_follows_the_chosen_area() {
    let mut app = demo_app_sized(80, 24);
    let refs = app.state.refs.clone();
    // An area with a place of its own and places elsewhere.
    let area = refs
        .areas
        .iter()
        .find(|a| {
            refs.places.iter().any(|p| p.area_id == a.id)
                && refs.places.iter().any(|p| p.area_id != a.id)
                && refs.areas.iter().all(|sub| sub.parent_id != Some(a.id))
        })
        .expect("an area with places");
    let inside: Vec<String> = refs
        .places
        .iter()
        .filter(|p| p.area_id == area.id)
        .map(|p| p.id.to_string())
        .collect();
    app.keys(&["3", "n"]);
    to_field(&mut app, "area");
    app.type_text(&area.name);
    assert_eq!(open_form(&app).text("area"), area.id.to_string());
    to_field(&mut app, "place");
    let offered: Vec<String> = open_form(&app).fields[open_form(&app).focus]
        .options()
        .iter()
        .map(|(_, v)| v.clone())
        .filter(|v| !v.is_empty())
        .collect();
    assert_eq!(offered, inside, "only the area's places");
    app.keys(&["right"]);
    let place = open_form(&app).text("place");
    assert!(inside.contains(&place), "{place}");

    // Another area: the place is let go.
    app.keys(&["backtab"]);
    app.keys(&["right"]);
    assert_ne!(open_form(&app).text("area"), area.id.to_string());
    assert_eq!(
        open_form(&app).text("place"),
        "",
        "the place was not in the new area"
    );

    // No area: every place; a place chosen brings its area.
    app.keys(&["esc", "j", "n"]);
    to_field(&mut app, "place");
    let outside = refs
        .places
        .iter()
        .find(|p| p.area_id != area.id)
        .expect("a place elsewhere");
    app.type_text(&outside.name);
    assert_eq!(open_form(&app).text("place"), outside.id.to_string());
    assert_eq!(
        open_form(&app).text("area"),
        outside.area_id.to_string(),
        "the place's area comes with it"
    );
}

/// `l` on a police event opens the new-place form with the event's position and the area of
/// the known place nearest it; saved, the place is there with that position.
#[test]
fn a_new_place_takes_its_position_and_area_from_a_police_event() {
    let mut app = demo_app_sized(80, 24);
    common::police::with_police(&mut app);
    app.keys(&["2", "p"]);
    let (at, row) = app
        .state
        .observations
        .police
        .rows
        .iter()
        .cloned()
        .enumerate()
        .find(|(_, r)| r.lat.is_some() && r.lon.is_some())
        .expect("an event with a position");
    for _ in 0..at {
        app.keys(&["down"]);
    }
    let (lat, lon) = (row.lat.unwrap_or_default(), row.lon.unwrap_or_default());
    // A known place a hundred metres off tells the area.
    let area = app.state.refs.areas[1].clone();
    let mut near = app.state.refs.places[0].clone();
    near.area_id = area.id;
    near.lat = Some(lat + 0.0009);
    near.lon = Some(lon);
    app.state.refs.places.push(near);

    app.keys(&["l"]);
    let form = open_form(&app);
    assert!(
        form.title.contains(&row.police_id.to_string()),
        "{}",
        form.title
    );
    assert_eq!(form.text("area_id"), area.id.to_string());
    assert_eq!(form.text("position"), format!("{lat}, {lon}"));
    assert!(!form.is_changed(), "a prefill is not the user's change");
    to_field(&mut app, "name");
    app.type_text("Hållplats Polisens punkt");
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let place = app
        .store()
        .all::<lagesbild::domain::Place>()
        .expect("places")
        .into_iter()
        .find(|p| p.name == "Hållplats Polisens punkt")
        .unwrap_or_else(|| panic!("not saved: {}", app.status()));
    assert_eq!((place.lat, place.lon), (Some(lat), Some(lon)));
    assert_eq!(place.area_id, area.id);
    assert!(
        !place.kind.is_empty(),
        "a kind of place from the register's terms"
    );
}
