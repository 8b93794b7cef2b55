//! Update for the list screens: Lägesbild (observations), Åtgärder (actions) and the document
//! screens (agreement, prevention, places): moving, paging, filtering as you type.

use chrono::Datelike;
use crossterm::event::KeyCode;

use super::forms;
use super::keymap::Key;
use super::msg::{Change, Edit, Effect};
use super::state::{FormPurpose, Overlay, Screen, State, TextScreen};
use crate::domain::{ActionStatus, EntityKind, Id, ReviewStatus, Vocabulary};
use crate::store::queries::Page;

pub fn reload_screen(state: &State, screen: Screen) -> Vec<Effect> {
    let first = Page::new(0, super::paged::WINDOW);
    match screen {
        Screen::Meeting => vec![Effect::LoadMeeting],
        Screen::Observations => {
            let mut fx = vec![Effect::LoadObservations {
                filter: state.observations.filter.clone(),
                page: first,
                reset: true,
                exact: true,
            }];
            if state.observations.show_overview {
                fx.push(Effect::LoadOverview);
            }
            fx.extend(super::police::load_effect(state));
            fx
        }
        Screen::Actions => vec![Effect::LoadActions {
            filter: state.actions.filter.clone(),
            page: first,
            reset: true,
        }],
        Screen::Exchange => super::exchange_update::reload(state),
        s => vec![Effect::LoadText(s)],
    }
}

/// Asks where a record just saved stands in the current list (after the list's reload).
pub fn locate(state: &State, id: Id) -> Vec<Effect> {
    match state.screen {
        Screen::Observations => vec![Effect::LocateObservation {
            filter: state.observations.filter.clone(),
            id,
        }],
        Screen::Actions => vec![Effect::LocateAction {
            filter: state.actions.filter.clone(),
            id,
        }],
        _ => Vec::new(),
    }
}

/// Moves the current list's cursor to a row, fetching its page if needed.
pub fn select(state: &mut State, index: usize) -> Vec<Effect> {
    let h = state.list_height;
    match state.screen {
        Screen::Observations => {
            let page = state.observations.list.move_to(index, h);
            page.map(|page| Effect::LoadObservations {
                filter: state.observations.filter.clone(),
                page,
                reset: false,
                exact: true,
            })
            .into_iter()
            .collect()
        }
        Screen::Actions => {
            let page = state.actions.list.move_to(index, h);
            let mut fx: Vec<Effect> = page
                .map(|page| Effect::LoadActions {
                    filter: state.actions.filter.clone(),
                    page,
                    reset: false,
                })
                .into_iter()
                .collect();
            fx.extend(action_detail_effect(state));
            fx
        }
        _ => Vec::new(),
    }
}

pub fn text_screen(state: &mut State, screen: Screen) -> &mut TextScreen {
    match screen {
        Screen::Agreement => &mut state.agreement,
        Screen::Prevention => &mut state.prevention,
        _ => &mut state.places,
    }
}

/// The page the current list needs after the cursor or the window moved.
pub fn page_for_cursor(state: &State) -> Vec<Effect> {
    let h = state.list_height;
    match state.screen {
        Screen::Observations => state
            .observations
            .list
            .page_needed(h)
            .map(|page| Effect::LoadObservations {
                filter: state.observations.filter.clone(),
                page,
                reset: false,
                exact: true,
            })
            .into_iter()
            .collect(),
        Screen::Actions => state
            .actions
            .list
            .page_needed(h)
            .map(|page| Effect::LoadActions {
                filter: state.actions.filter.clone(),
                page,
                reset: false,
            })
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}

pub fn action_detail_effect(state: &State) -> Vec<Effect> {
    match state.actions.list.selected() {
        Some(a) if state.actions.detail.action.as_ref().map(|x| x.id) != Some(a.id) => {
            vec![Effect::LoadActionDetail(a.id)]
        }
        _ => Vec::new(),
    }
}

/// Typing into the current screen's filter; every key reloads the list.
pub fn on_filter_key(state: &mut State, key: Key) -> Vec<Effect> {
    let screen = state.screen;
    let text = match screen {
        Screen::Observations => &mut state.observations.filter.text,
        Screen::Actions => &mut state.actions.filter.text,
        Screen::Meeting => {
            state.filter_editing = false;
            return Vec::new();
        }
        s => &mut text_screen(state, s).filter,
    };
    match key.code {
        KeyCode::Enter => state.filter_editing = false,
        KeyCode::Esc => {
            text.clear();
            state.filter_editing = false;
        }
        KeyCode::Backspace => {
            text.pop();
        }
        KeyCode::Char(c) if !key.ctrl => text.push(c),
        _ => return Vec::new(),
    }
    if let Screen::Agreement | Screen::Prevention | Screen::Places = screen {
        text_screen(state, screen).cursor = 0;
        return Vec::new();
    }
    let mut fx = reload_screen(state, screen);
    if state.filter_editing {
        for e in &mut fx {
            if let Effect::LoadObservations { exact, .. } = e {
                *exact = false;
            }
        }
    }
    fx
}

fn move_cursor(state: &mut State, command: &str) -> Option<Vec<Effect>> {
    let h = state.list_height;
    let delta: isize = match command {
        "down" => 1,
        "up" => -1,
        "page_down" => h as isize,
        "page_up" => -(h as isize),
        "top" => isize::MIN / 2,
        "bottom" => isize::MAX / 2,
        _ => return None,
    };
    let mut fx = Vec::new();
    match state.screen {
        Screen::Observations => {
            fx.extend(state.observations.list.move_by(delta, h).map(|page| {
                Effect::LoadObservations {
                    filter: state.observations.filter.clone(),
                    page,
                    reset: false,
                    exact: true,
                }
            }));
        }
        Screen::Actions => {
            fx.extend(
                state
                    .actions
                    .list
                    .move_by(delta, h)
                    .map(|page| Effect::LoadActions {
                        filter: state.actions.filter.clone(),
                        page,
                        reset: false,
                    }),
            );
            fx.extend(action_detail_effect(state));
        }
        s => {
            let t = text_screen(state, s);
            let n = t.visible().len();
            t.cursor = (t.cursor as isize)
                .saturating_add(delta)
                .clamp(0, n.saturating_sub(1) as isize) as usize;
        }
    }
    Some(fx)
}

pub fn on_command(state: &mut State, command: &str) -> Vec<Effect> {
    if state.screen == Screen::Observations
        && let Some(fx) = super::police::on_command(state, command)
    {
        return fx;
    }
    if let Some(fx) = move_cursor(state, command) {
        return fx;
    }
    if command == "filter" {
        state.filter_editing = true;
        return Vec::new();
    }
    match state.screen {
        Screen::Observations => observations_command(state, command),
        Screen::Actions => actions_command(state, command),
        Screen::Places if command == "to_action" => finding_to_action(state),
        _ => Vec::new(),
    }
}

fn observations_command(state: &mut State, command: &str) -> Vec<Effect> {
    let o = &mut state.observations;
    match command {
        "new" => {
            if state.refs.areas.is_empty() || state.refs.event_types.is_empty() {
                state.error("Det finns inga områden eller händelsetyper ännu. Läs in demodata eller områden först.");
                return Vec::new();
            }
            state.overlay = Some(Overlay::Form(Box::new(forms::observation(
                &state.refs,
                state.today,
                None,
            ))));
            Vec::new()
        }
        "edit" => {
            if let Some(row) = o.list.selected() {
                state.overlay = Some(Overlay::Form(Box::new(forms::observation(
                    &state.refs,
                    state.today,
                    Some(row),
                ))));
            }
            Vec::new()
        }
        "mark_reviewed" | "mark_duplicate" => {
            let Some(row) = o.list.selected() else {
                return Vec::new();
            };
            let to = if command == "mark_reviewed" {
                ReviewStatus::Granskad
            } else {
                ReviewStatus::Dubblett
            };
            let mut change = Change::new(
                format!("Iakttagelsen är markerad som {}.", to.label_sv()),
                vec![],
            );
            change.edits.push(Edit::Review { id: row.id, to });
            vec![Effect::Save(change)]
        }
        "review_queue" => {
            o.filter.review_queue = !o.filter.review_queue;
            reload_screen(state, Screen::Observations)
        }
        "escalated" => {
            o.filter.escalated_only = !o.filter.escalated_only;
            reload_screen(state, Screen::Observations)
        }
        "overview" => {
            o.show_overview = !o.show_overview;
            if o.show_overview {
                vec![Effect::LoadOverview]
            } else {
                Vec::new()
            }
        }
        "clear" => {
            o.filter = Default::default();
            reload_screen(state, Screen::Observations)
        }
        _ => Vec::new(),
    }
}

fn actions_command(state: &mut State, command: &str) -> Vec<Effect> {
    let year = state.today.iso_week().year();
    if command == "export" {
        return super::export::open_plan(state);
    }
    let a = &mut state.actions;
    match command {
        "new" => {
            state.overlay = Some(Overlay::Form(Box::new(forms::new_action(
                &state.refs,
                state.today,
                FormPurpose::NewAction { meeting: None },
                None,
            ))));
            return Vec::new();
        }
        "follow_up" => {
            if let Some(row) = a.list.selected() {
                state.overlay = Some(Overlay::Form(Box::new(forms::follow_up(
                    row.id, &row.title, row.status, year,
                ))));
            }
            return Vec::new();
        }
        "status_filter" => {
            a.filter.status = match a.filter.status {
                None => Some(ActionStatus::ALL[0]),
                Some(s) => {
                    let i = ActionStatus::ALL.iter().position(|x| *x == s).unwrap_or(0);
                    ActionStatus::ALL.get(i + 1).copied()
                }
            };
        }
        "overdue" => a.filter.overdue_only = !a.filter.overdue_only,
        "owner_filter" => {
            let orgs = &state.refs.organisations;
            a.filter.owner = match a.filter.owner {
                None => orgs.first().map(|o| o.id),
                Some(cur) => {
                    let i = orgs.iter().position(|o| o.id == cur);
                    i.and_then(|i| orgs.get(i + 1)).map(|o| o.id)
                }
            };
        }
        "chain" => {
            if a.filter.plan_item.is_some() {
                a.filter.plan_item = None;
            } else {
                match a.detail.action.as_ref().and_then(|x| x.plan_item_id) {
                    // The chain shows every action of the plan item, whatever else was filtered.
                    Some(item) => {
                        a.filter = super::state::ActionFilterState {
                            plan_item: Some(item),
                            ..Default::default()
                        }
                    }
                    None => {
                        state.error("Åtgärden hör inte till någon punkt i en åtgärdsplan.");
                        return Vec::new();
                    }
                }
            }
        }
        "clear" => a.filter = Default::default(),
        _ => return Vec::new(),
    }
    reload_screen(state, Screen::Actions)
}

fn finding_to_action(state: &mut State) -> Vec<Effect> {
    let visible = state.places.visible();
    let Some(line) = visible.get(state.places.cursor) else {
        return Vec::new();
    };
    let Some(finding) = line.record else {
        state.error("Välj en iakttagelse från en besiktning (raderna som börjar med •).");
        return Vec::new();
    };
    if line.text.contains("[åtgärd finns]") {
        state.error("Den här iakttagelsen har redan en åtgärd.");
        return Vec::new();
    }
    let title = line
        .text
        .split(" — förslag: ")
        .nth(1)
        .and_then(|s| s.split(" — ").next())
        .unwrap_or("")
        .to_string();
    state.overlay = Some(Overlay::Form(Box::new(forms::new_action(
        &state.refs,
        state.today,
        FormPurpose::FindingToAction { finding },
        Some((title, None)),
    ))));
    Vec::new()
}

/// Enter on a search hit: go to the observation or action it names.
pub fn open_search_hit(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Search(s)) = &state.overlay else {
        return Vec::new();
    };
    let Some(hit) = s.hits.get(s.cursor).cloned() else {
        return Vec::new();
    };
    let words = s.query.clone();
    state.overlay = None;
    match hit.kind {
        EntityKind::Observation => {
            state.observations.filter = super::state::ObsFilter {
                text: words,
                ..Default::default()
            };
            super::update::switch(state, Screen::Observations.index())
        }
        EntityKind::Action => {
            state.actions.filter = super::state::ActionFilterState {
                text: words,
                ..Default::default()
            };
            super::update::switch(state, Screen::Actions.index())
        }
        other => {
            state.info(format!("{}: {}", other.label_sv(), hit.title));
            Vec::new()
        }
    }
}
