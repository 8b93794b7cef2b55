//! The police's open events in the Lägesbild screen: the week's events of the own municipality
//! (the demo's Sjöviks kommun), and promoting one to an observation through the screen's keys.

use crate::common;

use common::app::*;
use common::police::with_police;
use lagesbild::domain::{Observation, ObservationSource};
use lagesbild::tui::app::state::Overlay;

fn select(app: &mut App, police_id: i64) {
    app.keys(&["home"]);
    let i = app
        .state
        .observations
        .police
        .rows
        .iter()
        .position(|r| r.police_id == police_id)
        .expect("event in the list");
    for _ in 0..i {
        app.keys(&["down"]);
    }
}

fn promoted_to(app: &App, police_id: i64) -> Option<Observation> {
    let event = app
        .store()
        .police_event_by_police_id(police_id)
        .expect("query")
        .expect("event");
    event
        .observation_id
        .map(|id| app.store().require::<Observation>(id).expect("observation"))
}

#[test]
fn the_weeks_police_events_show_in_the_lagesbild_screen() {
    let mut app = demo_app_sized(80, 24);
    with_police(&mut app);
    app.keys(&["2", "p"]);
    let rows = &app.state.observations.police.rows;
    assert_eq!(rows.len(), 3, "{rows:#?}");
    assert!(rows.iter().all(|r| !r.is_promoted()));
    let screen = app.screen(80, 24);
    assert!(screen.contains("polisens öppna data"), "{screen}");
    assert!(screen.contains("Polisens händelser · v. 47"), "{screen}");
    assert!(
        screen.contains("okänd typ: Trafikolycka, personskada"),
        "{screen}"
    );
    // p again: back to the observations.
    app.keys(&["p"]);
    assert!(app.screen(80, 24).contains("Iakttagelser"));
}

#[test]
fn a_police_event_becomes_an_observation_through_the_screen() {
    let mut app = demo_app_sized(80, 24);
    with_police(&mut app);
    app.keys(&["2", "p"]);
    select(&mut app, 650297);
    // Neither place nor area: the form says so beside the field.
    app.keys(&["a", "ctrl+s"]);
    assert!(app.form_error("place").is_some());
    app.keys(&["right", "ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert!(
        app.status().contains("förd till lägesbilden"),
        "{}",
        app.status()
    );
    let obs = promoted_to(&app, 650297).expect("promoted");
    assert_eq!(obs.source, ObservationSource::PolisensOppnaData);
    assert!(obs.place_id.is_some());
    assert_eq!(Some(obs.reporting_org_id), app.state.refs.own_organisation);
    // The list shows it as promoted, and promoting again is refused with a sentence.
    let row = app
        .state
        .observations
        .police
        .selected()
        .expect("row")
        .clone();
    assert!(row.is_promoted());
    app.keys(&["a"]);
    assert!(app.state.overlay.is_none());
    assert!(app.status().contains("redan förd"), "{}", app.status());
}

#[test]
fn an_unknown_type_asks_for_an_event_type_and_personal_data_for_a_confirmation() {
    let mut app = demo_app_sized(80, 24);
    with_police(&mut app);
    app.keys(&["2", "p"]);
    // "Trafikolycka, personskada" maps to none of our types: the form wants one.
    select(&mut app, 649813);
    app.keys(&["a", "tab", "right", "ctrl+s"]);
    assert!(app.form_error("event_type").is_some());
    // The focus is on the field with the message.
    app.keys(&["right", "ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let obs = promoted_to(&app, 649813).expect("promoted");
    assert!(obs.place_id.is_none(), "promoted to an area");
    // A phone number in the summary: asked first; n leaves it, j promotes.
    select(&mut app, 649874);
    app.keys(&["a", "right", "ctrl+s"]);
    match &app.state.overlay {
        Some(Overlay::Confirm { question, .. }) => {
            assert!(question.contains("Sammanfattningen"), "{question}")
        }
        other => panic!("no confirmation: {other:?}"),
    }
    app.keys(&["n"]);
    assert!(promoted_to(&app, 649874).is_none());
    select(&mut app, 649874);
    app.keys(&["a", "right", "ctrl+s", "j"]);
    let obs = promoted_to(&app, 649874).expect("promoted after confirming");
    assert!(obs.pii_confirmed);
}
