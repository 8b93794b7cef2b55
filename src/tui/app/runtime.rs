//! The one event loop, on tokio: `select!` over the terminal's events (crossterm's
//! `EventStream`), the store worker's answers and, only while a job runs, a tick for its spinner.
//! Everything already waiting is taken before drawing once; an idle app sleeps (≈ 0 % CPU).

use std::future::poll_fn;
use std::pin::Pin;
use std::task::Poll;
use std::time::Duration;

use crossterm::event::MouseEventKind;
use crossterm::event::{Event, EventStream, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use futures_core::Stream;
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};

use crate::tui::app::effects::Effect;
use crate::tui::app::io::Io;
use crate::tui::app::jobs::{self, JobEvent, JobKind};
use crate::tui::app::messages::Msg;
use crate::tui::app::state::State;
use crate::tui::app::{log, update, view};
use crate::tui::input::terminal::Term;
use crate::tui::{TuiError, TuiResult};

/// How often the spinner moves while a job runs.
const TICK: Duration = Duration::from_millis(120);

/// A terminal event as a message (`None`: nothing the app reacts to).
pub fn to_msg(ev: Event) -> Option<Msg> {
    match ev {
        // Windows also reports releases; only presses are keys.
        Event::Key(k) if k.kind == KeyEventKind::Press => Some(Msg::Key(k)),
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        Event::Paste(text) => Some(Msg::Paste(text)),
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

/// Runs the loop until the user quits. The store moves to the worker; `later` is the start's
/// work that waits for the first frame (the other screens' loads); `db` is for the start-up
/// integrity check, which reads the file on its own connection.
pub fn run(
    state: &mut State,
    io: Io,
    later: Vec<Effect>,
    term: &mut Term,
    db: std::path::PathBuf,
) -> TuiResult {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .map_err(|e| {
            TuiError(crate::i18n::t!(
                state.lang,
                "tui-error-runtime",
                error = e.to_string()
            ))
        })?;
    let result = runtime.block_on(event_loop(state, io, later, term, db));
    // A read-only check still running need not hold up the quit.
    runtime.shutdown_background();
    result
}

async fn event_loop(
    state: &mut State,
    io: Io,
    later: Vec<Effect>,
    term: &mut Term,
    db: std::path::PathBuf,
) -> TuiResult {
    let lang = state.lang;
    let io_err = |e: std::io::Error| {
        TuiError(crate::i18n::t!(
            lang,
            "tui-error-terminal-io",
            error = e.to_string()
        ))
    };
    let (effects, effect_rx) = unbounded_channel::<Effect>();
    let (msgs, mut msg_rx) = unbounded_channel::<Msg>();
    let worker = {
        let msgs = msgs.clone();
        tokio::task::spawn_blocking(move || jobs::store_worker(io, effect_rx, msgs))
    };
    let size = term.size().map_err(io_err)?;
    handle(state, Msg::Resize(size.width, size.height), &effects);
    term.draw(|f| view::render(state, f)).map_err(io_err)?;
    // What can wait for the first frame: the other screens' loads, then the file's check.
    for effect in later {
        let _ = effects.send(effect);
    }
    quick_check(db, msgs.clone(), lang);

    let mut events = EventStream::new();
    let mut ticker = tokio::time::interval(TICK);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    // The police's feed, fetched every N minutes when the config asks (the first after N).
    let mut refresh = state.police_refresh.map(|every| {
        let mut i = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        i.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
        i
    });
    let result = loop {
        let busy = state.jobs.is_busy();
        let first = tokio::select! {
            ev = poll_fn(|cx| Pin::new(&mut events).poll_next(cx)) => match ev {
                Some(Ok(ev)) => to_msg(ev),
                Some(Err(e)) => break Err(io_err(e)),
                None => break Ok(()),
            },
            Some(msg) = msg_rx.recv() => Some(msg),
            _ = ticker.tick(), if busy => Some(Msg::Tick),
            _ = async {
                match refresh.as_mut() {
                    Some(i) => i.tick().await,
                    None => std::future::pending().await,
                }
            } => Some(Msg::RefreshPolice),
        };
        let mut changed = false;
        if let Some(msg) = first {
            handle(state, msg, &effects);
            changed = true;
        }
        // Take what is already waiting, then draw once.
        loop {
            if let Ok(msg) = msg_rx.try_recv() {
                handle(state, msg, &effects);
                changed = true;
                continue;
            }
            match ready(&mut events).await {
                Some(Ok(ev)) => {
                    if let Some(msg) = to_msg(ev) {
                        handle(state, msg, &effects);
                        changed = true;
                    }
                }
                Some(Err(e)) => return Err(io_err(e)),
                None => break,
            }
        }
        if state.quit {
            break Ok(());
        }
        if changed {
            term.draw(|f| view::render(state, f)).map_err(io_err)?;
        }
    };
    // A cancellable job stops at its next step and leaves nothing; any other the worker
    // finishes (a write is one transaction). Then the worker closes the store.
    let waiting = state.jobs.foreground().map(|job| match job.kind {
        JobKind::Cancellable => {
            crate::i18n::t!(state.lang, "tui-quit-cancelling", job = job.label.as_str())
        }
        _ => crate::i18n::t!(state.lang, "tui-quit-waiting", job = job.label.as_str()),
    });
    if let Some(text) = waiting {
        state.jobs.cancel();
        state.info(text);
        state.jobs.running.clear();
        let _ = term.draw(|f| view::render(state, f));
    }
    drop(effects);
    let _ = worker.await;
    result
}

/// A terminal event that is already waiting, without waiting for one. (Polled with the task's
/// own waker: the stream keeps the waker of its last poll, so a dummy one would lose the wake-up.)
async fn ready(events: &mut EventStream) -> Option<std::io::Result<Event>> {
    poll_fn(|cx| match Pin::new(&mut *events).poll_next(cx) {
        Poll::Ready(ev) => Poll::Ready(ev),
        Poll::Pending => Poll::Ready(None),
    })
    .await
}

/// One message through `update`; its effects go to the store worker.
fn handle(state: &mut State, msg: Msg, effects: &UnboundedSender<Effect>) {
    for effect in update::update(state, msg) {
        // The worker lives as long as this loop; a send can only fail while quitting.
        let _ = effects.send(effect);
    }
}

/// `PRAGMA quick_check` reads the whole file: a job beside the UI, after the first frame.
fn quick_check(db: std::path::PathBuf, msgs: UnboundedSender<Msg>, lang: crate::domain::Lang) {
    let id = jobs::next_id();
    let _ = msgs.send(Msg::Job(JobEvent::Started {
        id,
        label: crate::tui::widgets::words::word(lang, "tui-job-quick-check").into(),
        kind: JobKind::Background,
    }));
    tokio::task::spawn_blocking(move || {
        match crate::store::quick_check(&db) {
            Ok(()) => log::write("quick_check ok"),
            Err(e) => {
                log::write(&format!("quick_check: {e}"));
                let _ = msgs.send(Msg::Failed(e.to_string()));
            }
        }
        let _ = msgs.send(Msg::Job(JobEvent::Finished { id }));
    });
}
