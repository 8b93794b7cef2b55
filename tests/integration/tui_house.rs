//! The house of screens on a copy of any size (issue 10): a document screen says it is loading
//! until its lines arrive, not that nothing is entered; the delete question counts what refers
//! to a record per kind instead of listing every referrer.

use std::collections::HashMap;

use crate::common;

use common::app::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lagesbild::domain::{EntityKind, Id, Lang, Observation, Vocabulary};
use lagesbild::tui::app::effects::Effect;
use lagesbild::tui::app::messages::Msg;
use lagesbild::tui::app::state::Overlay;

/// Presses `key` without carrying out what it asks of the store: what the screen shows while a
/// large copy's answer is on the way. Returns the work asked for.
fn press_unanswered(app: &mut App, key: char) -> Vec<Effect> {
    let key = KeyEvent::new(KeyCode::Char(key), KeyModifiers::NONE);
    lagesbild::tui::app::update::update(&mut app.state, Msg::Key(key))
}

/// Carries out `effects` and everything their answers ask for.
fn answer(app: &mut App, effects: Vec<Effect>) {
    for effect in effects {
        for msg in app.io.execute(effect) {
            lagesbild::tui::pump(&mut app.state, &mut app.io, msg);
        }
    }
}

#[test]
fn a_document_screen_says_it_is_loading_until_its_lines_arrive_then_what_is_entered() {
    for (before, key, empty) in [
        ("", '4', "Ingen samverkansöverenskommelse är inlagd ännu."),
        ("", '5', "Inga förebyggande insatser ännu."),
        ("", '6', "Ingen platssamverkan är inlagd ännu."),
        ("3", 'p', "Ingen åtgärdsplan är inlagd ännu."),
    ] {
        let mut app = started_empty(80, 24);
        if !before.is_empty() {
            app.keys(&[before]);
        }
        let effects = press_unanswered(&mut app, key);
        assert!(!effects.is_empty(), "{key}: the screen asks for its lines");
        let waiting = app.screen(80, 24);
        assert!(waiting.contains("Läser in …"), "{key}:\n{waiting}");
        assert!(!waiting.contains(empty), "{key}:\n{waiting}");
        answer(&mut app, effects);
        let loaded = app.screen(80, 24);
        assert!(loaded.contains(empty), "{key}:\n{loaded}");
        assert!(!loaded.contains("Läser in"), "{key}:\n{loaded}");
    }
}

/// The area most of the demo's observations lie in, and how many.
fn busiest_area(app: &App) -> (Id, usize) {
    let observations: Vec<Observation> = app.store().all().expect("observations");
    let mut per_area: HashMap<Id, usize> = HashMap::new();
    for o in observations {
        *per_area.entry(o.area_id).or_default() += 1;
    }
    per_area
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .expect("the demo has observations")
}

#[test]
fn the_delete_question_counts_what_refers_per_kind_and_names_only_a_few() {
    let mut app = demo_app_sized(80, 24);
    app.keys(&["8"]);
    let (area, observations) = busiest_area(&app);
    let row = app
        .state
        .register
        .visible()
        .iter()
        .position(|r| r.id == area)
        .expect("the area is listed");
    for _ in 0..row {
        app.keys(&["down"]);
    }
    app.keys(&["d"]);
    let question = match &app.state.overlay {
        Some(Overlay::Confirm { question, .. }) => question.clone(),
        other => panic!("no question: {other:?} {}", app.status()),
    };
    let counted = EntityKind::Observation.count_text(observations, Lang::Sv);
    assert!(question.contains(&counted), "{counted}: {question}");
    assert!(
        !question.contains(&format!("{} ”", EntityKind::Observation.label(Lang::Sv))),
        "observations are counted, not named: {question}"
    );
    // The area's own name and at most a few referrers by name.
    assert!(question.matches('”').count() <= 12, "{question}");
    let screen = app.screen(80, 24);
    assert!(
        screen.contains("stället?"),
        "the whole question fits the overlay:\n{screen}"
    );
    // Yes deactivates it, as before.
    app.keys(&["j"]);
    let areas: Vec<lagesbild::domain::Area> = app.store().all().expect("areas");
    assert!(areas.iter().any(|a| a.id == area && !a.active));
}
