//! The terminal UI, a house of screens (map: `docs/tui-map.md`). Four things kept apart: state
//! (`app::state`, the screens' own state in `screens/`), update (no I/O), view (a pure function of
//! the state) and I/O (`app::io`, the only part that calls the store, through named queries).
//!
//! The loop blocks on the next event (no tick when idle), drains what is pending, and draws
//! once, only when something changed.

pub mod app;
pub mod forms;
pub mod input;
pub mod jobs;
pub mod overlays;
pub mod screens;
pub mod widgets;

use app::{io, log, messages, state, update, view};
use input::{keymap, terminal};
use widgets::theme;

use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use crossterm::event::{
    self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind,
};

use crate::context::Context;
use crate::store::Access;
use io::Io;
use messages::Msg;
use state::State;

/// An error that ends the app: a Swedish sentence that says what to do.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TuiError(pub String);

pub type TuiResult<T = ()> = Result<T, TuiError>;

/// Builds the state for a context: keymap with the user's overrides, theme, language.
pub fn new_state(ctx: &Context, today: chrono::NaiveDate) -> TuiResult<State> {
    let keymap = keymap::Keymap::with_overrides(&ctx.config.keys)
        .map_err(|e| TuiError(format!("Inställningsfilens kortkommandon har ett fel: {e}")))?;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = theme::Theme::new(theme::ThemeKind::resolve(
        ctx.config.theme.as_deref(),
        no_color,
    ));
    Ok(State::new(today, ctx.lang, keymap, theme))
}

/// Runs one message and every effect it leads to, until nothing is left.
pub fn pump(state: &mut State, io: &mut Io, first: Msg) {
    let mut queue = VecDeque::from([first]);
    while let Some(msg) = queue.pop_front() {
        for effect in update::update(state, msg) {
            queue.extend(io.execute(effect));
        }
    }
}

/// Starts the app: loads what the first screen shows.
pub fn start(state: &mut State, io: &mut Io) {
    for effect in update::init(state) {
        for msg in io.execute(effect) {
            pump(state, io, msg);
        }
    }
}

/// Opens the TUI on the context's database.
pub fn run(ctx: &Context) -> TuiResult {
    let store = ctx
        .open(Access::ReadWrite)
        .map_err(|e| TuiError(e.to_string()))?;
    if let Some(dir) = ctx.db.parent() {
        log::init(dir.join("lagesbild.log"));
    }
    log::write(&format!("start {}", ctx.db.display()));
    let today = crate::context::today();
    let mut state = new_state(ctx, today)?;
    let mut io = Io::new(store, today);
    start(&mut state, &mut io);
    let mut guard = terminal::Guard::enter(ctx.config.mouse.unwrap_or(false)).map_err(|e| {
        TuiError(format!(
            "Terminalen kunde inte startas: {e}. Prova ett annat terminalfönster."
        ))
    })?;
    // The integrity check reads the whole file: it runs beside the UI, after the first frame.
    let (done, check) = std::sync::mpsc::channel();
    let path = ctx.db.clone();
    std::thread::spawn(move || {
        let _ = done.send(crate::store::quick_check(&path));
    });
    let result = event_loop(&mut state, &mut io, &mut guard.terminal, Some(check));
    drop(guard);
    log::write("quit");
    result
}

fn to_msg(ev: Event) -> Option<Msg> {
    match ev {
        // Windows also reports releases; only presses are keys.
        Event::Key(k) if k.kind == KeyEventKind::Press => Some(Msg::Key(k)),
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        Event::Mouse(m) => {
            let code = match m.kind {
                MouseEventKind::ScrollDown => KeyCode::Down,
                MouseEventKind::ScrollUp => KeyCode::Up,
                _ => return None,
            };
            Some(Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
        }
        _ => None,
    }
}

fn event_loop(
    state: &mut State,
    io: &mut Io,
    term: &mut terminal::Term,
    mut check: Option<Receiver<crate::store::Result<()>>>,
) -> TuiResult {
    let io_err = |e: std::io::Error| TuiError(format!("Terminalfel: {e}. Starta programmet igen."));
    let size = term.size().map_err(io_err)?;
    pump(state, io, Msg::Resize(size.width, size.height));
    term.draw(|f| view::render(state, f)).map_err(io_err)?;
    loop {
        // While the integrity check runs, wake up now and then for its answer; afterwards block
        // until something happens. Then take everything already waiting.
        if let Some(rx) = &check
            && !event::poll(Duration::from_millis(200)).map_err(io_err)?
        {
            match rx.try_recv() {
                Ok(Ok(())) => {
                    log::write("quick_check ok");
                    check = None;
                }
                Ok(Err(e)) => {
                    log::write(&format!("quick_check: {e}"));
                    pump(state, io, Msg::Failed(e.to_string()));
                    term.draw(|f| view::render(state, f)).map_err(io_err)?;
                    check = None;
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => check = None,
            }
            continue;
        }
        let mut changed = false;
        let first = event::read().map_err(io_err)?;
        let mut events = vec![first];
        while event::poll(Duration::ZERO).map_err(io_err)? {
            events.push(event::read().map_err(io_err)?);
        }
        for ev in events {
            if let Some(msg) = to_msg(ev) {
                pump(state, io, msg);
                changed = true;
            }
            if state.quit {
                return Ok(());
            }
        }
        if changed {
            term.draw(|f| view::render(state, f)).map_err(io_err)?;
        }
    }
}
