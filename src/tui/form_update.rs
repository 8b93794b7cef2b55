//! Keys in an open form: typing, moving between fields, choices, saving with validation and the
//! personal-data confirmation.

use crossterm::event::KeyCode;

use super::keymap::Key;
use super::msg::Effect;
use super::state::{Overlay, State};

pub fn on_key(state: &mut State, key: Key) -> Vec<Effect> {
    let command = state.keymap.command(&["form"], key).map(str::to_string);
    let Some(Overlay::Form(open)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    // A personal-data warning waits for j (save anyway) or anything else (back to the text).
    if open.form.pii_warning.is_some() {
        if matches!(key.code, KeyCode::Char('j' | 'J')) {
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
    match command.as_deref() {
        Some("cancel") => {
            state.overlay = None;
            state.info("Avbrutet – inget sparades.");
            return Vec::new();
        }
        Some("save") => return save(state),
        Some("next_field") if key.code == KeyCode::Enter && on_last => return save(state),
        Some("next_field") => open.form.move_focus(1),
        Some("prev_field") => open.form.move_focus(-1),
        Some("choice_next") if is_choice => {
            if let Some(f) = open.form.focused_mut() {
                f.cycle(1);
            }
        }
        Some("choice_prev") if is_choice => {
            if let Some(f) = open.form.focused_mut() {
                f.cycle(-1);
            }
        }
        _ => match key.code {
            KeyCode::Char(' ') if is_choice => {
                if let Some(f) = open.form.focused_mut() {
                    f.cycle(1);
                }
            }
            KeyCode::Char(c) if !key.ctrl && !is_choice => {
                if let Some(f) = open.form.focused_mut() {
                    f.value.push(c);
                    f.error = None;
                }
            }
            KeyCode::Backspace if !is_choice => {
                if let Some(f) = open.form.focused_mut() {
                    f.value.pop();
                }
            }
            _ => {}
        },
    }
    Vec::new()
}

/// Validates, checks free text for personal data, and saves.
fn save(state: &mut State) -> Vec<Effect> {
    let today = state.today;
    let Some(Overlay::Form(open)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    if !open.form.validate() {
        return Vec::new();
    }
    if !open.form.pii_confirmed
        && let Some(warning) = open.form.pii_check()
    {
        open.form.pii_warning = Some(format!(
            "{warning} Spara ändå? j = ja, annan tangent = tillbaka till texten."
        ));
        return Vec::new();
    }
    if let Some(fx) = super::export::submitted(state) {
        return fx;
    }
    if let Some(fx) = super::police::submitted(state) {
        return fx;
    }
    let Some(Overlay::Form(open)) = state.overlay.as_ref() else {
        return Vec::new();
    };
    let open = open.as_ref().clone();
    if let Some(fx) = super::exchange_update::submit(&open) {
        return fx;
    }
    match super::form_submit::submit(
        &open,
        &state.refs,
        today,
        state.meeting.data.meeting.as_ref(),
    ) {
        Ok(change) => {
            state.select_after_save = change.subject();
            vec![Effect::Save(change)]
        }
        Err((field, message)) => {
            if let Some(Overlay::Form(o)) = state.overlay.as_mut()
                && let Some(i) = o.form.fields.iter().position(|f| f.key == field)
            {
                o.form.fields[i].error = Some(message);
                o.form.focus = i;
            }
            Vec::new()
        }
    }
}
