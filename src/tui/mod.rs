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

use app::{io, log, messages, state, update};
use input::{keymap, terminal};
use widgets::theme;

use std::collections::VecDeque;

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
    let keymap = keymap::Keymap::with_overrides(&ctx.config.keys).map_err(|e| {
        TuiError(crate::i18n::t!(
            ctx.lang,
            "tui-error-keymap",
            error = e.text(ctx.lang)
        ))
    })?;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = theme::Theme::new(theme::ThemeKind::resolve(
        ctx.config.theme.as_deref(),
        no_color,
    ));
    let mut state = State::new(today, ctx.lang, keymap, theme);
    state.police_refresh = crate::tui::screens::situation::police::refresh_interval(
        ctx.config.polisen_refresh_minutes,
    );
    Ok(state)
}

/// Runs one message and every effect it leads to, until nothing is left.
pub fn pump(state: &mut State, io: &mut Io, first: Msg) {
    io.lang = state.lang;
    let mut queue = VecDeque::from([first]);
    while let Some(msg) = queue.pop_front() {
        for effect in update::update(state, msg) {
            queue.extend(io.execute(effect));
        }
    }
}

/// Starts the app: loads what every screen shows.
pub fn start(state: &mut State, io: &mut Io) {
    let later = start_first_screen(state, io);
    for effect in later {
        for msg in io.execute(effect) {
            pump(state, io, msg);
        }
    }
}

/// Loads what the first frame shows (the names forms refer to, which also tell whether this
/// is a first start, and Möte); the other screens' loads are returned, for the store worker
/// to carry out after the first frame is drawn.
pub fn start_first_screen(state: &mut State, io: &mut Io) -> Vec<app::effects::Effect> {
    use app::effects::Effect;
    io.lang = state.lang;
    // Undo is read from the op log: what it would take back is there from the start.
    state.undo_label = io.undo_label();
    // The cancel key's request reaches the I/O side through one shared flag.
    state.jobs.cancel = io.cancel.clone();
    let (now, later): (Vec<Effect>, Vec<Effect>) = update::init(state)
        .into_iter()
        .partition(|e| matches!(e, Effect::LoadRefs | Effect::Meeting(_)));
    for effect in now {
        for msg in io.execute(effect) {
            pump(state, io, msg);
        }
    }
    later
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
    io.lang = ctx.lang;
    let later = start_first_screen(&mut state, &mut io);
    let mut guard = terminal::Guard::enter(ctx.config.mouse.unwrap_or(false)).map_err(|e| {
        TuiError(crate::i18n::t!(
            ctx.lang,
            "tui-error-terminal",
            error = e.to_string()
        ))
    })?;
    let result = app::runtime::run(&mut state, io, later, &mut guard.terminal, ctx.db.clone());
    drop(guard);
    log::write("quit");
    result
}
