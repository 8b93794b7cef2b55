//! Render snapshots of every screen and the help overlay on the demo data, at 80×24, 120×40 and
//! 160×48 (ratatui `TestBackend` + insta; the `.snap` files are committed).

use crate::common;

use common::app::*;
use lagesbild::tui::app::jobs::{JobEvent, JobKind};

/// Every screen and the help overlay on the demo data, at 80×24, 120×40 and 160×48.
#[test]
fn snapshots_of_every_screen() {
    for (w, h) in [(80u16, 24u16), (120, 40), (160, 48)] {
        let mut app = demo_app_sized(w, h);
        let shot = |app: &App, name: &str| {
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), app.screen(w, h));
        };
        shot(&app, "meeting_not_started");
        // A background job draws its gauge beside the message line.
        app.state.jobs.on_event(JobEvent::Started {
            id: 1,
            label: "Läser in demodata".into(),
            kind: JobKind::Cancellable,
        });
        app.state.jobs.on_event(JobEvent::Progress {
            id: 1,
            fraction: 0.42,
        });
        shot(&app, "job_gauge");
        app.state.jobs.on_event(JobEvent::Finished { id: 1 });
        app.keys(&["n", "space", "right", "right"]);
        shot(&app, "meeting_follow_up");
        app.keys(&["right", "down", "b", "t", "p"]);
        shot(&app, "meeting_areas");
        app.keys(&["2"]);
        shot(&app, "observations");
        app.keys(&["n"]);
        shot(&app, "observation_form");
        app.keys(&["esc", "o"]);
        shot(&app, "observations_overview");
        app.keys(&["3", "down"]);
        shot(&app, "actions");
        app.keys(&["4"]);
        shot(&app, "agreement");
        app.keys(&["5"]);
        shot(&app, "prevention");
        app.keys(&["6"]);
        shot(&app, "places");
        app.keys(&["7"]);
        shot(&app, "exchange_no_identity");
        app.keys(&["?"]);
        shot(&app, "help");
        let empty = open(tempfile::tempdir().expect("dir"), w, h);
        shot(&empty, "onboarding");
    }
}

/// The Lägesbild screen's police view (the week's events from the police's open data), at
/// 80×24 and 160×48.
#[test]
fn snapshots_of_the_police_events() {
    for (w, h) in [(80u16, 24u16), (120, 40), (160, 48)] {
        let mut app = demo_app_sized(w, h);
        common::police::with_police(&mut app);
        app.keys(&["2", "p", "down"]);
        insta::assert_snapshot!(format!("observations_police_{w}x{h}"), app.screen(w, h));
    }
}
