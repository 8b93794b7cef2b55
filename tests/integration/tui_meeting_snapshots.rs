//! Render snapshots of issue 12's new screens and overlays on the demo data, at 80×24 and
//! 160×48: the meeting series' form, the agenda step, the meeting's details, attendance of an
//! organisation not in the list, the area's text, the duplicate's picker and a history.

use crate::common;

use common::app::*;

/// The history's times are when the test ran: written as a placeholder.
fn without_times(screen: &str) -> String {
    let time = regex::Regex::new(r"\d{4}-\d{2}-\d{2} kl\. \d{2}\.\d{2}").expect("regex");
    time.replace_all(screen, "ÅÅÅÅ-MM-DD kl. TT.MM")
        .into_owned()
}

#[test]
fn snapshots_of_the_meeting_forms_and_the_history() {
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        let mut app = demo_app_sized(w, h);
        let shot = |app: &App, name: &str| {
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), without_times(&app.screen(w, h)));
        };
        app.keys(&["g"]);
        shot(&app, "meeting_series_form");
        app.keys(&["ctrl+s", "n"]);
        app.keys(&["n"]);
        shot(&app, "meeting_attendance_form");
        app.keys(&["esc", "right"]);
        shot(&app, "meeting_agenda");
        app.keys(&["i"]);
        shot(&app, "meeting_details_form");
        app.keys(&["esc", "right", "right"]);
        app.keys(&["r"]);
        shot(&app, "meeting_area_text_form");
        app.keys(&["esc", "1", "left", "left", "h"]);
        shot(&app, "history_agenda_item");
        app.keys(&["esc", "2", "d"]);
        shot(&app, "observation_duplicate_picker");
    }
}
