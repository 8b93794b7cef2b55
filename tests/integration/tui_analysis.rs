//! The Analys tab and its map against real database files: the demo's tertial, the filter
//! through the forms' picker, the decision recorded, undone and found again after a restart;
//! snapshots of Analys and the map at 80×24 and 160×48 (empty database and demo).

use crate::common;

use common::app::*;

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
        app.keys(&["m"]);
        insta::assert_snapshot!(format!("analysis_map_demo_{w}x{h}"), app.screen(w, h));

        let mut empty = started_empty(w, h);
        analysis(&mut empty);
        insta::assert_snapshot!(format!("analysis_empty_{w}x{h}"), empty.screen(w, h));
        empty.keys(&["m"]);
        insta::assert_snapshot!(format!("analysis_map_empty_{w}x{h}"), empty.screen(w, h));
    }
}
