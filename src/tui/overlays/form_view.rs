//! The open form over a screen: label and value per field, the message beside a wrong field,
//! the personal-data warning and the key line. A form taller than the screen scrolls so the
//! focused field shows; the title (in the border) and the key line always show, and the
//! border says when there are fields above or below.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::input::commands::FormCmd;
use crate::tui::overlays::picker_view;
use crate::tui::overlays::view::centered;
use crate::tui::widgets::form::{FieldKind, Form};
use crate::tui::widgets::text::{block, wrap};
use crate::tui::widgets::words::word;

pub fn render(state: &State, form: &Form, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let width = area.width.saturating_sub(2).min(100);
    let inner = (width as usize).saturating_sub(2).max(1);
    let (body, focused) = field_lines(state, form, width);
    let mut footer: Vec<Line> = Vec::new();
    if let Some(w) = &form.pii_warning {
        footer.push(Line::from(""));
        footer.extend(
            wrap(&format!("⚠ {w}"), inner)
                .into_iter()
                .map(|l| Line::from(Span::styled(l, t.warn))),
        );
    }
    let keys = crate::i18n::t!(
        state.lang,
        "tui-form-footer",
        save = state.keymap.first_key(FormCmd::Save),
        cancel = state.keymap.first_key(FormCmd::Cancel)
    );
    footer.extend(
        wrap(&keys, inner)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, t.dim))),
    );
    // The app's key bar under the form stays in sight; of the rows above it, the borders and
    // the footer come first and the fields get the rest.
    let room = (area.height as usize)
        .saturating_sub(1 + 2 + footer.len())
        .max(1);
    let total = body.len();
    let first = first_row(total, focused, room);
    let mut lines: Vec<Line> = body.into_iter().skip(first).take(room).collect();
    let below = first + lines.len() < total;
    lines.extend(footer);
    let rect = centered(area, width, (lines.len() + 2) as u16);
    // Both in the bottom border: the top one is the title's, whole.
    let marker = |id: &str| Line::from(Span::styled(format!(" {} ", t!(state.lang, id)), t.dim));
    let mut border = block(form.title.clone(), state);
    if first > 0 {
        border = border.title_bottom(marker("form-more-above").left_aligned());
    }
    if below {
        border = border.title_bottom(marker("form-more-below").right_aligned());
    }
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(border), rect);
    if let Some(picker) = &form.picker {
        picker_view::render(state, form, picker, frame, area);
    }
}

/// The first of `total` rows to show in `room` rows so that the focused field's rows show:
/// from the top while it fits there, else with the focused field at the bottom (its first
/// rows when it alone is taller than the room).
pub fn first_row(total: usize, focused: Range<usize>, room: usize) -> usize {
    if total <= room {
        return 0;
    }
    focused
        .end
        .saturating_sub(room)
        .min(focused.start)
        .min(total - room)
}

/// Every field's rows (label and value, the value's further lines, its message), and which of
/// them are the focused field's.
fn field_lines(state: &State, form: &Form, width: u16) -> (Vec<Line<'static>>, Range<usize>) {
    let t = &state.theme;
    let label_width = form
        .fields
        .iter()
        .map(|f| f.label.chars().count())
        .max()
        .unwrap_or(10)
        .min(if width < 90 { 20 } else { 30 });
    // A value wraps beside its label, not back at the form's left edge.
    let value_width = (width as usize).saturating_sub(2 + label_width + 2).max(10);
    let mut lines = Vec::new();
    let mut focused_rows = 0..0;
    for (i, f) in form.fields.iter().enumerate() {
        let start = lines.len();
        let focused = i == form.focus;
        let label: String = f.label.chars().take(label_width).collect();
        let req = if f.required { "*" } else { " " };
        let hint = match f.kind {
            FieldKind::Date => word(state.lang, "tui-hint-date"),
            FieldKind::Time => word(state.lang, "tui-hint-time"),
            FieldKind::TimeOrPeriod => word(state.lang, "tui-hint-time-or-period"),
            FieldKind::DateOrWeek { .. } => word(state.lang, "tui-hint-date-or-week"),
            _ => "",
        };
        // A description shows every line, the later ones under the first.
        let values: Vec<String> = if f.is_multi() {
            vec![picker_view::field_text(state, f, focused)]
        } else if f.is_choice() && focused && !form.choice_filter.is_empty() {
            vec![format!(
                "◀ {} ▶  {}",
                f.display(),
                t!(
                    state.lang,
                    "form-choice-search",
                    filter = form.choice_filter.as_str(),
                    count = form.choice_matches().len()
                )
            )]
        } else if f.is_choice() {
            vec![format!("◀ {} ▶", f.display())]
        } else if f.value.is_empty() && !hint.is_empty() {
            vec![format!("{}({hint})", if focused { "▏" } else { "" })]
        } else if focused && let Some(editor) = form.editor.as_ref() {
            editor.lines_with_cursor()
        } else {
            f.value.split('\n').map(str::to_string).collect()
        };
        let mut values: Vec<String> = values.iter().flat_map(|v| wrap(v, value_width)).collect();
        let first = if values.is_empty() {
            String::new()
        } else {
            values.remove(0)
        };
        let style = if focused { t.selected } else { t.normal };
        let mut spans = vec![
            Span::styled(format!("{label:>label_width$}{req} "), t.dim),
            Span::styled(first, style),
        ];
        if let Some(resolved) = f.resolved() {
            spans.push(Span::styled(format!("  {resolved}"), t.dim));
        }
        lines.push(Line::from(spans));
        for more in values {
            lines.push(Line::from(vec![
                Span::raw(" ".repeat(label_width + 2)),
                Span::styled(more, style),
            ]));
        }
        if let Some(e) = &f.error {
            lines.push(Line::from(Span::styled(
                format!("{:>label_width$}  ⚠ {e}", ""),
                t.error,
            )));
        }
        if focused {
            focused_rows = start..lines.len();
        }
    }
    (lines, focused_rows)
}

#[cfg(test)]
mod tests {
    use super::first_row;

    #[test]
    fn a_form_that_fits_starts_at_its_top() {
        assert_eq!(first_row(10, 8..9, 10), 0);
    }

    #[test]
    fn the_focused_field_shows_at_the_bottom_when_it_is_below_the_room() {
        assert_eq!(first_row(30, 0..1, 20), 0, "the first field: from the top");
        assert_eq!(first_row(30, 19..20, 20), 0, "still in the room");
        assert_eq!(first_row(30, 20..21, 20), 1, "one row further");
        assert_eq!(
            first_row(30, 28..30, 20),
            10,
            "the last field: at the bottom"
        );
    }

    #[test]
    fn a_field_taller_than_the_room_shows_from_its_first_row() {
        assert_eq!(first_row(40, 5..35, 20), 5);
    }
}
