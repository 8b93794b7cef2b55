//! The terminal UI: update (keys → state → effects) against a real database, and render
//! snapshots of every screen at 80×24 and 160×48.

mod common;

use common::*;
use crossterm::event::KeyEvent;
use lagesbild::domain::Lang;
use lagesbild::store::{Access, Store};
use lagesbild::tui::io::Io;
use lagesbild::tui::keymap::{Key, Keymap};
use lagesbild::tui::msg::Msg;
use lagesbild::tui::state::State;
use lagesbild::tui::theme::{Theme, ThemeKind};

/// Writes the fictional town to `LAGESBILD_FIXTURE_DB` (for trying the app by hand).
#[test]
#[ignore]
fn write_fixture_database() {
    let path = std::env::var("LAGESBILD_FIXTURE_DB").expect("set LAGESBILD_FIXTURE_DB");
    let mut store = Store::open(std::path::Path::new(&path), Access::ReadWrite).expect("open");
    town::build(&mut store);
}
