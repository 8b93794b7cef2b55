//! The terminal UI. Four things kept apart: state (`state`), update (`update`, no I/O), render
//! (`render`, a pure function of the state) and I/O (`io`, the only part that calls the store).
//!
//! The loop blocks on the next event (no tick when idle), drains what is pending, and draws
//! once, only when something changed.

pub mod area_tree;
pub mod exchange_io;
pub mod exchange_state;
pub mod exchange_update;
pub mod export;
pub mod form;
pub mod form_submit;
pub mod form_update;
pub mod forms;
pub mod io;
pub mod keymap;
pub mod lists;
pub mod load;
pub mod log;
pub mod meeting;
pub mod msg;
pub mod paged;
pub mod police;
pub mod render;
pub mod render_exchange;
pub mod render_lists;
pub mod render_meeting;
pub mod render_overlay;
pub mod render_police;
pub mod screen;
pub mod state;
pub mod terminal;
pub mod text_screens;
pub mod theme;
pub mod update;

use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use crossterm::event::{
    self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind,
};

use crate::cli::{CliError, CliResult, Context};
use crate::store::Access;
use io::Io;
use msg::Msg;
use state::State;

/// Builds the state for a context: keymap with the user's overrides, theme, language.
pub fn new_state(ctx: &Context, today: chrono::NaiveDate) -> CliResult<State> {
    let keymap = keymap::Keymap::with_overrides(&ctx.config.keys)
        .map_err(|e| CliError(format!("Inställningsfilens kortkommandon har ett fel: {e}")))?;
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
pub fn run(ctx: &Context) -> CliResult {
    let store = ctx.open(Access::ReadWrite)?;
    if let Some(dir) = ctx.db.parent() {
        log::init(dir.join("lagesbild.log"));
    }
    log::write(&format!("start {}", ctx.db.display()));
    let today = crate::cli::today();
    let mut state = new_state(ctx, today)?;
    let mut io = Io::new(store, today);
    start(&mut state, &mut io);
    let mut guard = terminal::Guard::enter(ctx.config.mouse.unwrap_or(false)).map_err(|e| {
        CliError(format!(
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
) -> CliResult {
    let io_err = |e: std::io::Error| CliError(format!("Terminalfel: {e}. Starta programmet igen."));
    let size = term.size().map_err(io_err)?;
    pump(state, io, Msg::Resize(size.width, size.height));
    term.draw(|f| render::render(state, f)).map_err(io_err)?;
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
                    term.draw(|f| render::render(state, f)).map_err(io_err)?;
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
            term.draw(|f| render::render(state, f)).map_err(io_err)?;
        }
    }
}
