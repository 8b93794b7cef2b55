//! The police feed for the demo municipality, as the TUI tests load it.
#![allow(dead_code)]

use lagesbild::domain::municipality::Municipalities;
use lagesbild::sources::polisen;

use super::app::App;

const FEED: &str = include_str!("../../data/polisen/events-2026-08-22.json");

/// The real response of week 34, moved to the demo's week 47 and with three events (two
/// municipalities) renamed to the fictional one. One summary gets a phone number.
pub fn demo_feed() -> String {
    FEED.replace(", Kävlinge\"", ", Sjövik\"")
        .replace(", Tyresö\"", ", Sjövik\"")
        .replace("2026-08-22", "2026-11-21")
        .replace("2026-08-19", "2026-11-18")
        .replace("2026-08-18", "2026-11-17")
        .replace("\"22 augusti", "\"21 november")
        .replace("\"18 augusti", "\"17 november")
        .replace(
            "Sten kastas in genom ruta.",
            "Sten kastas in genom ruta, vittnen ombeds ringa 070-123 45 67.",
        )
}

pub fn with_police(app: &mut App) {
    polisen::import_text(
        &mut app.io.store,
        &demo_feed(),
        &Municipalities::new(&["Sjöviks kommun"]),
        "test",
    )
    .expect("import");
}
