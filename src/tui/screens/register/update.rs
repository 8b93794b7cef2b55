//! Update for the register screen: switching lists, moving in one, and `n`, `e` and delete
//! (which asks first, and offers deactivate when something refers to the record).

use crate::tui::app::effects::Effect;
use crate::tui::app::state::State;
use crate::tui::forms::record::{self, Target};
use crate::tui::input::commands::{ListCmd, RegisterCmd};
use crate::tui::screens::lists;
use crate::tui::screens::register::forms;
use crate::tui::screens::register::messages::{RegisterEffect, RegisterMsg};
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
            r.loaded = false;
            r.filter.clear();
            r.cursor = 0;
            reload(state)
        }
        RegisterCmd::SetupStep => crate::tui::screens::register::setup::next_step(state),
        RegisterCmd::Import => {
            let section = state.register.section;
            match section.sheet_kind() {
                Some(kind) => crate::tui::jobs::sheet_import::open(state, kind),
                None => state.error(crate::i18n::t!(
                    state.lang,
                    "sheet-tui-no-template",
                    list = section.title(state.lang).to_lowercase()
                )),
            }
            Vec::new()
        }
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
                state.error(words::nothing_selected(state.lang));
                return Vec::new();
            };
            let target = Target {
                kind: r.section.kind(),
                id: row.id,
                name: row.name.clone(),
            };
            let active = row.active;
            record::retire(state, target, active)
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
            setup,
        } => {
            let select = state.select_record;
            let r = &mut state.register;
            r.setup = Some(setup);
            if section != r.section {
                return Vec::new();
            }
            r.rows = rows;
            r.loaded = true;
            if let Some(id) = select
                && let Some(i) = r.visible().iter().position(|row| row.id == id)
            {
                r.cursor = i;
                state.select_record = None;
            }
            let r = &mut state.register;
            r.cursor = r.cursor.min(r.visible().len().saturating_sub(1));
        }
    }
    Vec::new()
}
