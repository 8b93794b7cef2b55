//! `update`: messages in, state changed, effects out. No I/O here.

use chrono::Datelike;
use crossterm::event::{KeyCode, KeyEvent};

use super::forms;
use super::keymap::Key;
use super::msg::{Effect, Msg};
use super::state::{Confirmed, Overlay, Screen, SearchState, State};
use super::{lists, meeting};
use crate::store::queries::Page;

/// What the app loads at start.
pub fn init(state: &State) -> Vec<Effect> {
    let mut fx = vec![Effect::LoadRefs, Effect::LoadMeeting];
    fx.extend(lists::reload_screen(state, Screen::Observations));
    fx.extend(lists::reload_screen(state, Screen::Actions));
    fx
}

/// Everything that may show a change, after a save or an undo.
fn reload_after_change(state: &State) -> Vec<Effect> {
    let mut fx = vec![Effect::LoadRefs, Effect::LoadMeeting];
    fx.extend(lists::reload_screen(state, state.screen));
    fx
}

pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(key) => on_key(state, key),
        Msg::Resize(_, h) => {
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
        Msg::Meeting(data) => {
            state.meeting.data = *data;
            meeting::clamp_cursor(state);
            Vec::new()
        }
        Msg::Observations {
            total,
            page,
            rows,
            reset,
            more,
        } => {
            state.observations.list.loaded(total, page, rows, reset);
            state.observations.more = more;
            Vec::new()
        }
        Msg::Overview(o) => {
            state.observations.overview = o;
            Vec::new()
        }
        Msg::Actions {
            total,
            page,
            rows,
            reset,
        } => {
            state.actions.list.loaded(total, page, rows, reset);
            lists::action_detail_effect(state)
        }
        Msg::ActionDetail(d) => {
            state.actions.detail = *d;
            Vec::new()
        }
        Msg::Text(screen, lines) => {
            let t = lists::text_screen(state, screen);
            t.lines = lines;
            t.cursor = t.cursor.min(t.lines.len().saturating_sub(1));
            Vec::new()
        }
        Msg::SearchHits(hits) => {
            if let Some(Overlay::Search(s)) = &mut state.overlay {
                s.hits = hits;
                s.cursor = 0;
            }
            Vec::new()
        }
        Msg::Saved { label, undoable } => {
            if matches!(
                state.overlay,
                Some(Overlay::Form(_) | Overlay::Confirm { .. })
            ) {
                state.overlay = None;
            }
            if undoable {
                state.undo_label = Some(label.clone());
            }
            state.info(label);
            let mut fx = reload_after_change(state);
            if let Some(id) = state.select_after_save.take() {
                fx.extend(lists::locate(state, id));
            }
            fx
        }
        Msg::Located { screen, index } => match index {
            Some(i) if screen == state.screen => lists::select(state, i),
            _ => Vec::new(),
        },
        Msg::Undone { label, next } => {
            state.undo_label = next;
            state.info(format!("Ångrade: {label}"));
            reload_after_change(state)
        }
        Msg::Failed(text) => {
            state.select_after_save = None;
            state.error(text);
            Vec::new()
        }
        Msg::Exchange(m) => super::exchange_update::on_msg(state, *m),
        Msg::Police { week, rows } => {
            super::police::loaded(state, week, rows);
            Vec::new()
        }
        Msg::PromoteNeedsConfirm { request, warning } => {
            super::police::ask_confirmation(state, request, warning);
            Vec::new()
        }
    }
}

fn on_key(state: &mut State, ev: KeyEvent) -> Vec<Effect> {
    let key = Key::from_event(&ev);
    if state.overlay.is_some() {
        return on_overlay_key(state, key);
    }
    if state.filter_editing {
        return lists::on_filter_key(state, key);
    }
    if state.onboarding {
        return on_onboarding_key(state, key);
    }
    let modes = [state.screen.mode(), "list", "global"];
    let Some(command) = state.keymap.command(&modes, key).map(str::to_string) else {
        return Vec::new();
    };
    state.status = None;
    match command.as_str() {
        "quit" => {
            state.quit = true;
            Vec::new()
        }
        "help" => {
            state.overlay = Some(Overlay::Help {
                filter: String::new(),
                scroll: 0,
            });
            Vec::new()
        }
        "search" => {
            state.overlay = Some(Overlay::Search(SearchState::default()));
            Vec::new()
        }
        "undo" => match &state.undo_label {
            Some(_) => vec![Effect::Undo],
            None => {
                state.error("Det finns ingen ändring att ångra i den här sessionen.");
                Vec::new()
            }
        },
        "next_screen" => switch(state, state.screen.index() + 1),
        "prev_screen" => switch(state, state.screen.index() + Screen::ALL.len() - 1),
        "screen_meeting" => switch(state, 0),
        "screen_observations" => switch(state, 1),
        "screen_actions" => switch(state, 2),
        "screen_agreement" => switch(state, 3),
        "screen_prevention" => switch(state, 4),
        "screen_places" => switch(state, 5),
        "screen_exchange" => switch(state, 6),
        other => match state.screen {
            Screen::Meeting => meeting::on_command(state, other),
            Screen::Exchange => super::exchange_update::on_command(state, other),
            _ => lists::on_command(state, other),
        },
    }
}

pub fn switch(state: &mut State, index: usize) -> Vec<Effect> {
    state.screen = Screen::ALL[index % Screen::ALL.len()];
    state.filter_editing = false;
    lists::reload_screen(state, state.screen)
}

fn on_onboarding_key(state: &mut State, key: Key) -> Vec<Effect> {
    match key.code {
        KeyCode::Char('d') => {
            state.overlay = Some(Overlay::Confirm {
                question: "Läsa in demodata (en påhittad kommun)? j = ja, n = nej".into(),
                on_yes: Confirmed::LoadDemo,
            });
            Vec::new()
        }
        KeyCode::Char('t') => {
            state.overlay = Some(Overlay::Form(Box::new(forms::onboarding(
                state.today.iso_week().year(),
            ))));
            Vec::new()
        }
        KeyCode::Char('7') => {
            state.onboarding = false;
            switch(state, Screen::Exchange.index())
        }
        KeyCode::Char('q') | KeyCode::Esc => {
            state.quit = true;
            Vec::new()
        }
        KeyCode::Char('c') if key.ctrl => {
            state.quit = true;
            Vec::new()
        }
        _ => Vec::new(),
    }
}

fn on_overlay_key(state: &mut State, key: Key) -> Vec<Effect> {
    let Some(overlay) = state.overlay.as_mut() else {
        return Vec::new();
    };
    match overlay {
        Overlay::Help { filter, scroll } => {
            match key.code {
                KeyCode::Esc => state.overlay = None,
                KeyCode::Char('?') if filter.is_empty() => state.overlay = None,
                KeyCode::Down => *scroll += 1,
                KeyCode::Up => *scroll = scroll.saturating_sub(1),
                KeyCode::PageDown => *scroll += 10,
                KeyCode::PageUp => *scroll = scroll.saturating_sub(10),
                KeyCode::Backspace => {
                    filter.pop();
                    *scroll = 0;
                }
                KeyCode::Char(c) if !key.ctrl => {
                    filter.push(c);
                    *scroll = 0;
                }
                _ => {}
            }
            Vec::new()
        }
        Overlay::Search(s) => match key.code {
            KeyCode::Esc => {
                state.overlay = None;
                Vec::new()
            }
            KeyCode::Down => {
                s.cursor = (s.cursor + 1).min(s.hits.len().saturating_sub(1));
                Vec::new()
            }
            KeyCode::Up => {
                s.cursor = s.cursor.saturating_sub(1);
                Vec::new()
            }
            KeyCode::Enter => lists::open_search_hit(state),
            KeyCode::Backspace => {
                s.query.pop();
                vec![Effect::Search(s.query.clone())]
            }
            KeyCode::Char(c) if !key.ctrl => {
                s.query.push(c);
                vec![Effect::Search(s.query.clone())]
            }
            _ => Vec::new(),
        },
        Overlay::Confirm { on_yes, .. } => {
            let on_yes = on_yes.clone();
            match key.code {
                KeyCode::Char('j' | 'J' | 'y' | 'Y') | KeyCode::Enter => {
                    state.overlay = None;
                    match on_yes {
                        Confirmed::LoadDemo => {
                            state.info("Läser in demodata …");
                            vec![Effect::LoadDemo]
                        }
                        Confirmed::CloseMeeting => meeting::close_effect(state),
                        Confirmed::ImportBundle(file) => {
                            super::exchange_update::confirmed_import(state, file)
                        }
                        Confirmed::PromotePolice(r) => super::police::confirmed(r),
                    }
                }
                KeyCode::Char('n' | 'N') | KeyCode::Esc => {
                    state.overlay = None;
                    Vec::new()
                }
                _ => Vec::new(),
            }
        }
        Overlay::Form(_) => super::form_update::on_key(state, key),
    }
}

/// A page of the current list after the window size changed.
pub fn first_page(height: usize) -> Page {
    Page::new(0, super::paged::WINDOW.max(height))
}
