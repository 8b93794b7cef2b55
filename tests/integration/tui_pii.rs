//! Issue 16 in the TUI: the mark on list rows whose text may hold personal data, the filter
//! to list only those, and purging a deleted observation's text with a key (asking first).
//! All names are fictional.

use crate::common;

use common::app::*;
use lagesbild::domain::*;
use lagesbild::store::queries::Page;
use lagesbild::store::queries::observations::ObservationFilter;
use lagesbild::tui::app::state::{Confirmed, Overlay};

const FLAGGED: &str = "Killen som heter Ebbot Testsson bråkade vid kiosken";

/// The newest observation's id, its text changed to `text` behind the TUI's back.
fn newest_rewritten(app: &mut App, text: &str) -> Id {
    let id = app
        .store()
        .observations(&ObservationFilter::default(), Page::default())
        .expect("list")[0]
        .id;
    app.io
        .store
        .write(|w| w.set(EntityKind::Observation, id, "description", text))
        .expect("write");
    id
}

fn rows_with(screen: &str, needle: &str) -> Vec<String> {
    screen
        .lines()
        .filter(|l| l.contains(needle))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_flagged_row_is_marked_and_the_filter_lists_only_flagged_rows() {
    for (width, height) in [(80, 24), (160, 48)] {
        let mut app = town_app_sized(width, height);
        newest_rewritten(&mut app, FLAGGED);
        app.keys(&["2"]);
        let screen = app.screen(width, height);
        let marked = rows_with(&screen, "§");
        assert_eq!(
            marked.len(),
            1,
            "one marked row at {width}×{height}:\n{screen}"
        );
        assert!(marked[0].contains("Killen som"), "{screen}");
        assert!(
            rows_with(&screen, "Klotter på väggen")
                .iter()
                .all(|l| !l.contains('§')),
            "{screen}"
        );

        app.keys(&["I"]);
        let screen = app.screen(width, height);
        assert!(
            screen.contains("personuppgifter"),
            "the filter says so:\n{screen}"
        );
        assert!(screen.contains("1 av 1"), "only the flagged row:\n{screen}");
        app.keys(&["I"]);
        assert!(!app.screen(width, height).contains("1 av 1"));
    }
}

#[test]
fn a_deleted_observation_is_purged_with_a_key_after_a_question_that_says_what_it_means() {
    let mut app = town_app_sized(160, 48);
    let id = newest_rewritten(&mut app, FLAGGED);
    app.keys(&["2", "g"]);
    assert!(
        app.state.overlay.is_none(),
        "a live observation is not purged"
    );
    assert!(app.status().contains("borttagen"), "{}", app.status());

    app.io
        .store
        .write(|w| w.delete(EntityKind::Observation, id))
        .expect("delete");
    app.keys(&["b"]);
    let screen = app.screen(160, 48);
    assert!(screen.contains("borttagna"), "{screen}");
    assert!(
        screen.contains("1 av 1"),
        "the one deleted observation:\n{screen}"
    );
    app.keys(&["g"]);
    let (question, on_yes) = match &app.state.overlay {
        Some(Overlay::Confirm {
            question, on_yes, ..
        }) => (question.clone(), on_yes.clone()),
        other => panic!("no question: {other:?}"),
    };
    assert!(matches!(on_yes, Confirmed::Purge(_)), "{on_yes:?}");
    for words in ["för gott", "Ändringsloggen", "säkerhetskopia", &id.short()] {
        assert!(question.contains(words), "{words}: {question}");
    }
    // "No" changes nothing.
    app.keys(&["n"]);
    assert!(app.store().personal_data_found(id).expect("read").is_some());
    app.keys(&["g", "j"]);
    assert!(app.status().contains("gallrad"), "{}", app.status());
    let record = app
        .store()
        .record_json(EntityKind::Observation, id)
        .expect("read")
        .expect("kept, emptied");
    assert_eq!(record["description"], "");
    assert_eq!(app.store().personal_data_found(id).expect("read"), None);
    assert!(app.store().check().expect("check").ok());
}
