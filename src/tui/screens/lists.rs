//! Update for the list screens: Lägesbild (observations), Åtgärder (actions) and the document
//! screens (agreement, prevention, places): moving, paging, filtering as you type.

use crate::domain::Id;
use crate::store::queries::Page;
use crate::tui::app::effects::Effect;
use crate::tui::app::state::State;
use crate::tui::input::commands::{Command, FilterCmd, ListCmd, Mode};
use crate::tui::input::keymap::Key;
use crate::tui::screens::Screen;
use crate::tui::screens::actions::messages::ActionsEffect;
use crate::tui::screens::meeting::messages::MeetingEffect;
use crate::tui::screens::situation::messages::SituationEffect;
use crate::tui::screens::text::messages::TextEffect;
use crate::tui::widgets::line_editor::LineEditor;

pub fn reload_screen(state: &State, screen: Screen) -> Vec<Effect> {
    let first = Page::new(0, crate::tui::widgets::paged::WINDOW);
    match screen {
        Screen::Meeting => vec![MeetingEffect::Load.into()],
        Screen::Observations => {
            let mut fx = vec![
                SituationEffect::LoadObservations {
                    filter: state.observations.filter.clone(),
                    page: first,
                    reset: true,
                    exact: true,
                }
                .into(),
            ];
            if state.observations.show_overview {
                fx.push(SituationEffect::LoadOverview.into());
            }
            fx.extend(crate::tui::screens::situation::police::load_effect(state));
            fx
        }
        Screen::Actions if state.actions.plan_view => {
            vec![TextEffect::Load(Screen::Actions).into()]
        }
        Screen::Actions => vec![
            ActionsEffect::Load {
                filter: state.actions.filter.clone(),
                page: first,
                reset: true,
            }
            .into(),
        ],
        Screen::Exchange => crate::tui::screens::exchange::update::reload(state),
        Screen::Register => crate::tui::screens::register::update::reload(state),
        Screen::Analysis => crate::tui::screens::analysis::update::reload(state),
        s => vec![TextEffect::Load(s).into()],
    }
}

/// Asks where a record just saved stands in the current list (after the list's reload).
pub fn locate(state: &State, id: Id) -> Vec<Effect> {
    match state.screen {
        Screen::Observations => vec![
            SituationEffect::Locate {
                filter: state.observations.filter.clone(),
                id,
            }
            .into(),
        ],
        Screen::Actions => vec![
            ActionsEffect::Locate {
                filter: state.actions.filter.clone(),
                id,
            }
            .into(),
        ],
        _ => Vec::new(),
    }
}

/// The load of a page of the current screen's list that the cursor has reached.
fn page_load(state: &State, page: Page) -> Option<Effect> {
    match state.screen {
        Screen::Observations => Some(
            SituationEffect::LoadObservations {
                filter: state.observations.filter.clone(),
                page,
                reset: false,
                exact: true,
            }
            .into(),
        ),
        Screen::Actions => Some(
            ActionsEffect::Load {
                filter: state.actions.filter.clone(),
                page,
                reset: false,
            }
            .into(),
        ),
        _ => None,
    }
}

/// Moves the current list's cursor to a row, fetching its page if needed.
pub fn select(state: &mut State, index: usize) -> Vec<Effect> {
    let h = state.list_height;
    let page = match state.screen {
        Screen::Observations => state.observations.list.move_to(index, h),
        Screen::Actions => state.actions.list.move_to(index, h),
        _ => return Vec::new(),
    };
    let mut fx: Vec<Effect> = page
        .and_then(|page| page_load(state, page))
        .into_iter()
        .collect();
    if state.screen == Screen::Actions {
        fx.extend(crate::tui::screens::actions::update::action_detail_effect(
            state,
        ));
    }
    fx
}

/// The page the current list needs after the cursor or the window moved.
pub fn page_for_cursor(state: &State) -> Vec<Effect> {
    let h = state.list_height;
    let page = match state.screen {
        Screen::Observations => state.observations.list.page_needed(h),
        Screen::Actions => state.actions.list.page_needed(h),
        _ => None,
    };
    page.and_then(|page| page_load(state, page))
        .into_iter()
        .collect()
}

/// The current screen's filter text, if it has a filter.
fn filter_text(state: &mut State, screen: Screen) -> Option<&mut String> {
    match screen {
        Screen::Observations => Some(&mut state.observations.filter.text),
        Screen::Actions if state.actions.plan_view => Some(&mut state.actions.plan.filter),
        Screen::Actions => Some(&mut state.actions.filter.text),
        Screen::Register => Some(&mut state.register.filter),
        Screen::Meeting | Screen::Exchange | Screen::Analysis => None,
        s => Some(&mut super::text::update::text_screen(state, s).filter),
    }
}

/// Starts typing the current screen's filter: an editor on what is there, the cursor at its end.
pub fn start_filter(state: &mut State) {
    let screen = state.screen;
    // A screen without a filter (Möte, Utbyte) does not start typing.
    let Some(text) = filter_text(state, screen).map(|t| t.clone()) else {
        return;
    };
    state.filter_editor = LineEditor::at_end(&text);
    state.filter_editing = true;
}

/// Typing into the current screen's filter, a line editor (cursor moves, Home/End, Ctrl+W,
/// Ctrl+U, Delete); every change reloads the list.
pub fn on_filter_key(state: &mut State, key: Key) -> Vec<Effect> {
    let command = match state.keymap.command(&[Mode::Filter], key) {
        Some(Command::Filter(c)) => Some(c),
        _ => None,
    };
    match command {
        Some(FilterCmd::Done) => {
            state.filter_editing = false;
            return refilter(state, false);
        }
        Some(FilterCmd::Clear) => {
            state.filter_editor = LineEditor::default();
            state.filter_editing = false;
            return refilter(state, true);
        }
        None => {
            if !state.filter_editor.key(key.code, key.ctrl) {
                return Vec::new();
            }
        }
    }
    refilter(state, true)
}

/// Pasted text into the filter, at its cursor (line breaks as spaces).
pub fn on_filter_paste(state: &mut State, text: &str) -> Vec<Effect> {
    state.filter_editor.paste(text);
    refilter(state, true)
}

/// The filter's text from its editor into the screen, and the list reloaded. `changed` false:
/// only the list's exact count is fetched again (typing has finished).
fn refilter(state: &mut State, changed: bool) -> Vec<Effect> {
    let screen = state.screen;
    let typed = state.filter_editor.text();
    let Some(text) = filter_text(state, screen) else {
        state.filter_editing = false;
        return Vec::new();
    };
    if changed && *text == typed {
        return Vec::new();
    }
    *text = typed;
    // The register's lists are filtered as they are drawn.
    if screen == Screen::Register {
        state.register.cursor = 0;
        return Vec::new();
    }
    let plan_view = screen == Screen::Actions && state.actions.plan_view;
    if plan_view
        || matches!(
            screen,
            Screen::Agreement | Screen::Prevention | Screen::Places
        )
    {
        super::text::update::text_screen(state, screen).cursor = 0;
        return Vec::new();
    }
    let mut fx = reload_screen(state, screen);
    if state.filter_editing {
        for e in &mut fx {
            if let Effect::Situation(SituationEffect::LoadObservations { exact, .. }) = e {
                *exact = false;
            }
        }
    }
    fx
}

/// How far a list command moves the cursor; `None` for the filter.
pub fn delta(command: ListCmd, height: usize) -> Option<isize> {
    Some(match command {
        ListCmd::Down => 1,
        ListCmd::Up => -1,
        ListCmd::PageDown => height as isize,
        ListCmd::PageUp => -(height as isize),
        ListCmd::Top => isize::MIN / 2,
        ListCmd::Bottom => isize::MAX / 2,
        ListCmd::Filter => return None,
    })
}

/// A list command on Lägesbild, Åtgärder or a document screen.
pub fn on_list(state: &mut State, command: ListCmd) -> Vec<Effect> {
    let h = state.list_height;
    let Some(delta) = delta(command, h) else {
        start_filter(state);
        return Vec::new();
    };
    let mut fx = Vec::new();
    match state.screen {
        Screen::Observations => {
            fx.extend(state.observations.list.move_by(delta, h).map(|page| {
                SituationEffect::LoadObservations {
                    filter: state.observations.filter.clone(),
                    page,
                    reset: false,
                    exact: true,
                }
                .into()
            }));
        }
        Screen::Actions if !state.actions.plan_view => {
            fx.extend(state.actions.list.move_by(delta, h).map(|page| {
                ActionsEffect::Load {
                    filter: state.actions.filter.clone(),
                    page,
                    reset: false,
                }
                .into()
            }));
            fx.extend(super::actions::update::action_detail_effect(state));
        }
        s => {
            let t = super::text::update::text_screen(state, s);
            let n = t.visible().len();
            t.cursor = (t.cursor as isize)
                .saturating_add(delta)
                .clamp(0, n.saturating_sub(1) as isize) as usize;
        }
    }
    fx
}
