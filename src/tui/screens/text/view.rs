//! The document screens: headings and lines, filtered as you type, and the selected record
//! whole — beside the lines on a wide terminal, below them on a narrow one (or over them, on
//! Enter). An empty screen says which key starts it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::domain::Vocabulary;
use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::input::commands::RecordsCmd;
use crate::tui::screens::Screen;
use crate::tui::screens::register::words::capitalised;
use crate::tui::screens::text::state::TextScreen;
use crate::tui::widgets::text::{block, filter_line, row_style, sel};

/// From this width the detail stands beside the lines.
const SIDE_BY_SIDE: u16 = 120;
/// The detail's rows below the lines on a narrow terminal.
const BELOW: u16 = 8;

fn screen_of(state: &State, screen: Screen) -> &TextScreen {
    match screen {
        Screen::Agreement => &state.agreement,
        Screen::Prevention => &state.prevention,
        Screen::Actions => &state.actions.plan,
        _ => &state.places,
    }
}

pub fn text(state: &State, screen: Screen, frame: &mut Frame<'_>, area: Rect) {
    let ts = screen_of(state, screen);
    if area.width >= SIDE_BY_SIDE {
        let [list, detail] =
            Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)])
                .areas(area);
        render_lines(state, screen, frame, list);
        render_detail(state, ts, frame, detail);
    } else if ts.detail_open {
        render_detail(state, ts, frame, area);
    } else {
        let below = if ts.has_records() { BELOW } else { 0 };
        let [list, detail] =
            Layout::vertical([Constraint::Min(5), Constraint::Length(below)]).areas(area);
        render_lines(state, screen, frame, list);
        if below > 0 {
            render_detail(state, ts, frame, detail);
        }
    }
}

fn render_lines(state: &State, screen: Screen, frame: &mut Frame<'_>, area: Rect) {
    let ts = screen_of(state, screen);
    let visible = ts.visible();
    let mut height = area.height.saturating_sub(3) as usize;
    let mut lines = vec![filter_line(state, &ts.filter, &[])];
    if !ts.loaded {
        lines.push(Line::from(Span::styled(
            t!(state.lang, "tui-loading"),
            state.theme.dim,
        )));
        height = height.saturating_sub(1);
    } else if !ts.has_records() {
        let key = state.keymap.first_key(RecordsCmd::New);
        let id = match screen {
            Screen::Agreement => "records-empty-agreement",
            Screen::Prevention => "records-empty-prevention",
            Screen::Actions => "records-empty-plan",
            _ => "records-empty-places",
        };
        lines.push(Line::from(Span::styled(
            t!(state.lang, id, key = key),
            state.theme.dim,
        )));
        height = height.saturating_sub(1);
    }
    let start = ts.cursor.saturating_sub(height.saturating_sub(1));
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
        Screen::Agreement => t!(state.lang, "tui-agreement-title"),
        Screen::Prevention => t!(state.lang, "tui-prevention-title"),
        Screen::Actions => t!(
            state.lang,
            "records-plan-title",
            key = state
                .keymap
                .first_key(crate::tui::input::commands::ActionsCmd::Plan)
        ),
        _ => t!(state.lang, "tui-places-title"),
    };
    frame.render_widget(Paragraph::new(lines).block(block(title, state)), area);
}

/// The selected record whole: its kind and short id, then each field, references by name.
fn render_detail(state: &State, ts: &TextScreen, frame: &mut Frame<'_>, area: Rect) {
    let th = &state.theme;
    let lines: Vec<Line> = match ts.selected() {
        None => vec![Line::from(Span::styled(
            t!(state.lang, "records-none-selected"),
            th.dim,
        ))],
        Some(r) => {
            let mut lines = vec![Line::from(Span::styled(
                format!(
                    "{} · {}",
                    capitalised(r.kind.label(state.lang)),
                    r.id.short()
                ),
                th.title,
            ))];
            lines.extend(r.detail.iter().map(|(label, value)| {
                Line::from(vec![
                    Span::styled(format!("{label}: "), th.dim),
                    Span::styled(value.clone(), th.normal),
                ])
            }));
            lines
        }
    };
    let title = t!(
        state.lang,
        "records-detail-title",
        key = state.keymap.first_key(RecordsCmd::Detail)
    );
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block(title, state)),
        area,
    );
}
