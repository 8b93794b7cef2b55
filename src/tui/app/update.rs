//! `update`: messages in, state changed, effects out. No I/O here.

use crossterm::event::{KeyCode, KeyEvent};

use crate::store::queries::Page;
use crate::tui::app::effects::Effect;
use crate::tui::app::jobs::JobKind;
use crate::tui::app::messages::Msg;
use crate::tui::app::state::{Confirmed, Overlay, SearchState, State};
use crate::tui::forms::record::RecordEffect;
use crate::tui::input::commands::{Command, GlobalCmd, HelpCmd, JobCmd, Mode, SearchCmd};
use crate::tui::input::keymap::Key;
use crate::tui::screens::Screen;
use crate::tui::screens::actions::messages::ActionsEffect;
use crate::tui::screens::lists;
use crate::tui::screens::meeting::messages::MeetingEffect;

/// What the app loads at start. The forms' choices come last: no screen shows them, and on a
/// large copy the lists should not wait behind them.
pub fn init(state: &State) -> Vec<Effect> {
    let mut fx = vec![Effect::LoadRefs, MeetingEffect::Load.into()];
    fx.extend(lists::reload_screen(state, Screen::Observations));
    fx.extend(lists::reload_screen(state, Screen::Actions));
    fx.push(RecordEffect::LoadChoices.into());
    fx
}

/// Everything that may show a change, after a save or an undo.
fn reload_after_change(state: &State) -> Vec<Effect> {
    let mut fx = vec![Effect::LoadRefs, MeetingEffect::Load.into()];
    fx.extend(lists::reload_screen(state, state.screen));
    // The selected action's detail (its follow-ups) may have changed while it stays selected.
    if let Some(a) = state.actions.list.selected() {
        fx.push(ActionsEffect::LoadDetail(a.id).into());
    }
    fx.push(RecordEffect::LoadChoices.into());
    fx
}

pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(key) => on_key(state, key),
        Msg::Paste(text) => on_paste(state, &text),
        Msg::Resize(_, h) => {
            state.height = h;
            // Tabs, headers, detail and status bars take about ten rows.
            state.list_height = (h as usize).saturating_sub(10).max(3);
            lists::page_for_cursor(state)
        }
        Msg::Refs(refs) => {
            // A new partner's copy may start by importing a bundle on Utbyte instead.
            state.onboarding = refs.is_empty_database() && state.screen != Screen::Exchange;
            state.refs = refs;
            Vec::new()
        }
        Msg::History(history) => {
            crate::tui::overlays::history::loaded(state, *history);
            Vec::new()
        }
        Msg::SearchHits(hits) => {
            if let Some(Overlay::Search(s)) = &mut state.overlay {
                s.hits = hits;
                s.cursor = 0;
            }
            Vec::new()
        }
        Msg::Saved {
            label,
            undoable,
            hint,
        } => {
            // The demo is in: the app is past onboarding from now on, so a tab key pressed
            // before the new refs arrive is not taken for an onboarding key and lost.
            if state.loading_demo {
                state.onboarding = false;
            }
            state.loading_demo = false;
            if matches!(
                state.overlay,
                Some(Overlay::Form(_) | Overlay::Confirm { .. })
            ) {
                state.overlay = None;
            }
            if undoable {
                state.undo_label = Some(label.clone());
            }
            state.info(match hint {
                Some(h) => format!("{label} {h}"),
                None => label,
            });
            let mut fx = reload_after_change(state);
            match state.select_after_save.take() {
                // The meeting's lists are loaded whole: the step finds it when they arrive.
                Some(id) if state.screen == Screen::Meeting => state.meeting.select = Some(id),
                Some(id) => fx.extend(lists::locate(state, id)),
                None => state.cursor_after_save = None,
            }
            fx
        }
        Msg::Located { screen, index } => {
            let fallback = state.cursor_after_save.take();
            let total = match screen {
                Screen::Observations => state.observations.list.total,
                Screen::Actions => state.actions.list.total,
                _ => 0,
            };
            match index.or(fallback) {
                Some(i) if screen == state.screen && total > 0 => {
                    lists::select(state, i.min(total - 1))
                }
                _ => Vec::new(),
            }
        }
        Msg::Undone { label, next } => {
            state.undo_label = next;
            state.info(crate::services::undo::undone(
                &label,
                crate::domain::Lang::Sv,
            ));
            reload_after_change(state)
        }
        Msg::Info(text) => {
            state.info(text);
            Vec::new()
        }
        Msg::RefreshPolice => crate::tui::screens::situation::police::refresh(state),
        Msg::Cancelled(text) => {
            state.loading_demo = false;
            // The form that started it (a preview's file) is done with, as after a save.
            if matches!(state.overlay, Some(Overlay::Form(_))) {
                state.overlay = None;
            }
            state.select_after_save = None;
            state.cursor_after_save = None;
            state.info(text);
            Vec::new()
        }
        Msg::Failed(text) => {
            state.loading_demo = false;
            state.select_after_save = None;
            state.cursor_after_save = None;
            state.error(text);
            Vec::new()
        }
        Msg::ExportExists { request, path } => {
            crate::tui::jobs::export::ask_overwrite(state, request, &path);
            Vec::new()
        }
        Msg::Job(event) => {
            state.jobs.on_event(event);
            Vec::new()
        }
        Msg::Tick => {
            state.jobs.frame = state.jobs.frame.wrapping_add(1);
            Vec::new()
        }
        Msg::Meeting(m) => crate::tui::screens::meeting::update::on_msg(state, m),
        Msg::Situation(m) => crate::tui::screens::situation::update::on_msg(state, m),
        Msg::Actions(m) => crate::tui::screens::actions::update::on_msg(state, m),
        Msg::Text(m) => crate::tui::screens::text::update::on_msg(state, m),
        Msg::Exchange(m) => crate::tui::screens::exchange::update::on_msg(state, *m),
        Msg::Register(m) => crate::tui::screens::register::update::on_msg(state, *m),
        Msg::Record(m) => crate::tui::forms::record::on_msg(state, *m),
        Msg::Analysis(m) => crate::tui::screens::analysis::update::on_msg(state, *m),
        Msg::SheetPreview(p) => {
            crate::tui::jobs::sheet_import::previewed(state, *p);
            Vec::new()
        }
    }
}

fn on_key(state: &mut State, ev: KeyEvent) -> Vec<Effect> {
    let key = Key::from_event(&ev);
    // Ctrl+C is the terminal's "stop": it quits from anywhere, asking only when a form holds
    // unsaved text.
    if key.ctrl && key.code == KeyCode::Char('c') {
        match &state.overlay {
            Some(Overlay::Form(open)) if open.form.is_changed() => {
                crate::tui::overlays::confirm::ask_over(
                    state,
                    crate::i18n::t!(state.lang, "tui-quit-unsaved-form"),
                    Confirmed::Quit,
                );
            }
            // Asked already: a second Ctrl+C means it.
            Some(Overlay::Confirm { .. }) => state.quit = true,
            _ => quit_or_ask(state),
        }
        return Vec::new();
    }
    // The cancel key of a running job, where no overlay or filter takes the key first.
    if state.overlay.is_none()
        && !state.filter_editing
        && state.keymap.command(&[Mode::Job], key) == Some(JobCmd::Cancel.into())
        && let Some(label) = state.jobs.cancellable().map(|j| j.label.clone())
    {
        state.jobs.cancel();
        state.info(format!("Avbryter ”{label}” …"));
        return Vec::new();
    }
    if state.overlay.is_some() {
        return on_overlay_key(state, key);
    }
    if state.filter_editing {
        return lists::on_filter_key(state, key);
    }
    if state.onboarding {
        return crate::tui::screens::onboarding::on_key(state, key);
    }
    let Some(command) = state.keymap.command(&state.screen.modes_now(state), key) else {
        return Vec::new();
    };
    state.status = None;
    match command {
        Command::Global(c) => on_global(state, c),
        other => crate::tui::screens::on_command(state, other),
    }
}

fn on_global(state: &mut State, command: GlobalCmd) -> Vec<Effect> {
    match command {
        GlobalCmd::Quit => {
            quit_or_ask(state);
            Vec::new()
        }
        GlobalCmd::Help => {
            state.overlay = Some(Overlay::Help {
                filter: Default::default(),
                scroll: 0,
            });
            Vec::new()
        }
        GlobalCmd::Search => {
            state.overlay = Some(Overlay::Search(SearchState::default()));
            Vec::new()
        }
        // What to undo is read from the op log, which also says when there is nothing.
        GlobalCmd::Undo => vec![Effect::Undo],
        GlobalCmd::NextScreen => switch(state, state.screen.index() + 1),
        GlobalCmd::PrevScreen => switch(state, state.screen.index() + Screen::ALL.len() - 1),
        GlobalCmd::ScreenMeeting => switch(state, 0),
        GlobalCmd::ScreenObservations => switch(state, 1),
        GlobalCmd::ScreenActions => switch(state, 2),
        GlobalCmd::ScreenAgreement => switch(state, 3),
        GlobalCmd::ScreenPrevention => switch(state, 4),
        GlobalCmd::ScreenPlaces => switch(state, 5),
        GlobalCmd::ScreenExchange => switch(state, 6),
        GlobalCmd::ScreenRegister => switch(state, Screen::Register.index()),
        GlobalCmd::ScreenAnalysis => switch(state, Screen::Analysis.index()),
        GlobalCmd::History => crate::tui::overlays::history::open(state),
    }
}

/// Quits, or while a job the user waits for runs, asks first: a cancellable job is stopped
/// (nothing of it stays), any other is finished before the app closes.
pub fn quit_or_ask(state: &mut State) {
    let question = state.jobs.foreground().map(|job| match job.kind {
        JobKind::Cancellable => {
            crate::i18n::t!(state.lang, "tui-quit-ask-cancel", job = job.label.as_str())
        }
        _ => crate::i18n::t!(state.lang, "tui-quit-ask-wait", job = job.label.as_str()),
    });
    match question {
        Some(q) => crate::tui::overlays::confirm::ask_over(state, q, Confirmed::Quit),
        None => state.quit = true,
    }
}

/// Pasted text goes where typing would: the form's field, the search, the help's filter, the
/// list's filter; each an editor that puts it at the cursor.
fn on_paste(state: &mut State, text: &str) -> Vec<Effect> {
    match &mut state.overlay {
        Some(Overlay::Form(open)) => {
            open.form.paste(text);
            Vec::new()
        }
        Some(Overlay::Search(s)) => {
            s.query.paste(text);
            vec![Effect::Search(s.query.text())]
        }
        Some(Overlay::Help { filter, scroll }) => {
            filter.paste(text);
            *scroll = 0;
            Vec::new()
        }
        Some(Overlay::Confirm { .. } | Overlay::History(_)) => Vec::new(),
        None if state.filter_editing => lists::on_filter_paste(state, text),
        None => Vec::new(),
    }
}

pub fn switch(state: &mut State, index: usize) -> Vec<Effect> {
    state.screen = Screen::ALL[index % Screen::ALL.len()];
    state.filter_editing = false;
    lists::reload_screen(state, state.screen)
}

fn on_overlay_key(state: &mut State, key: Key) -> Vec<Effect> {
    // The help's last scroll position, read before the overlay is borrowed to change it.
    let last = match &state.overlay {
        Some(Overlay::Help { filter, .. }) => {
            crate::tui::overlays::help::max_scroll(state, &filter.text())
        }
        _ => 0,
    };
    let help_key = state.keymap.command(&[Mode::Global], key) == Some(GlobalCmd::Help.into());
    let command = state.keymap.command(&[Mode::Help], key);
    let Some(overlay) = state.overlay.as_mut() else {
        return Vec::new();
    };
    match overlay {
        Overlay::Help { filter, scroll } => {
            let help = match command {
                Some(Command::Help(c)) => Some(c),
                _ => None,
            };
            match help {
                Some(HelpCmd::Close) => state.overlay = None,
                Some(HelpCmd::Down) => *scroll = (*scroll + 1).min(last),
                Some(HelpCmd::Up) => *scroll = scroll.saturating_sub(1),
                Some(HelpCmd::PageDown) => *scroll = (*scroll + 10).min(last),
                Some(HelpCmd::PageUp) => *scroll = scroll.saturating_sub(10),
                Some(HelpCmd::Top) => *scroll = 0,
                Some(HelpCmd::Bottom) => *scroll = last,
                // The help key closes it again while nothing is typed.
                None if help_key && filter.text().is_empty() => state.overlay = None,
                None => {
                    if filter.key(key.code, key.ctrl) {
                        *scroll = 0;
                    }
                }
            }
            Vec::new()
        }
        Overlay::Search(s) => {
            let search = match state.keymap.command(&[Mode::Search], key) {
                Some(Command::Search(c)) => Some(c),
                _ => None,
            };
            match search {
                Some(SearchCmd::Close) => {
                    state.overlay = None;
                    Vec::new()
                }
                Some(SearchCmd::Down) => {
                    s.cursor = (s.cursor + 1).min(s.hits.len().saturating_sub(1));
                    Vec::new()
                }
                Some(SearchCmd::Up) => {
                    s.cursor = s.cursor.saturating_sub(1);
                    Vec::new()
                }
                Some(SearchCmd::Open) => crate::tui::overlays::search::open_search_hit(state),
                None => {
                    let before = s.query.text();
                    s.query.key(key.code, key.ctrl);
                    let now = s.query.text();
                    if now == before {
                        return Vec::new();
                    }
                    vec![Effect::Search(now)]
                }
            }
        }
        Overlay::Confirm { on_yes, .. } => {
            let on_yes = on_yes.clone();
            crate::tui::overlays::confirm::on_key(state, key, on_yes)
        }
        Overlay::Form(_) => crate::tui::overlays::form::on_key(state, key),
        Overlay::History(_) => crate::tui::overlays::history::on_key(state, key),
    }
}

/// A page of the current list after the window size changed.
pub fn first_page(height: usize) -> Page {
    Page::new(0, crate::tui::widgets::paged::WINDOW.max(height))
}
