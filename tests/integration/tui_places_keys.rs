//! Platssamverkan (tab 6) from an empty database: an inspection or walk made outside any
//! project has a key of its own, whatever record the cursor is on, and the key hints say it.

use crate::tui_records::{fill_and_save, form_title, new_municipality, selected_kind};
use lagesbild::domain::*;

#[test]
fn a_new_inspection_without_a_project_has_its_own_key() {
    let mut app = new_municipality(120, 30);
    app.keys(&["6", "n"]);
    fill_and_save(
        &mut app,
        &[
            ("name", "Trygg i Centrala Sjövik"),
            ("started_on", "2026-03-01"),
        ],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    // The key hints name it.
    let screen = app.screen(120, 30);
    assert!(screen.contains("b ny besiktning utan projekt"), "{screen}");
    // On the project, b makes an inspection that names no project (n would make one in it).
    assert_eq!(selected_kind(&app), Some(EntityKind::PlaceProject));
    app.keys(&["b"]);
    let title = form_title(&app);
    assert!(title.contains("besiktning"), "{title}");
    fill_and_save(
        &mut app,
        &[
            ("date", "2026-10-14"),
            ("summary", "Trygghetsvandring i hela kommundelen."),
        ],
    );
    assert!(app.state.overlay.is_none(), "{}", app.status());
    let inspections: Vec<Inspection> = app.store().all().expect("inspections");
    assert_eq!(inspections.len(), 1);
    assert_eq!(inspections[0].project_id, None, "outside any project");
    // It is listed under its own heading, selected.
    let screen = app.screen(120, 30);
    assert!(
        screen.contains("Trygghetsvandring i hela kommundelen"),
        "{screen}"
    );
    assert_eq!(selected_kind(&app), Some(EntityKind::Inspection));
}
