//! The overview's patterns: weekday × part of day (a heat map with shades and numbers), the
//! weekly trend (a ratatui `Chart`, one marker per line) and event type × area. Pure functions
//! of the loaded view-models.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph};

use crate::domain::{DayPeriod, Lang, Vocabulary};
use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::screens::analysis::model::AnalysisData;
use crate::tui::widgets::text::{block, cut};
use crate::tui::widgets::theme::ThemeKind;

/// The shade of a cell by its share of the busiest cell: a symbol as well as the number, so
/// the pattern reads without colour.
pub fn shade(n: u32, max: u32) -> char {
    if n == 0 || max == 0 {
        return '·';
    }
    match n * 4 / max {
        0 => '░',
        1 => '▒',
        2 => '▓',
        _ => '█',
    }
}

pub fn heat(state: &State, data: &AnalysisData, frame: &mut Frame<'_>, area: Rect) {
    let lang = state.lang;
    let th = &state.theme;
    let outer = block(t!(lang, "tui-analysis-heat-title"), state);
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    let cell = ((inner.width as usize).saturating_sub(4) / 4).clamp(5, 9);
    let periods = [
        DayPeriod::Morgon,
        DayPeriod::Dag,
        DayPeriod::Kvall,
        DayPeriod::Natt,
    ];
    let mut head = String::from("    ");
    for p in periods {
        head.push_str(&format!("{:>cell$}", cut(p.label(lang), cell - 1)));
    }
    let mut lines = vec![Line::from(Span::styled(head, th.title))];
    let max = data.heat.max();
    for (d, row) in data.heat.cells.iter().enumerate() {
        let mut text = format!("{:<4}", weekday_short(lang, d));
        for n in row {
            text.push_str(&format!("{:>cell$}", format!("{} {n}", shade(*n, max))));
        }
        lines.push(Line::from(text));
    }
    if data.heat.unknown > 0 {
        lines.push(Line::from(Span::styled(
            t!(lang, "tui-analysis-heat-unknown", count = data.heat.unknown),
            th.dim,
        )));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// "mån" … "sön" (Monday first, as ISO weeks).
fn weekday_short(lang: Lang, index: usize) -> String {
    let id = [
        "tui-analysis-mon",
        "tui-analysis-tue",
        "tui-analysis-wed",
        "tui-analysis-thu",
        "tui-analysis-fri",
        "tui-analysis-sat",
        "tui-analysis-sun",
    ];
    t!(lang, id[index.min(6)])
}

/// Each series' marker and its symbol in the legend, so lines differ without colour too.
const SERIES: [(Marker, &str, Color); 4] = [
    (Marker::Braille, "⣿", Color::Gray),
    (Marker::Dot, "•", Color::Cyan),
    (Marker::Block, "█", Color::Yellow),
    (Marker::HalfBlock, "▄", Color::Magenta),
];

pub fn trend_chart(state: &State, data: &AnalysisData, frame: &mut Frame<'_>, area: Rect) {
    let lang = state.lang;
    let trend = &data.trend;
    let points: Vec<Vec<(f64, f64)>> = trend
        .series
        .iter()
        .map(|s| {
            s.counts
                .iter()
                .enumerate()
                .map(|(i, n)| (i as f64, *n as f64))
                .collect()
        })
        .collect();
    let coloured = state.theme.kind != ThemeKind::Plain;
    let datasets = trend
        .series
        .iter()
        .zip(&points)
        .zip(SERIES)
        .map(|((s, data), (marker, symbol, color))| {
            let style = if coloured {
                Style::default().fg(color)
            } else {
                Style::default()
            };
            Dataset::default()
                .name(format!("{symbol} {}", s.name))
                .marker(marker)
                .graph_type(GraphType::Line)
                .style(style)
                .data(data)
        })
        .collect();
    let top = trend.max().max(1) as f64;
    let first = trend.weeks.first().map(|w| w.week().to_string());
    let last = trend.weeks.last().map(|w| w.week().to_string());
    let x_labels: Vec<String> = first.into_iter().chain(last).collect();
    let chart = Chart::new(datasets)
        .block(block(t!(lang, "tui-analysis-trend-title"), state))
        .x_axis(
            Axis::default()
                .bounds([0.0, trend.weeks.len().saturating_sub(1).max(1) as f64])
                .labels(x_labels),
        )
        .y_axis(
            Axis::default()
                .bounds([0.0, top])
                .labels(vec!["0".to_string(), format!("{}", top as u32)]),
        );
    frame.render_widget(chart, area);
}

pub fn matrix(state: &State, data: &AnalysisData, frame: &mut Frame<'_>, area: Rect) {
    let lang = state.lang;
    let th = &state.theme;
    let outer = block(t!(lang, "tui-analysis-matrix-title"), state);
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    let m = &data.matrix;
    let col = 7usize;
    let width = inner.width as usize;
    // The type's name gets what the area columns and the total leave, at least 10.
    let fit = (width.saturating_sub(10 + col) / col).min(m.areas.len());
    let name_width = width.saturating_sub((fit + 1) * col).max(6);
    let mut head = format!("{:<name_width$}", "");
    for a in m.areas.iter().take(fit) {
        head.push_str(&format!("{:>col$}", cut(a, col - 1)));
    }
    head.push_str(&format!("{:>col$}", t!(lang, "tui-analysis-col-total")));
    let mut lines = vec![Line::from(Span::styled(head, th.title))];
    let rows = (inner.height as usize).saturating_sub(2);
    for r in m.rows.iter().take(rows) {
        let mut text = format!("{:<name_width$}", cut(&r.event_type, name_width - 1));
        for n in r.counts.iter().take(fit) {
            text.push_str(&format!("{n:>col$}"));
        }
        text.push_str(&format!("{:>col$}", r.total));
        lines.push(Line::from(text));
    }
    if m.rows.len() > rows {
        lines.push(Line::from(Span::styled(
            t!(
                lang,
                "tui-analysis-matrix-more",
                count = m.rows.len() - rows
            ),
            th.dim,
        )));
    } else if m.areas.len() > fit {
        lines.push(Line::from(Span::styled(
            t!(
                lang,
                "tui-analysis-matrix-more-areas",
                count = m.areas.len() - fit
            ),
            th.dim,
        )));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
