//! The document screens: headings and lines, filtered as you type.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::state::State;
use crate::tui::screens::Screen;
use crate::tui::widgets::text::{block, filter_line, row_style, sel};

pub fn text(state: &State, screen: Screen, frame: &mut Frame<'_>, area: Rect) {
    let ts = match screen {
        Screen::Agreement => &state.agreement,
        Screen::Prevention => &state.prevention,
        _ => &state.places,
    };
    let visible = ts.visible();
    let height = area.height.saturating_sub(3) as usize;
    let start = ts.cursor.saturating_sub(height.saturating_sub(1));
    let mut lines = vec![filter_line(state, &ts.filter, &[])];
    for (i, l) in visible.iter().enumerate().skip(start).take(height) {
        let style = if i == ts.cursor {
            state.theme.selected
        } else if l.warn {
            state.theme.warn
        } else if l.strong {
            state.theme.title
        } else {
            row_style(state, false)
        };
        lines.push(Line::from(Span::styled(
            format!("{}{}", sel(i == ts.cursor), l.text),
            style,
        )));
    }
    let title = match screen {
        Screen::Agreement => "Samverkansöverenskommelse och medborgarlöften",
        Screen::Prevention => "Förebyggande arbete",
        _ => "Platssamverkan: projekt, besiktningar och iakttagelser",
    };
    frame.render_widget(Paragraph::new(lines).block(block(title, state)), area);
}
