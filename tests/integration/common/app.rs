//! The TUI driven the way a user drives it: keys in, the screen read back through ratatui's
//! `TestBackend`. Real store, real file.
#![allow(dead_code)]

use chrono::NaiveDate;
use crossterm::event::{KeyEvent, KeyModifiers};
use lagesbild::domain::*;
use lagesbild::store::{Access, Store};
use lagesbild::tui::app::io::Io;
use lagesbild::tui::app::messages::Msg;
use lagesbild::tui::app::state::{Overlay, State};
use lagesbild::tui::input::keymap::{Key, Keymap};
use lagesbild::tui::widgets::theme::{Theme, ThemeKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::{day, town};

pub const TODAY: (i32, u32, u32) = (2026, 11, 19);

pub fn today() -> NaiveDate {
    day(TODAY.0, TODAY.1, TODAY.2)
}

pub struct App {
    pub dir: tempfile::TempDir,
    pub state: State,
    pub io: Io,
}

pub fn open(dir: tempfile::TempDir, width: u16, height: u16) -> App {
    open_in(dir, width, height, Lang::Sv)
}

/// `open` in a language: every screen is loaded in it from the start.
pub fn open_in(dir: tempfile::TempDir, width: u16, height: u16, lang: Lang) -> App {
    let store = Store::open(&dir.path().join("lagesbild.db"), Access::ReadWrite).expect("open");
    let mut io = Io::new(store, today());
    let mut state = State::new(
        today(),
        lang,
        Keymap::defaults(),
        Theme::new(ThemeKind::Plain),
    );
    lagesbild::tui::start(&mut state, &mut io);
    lagesbild::tui::pump(&mut state, &mut io, Msg::Resize(width, height));
    App { dir, state, io }
}

/// An empty database started with "Börja tomt": Tyresö, Säkerhetsenheten the own organisation.
pub fn started_empty(width: u16, height: u16) -> App {
    let mut app = open(tempfile::tempdir().expect("dir"), width, height);
    app.keys(&["t"]);
    app.type_text("Tyresö");
    app.keys(&["tab"]);
    app.type_text("Säkerhetsenheten");
    app.keys(&["ctrl+s"]);
    assert!(!app.state.onboarding, "{}", app.status());
    app
}

/// The fictional town at 80×24.
pub fn town_app() -> App {
    town_app_sized(80, 24)
}

pub fn town_app_sized(width: u16, height: u16) -> App {
    let dir = tempfile::tempdir().expect("dir");
    {
        let mut store =
            Store::open(&dir.path().join("lagesbild.db"), Access::ReadWrite).expect("open");
        town::build(&mut store);
    }
    open(dir, width, height)
}

/// The bundled demo (a fictional municipality) for 2026-11-19.
pub fn demo_app_sized(width: u16, height: u16) -> App {
    let dir = tempfile::tempdir().expect("dir");
    demo_database(&dir.path().join("lagesbild.db"));
    open(dir, width, height)
}

/// The bundled demo in `lang` from the start.
pub fn demo_app_in(width: u16, height: u16, lang: Lang) -> App {
    let dir = tempfile::tempdir().expect("dir");
    demo_database(&dir.path().join("lagesbild.db"));
    open_in(dir, width, height, lang)
}

/// Writes the bundled demo for 2026-11-19 into a new database at `path`.
pub fn demo_database(path: &std::path::Path) {
    let mut store = Store::open(path, Access::ReadWrite).expect("open");
    lagesbild::seed::load_demo(
        &mut store,
        &lagesbild::seed::DemoOptions {
            today: today(),
            years: None,
        },
    )
    .expect("demo");
}

/// Closes the store and opens the same file again, as a restart does.
pub fn restart(app: App) -> App {
    let App { dir, state, io } = app;
    drop(io);
    drop(state);
    open(dir, 80, 24)
}

impl App {
    /// Presses keys written the keymap's way: "n", "space", "ctrl+s", "right".
    pub fn keys(&mut self, keys: &[&str]) {
        for k in keys {
            let key = Key::parse(k).expect("key name");
            let mods = if key.ctrl {
                KeyModifiers::CONTROL
            } else {
                KeyModifiers::NONE
            };
            let ev = KeyEvent::new(key.code, mods);
            lagesbild::tui::pump(&mut self.state, &mut self.io, Msg::Key(ev));
        }
    }

    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            let ev = KeyEvent::new(crossterm::event::KeyCode::Char(c), KeyModifiers::NONE);
            lagesbild::tui::pump(&mut self.state, &mut self.io, Msg::Key(ev));
        }
    }

    pub fn store(&self) -> &Store {
        &self.io.store
    }

    pub fn status(&self) -> String {
        self.state
            .status
            .as_ref()
            .map(|s| s.text.clone())
            .unwrap_or_default()
    }

    pub fn form_error(&self, key: &str) -> Option<String> {
        self.form_field(key).and_then(|x| x.error.clone())
    }

    /// The open form's field `key`, if a form is open and has it.
    pub fn form_field(&self, key: &str) -> Option<&lagesbild::tui::widgets::form::Field> {
        match &self.state.overlay {
            Some(Overlay::Form(f)) => f.form.fields.iter().find(|x| x.key == key),
            _ => None,
        }
    }

    pub fn screen(&self, width: u16, height: u16) -> String {
        let mut t = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        t.draw(|f| lagesbild::tui::app::view::render(&self.state, f))
            .expect("draw");
        let buf = t.backend().buffer();
        let mut out = String::new();
        for y in 0..height {
            let mut line = String::new();
            for x in 0..width {
                line.push_str(buf[(x, y)].symbol());
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}
