//! Update for the document screens; Platssamverkan turns an inspection's finding into an action.

use crate::i18n::t;
use crate::tui::app::effects::Effect;
use crate::tui::app::state::{FormPurpose, Overlay, State};
use crate::tui::input::commands::PlacesCmd;
use crate::tui::screens::Screen;
use crate::tui::screens::actions::forms as action_forms;
use crate::tui::screens::text::messages::TextMsg;
use crate::tui::screens::text::state::TextScreen;

pub fn text_screen(state: &mut State, screen: Screen) -> &mut TextScreen {
    match screen {
        Screen::Agreement => &mut state.agreement,
        Screen::Prevention => &mut state.prevention,
        Screen::Actions => &mut state.actions.plan,
        _ => &mut state.places,
    }
}

/// An answer for a document screen.
pub fn on_msg(state: &mut State, msg: TextMsg) -> Vec<Effect> {
    match msg {
        TextMsg::Loaded(screen, lines) => {
            let select = state.select_record;
            let t = text_screen(state, screen);
            t.lines = lines;
            t.loaded = true;
            let found = select.and_then(|id| {
                t.visible()
                    .iter()
                    .position(|l| l.record.as_ref().is_some_and(|r| r.id == id))
            });
            if let Some(i) = found {
                t.cursor = i;
            }
            t.cursor = t.cursor.min(t.visible().len().saturating_sub(1));
            if found.is_some() {
                state.select_record = None;
            }
        }
    }
    Vec::new()
}

pub fn finding_to_action(state: &mut State) -> Vec<Effect> {
    let visible = state.places.visible();
    let Some(line) = visible.get(state.places.cursor) else {
        return Vec::new();
    };
    let Some(finding) = line
        .record
        .as_ref()
        .filter(|r| r.kind == crate::domain::EntityKind::Finding)
        .map(|r| r.id)
    else {
        state.error(t!(state.lang, "tui-finding-choose"));
        return Vec::new();
    };
    if line
        .text
        .contains(&t!(state.lang, "tui-finding-has-action"))
    {
        state.error(t!(state.lang, "tui-finding-already-has-action"));
        return Vec::new();
    }
    let title = line
        .text
        .split(&t!(state.lang, "tui-finding-suggestion"))
        .nth(1)
        .and_then(|s| s.split(" — ").next())
        .unwrap_or("")
        .to_string();
    state.overlay = Some(Overlay::Form(Box::new(action_forms::new_action(
        &state.refs,
        state.today,
        state.lang,
        FormPurpose::FindingToAction { finding },
        Some((title, None)),
    ))));
    Vec::new()
}

pub fn on_command(state: &mut State, command: PlacesCmd) -> Vec<Effect> {
    match command {
        PlacesCmd::ToAction => finding_to_action(state),
        PlacesCmd::NewInspection => {
            // `n` makes an inspection inside the project at the cursor; this one names none.
            crate::tui::forms::record::open_linked(
                state,
                crate::domain::EntityKind::Inspection,
                &[],
                None,
            );
            Vec::new()
        }
    }
}
