//! The confirm overlay: asks before something far-reaching, with the yes/no keys of the live
//! keymap in the question.

use crate::tui::app::effects::Effect;
use crate::tui::app::state::{Confirmed, Overlay, State};
use crate::tui::input::commands::{Command, ConfirmCmd, Mode};
use crate::tui::input::keymap::{Key, Keymap};
use crate::tui::jobs::export::ExportRequest;

/// "j = ja, n = nej" from the keymap.
pub fn yes_no_hint(keymap: &Keymap, lang: crate::domain::Lang) -> String {
    crate::i18n::t!(
        lang,
        "tui-confirm-yes-no",
        yes = keymap.first_key(ConfirmCmd::Yes),
        no = keymap.first_key(ConfirmCmd::No)
    )
}

/// Opens the question; the keys to answer are added to it.
pub fn ask(state: &mut State, question: impl Into<String>, on_yes: Confirmed) {
    let hint = yes_no_hint(&state.keymap, state.lang);
    state.overlay = Some(Overlay::Confirm {
        question: format!("{} {hint}", question.into()),
        on_yes,
        back: None,
    });
}

/// Asks over the open overlay; "no" goes back to it as it was.
pub fn ask_over(state: &mut State, question: impl Into<String>, on_yes: Confirmed) {
    let back = state.overlay.take().map(Box::new);
    ask(state, question, on_yes);
    if let Some(Overlay::Confirm { back: b, .. }) = &mut state.overlay {
        *b = back;
    }
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
                Confirmed::ImportSheet(request) => {
                    crate::tui::jobs::sheet_import::confirmed(state, request)
                }
                Confirmed::PromotePolice(r) => crate::tui::screens::situation::police::confirmed(r),
                Confirmed::StartMeeting => {
                    crate::tui::screens::meeting::start::start_meeting(state)
                }
                Confirmed::CancelMeeting(id) => {
                    crate::tui::screens::meeting::details::cancel(state, id)
                }
                Confirmed::OverwriteExport(request) => {
                    state.info("Exporterar …");
                    vec![Effect::Export(ExportRequest {
                        overwrite: true,
                        ..request
                    })]
                }
                Confirmed::OverwriteBundle { partner, file } => {
                    crate::tui::screens::exchange::update::confirmed_overwrite(state, partner, file)
                }
                Confirmed::Retire { target, deactivate } => {
                    vec![
                        crate::tui::forms::record::RecordEffect::Retire { target, deactivate }
                            .into(),
                    ]
                }
                Confirmed::Purge(target) => {
                    vec![crate::tui::forms::record::RecordEffect::Purge(target).into()]
                }
                Confirmed::DiscardForm => {
                    state.info(crate::i18n::t!(state.lang, "tui-cancelled-nothing-saved"));
                    Vec::new()
                }
                Confirmed::Quit => {
                    state.quit = true;
                    Vec::new()
                }
            }
        }
        Some(Command::Confirm(ConfirmCmd::No)) => {
            state.overlay = match state.overlay.take() {
                Some(Overlay::Confirm { back, .. }) => back.map(|b| *b),
                other => other.filter(|_| false),
            };
            Vec::new()
        }
        _ => Vec::new(),
    }
}
