//! The overview's patterns: weekday × part of day (a heat map with shades and numbers), the
//! weekly trend (a ratatui `Chart`, one marker per line) and event type × area. Pure functions
//! of the loaded view-models.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph};

use crate::domain::{DayPeriod, Lang, Vocabulary};
use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::screens::analysis::matrix_view::{Tone, matrix_lines};
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
    let mut rows = heat_rows(lang, &data.heat, inner.width as usize).into_iter();
    let mut lines: Vec<Line> = rows
        .next()
        .map(|head| Line::from(Span::styled(head, th.title)))
        .into_iter()
        .collect();
    lines.extend(rows.map(Line::from));
    if data.heat.unknown > 0 {
        lines.push(Line::from(Span::styled(
            t!(lang, "tui-analysis-heat-unknown", count = data.heat.unknown),
            th.dim,
        )));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The heat map as text `width` columns wide: a header of the parts of the day, then one row a
/// weekday. Every cell is a shade and its count with the count right-aligned to the widest
/// count, so shades and digits stand in columns whatever the numbers; a part of the day whose
/// name does not fit its column gets its short name (never a cut word such as "morgo").
pub fn heat_rows(lang: Lang, heat: &crate::analysis::HeatMap, width: usize) -> Vec<String> {
    const DAY: usize = 4;
    let digits = heat.max().to_string().len();
    // A shade, a space and the count, and a space before the next cell.
    let needed = digits + 3;
    let cell = (width.saturating_sub(DAY) / 4).clamp(needed, needed.max(9));
    let mut head = " ".repeat(DAY);
    for p in [
        DayPeriod::Morgon,
        DayPeriod::Dag,
        DayPeriod::Kvall,
        DayPeriod::Natt,
    ] {
        let full = p.label(lang);
        let label = if full.chars().count() < cell {
            full.to_string()
        } else {
            short_period(lang, p)
        };
        head.push_str(&format!("{:>cell$}", cut(&label, cell - 1).trim_end()));
    }
    let mut lines = vec![head];
    let max = heat.max();
    for (d, row) in heat.cells.iter().enumerate() {
        let mut text = format!("{:<DAY$}", weekday_short(lang, d));
        for n in row {
            let shaded = format!("{} {n:>digits$}", shade(*n, max));
            text.push_str(&format!("{shaded:>cell$}"));
        }
        lines.push(text);
    }
    lines
}

/// A part of the day's short name, for a heat map column too narrow for the whole word.
fn short_period(lang: Lang, period: DayPeriod) -> String {
    let id = match period {
        DayPeriod::Morgon => "analysis2-heat-short-morgon",
        DayPeriod::Dag => "analysis2-heat-short-dag",
        DayPeriod::Kvall => "analysis2-heat-short-kvall",
        DayPeriod::Natt => "analysis2-heat-short-natt",
    };
    t!(lang, id)
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
        // Which line is which area: ratatui hides a legend taller than a quarter of the
        // chart, which four series always are at 80×24 and 160×48.
        .hidden_legend_constraints((Constraint::Ratio(1, 2), Constraint::Ratio(2, 3)))
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
    let th = &state.theme;
    let outer = block(t!(state.lang, "tui-analysis-matrix-title"), state);
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    let lines: Vec<Line> = matrix_lines(
        state.lang,
        &data.matrix,
        inner.width as usize,
        inner.height as usize,
    )
    .into_iter()
    .map(|(tone, text)| {
        let style = match tone {
            Tone::Title => th.title,
            Tone::Normal => th.normal,
            Tone::Dim => th.dim,
        };
        Line::from(Span::styled(text, style))
    })
    .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::HeatMap;

    /// The columns where a shade stands in a row.
    fn shade_columns(row: &str) -> Vec<usize> {
        row.chars()
            .enumerate()
            .filter(|(_, c)| "·░▒▓█".contains(*c))
            .map(|(i, _)| i)
            .collect()
    }

    fn demo_like() -> HeatMap {
        let mut heat = HeatMap::default();
        heat.cells[0] = [0, 6, 18, 7];
        heat.cells[2] = [0, 6, 21, 10];
        heat.cells[5] = [0, 23, 18, 17];
        heat
    }

    #[test]
    fn at_80_columns_no_part_of_the_day_is_cut_and_every_shade_stands_in_its_column() {
        // The heat map's inner width at 80×24 is 28 columns.
        for (lang, whole, short) in [
            (Lang::Sv, "morgon", "morg."),
            (Lang::En, "morning", "morn."),
        ] {
            let rows = heat_rows(lang, &demo_like(), 28);
            assert!(rows[0].contains(short), "{lang:?}: {:?}", rows[0]);
            assert!(
                !rows[0].contains(&whole[..whole.len() - 1]),
                "{:?}",
                rows[0]
            );
            let first = shade_columns(&rows[1]);
            assert_eq!(first.len(), 4, "{:?}", rows[1]);
            for row in &rows[1..] {
                assert_eq!(shade_columns(row), first, "{row:?} against {:?}", rows[1]);
                assert!(row.chars().count() <= 28, "{row:?}");
            }
        }
        // Wide enough: the whole word.
        assert!(heat_rows(Lang::Sv, &demo_like(), 38)[0].contains("morgon"));
    }

    #[test]
    fn four_digit_counts_keep_a_space_between_cells() {
        let mut heat = demo_like();
        heat.cells[3] = [1234, 5, 999, 0];
        let rows = heat_rows(Lang::Sv, &heat, 28);
        let first = shade_columns(&rows[1]);
        for row in &rows[1..] {
            assert_eq!(shade_columns(row), first, "{row:?}");
            // Each cell starts with a space: a shade never follows a digit.
            let chars: Vec<char> = row.chars().collect();
            for &c in &first[1..] {
                assert_eq!(chars[c - 1], ' ', "{row:?}");
                assert!(!chars[c - 2].is_ascii_digit() || chars[c - 1] == ' ');
            }
        }
        assert!(
            rows[4].contains("1234") && rows[4].contains(" 999"),
            "{}",
            rows[4]
        );
    }
}
