//! Keys in an open form: typing, moving between fields, choices, saving with validation and the
//! personal-data confirmation.

use crossterm::event::KeyCode;

use crate::tui::app::effects::Effect;
use crate::tui::app::state::{Confirmed, Overlay, State};
use crate::tui::input::commands::{Command, ConfirmCmd, FormCmd, Mode};
use crate::tui::input::keymap::Key;

pub fn on_key(state: &mut State, key: Key) -> Vec<Effect> {
    let command = match state.keymap.command(&[Mode::Form], key) {
        Some(Command::Form(c)) => Some(c),
        _ => None,
    };
    // Enter is not an answer here: it would save personal data by a habit of the hand.
    let yes = key.code != KeyCode::Enter
        && state.keymap.command(&[Mode::Confirm], key) == Some(Command::Confirm(ConfirmCmd::Yes));
    // The line-break key, even where it also means "next field" (Enter): in a description it
    // breaks the line.
    let line_break = state
        .keymap
        .binding(FormCmd::LineBreak.into())
        .is_some_and(|b| b.keys.contains(&key));
    // The place picker follows the area (from the first key on: until then only the chosen
    // place shows).
    if let Some(Overlay::Form(open)) = state.overlay.as_mut()
        && open.form.wants_narrowing()
    {
        open.form
            .narrow_places(crate::tui::forms::options::geography(
                &state.refs,
                &state.choices,
            ));
    }
    if picker_key(state, key) {
        return Vec::new();
    }
    let Some(Overlay::Form(open)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    // A personal-data warning waits for j (save anyway) or anything else (back to the text).
    if open.form.pii_warning.is_some() {
        if yes {
            open.form.pii_warning = None;
            open.form.pii_confirmed = true;
            return save(state);
        }
        open.form.pii_warning = None;
        return Vec::new();
    }
    let on_last = open.form.focus + 1 == open.form.fields.len();
    let is_choice = open
        .form
        .fields
        .get(open.form.focus)
        .is_some_and(|f| f.is_choice());
    let is_multi = open
        .form
        .fields
        .get(open.form.focus)
        .is_some_and(|f| f.is_multi());
    // In a description Enter breaks the line and ↑↓ move between its lines.
    if (line_break && open.form.line_break()) || open.form.edit_in_lines(key.code, key.ctrl) {
        return Vec::new();
    }
    match command {
        Some(FormCmd::Cancel) => {
            if open.form.is_changed() {
                crate::tui::overlays::confirm::ask_over(
                    state,
                    crate::i18n::t!(state.lang, "tui-form-discard-question"),
                    Confirmed::DiscardForm,
                );
                return Vec::new();
            }
            state.overlay = None;
            state.info(crate::i18n::t!(state.lang, "tui-cancelled-nothing-saved"));
            return Vec::new();
        }
        Some(FormCmd::Save) => return save(state),
        Some(FormCmd::NextField) if key.code == KeyCode::Enter && on_last => return save(state),
        Some(FormCmd::NextField) => open.form.move_focus(1),
        Some(FormCmd::PrevField) => open.form.move_focus(-1),
        // Outside a description a line break has no use.
        Some(FormCmd::LineBreak) => {}
        Some(FormCmd::OpenList) if is_multi => {
            open.form.open_picker("");
        }
        Some(FormCmd::ChoiceNext) if is_choice => open.form.cycle_choice(1),
        Some(FormCmd::ChoicePrev) if is_choice => open.form.cycle_choice(-1),
        _ => {
            if is_multi {
                // Typing on a multi-select opens its list, filtered by what is typed.
                if let KeyCode::Char(c) = key.code
                    && !key.ctrl
                {
                    open.form.open_picker(&c.to_string());
                }
            } else if is_choice {
                match key.code {
                    KeyCode::Char(' ') => open.form.cycle_choice(1),
                    // Typing finds the option (type to filter).
                    KeyCode::Char(c) if !key.ctrl => {
                        open.form.filter_choice(Some(c));
                    }
                    KeyCode::Backspace => {
                        open.form.filter_choice(None);
                    }
                    _ => {}
                }
            } else {
                open.form.edit(key.code, key.ctrl);
            }
        }
    }
    Vec::new()
}

/// A key while a multi-select's list is open: Space toggles, ↑↓ move, typing filters, Enter
/// or Esc close it (the choices stay). True when the list took the key.
fn picker_key(state: &mut State, key: Key) -> bool {
    let is = |command: FormCmd| {
        state
            .keymap
            .binding(command.into())
            .is_some_and(|b| b.keys.contains(&key))
    };
    let (toggle, down, up, close) = (
        is(FormCmd::ListToggle),
        is(FormCmd::ListDown),
        is(FormCmd::ListUp),
        is(FormCmd::ListClose),
    );
    let Some(Overlay::Form(open)) = state.overlay.as_mut() else {
        return false;
    };
    let form = &mut open.form;
    if form.picker.is_none() {
        return false;
    }
    if toggle {
        form.picker_toggle();
    } else if down {
        form.picker_move(1);
    } else if up {
        form.picker_move(-1);
    } else if close {
        form.close_picker();
    } else {
        match key.code {
            KeyCode::Backspace => form.picker_type(None),
            KeyCode::Char(c) if !key.ctrl => form.picker_type(Some(c)),
            // Other keys (Save, Tab) wait until the list is closed.
            _ => {}
        }
    }
    true
}

/// Validates, checks free text for personal data, and saves.
fn save(state: &mut State) -> Vec<Effect> {
    let today = state.today;
    let yes = state.keymap.first_key(ConfirmCmd::Yes);
    let lang = state.lang;
    let Some(Overlay::Form(open)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    if !open.form.validate(lang) {
        return Vec::new();
    }
    if !open.form.pii_confirmed
        && let Some(warning) = open.form.pii_check_with(&state.refs.pii_register)
    {
        open.form.pii_warning = Some(crate::i18n::t!(
            state.lang,
            "tui-form-pii-save-anyway",
            warning = warning,
            yes = yes
        ));
        return Vec::new();
    }
    if let Some(fx) = crate::tui::jobs::export::submitted(state) {
        return fx;
    }
    if let Some(fx) = crate::tui::jobs::sheet_import::submitted(state) {
        return fx;
    }
    if let Some(fx) = crate::tui::screens::situation::police::submitted(state) {
        return fx;
    }
    if let Some(fx) = crate::tui::screens::register::forms::submitted(state) {
        return fx;
    }
    if let Some(fx) = crate::tui::screens::analysis::forms::submitted(state) {
        return fx;
    }
    let Some(Overlay::Form(open)) = state.overlay.as_ref() else {
        return Vec::new();
    };
    let open = open.as_ref().clone();
    if let Some(fx) = crate::tui::screens::exchange::update::submit(&open) {
        return fx;
    }
    match crate::tui::forms::submit::submit(
        &open,
        &state.refs,
        today,
        state.meeting.data.meeting.as_ref(),
        state.lang,
    ) {
        Ok(change) => {
            state.select_after_save = change.subject();
            vec![Effect::Save(change)]
        }
        Err((field, message)) => {
            if let Some(Overlay::Form(o)) = state.overlay.as_mut() {
                o.form.refuse(field, message);
            }
            Vec::new()
        }
    }
}
