//! Update for the register screen: switching lists, moving in one, and `n`, `e` and delete
//! (which asks first, and offers deactivate when something refers to the record).

use crate::domain::EntityKind;
use crate::tui::app::effects::Effect;
use crate::tui::app::state::{Confirmed, State};
use crate::tui::input::commands::{ListCmd, RegisterCmd};
use crate::tui::screens::lists;
use crate::tui::screens::register::forms;
use crate::tui::screens::register::messages::{RegisterEffect, RegisterMsg, Target};
use crate::tui::screens::register::words;

pub fn reload(state: &State) -> Vec<Effect> {
    vec![RegisterEffect::Load(state.register.section).into()]
}

pub fn on_command(state: &mut State, command: RegisterCmd) -> Vec<Effect> {
    match command {
        RegisterCmd::NextSection | RegisterCmd::PrevSection => {
            let step = if command == RegisterCmd::NextSection {
                1
            } else {
                -1
            };
            let r = &mut state.register;
            r.section = r.section.step(step);
            r.rows.clear();
            r.filter.clear();
            r.cursor = 0;
            reload(state)
        }
        RegisterCmd::SetupStep => crate::tui::screens::register::setup::next_step(state),
        RegisterCmd::New => {
            forms::open_new(state);
            Vec::new()
        }
        RegisterCmd::Edit => {
            forms::open_edit(state);
            Vec::new()
        }
        RegisterCmd::Delete => {
            let r = &state.register;
            let Some(row) = r.selected() else {
                state.error(words::nothing_selected());
                return Vec::new();
            };
            let target = Target {
                kind: r.section.kind(),
                id: row.id,
                name: row.name.clone(),
            };
            // The copy's own organisation is in its settings, which no referrer lookup sees.
            if Some(target.id) == state.refs.own_organisation {
                state.error(words::OWN_ORGANISATION_STAYS);
                return Vec::new();
            }
            if !row.active {
                state.info(words::already_inactive(target.kind, &target.name));
                return Vec::new();
            }
            vec![RegisterEffect::AskRetire(target).into()]
        }
    }
}

pub fn on_list(state: &mut State, command: ListCmd) -> Vec<Effect> {
    let r = &mut state.register;
    let last = r.visible().len().saturating_sub(1);
    r.cursor = match command {
        ListCmd::Top => 0,
        ListCmd::Bottom => last,
        ListCmd::Filter => {
            lists::start_filter(state);
            return Vec::new();
        }
        other => {
            let delta = lists::delta(other, state.list_height).unwrap_or(0);
            (r.cursor as isize + delta).clamp(0, last as isize) as usize
        }
    };
    Vec::new()
}

pub fn on_msg(state: &mut State, msg: RegisterMsg) -> Vec<Effect> {
    match msg {
        RegisterMsg::Loaded {
            section,
            rows,
            choices,
            setup,
        } => {
            let r = &mut state.register;
            r.choices = choices;
            r.setup = setup;
            if section != r.section {
                return Vec::new();
            }
            r.rows = rows;
            if let Some(name) = r.select_name.take()
                && let Some(i) = r.visible().iter().position(|row| row.name == name)
            {
                r.cursor = i;
            }
            r.cursor = r.cursor.min(r.visible().len().saturating_sub(1));
        }
        RegisterMsg::RetireAsked { target, referrers } => {
            let (question, deactivate) = if target.kind == EntityKind::EventType {
                // Event types are never deleted (the police feed's history maps to them).
                (words::ask_deactivate_event_type(&target.name), true)
            } else if referrers.is_empty() {
                (words::ask_delete(target.kind, &target.name), false)
            } else {
                (
                    words::ask_deactivate(target.kind, &target.name, &referrers),
                    true,
                )
            };
            crate::tui::overlays::confirm::ask(
                state,
                question,
                Confirmed::Retire { target, deactivate },
            );
        }
    }
    Vec::new()
}
