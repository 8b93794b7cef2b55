//! How a multi-select shows: in the form, the chosen names joined; opened, a list over the
//! form with a mark before each choice, the filter typed and the keys that work in it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::input::commands::FormCmd;
use crate::tui::overlays::view::centered;
use crate::tui::widgets::form::{Field, Form};
use crate::tui::widgets::picker::Picker;
use crate::tui::widgets::text::block;

/// The field's text in the form: "Polisen, Räddningstjänsten", or how to choose when nothing is.
pub fn field_text(state: &State, field: &Field, focused: bool) -> String {
    let shown = field.display();
    if shown.is_empty() && focused {
        t!(
            state.lang,
            "form-list-nothing-chosen",
            key = state.keymap.first_key(FormCmd::OpenList)
        )
    } else {
        shown
    }
}

/// The open list, over the form.
pub fn render(state: &State, form: &Form, picker: &Picker, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let km = &state.keymap;
    let Some(field) = form.fields.get(form.focus) else {
        return;
    };
    let chosen = field.chosen();
    let options = field.options();
    // Borders, the filter line, the keys line.
    let room = (area.height as usize).saturating_sub(2 + 4).max(1);
    let rows = picker.shown.len().clamp(1, room);
    let rect = centered(
        area,
        area.width.saturating_sub(4).min(100),
        (rows + 4) as u16,
    );
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{} ", t!(state.lang, "form-list-filter")), t.dim),
        Span::raw(format!("{}▏", picker.filter)),
        Span::styled(
            format!(
                "  {}",
                t!(
                    state.lang,
                    "form-list-count",
                    shown = picker.shown.len(),
                    total = picker.total()
                )
            ),
            t.dim,
        ),
    ])];
    if picker.shown.is_empty() {
        lines.push(Line::from(Span::styled(
            t!(
                state.lang,
                "form-list-none-match",
                filter = picker.filter.as_str()
            ),
            t.warn,
        )));
    }
    // The cursor's row stays in view: the list scrolls under it.
    let first = picker.cursor.saturating_sub(rows.saturating_sub(1));
    for (row, &i) in picker.shown.iter().enumerate().skip(first).take(rows) {
        let Some((label, value)) = options.get(i) else {
            continue;
        };
        let mark = if chosen.contains(&value.as_str()) {
            "[x]"
        } else {
            "[ ]"
        };
        let style = if row == picker.cursor {
            t.selected
        } else {
            t.normal
        };
        lines.push(Line::from(Span::styled(format!("{mark} {label}"), style)));
    }
    lines.push(Line::from(Span::styled(
        t!(
            state.lang,
            "form-list-keys",
            toggle = km.first_key(FormCmd::ListToggle),
            close = km.first_key(FormCmd::ListClose)
        ),
        t.dim,
    )));
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block(field.label, state)), rect);
}
