//! The shell around the screens in English (`lang = "en"`) at 80×24: the key bar, the status
//! line and the export form speak English, and Swedish keeps its words.

use crate::common;

use common::app::*;
use common::assert_english;
use lagesbild::domain::Lang;

/// The key bar: the last line of the screen.
fn key_bar(screen: &str) -> String {
    screen.lines().last().unwrap_or_default().to_string()
}

#[test]
fn the_key_bar_and_the_export_form_speak_english() {
    let (w, h) = (80u16, 24u16);
    let mut app = demo_app_sized(w, h);
    let swedish = key_bar(&app.screen(w, h));
    assert!(
        swedish.contains("? hjälp") && swedish.contains("q avsluta"),
        "{swedish}"
    );
    app.state.lang = Lang::En;
    let mut bars = Vec::new();
    for (screen, keys) in [
        ("meeting", &[][..]),
        ("observations", &["2"][..]),
        ("actions", &["3"][..]),
        ("places", &["6"][..]),
    ] {
        app.keys(keys);
        let shot = app.screen(w, h);
        insta::assert_snapshot!(format!("shell_en_{screen}_{w}x{h}"), shot);
        bars.push(key_bar(&shot));
    }
    let actions_bar = &bars[2];
    assert!(
        actions_bar.contains("? help") && actions_bar.contains("q quit"),
        "{actions_bar}"
    );
    // The action plan's export form: its title and formats.
    app.keys(&["3", "e"]);
    let form = app.screen(w, h);
    insta::assert_snapshot!(format!("shell_en_export_form_{w}x{h}"), form);
    assert!(
        form.contains("Export the action plan or calendar"),
        "{form}"
    );
    assert!(form.contains("Excel (XLSX)"), "{form}");
    bars.push(key_bar(&form));
    for bar in &bars {
        assert_english(bar);
    }
    let title_line = form
        .lines()
        .find(|l| l.contains("Export the action plan"))
        .unwrap_or_default();
    assert_english(title_line);
}
