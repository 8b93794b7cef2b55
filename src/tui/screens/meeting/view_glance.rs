//! Draws the week at a glance ([`WeekGlance`]): the whole screen before a meeting, a column
//! under the agenda during one on a wide screen, one line on a narrow one. What drops first
//! when room is short: the latest meetings, then the police's events one by one, the overdue
//! owners, the särskilda events, and last the areas (each area keeps its line while it fits).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::glance_areas::{areas_table, week_bars};
use super::glance_lists::{fact_lines, side_lines};
use super::week_glance::{TREND_WEEKS, WeekGlance};
use crate::domain::Vocabulary;
use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::input::commands::MeetingCmd;
use crate::tui::widgets::text::{block, cut, wrap};
/// Screens at least this wide get the two-column dashboard.
const TWO_COLUMNS: u16 = 120;

/// Möte before a meeting: what is planned, how to start, and the week at a glance.
pub fn render_idle(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let lang = state.lang;
    let title = match &state.meeting.data.glance {
        Some(g) => t!(lang, "glance-title", week = g.week.short_sv()),
        None => t!(lang, "glance-title-loading"),
    };
    let outer = block(title, state);
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    let header = header_lines(state, inner.width as usize);
    let [top, body] =
        Layout::vertical([Constraint::Length(header.len() as u16), Constraint::Min(0)])
            .areas(inner);
    frame.render_widget(Paragraph::new(header), top);
    let Some(g) = &state.meeting.data.glance else {
        return;
    };
    if body.width >= TWO_COLUMNS {
        let (left_w, right_w) = share_width(state, g, body);
        let [left, right] =
            Layout::horizontal([Constraint::Length(left_w), Constraint::Length(right_w)])
                .spacing(GAP)
                .areas(body);
        // The areas, then in the height left the whole municipality's weeks as a bar chart.
        let table = (g.areas.len() as u16 + 3).min(left.height);
        let [top, chart] =
            Layout::vertical([Constraint::Length(table), Constraint::Min(0)]).areas(left);
        areas_table(state, g, frame, top, usize::MAX);
        if chart.height >= 6 && !g.areas.is_empty() {
            // Tall enough to read, not so tall that it towers over the table.
            let [chart, _] =
                Layout::vertical([Constraint::Max(16), Constraint::Min(0)]).areas(chart);
            let title = t!(state.lang, "glance-chart-title", weeks = TREND_WEEKS);
            week_bars(state, title, &g.total, g.week, frame, chart);
        }
        frame.render_widget(Paragraph::new(right_lines(state, g, right)), right);
    } else {
        facts_then_areas(state, g, frame, body);
    }
}

/// Columns between the dashboard's two halves.
const GAP: u16 = 2;
/// A width no line of the lists reaches (they are padded to it, so not `usize::MAX`).
const UNLIMITED: usize = 400;

/// The two columns' widths by their content: the areas table gets what its names need (never
/// less than half when it needs more), the lists on the right everything else, so neither
/// cuts its text while the other has free columns.
fn share_width(state: &State, g: &WeekGlance, body: Rect) -> (u16, u16) {
    let room = body.width.saturating_sub(GAP);
    let left_need = super::glance_areas::natural_width(state, g) as u16;
    // The right column's longest line, laid out wider than any screen.
    let right_need = side_lines(state, g, UNLIMITED, body.height as usize, true)
        .iter()
        .map(|l| l.to_string().trim_end().chars().count())
        .max()
        .unwrap_or(0) as u16;
    let left = left_need
        .min(room / 2)
        .max(room.saturating_sub(right_need))
        .min(left_need);
    (left, room - left)
}

/// The right column's lists: a line too long for the column goes on under itself, indented,
/// while the column has the height for it; when it has not, each line is cut at the edge.
fn right_lines(state: &State, g: &WeekGlance, area: Rect) -> Vec<Line<'static>> {
    let (width, height) = (area.width as usize, area.height as usize);
    let mut wrapped = Vec::new();
    for line in side_lines(state, g, UNLIMITED, height, true) {
        let style = line.spans.first().map_or(line.style, |s| s.style);
        let text = line.to_string();
        let text = text.trim_end();
        let pieces = if text.chars().count() <= width {
            vec![text.to_string()]
        } else {
            wrap(text, width.saturating_sub(2))
        };
        for (i, piece) in pieces.into_iter().enumerate() {
            let indent = if i == 0 { "" } else { "  " };
            wrapped.push(Line::from(Span::styled(format!("{indent}{piece}"), style)));
        }
    }
    if wrapped.len() <= height {
        wrapped
    } else {
        side_lines(state, g, width, height, true)
    }
}

/// The counts that matter in a line each, then the areas in what is left.
fn facts_then_areas(state: &State, g: &WeekGlance, frame: &mut Frame<'_>, area: Rect) {
    let facts = fact_lines(state, g, area.width as usize);
    let [f, rest] = Layout::vertical([
        Constraint::Length(facts.len() as u16 + 1),
        Constraint::Min(0),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(facts), f);
    areas_table(state, g, frame, rest, usize::MAX);
}

/// During a meeting on a wide screen: the glance under the agenda, in a narrow column.
pub fn render_column(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let Some(g) = &state.meeting.data.glance else {
        return;
    };
    let outer = block(
        t!(state.lang, "glance-title", week = g.week.short_sv()),
        state,
    );
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    facts_then_areas(state, g, frame, inner);
}

/// During a meeting on a narrow screen: the week in one line.
pub fn summary_line(state: &State) -> Option<Line<'static>> {
    let g = state.meeting.data.glance.as_ref()?;
    let lang = state.lang;
    Some(Line::from(Span::styled(
        t!(
            lang,
            "glance-summary",
            week = g.week.short_sv(),
            count = g.total.this_week(),
            mean = lang.decimal(g.total.mean, 1),
            escalated = g.escalated.len(),
            overdue = g.overdue_count(),
            police = g.police_pending.len()
        ),
        state.theme.dim,
    )))
}

/// "Inget möte pågår.", the last and the planned meeting, the key that starts one.
fn header_lines(state: &State, width: usize) -> Vec<Line<'static>> {
    let t = &state.theme;
    let lang = state.lang;
    let d = &state.meeting.data;
    let mut first = vec![Span::styled(t!(lang, "glance-no-meeting"), t.title)];
    if let Some(next) = &d.next_meeting {
        first.push(Span::raw(" "));
        first.push(Span::raw(t!(
            lang,
            "glance-planned",
            date = next.date.to_string(),
            week = next.week().short_sv(),
            room = next.location.as_str()
        )));
    }
    let mut out = vec![Line::from(first)];
    if let Some(last) = &d.last_closed {
        out.push(Line::from(Span::styled(
            cut(
                &t!(
                    lang,
                    "glance-last",
                    date = last.date.to_string(),
                    week = last.week().short_sv(),
                    status = last.status.label(lang)
                ),
                width,
            ),
            t.dim,
        )));
    }
    out.push(Line::from(vec![
        Span::styled(state.keymap.first_key(MeetingCmd::New), t.key),
        Span::raw(cut(&t!(lang, "glance-start-hint"), width.saturating_sub(4))),
    ]));
    out.push(Line::from(""));
    out
}
