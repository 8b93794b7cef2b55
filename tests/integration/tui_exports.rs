//! The export keys of the Möte and Åtgärder screens: a format choice, a file in the export
//! directory, a status message that says where it went, and an audit entry.

use crate::common;

use common::app::*;
use lagesbild::tui::app::state::Overlay;

pub(crate) fn written(app: &App) -> std::path::PathBuf {
    let status = app.status();
    // "Skrev …." in Swedish, "Wrote …." in English.
    let path = ["Skrev ", "Wrote "]
        .iter()
        .find_map(|said| status.strip_prefix(said))
        .and_then(|s| s.strip_suffix('.'))
        .unwrap_or_else(|| panic!("status says where: {status}"));
    std::path::PathBuf::from(path)
}

fn assert_non_empty(path: &std::path::Path, out: &std::path::Path) {
    let meta = std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(meta.len() > 0, "{} is empty", path.display());
    assert!(path.starts_with(std::fs::canonicalize(out).expect("out")));
}

#[test]
fn the_meeting_screen_exports_the_minutes_in_each_format() {
    let mut app = demo_app_sized(80, 24);
    let out = tempfile::tempdir().expect("out");
    app.state.export_dir = out.path().to_path_buf();
    app.keys(&["n"]);
    let date = app
        .state
        .meeting
        .data
        .meeting
        .as_ref()
        .expect("meeting")
        .date;
    for (rights, ext) in [(0, "docx"), (1, "html"), (2, "md")] {
        app.keys(&["e"]);
        assert!(matches!(app.state.overlay, Some(Overlay::Form(_))));
        for _ in 0..rights {
            app.keys(&["right"]);
        }
        app.keys(&["ctrl+s"]);
        assert!(app.state.overlay.is_none());
        let path = written(&app);
        assert_eq!(
            path.file_name().and_then(|n| n.to_str()),
            Some(format!("minnesanteckningar-{date}.{ext}").as_str())
        );
        assert_non_empty(&path, out.path());
    }
    let screen = app.screen(80, 24);
    assert!(screen.contains("Skrev "), "{screen}");
}

#[test]
fn the_actions_screen_exports_the_plan_and_the_calendar() {
    let mut app = demo_app_sized(80, 24);
    let out = tempfile::tempdir().expect("out");
    app.state.export_dir = out.path().to_path_buf();
    app.keys(&["3"]);
    for (rights, name) in [
        (0, "atgardsplan-2026-11-19.xlsx"),
        (1, "atgardsplan-2026-11-19.csv"),
        (2, "atgardsplan-2026-11-19.html"),
        (3, "atgardsplan-2026-11-19.md"),
        (4, "kalender-2026-11-19.ics"),
    ] {
        app.keys(&["e"]);
        for _ in 0..rights {
            app.keys(&["right"]);
        }
        app.keys(&["enter"]);
        let path = written(&app);
        assert_eq!(path.file_name().and_then(|n| n.to_str()), Some(name));
        assert_non_empty(&path, out.path());
    }
}

#[test]
fn an_export_error_is_a_swedish_sentence_and_nothing_is_written() {
    let mut app = demo_app_sized(80, 24);
    app.state.export_dir = app.dir.path().join("no-such-dir");
    app.keys(&["3", "e", "enter"]);
    let status = app.status();
    assert!(status.starts_with("Kunde inte skriva"), "{status}");
    assert!(app.state.status.as_ref().is_some_and(|s| s.error));
}

#[test]
fn before_the_meeting_starts_the_last_closed_meetings_minutes_are_offered() {
    let mut app = demo_app_sized(80, 24);
    assert!(app.state.meeting.data.meeting.is_none());
    let last = app
        .state
        .meeting
        .data
        .last_closed
        .clone()
        .expect("a closed meeting");
    app.keys(&["e"]);
    match &app.state.overlay {
        Some(Overlay::Form(f)) => assert_eq!(
            f.purpose,
            lagesbild::tui::app::state::FormPurpose::Export(
                lagesbild::tui::jobs::export::ExportDoc::Minutes(last.id)
            )
        ),
        other => panic!("no export form: {other:?}"),
    }
    app.keys(&["esc"]);
    assert!(app.state.overlay.is_none());
}

#[test]
fn exporting_onto_an_existing_file_asks_and_replaces_it_only_on_yes() {
    let mut app = demo_app_sized(80, 24);
    let out = tempfile::tempdir().expect("out");
    app.state.export_dir = out.path().to_path_buf();
    app.keys(&["3"]);
    let path = std::fs::canonicalize(out.path())
        .expect("out")
        .join("atgardsplan-2026-11-19.md");
    std::fs::write(&path, "en kollegas anteckningar").expect("an earlier file");

    // The same name again: the screen asks, naming the file, and writes nothing yet.
    app.keys(&["e", "right", "right", "right", "enter"]);
    assert!(
        matches!(app.state.overlay, Some(Overlay::Confirm { .. })),
        "asks before replacing"
    );
    let screen = app.screen(80, 24);
    assert!(screen.contains("finns redan"), "{screen}");
    assert!(
        !screen.contains("--overwrite"),
        "no CLI flag on the screen: {screen}"
    );
    // "No" keeps the earlier file as it was.
    app.keys(&["n"]);
    assert!(app.state.overlay.is_none());
    assert_eq!(
        std::fs::read_to_string(&path).expect("kept"),
        "en kollegas anteckningar"
    );

    // "Yes" replaces it with the export.
    app.keys(&["e", "right", "right", "right", "enter", "j"]);
    assert_eq!(written(&app), path);
    let text = std::fs::read_to_string(&path).expect("replaced");
    assert!(
        text.contains("# Åtgärdsplan"),
        "the plan in Markdown: {text}"
    );
    let leftovers: Vec<_> = std::fs::read_dir(out.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary files: {leftovers:?}");
}

#[test]
fn the_app_in_english_exports_english_minutes() {
    let mut app = demo_app_sized(80, 24);
    app.state.lang = lagesbild::domain::Lang::En;
    let out = tempfile::tempdir().expect("out");
    app.state.export_dir = out.path().to_path_buf();
    app.keys(&["n", "e", "right", "right", "ctrl+s"]);
    let path = written(&app);
    let text = std::fs::read_to_string(&path).expect("minutes");
    assert!(
        text.contains("joint situation picture, week") && text.contains("Venue"),
        "{text}"
    );
    assert!(!text.contains("gemensam lägesbild, vecka"), "{text}");
}
