//! The Analys tab and its map against real database files: the demo's tertial, the filter
//! through the forms' picker, the decision recorded, undone and found again after a restart;
//! snapshots of Analys and the map at 80×24 and 160×48 (empty database and demo).

use crate::common;

use common::app::*;
use lagesbild::domain::*;
use lagesbild::tui::app::state::Overlay;

/// The Analys tab once its load has answered (the test pump carries effects out at once).
fn analysis(app: &mut App) {
    app.keys(&["9"]);
    assert!(
        app.state.analysis.data.is_some(),
        "loaded: {}",
        app.status()
    );
}

#[test]
fn snapshots_of_analysis_and_the_map() {
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        let mut app = demo_app_sized(w, h);
        analysis(&mut app);
        let shown = app.screen(w, h);
        insta::assert_snapshot!(format!("analysis_demo_{w}x{h}"), shown);
        // The heat map's header names every part of the day whole or by its short name,
        // never cut ("morgo"), and its shades stand in columns.
        assert!(!shown.contains("morgo "), "{shown}");
        assert!(
            shown.contains("morg.") || shown.contains("morgon"),
            "{shown}"
        );
        assert_heat_columns(&shown);
        app.keys(&["m"]);
        insta::assert_snapshot!(format!("analysis_map_demo_{w}x{h}"), app.screen(w, h));

        let mut empty = started_empty(w, h);
        analysis(&mut empty);
        insta::assert_snapshot!(format!("analysis_empty_{w}x{h}"), empty.screen(w, h));
        empty.keys(&["m"]);
        insta::assert_snapshot!(format!("analysis_map_empty_{w}x{h}"), empty.screen(w, h));
    }
}

/// Every weekday row of the heat map has its shades in the same columns as Monday's.
fn assert_heat_columns(screen: &str) {
    let shades = |line: &str| -> Vec<usize> {
        line.chars()
            .enumerate()
            .filter(|(_, c)| "·░▒▓█".contains(*c))
            .map(|(i, _)| i)
            .collect()
    };
    let days = [
        "mån ", "tis ", "ons ", "tor ", "fre ", "lör ", "sön ", "Mon ", "Tue ", "Wed ", "Thu ",
        "Fri ", "Sat ", "Sun ",
    ];
    let rows: Vec<Vec<usize>> = screen
        .lines()
        .filter_map(|l| {
            let at = days
                .iter()
                .filter_map(|d| l.find(&format!("│{d}")))
                .next()?;
            // Only the heat map's part of the line (it starts at its left border).
            let from = l[..at].chars().count();
            Some(
                shades(l)
                    .into_iter()
                    .filter(|c| *c > from)
                    .take(4)
                    .collect(),
            )
        })
        .collect();
    assert!(rows.len() >= 7, "the heat map's rows:\n{screen}");
    for row in &rows {
        assert_eq!(row, &rows[0], "a heat map row off by a column:\n{screen}");
    }
}

/// Analys and its map in English (`--lang en`): the same screens, every word of ours English,
/// the event types by their English names.
#[test]
fn snapshots_of_analysis_and_the_map_in_english() {
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        let mut app = demo_app_sized(w, h);
        app.state.lang = Lang::En;
        analysis(&mut app);
        let shown = app.screen(w, h);
        insta::assert_snapshot!(format!("analysis_demo_en_{w}x{h}"), shown);
        for must in ["Weekday × time of day", "Vandalism"] {
            assert!(shown.contains(must), "{must} missing:\n{shown}");
        }
        for swedish in ["händelser", "Skadegör", "morgon", "Veckodag", "mån "] {
            assert!(!shown.contains(swedish), "{swedish} in English:\n{shown}");
        }
        assert_heat_columns(&shown);
        app.keys(&["m"]);
        let map = app.screen(w, h);
        insta::assert_snapshot!(format!("analysis_map_demo_en_{w}x{h}"), map);
        assert!(!map.contains("händelser"), "{map}");
    }
}

fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    common::day(y, m, d)
}

/// The priority assessments of the whole municipality's picture of tertial 3 2026, in rank.
fn decided(app: &App) -> Vec<(String, Option<i64>)> {
    let store = app.store();
    let mut out = Vec::new();
    for p in store
        .pictures_between(day(2026, 9, 1), day(2026, 12, 31))
        .expect("pictures")
    {
        if p.level != PictureLevel::Tertial
            || p.period_start != day(2026, 9, 1)
            || p.period_end != day(2026, 12, 31)
        {
            continue;
        }
        for a in store.assessments_of(p.id).expect("assessments") {
            if a.is_priority {
                let area: Area = store.require(a.area_id).expect("area");
                out.push((area.name, a.priority_rank));
            }
        }
    }
    out
}

#[test]
fn a_year_before_the_data_do_not_cover_gets_no_percentage() {
    // The demo's events start in the autumn of 2025: tertial 3 2025 is covered only in part.
    let mut app = demo_app_sized(160, 48);
    analysis(&mut app);
    let data = app.state.analysis.data.clone().expect("loaded");
    assert!(!data.year_before_complete);
    let header = app
        .screen(160, 48)
        .lines()
        .nth(1)
        .unwrap_or_default()
        .to_string();
    assert!(header.contains("ofullständigt underlag"), "{header}");
    assert!(!header.contains('%'), "{header}");
    // Nor a year back, where the year before holds no data at all.
    app.keys(&["left", "left", "left"]);
    let data = app.state.analysis.data.clone().expect("loaded");
    assert_eq!(data.period.code(), "2025-T3");
    assert!(!data.year_before_complete);
}

#[test]
fn an_empty_copy_says_there_is_nothing_to_compare_not_a_change_of_zero() {
    for lang in ["sv", "en"] {
        let mut empty = started_empty(160, 48);
        if lang == "en" {
            empty.state.lang = Lang::En;
        }
        analysis(&mut empty);
        let header = empty
            .screen(160, 48)
            .lines()
            .nth(1)
            .unwrap_or_default()
            .to_string();
        assert!(!header.contains('%'), "{lang}: {header}");
        let nothing = if lang == "en" {
            "nothing to compare"
        } else {
            "inget att jämföra"
        };
        assert!(header.contains(nothing), "{lang}: {header}");
    }
}

#[test]
fn filter_decide_undo_and_find_the_decision_after_a_restart() {
    let mut app = demo_app_sized(160, 48);
    analysis(&mut app);
    let whole = app.state.analysis.data.as_deref().expect("data").total;

    // Filter on Lindängen through the picker: Space opens it, typing narrows, Space chooses.
    app.keys(&["f"]);
    assert!(matches!(app.state.overlay, Some(Overlay::Form(_))));
    app.keys(&["space"]);
    app.type_text("lindängen");
    app.keys(&["space", "enter", "ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let data = app.state.analysis.data.as_deref().expect("filtered");
    assert_eq!(data.filter.areas.len(), 1);
    assert!(
        data.total < whole && data.total > 0,
        "{} of {whole}",
        data.total
    );
    // The proposal is among Lindängen's sub-areas, the busiest first.
    let ranked: Vec<&str> = data.scores.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(ranked.len(), 3, "{ranked:?}");
    assert!(
        ranked.iter().all(|n| n.starts_with("Lindäng")),
        "{ranked:?}"
    );
    let proposal: Vec<String> = ranked.iter().map(|s| s.to_string()).collect();
    assert!(app.screen(160, 48).contains("Filter: Lindängen"));

    // The decision: the proposal is filled in; saved as one change, undoable.
    app.keys(&["b"]);
    let Some(Overlay::Form(open)) = &app.state.overlay else {
        panic!("decision form: {}", app.status())
    };
    assert!(
        open.form.title.contains("tertial 3 2026"),
        "{}",
        open.form.title
    );
    app.keys(&["ctrl+s"]);
    assert!(app.state.overlay.is_none(), "{}", app.status());
    assert_eq!(
        app.status(),
        format!(
            "Prioriterade områden efter tertial 3 2026: {}.",
            proposal.join(", ")
        )
    );
    let expected: Vec<(String, Option<i64>)> = proposal
        .iter()
        .enumerate()
        .map(|(i, n)| (n.clone(), Some(i as i64 + 1)))
        .collect();
    assert_eq!(decided(&app), expected);
    let shown = app.screen(160, 48);
    assert!(
        shown.contains(&format!("Beslutat: 1. {}", proposal[0])),
        "{shown}"
    );
    assert!(shown.contains("✓1"), "{shown}");

    // h shows the selected area's assessment, its priority set just now.
    app.keys(&["h"]);
    let Some(Overlay::History(h)) = &app.state.overlay else {
        panic!("history: {}", app.status())
    };
    assert_eq!(h.history.kind, EntityKind::AreaAssessment);
    assert!(!h.history.lines.is_empty());
    app.keys(&["esc"]);

    // Undo takes the whole decision back; decide again, this time only two areas.
    app.keys(&["u"]);
    assert!(
        app.status().starts_with("Ångrade: Prioriterade områden"),
        "{}",
        app.status()
    );
    assert!(decided(&app).is_empty());
    assert!(
        app.state
            .analysis
            .data
            .as_deref()
            .expect("data")
            .decision
            .is_none()
    );
    app.keys(&["b", "tab", "tab"]);
    // The third rank set to "(inget)", the first of the choices.
    for _ in 0..proposal.len() {
        app.keys(&["left"]);
    }
    app.keys(&["ctrl+s"]);
    assert_eq!(decided(&app).len(), 2, "{}", app.status());

    // After a restart (the filter is not kept) the decision is there.
    let mut again = restart(app);
    analysis(&mut again);
    let data = again.state.analysis.data.as_deref().expect("data");
    let priorities = data.decision.as_ref().expect("decision").priorities().len();
    assert_eq!(priorities, 2);
    let shown = again.screen(80, 24);
    assert!(
        shown.contains(&format!("Beslutat: 1. {}", proposal[0])),
        "{shown}"
    );
}

#[test]
fn the_period_steps_and_switches_kind_and_a_quarter_is_not_decided() {
    let mut app = demo_app_sized(80, 24);
    analysis(&mut app);
    let period = |app: &App| app.state.analysis.data.as_deref().expect("data").period;
    assert_eq!(period(&app).code(), "2026-T3");
    app.keys(&["left"]);
    assert_eq!(period(&app).code(), "2026-T2");
    app.keys(&["right", "right"]);
    assert_eq!(period(&app).code(), "2027-T1");
    app.keys(&["left", "t"]);
    assert_eq!(
        period(&app).code(),
        "2026-Q4",
        "the quarter of the tertial's end"
    );
    app.keys(&["b"]);
    assert!(app.state.overlay.is_none());
    assert!(
        app.status().contains("per tertial eller år"),
        "{}",
        app.status()
    );
    app.keys(&["t"]);
    assert_eq!(period(&app).code(), "2026");
    app.keys(&["t"]);
    assert_eq!(period(&app).code(), "2026-T3");
    // ↓ selects the next area; the map highlights it and names it.
    app.keys(&["down", "m"]);
    let second = app.state.analysis.data.as_deref().expect("data").scores[1]
        .name
        .clone();
    let start: String = second.chars().take(10).collect();
    let shown = app.screen(80, 24);
    assert!(shown.contains(&format!("Valt område: {start}")), "{shown}");
}

/// The real binary in a pseudo-terminal: the demo, Analys, a filter through the picker, the
/// decision saved; quit, start again, and the decision is on the screen.
#[test]
fn in_a_terminal_the_decision_is_recorded_and_found_after_a_restart() {
    use crate::common::pty::{CTRL_S, ENTER, Session};
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("lagesbild.db");
    let mut app = Session::with_demo(&db, dir.path());
    app.send("9");
    app.wait_for("Förslag för tertial 1 2027");
    app.send("f");
    app.wait_for("Filtrera analysen");
    app.send(" ");
    app.send("lindängen");
    app.send(" ");
    app.send(ENTER);
    app.send(CTRL_S);
    app.wait_for("Filter: Lindängen");
    app.send("b");
    app.wait_for("Första prioritet");
    app.send(CTRL_S);
    app.wait_for("Prioriterade områden efter tertial 3 2026: Lindäng");
    app.send("q");
    assert!(app.wait_exit(), "quits with success");

    let mut again = Session::start(&db, dir.path());
    again.wait_for("Inget möte pågår");
    again.send("9");
    again.wait_for("Beslutat: 1. Lindäng");
    again.send("q");
    assert!(again.wait_exit());
}
