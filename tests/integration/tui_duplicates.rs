//! Lägesbild (issue 12): marking an observation a duplicate picks its original among the same
//! area's observations a week either side, typed to filter; the detail names it; the
//! classification of an observation can be changed in its form.

use crate::common;

use common::app::*;
use lagesbild::domain::{Classification, Observation, ReviewStatus};
use lagesbild::tui::app::state::Overlay;

fn options(app: &App) -> Vec<(String, String)> {
    match &app.state.overlay {
        Some(Overlay::Form(f)) => match &f.form.fields[0].kind {
            lagesbild::tui::widgets::form::FieldKind::Choice { options } => options.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

#[test]
fn a_duplicate_picks_its_original_nearby_and_the_detail_names_it() {
    let mut app = town_app_sized(120, 40);
    app.keys(&["2"]);
    let row = app
        .state
        .observations
        .list
        .selected()
        .cloned()
        .expect("a row");
    app.keys(&["d"]);
    let offered = options(&app);
    assert!(!offered.is_empty(), "{}", app.status());
    // Only the same area, a week either side, never itself.
    let store_obs: Vec<Observation> = app.store().all().expect("observations");
    for (_, id) in &offered {
        let o = store_obs
            .iter()
            .find(|o| o.id.to_string() == *id)
            .expect("offered");
        assert_eq!(o.area_id, row.area_id);
        assert!((o.occurred_on - row.occurred_on).num_days().abs() <= 7);
        assert_ne!(o.id, row.id);
    }
    // Typing finds one by its words: the last one offered that no other reads like.
    let (label, wanted) = offered
        .iter()
        .rev()
        .find(|(l, _)| {
            offered
                .iter()
                .filter(|(o, _)| o.starts_with(l.as_str()))
                .count()
                == 1
        })
        .cloned()
        .expect("one told apart");
    assert_ne!(
        Some(&wanted),
        offered.first().map(|(_, v)| v),
        "not the preset"
    );
    app.type_text(&label);
    app.keys(&["ctrl+s"]);
    let marked: Observation = app.store().require(row.id).expect("row");
    assert_eq!(marked.review_status, ReviewStatus::Dubblett);
    assert_eq!(
        marked.duplicate_of_id.map(|i| i.to_string()),
        Some(wanted.clone())
    );
    let screen = app.screen(120, 40);
    let original = store_obs
        .iter()
        .find(|o| o.id.to_string() == wanted)
        .expect("original");
    assert!(
        screen.contains(&format!("Dubblett av {}", original.occurred_on)),
        "{screen}"
    );
    app.keys(&["u"]);
    let undone: Observation = app.store().require(row.id).expect("row");
    assert_ne!(undone.review_status, ReviewStatus::Dubblett);
    assert_eq!(undone.duplicate_of_id, None);
}

#[test]
fn an_observations_classification_is_changed_in_its_form() {
    let mut app = town_app();
    app.keys(&["2"]);
    let row = app
        .state
        .observations
        .list
        .selected()
        .cloned()
        .expect("a row");
    app.keys(&["e"]);
    let form = app.screen(80, 24);
    assert!(form.contains("Informationsklass"), "{form}");
    // Past date, time, area, place, type, reporter, severity, grade and description.
    for _ in 0..9 {
        app.keys(&["tab"]);
    }
    app.keys(&["right", "ctrl+s"]);
    let saved: Observation = app.store().require(row.id).expect("row");
    assert_eq!(
        saved.classification,
        Classification::Intern,
        "{}",
        app.status()
    );
    app.keys(&["u"]);
    let undone: Observation = app.store().require(row.id).expect("row");
    assert_eq!(undone.classification, row.classification);
}
