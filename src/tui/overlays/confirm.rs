//! The confirm overlay: asks before something far-reaching, with the yes/no keys of the live
//! keymap in the question.

use crate::tui::app::effects::Effect;
use crate::tui::app::state::{Confirmed, Overlay, State};
use crate::tui::input::commands::{Command, ConfirmCmd, Mode};
use crate::tui::input::keymap::{Key, Keymap};

/// "j = ja, n = nej" from the keymap.
pub fn yes_no_hint(keymap: &Keymap) -> String {
    format!(
        "{} = ja, {} = nej",
        keymap.first_key(ConfirmCmd::Yes),
        keymap.first_key(ConfirmCmd::No)
    )
}

/// Opens the question; the keys to answer are added to it.
pub fn ask(state: &mut State, question: impl Into<String>, on_yes: Confirmed) {
    let hint = yes_no_hint(&state.keymap);
    state.overlay = Some(Overlay::Confirm {
        question: format!("{} {hint}", question.into()),
        on_yes,
    });
}

pub fn on_key(state: &mut State, key: Key, on_yes: Confirmed) -> Vec<Effect> {
    match state.keymap.command(&[Mode::Confirm], key) {
        Some(Command::Confirm(ConfirmCmd::Yes)) => {
            state.overlay = None;
            match on_yes {
                Confirmed::LoadDemo => {
                    // The job's gauge says what is happening.
                    state.loading_demo = true;
                    state.status = None;
                    vec![Effect::LoadDemo]
                }
                Confirmed::CloseMeeting => {
                    crate::tui::screens::meeting::update::close_effect(state)
                }
                Confirmed::ImportBundle(file) => {
                    crate::tui::screens::exchange::update::confirmed_import(state, file)
                }
                Confirmed::PromotePolice(r) => crate::tui::screens::situation::police::confirmed(r),
            }
        }
        Some(Command::Confirm(ConfirmCmd::No)) => {
            state.overlay = None;
            Vec::new()
        }
        _ => Vec::new(),
    }
}
