//! Update for Åtgärder: follow up, new, filters, the chain of a plan item, export.

use chrono::Datelike;

use crate::domain::{ActionStatus, Vocabulary};
use crate::tui::app::effects::Effect;
use crate::tui::app::state::{FormPurpose, Overlay, State};
use crate::tui::input::commands::ActionsCmd;
use crate::tui::screens::Screen;
use crate::tui::screens::actions::forms as action_forms;
use crate::tui::screens::actions::messages::{ActionsEffect, ActionsMsg};
use crate::tui::screens::lists::reload_screen;

/// An answer for Åtgärder.
pub fn on_msg(state: &mut State, msg: ActionsMsg) -> Vec<Effect> {
    match msg {
        ActionsMsg::Loaded {
            total,
            page,
            rows,
            reset,
        } => {
            state.actions.list.loaded(total, page, rows, reset);
            action_detail_effect(state)
        }
        ActionsMsg::Detail(d) => {
            state.actions.detail = *d;
            Vec::new()
        }
    }
}

pub fn action_detail_effect(state: &State) -> Vec<Effect> {
    match state.actions.list.selected() {
        Some(a) if state.actions.detail.action.as_ref().map(|x| x.id) != Some(a.id) => {
            vec![ActionsEffect::LoadDetail(a.id).into()]
        }
        _ => Vec::new(),
    }
}

pub fn on_command(state: &mut State, command: ActionsCmd) -> Vec<Effect> {
    let year = state.today.iso_week().year();
    if command == ActionsCmd::Export {
        return crate::tui::jobs::export::open_plan(state);
    }
    if command == ActionsCmd::Plan {
        return toggle_plan(state);
    }
    if command == ActionsCmd::Chain && state.actions.plan_view {
        return item_actions(state);
    }
    let a = &mut state.actions;
    match command {
        ActionsCmd::New => {
            state.overlay = Some(Overlay::Form(Box::new(action_forms::new_action(
                &state.refs,
                state.today,
                state.lang,
                FormPurpose::NewAction { meeting: None },
                None,
            ))));
            return Vec::new();
        }
        ActionsCmd::FollowUp => {
            if let Some(row) = a.list.selected() {
                state.overlay = Some(Overlay::Form(Box::new(action_forms::follow_up(
                    row.id, &row.title, row.status, year, state.lang,
                ))));
            }
            return Vec::new();
        }
        ActionsCmd::StatusFilter => {
            a.filter.status = match a.filter.status {
                None => Some(ActionStatus::ALL[0]),
                Some(s) => {
                    let i = ActionStatus::ALL.iter().position(|x| *x == s).unwrap_or(0);
                    ActionStatus::ALL.get(i + 1).copied()
                }
            };
        }
        ActionsCmd::Overdue => a.filter.overdue_only = !a.filter.overdue_only,
        ActionsCmd::PersonalData => a.filter.personal_data_only = !a.filter.personal_data_only,
        ActionsCmd::OwnerFilter => {
            let orgs = &state.refs.organisations;
            a.filter.owner = match a.filter.owner {
                None => orgs.first().map(|o| o.id),
                Some(cur) => {
                    let i = orgs.iter().position(|o| o.id == cur);
                    i.and_then(|i| orgs.get(i + 1)).map(|o| o.id)
                }
            };
        }
        ActionsCmd::Chain => {
            if a.filter.plan_item.is_some() {
                a.filter.plan_item = None;
            } else {
                match a.detail.action.as_ref().and_then(|x| x.plan_item_id) {
                    // The chain shows every action of the plan item, whatever else was filtered.
                    Some(item) => {
                        a.filter = crate::tui::screens::actions::state::ActionFilterState {
                            plan_item: Some(item),
                            ..Default::default()
                        }
                    }
                    None => {
                        state.error(crate::i18n::t!(state.lang, "tui-actions-no-plan-item"));
                        return Vec::new();
                    }
                }
            }
        }
        ActionsCmd::Clear => a.filter = Default::default(),
        // Handled above.
        ActionsCmd::Export | ActionsCmd::Plan => return Vec::new(),
    }
    reload_screen(state, Screen::Actions)
}

/// Between the action list and the plan view. From an action of a plan item, the plan view
/// opens on that item: the chain back up.
fn toggle_plan(state: &mut State) -> Vec<Effect> {
    let a = &mut state.actions;
    a.plan_view = !a.plan_view;
    if a.plan_view
        && let Some(item) = a.detail.action.as_ref().and_then(|x| x.plan_item_id)
    {
        state.select_record = Some(item);
    }
    reload_screen(state, Screen::Actions)
}

/// From a plan item in the plan view to the list of its actions.
fn item_actions(state: &mut State) -> Vec<Effect> {
    let item = state
        .actions
        .plan
        .selected()
        .filter(|r| r.kind == crate::domain::EntityKind::PlanItem)
        .map(|r| r.id);
    let Some(item) = item else {
        state.error(crate::i18n::t!(state.lang, "records-plan-choose-item"));
        return Vec::new();
    };
    let a = &mut state.actions;
    a.plan_view = false;
    a.filter = crate::tui::screens::actions::state::ActionFilterState {
        plan_item: Some(item),
        ..Default::default()
    };
    reload_screen(state, Screen::Actions)
}
