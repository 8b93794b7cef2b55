//! `h` (issue 12): the selected record's history over the screen, as people read it — labels
//! and names, local time Swedish style, who by function and organisation — never field codes,
//! UUIDs or UTC times. On every tab that shows records.

use crate::common;

use common::app::*;
use lagesbild::tui::app::state::Overlay;

/// No UUID (8-4-4-4-12 hex) anywhere on the screen, and no UTC stamp (2026-11-19T…Z).
fn assert_readable(screen: &str) {
    let hex = |s: &str| s.chars().all(|c| c.is_ascii_hexdigit());
    for word in screen.split(|c: char| c.is_whitespace() || "”“(),:·".contains(c)) {
        let parts: Vec<&str> = word.split('-').collect();
        let uuid = parts.len() == 5
            && parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
            && parts.iter().all(|p| hex(p));
        assert!(!uuid, "a UUID on the screen: {word}\n{screen}");
    }
    assert!(
        !screen.contains("T00") && !screen.contains("Z "),
        "a UTC stamp: {screen}"
    );
}

fn history_shown(app: &App) -> bool {
    matches!(app.state.overlay, Some(Overlay::History(_)))
}

#[test]
fn h_on_the_meeting_shows_its_changes_by_label_with_local_time_and_who() {
    let mut app = town_app_sized(120, 40);
    app.keys(&["n"]);
    // The details: the room changes.
    app.keys(&["i", "tab", "tab", "tab", "tab"]);
    app.type_text("Stadshuset, rum Ängen");
    app.keys(&["ctrl+s"]);
    // Close step: h is the meeting's history.
    for _ in 0..7 {
        app.keys(&["right"]);
    }
    app.keys(&["h"]);
    assert!(history_shown(&app), "{}", app.status());
    let screen = app.screen(120, 40);
    assert!(screen.contains("Historik: möte"), "{screen}");
    // The field by its label, old → new as written, the time as "kl. 14.05".
    assert!(screen.contains("plats: "), "{screen}");
    assert!(screen.contains("→ ”Stadshuset, rum Ängen”"), "{screen}");
    assert!(screen.contains(" kl. "), "{screen}");
    assert!(screen.contains("ändrad"), "{screen}");
    assert_readable(&screen);
    // Esc closes it; h again too.
    app.keys(&["esc"]);
    assert!(!history_shown(&app));
    app.keys(&["h", "h"]);
    assert!(!history_shown(&app));
}

#[test]
fn h_names_what_a_reference_points_to() {
    let mut app = town_app_sized(120, 40);
    // Step 4: a hot spot for the selected area (a list of place references).
    app.keys(&["n", "right", "right", "right"]);
    let with_places = app
        .state
        .meeting
        .data
        .areas
        .iter()
        .position(|l| {
            app.state
                .refs
                .places
                .iter()
                .filter(|p| p.area_id == l.area.id)
                .count()
                >= 2
        })
        .expect("an area with two places");
    for _ in 0..with_places {
        app.keys(&["down"]);
    }
    // Made with the first hot spot, changed by the second: the change names both places.
    app.keys(&["o", "ctrl+s", "o", "ctrl+s"]);
    let line = app.state.meeting.data.areas[with_places].clone();
    let spots = line
        .assessment
        .as_ref()
        .map(|a| a.hot_spot_place_ids.clone())
        .unwrap_or_default();
    assert_eq!(spots.len(), 2, "{}", app.status());
    let name = app.state.refs.place_name(spots[1]);
    app.keys(&["h"]);
    let screen = app.screen(120, 40);
    assert!(screen.contains(&name), "{name}: {screen}");
    assert!(
        screen.contains(&format!("Historik: områdesbedömning ”{}”", line.area.name)),
        "{screen}"
    );
    assert_readable(&screen);
}

#[test]
fn h_works_on_lagesbild_and_register_and_says_so_where_nothing_is_selected() {
    let mut app = town_app_sized(120, 40);
    app.keys(&["2", "h"]);
    assert!(history_shown(&app), "{}", app.status());
    let screen = app.screen(120, 40);
    assert!(screen.contains("Historik: iakttagelse"), "{screen}");
    assert!(
        screen.contains("ny post") || screen.contains("skapad"),
        "{screen}"
    );
    assert_readable(&screen);
    app.keys(&["esc", "8", "h"]);
    assert!(history_shown(&app), "{}", app.status());
    assert!(
        app.screen(120, 40).contains("Historik: "),
        "{}",
        app.screen(120, 40)
    );
    // A tab without a selected record says what to do.
    app.keys(&["esc", "7", "h"]);
    assert!(!history_shown(&app));
    assert!(app.status().contains("Välj en post"), "{}", app.status());
}

#[test]
fn h_works_on_the_actions_the_plan_the_agreement_prevention_and_places() {
    let mut app = demo_app_sized(160, 48);
    for (keys, heading) in [
        (vec!["3"], "Historik: åtgärd"),
        (vec!["3", "p", "j"], "Historik: "),
        (vec!["4", "j"], "Historik: "),
        (vec!["5", "G"], "Historik: "),
        (vec!["6", "G"], "Historik: "),
    ] {
        app.keys(&keys);
        app.keys(&["h"]);
        assert!(
            history_shown(&app),
            "{keys:?}: {}\n{}",
            app.status(),
            app.screen(160, 48)
        );
        let screen = app.screen(160, 48);
        assert!(screen.contains(heading), "{keys:?}: {screen}");
        assert_readable(&screen);
        app.keys(&["esc"]);
        if keys == ["3", "p", "j"] {
            app.keys(&["p"]);
        }
    }
}
