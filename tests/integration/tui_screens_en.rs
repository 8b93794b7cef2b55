//! Every screen in English (`lang = "en"`) at 80×24: each tab, its main overlays and forms,
//! the meeting's steps, the onboarding and the help. No Swedish-only word in the screens'
//! own words (tabs, titles, headings, the key bar), and no Swedish text of the TUI's
//! catalogue anywhere on them. The demo's data stays Swedish: it is what the users wrote.

use crate::common;

use common::app::*;
use lagesbild::domain::Lang;

const W: u16 = 80;
const H: u16 = 24;

/// The Swedish texts of the TUI's catalogue that English writes differently: none of them
/// may show on an English screen.
fn swedish_catalogue_texts() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/i18n");
    let mut out = Vec::new();
    for file in ["tui-shell2.ftl", "tui-screens2.ftl"] {
        let read = |lang: &str| std::fs::read_to_string(root.join(lang).join(file)).expect("ftl");
        let en = read("en");
        for line in read("sv").lines() {
            let Some((id, sv)) = line.split_once(" = ") else {
                continue;
            };
            // Only whole texts: no variables, no leading placeables.
            if sv.contains('{') || sv.chars().count() < 5 {
                continue;
            }
            let english = en
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{id} = ")))
                .unwrap_or_default();
            if english != sv {
                out.push((id.to_string(), sv.to_string()));
            }
        }
    }
    out
}

/// The screen's own words: the tab line, the blocks' titles and the key bar (the rest is
/// the demo's data, Swedish as written). A title naming a record ("Follow up: <the action's
/// title>") keeps only its own words: the name after ": " is data.
fn chrome(screen: &str) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    let mut out: Vec<String> = lines.first().map(|l| l.to_string()).into_iter().collect();
    out.extend(
        lines
            .iter()
            .filter(|l| l.contains('┌'))
            .map(|l| match l.split_once(": ") {
                Some((own, rest)) => {
                    let after = rest.find(" ─").map_or("", |at| &rest[at..]);
                    format!("{own}: {after}")
                }
                None => l.to_string(),
            }),
    );
    out.extend(lines.last().map(|l| l.to_string()));
    out.join("\n")
}

fn check(name: &str, screen: &str, texts: &[(String, String)]) {
    let words = chrome(screen);
    for word in crate::report_demo::SWEDISH_ONLY {
        assert!(
            !words.contains(word),
            "{name}: the Swedish {word:?} in\n{words}"
        );
    }
    // A phrase may not show anywhere; a single word (the demo's Swedish text has them too)
    // not in the screen's own words.
    for (id, sv) in texts {
        let phrase = sv.contains(' ') && sv.chars().count() >= 12;
        let shown = if phrase { screen } else { words.as_str() };
        assert!(
            !shown.contains(sv.as_str()),
            "{name}: {id} in Swedish ({sv:?}):\n{screen}"
        );
    }
}

#[test]
fn every_screen_in_english_at_80x24() {
    let texts = swedish_catalogue_texts();
    assert!(texts.len() > 100, "{}", texts.len());
    let mut app = demo_app_in(W, H, Lang::En);
    let shot = |app: &App, name: &str| {
        let screen = app.screen(W, H);
        check(name, &screen, &texts);
        insta::assert_snapshot!(format!("en_{name}_{W}x{H}"), screen);
    };
    shot(&app, "meeting_not_started");
    app.keys(&["n"]);
    shot(&app, "meeting_attendance");
    app.keys(&["space", "right", "right"]);
    shot(&app, "meeting_follow_up");
    app.keys(&["right", "down", "b", "t", "p"]);
    shot(&app, "meeting_areas");
    app.keys(&["right"]);
    shot(&app, "meeting_decisions");
    app.keys(&["n"]);
    shot(&app, "action_form");
    app.keys(&["esc", "right"]);
    shot(&app, "meeting_events");
    app.keys(&["n"]);
    shot(&app, "planned_event_form");
    app.keys(&["esc", "right"]);
    shot(&app, "meeting_next");
    app.keys(&["right"]);
    shot(&app, "meeting_close");
    app.keys(&["a"]);
    shot(&app, "meeting_close_question");
    app.keys(&["n", "2"]);
    shot(&app, "observations");
    app.keys(&["n"]);
    shot(&app, "observation_form");
    app.keys(&["esc", "o"]);
    shot(&app, "observations_overview");
    app.keys(&["o", "3", "down"]);
    shot(&app, "actions");
    app.keys(&["s"]);
    shot(&app, "action_follow_up_form");
    app.keys(&["esc", "4"]);
    shot(&app, "agreement");
    app.keys(&["5"]);
    shot(&app, "prevention");
    app.keys(&["6"]);
    shot(&app, "places");
    app.keys(&["8"]);
    shot(&app, "register");
    app.keys(&["n"]);
    shot(&app, "register_form");
    app.keys(&["esc", "?"]);
    shot(&app, "help");
    app.keys(&["esc", "ctrl+f"]);
    app.type_text("Ringen");
    shot(&app, "search");
    app.keys(&["esc", "2", "n"]);
    app.type_text("Klotter");
    app.keys(&["ctrl+c"]);
    shot(&app, "quit_question");
}

#[test]
fn the_police_events_onboarding_and_its_form_in_english() {
    let texts = swedish_catalogue_texts();
    let mut app = demo_app_in(W, H, Lang::En);
    common::police::with_police(&mut app);
    app.keys(&["2", "p", "down"]);
    let police = app.screen(W, H);
    check("police", &police, &texts);
    insta::assert_snapshot!(format!("en_observations_police_{W}x{H}"), police);
    let mut empty = open_in(tempfile::tempdir().expect("dir"), W, H, Lang::En);
    let onboarding = empty.screen(W, H);
    check("onboarding", &onboarding, &texts);
    assert!(onboarding.contains("Welcome to lagesbild"), "{onboarding}");
    insta::assert_snapshot!(format!("en_onboarding_{W}x{H}"), onboarding);
    empty.keys(&["t"]);
    let form = empty.screen(W, H);
    check("onboarding_form", &form, &texts);
    insta::assert_snapshot!(format!("en_onboarding_form_{W}x{H}"), form);
}
