//! The map: the municipality's places by their coordinates on a ratatui `Canvas` in braille
//! resolution, no base map. Each place with events is a circle sized by its count and a
//! symbol for its area's level; the busiest are labelled with name and count; the selected
//! area's places are drawn reversed. Status is never colour alone: symbol and size carry it,
//! colour only adds to it. Places without coordinates are listed beside the map.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::widgets::canvas::{Canvas, Circle, Points};

use crate::domain::{AreaLevel, Vocabulary};
use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::screens::analysis::model::{AnalysisData, MapPlace};
use crate::tui::widgets::text::{block, cut};
use crate::tui::widgets::theme::ThemeKind;

/// The symbol of an area's level (None: not assessed).
pub fn level_symbol(level: Option<AreaLevel>) -> &'static str {
    match level {
        Some(AreaLevel::Lugnt) => "○",
        Some(AreaLevel::Forhojt) => "▲",
        Some(AreaLevel::Allvarligt) => "■",
        None => "?",
    }
}

fn level_color(level: Option<AreaLevel>) -> Color {
    match level {
        Some(AreaLevel::Lugnt) => Color::Green,
        Some(AreaLevel::Forhojt) => Color::Yellow,
        Some(AreaLevel::Allvarligt) => Color::Red,
        None => Color::Gray,
    }
}

/// A circle's radius as a share of the map's width: larger for more events (by the square
/// root, so the area grows with the count).
pub fn radius_share(count: u32, max: u32) -> f64 {
    if count == 0 || max == 0 {
        return 0.0;
    }
    0.008 + 0.03 * (count as f64 / max as f64).sqrt()
}

pub fn render(state: &State, data: &AnalysisData, frame: &mut Frame<'_>, area: Rect) {
    let side_width = if area.width >= 120 { 40 } else { 28 };
    let [map_area, side] =
        Layout::horizontal([Constraint::Min(20), Constraint::Length(side_width)]).areas(area);
    canvas(state, data, frame, map_area);
    side_panel(state, data, frame, side);
}

/// The labelled places, busiest first (their rank on the map and in the side panel).
fn hot_spots(data: &AnalysisData) -> Vec<&MapPlace> {
    let mut hot: Vec<&MapPlace> = data.map.places.iter().filter(|p| p.hot).collect();
    hot.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    hot
}

fn in_selected(state: &State, place: &MapPlace) -> bool {
    state
        .analysis
        .selected_area()
        .is_some_and(|a| place.areas.contains(&a))
}

/// Bounds widened so a kilometre is as long across as up on the screen: a terminal cell is
/// about twice as tall as wide, and a degree of longitude is shorter than one of latitude by
/// the cosine of the latitude.
pub fn fitted_bounds(x: [f64; 2], y: [f64; 2], cols: u16, rows: u16) -> ([f64; 2], [f64; 2]) {
    let (cols, rows) = (f64::from(cols.max(1)), f64::from(rows.max(1)) * 2.0);
    let squeeze = ((y[0] + y[1]) / 2.0).to_radians().cos().abs().max(0.1);
    let (w, h) = ((x[1] - x[0]) * squeeze, y[1] - y[0]);
    // Ground per screen unit, the larger of the two directions.
    let unit = (w / cols).max(h / rows);
    let widen = |b: [f64; 2], span: f64| {
        let mid = (b[0] + b[1]) / 2.0;
        [mid - span / 2.0, mid + span / 2.0]
    };
    (widen(x, unit * cols / squeeze), widen(y, unit * rows))
}

fn canvas(state: &State, data: &AnalysisData, frame: &mut Frame<'_>, area: Rect) {
    let lang = state.lang;
    let m = &data.map;
    let inner = block("", state).inner(area);
    let (x_bounds, y_bounds) = fitted_bounds(m.x_bounds, m.y_bounds, inner.width, inner.height);
    // One cell's width in degrees: the rank of a hot spot goes just right of its symbol.
    let cell = (x_bounds[1] - x_bounds[0]) / f64::from(inner.width.max(1));
    let coloured = state.theme.kind != ThemeKind::Plain;
    let colour = |c: Color| if coloured { c } else { Color::Reset };
    let all: Vec<(f64, f64)> = m.places.iter().map(|p| (p.lon, p.lat)).collect();
    let span = y_bounds[1] - y_bounds[0];
    let hot = hot_spots(data);
    let selected_style = state.theme.selected;
    let title = t!(
        lang,
        "tui-analysis-map-title",
        period = data.period.label(lang)
    );
    let widget = Canvas::default()
        .block(block(title, state))
        .marker(Marker::Braille)
        .x_bounds(x_bounds)
        .y_bounds(y_bounds)
        .paint(|ctx| {
            ctx.draw(&Points {
                coords: &all,
                color: colour(Color::DarkGray),
            });
            for p in m.places.iter().filter(|p| p.count > 0) {
                ctx.draw(&Circle {
                    x: p.lon,
                    y: p.lat,
                    radius: span * radius_share(p.count, m.max_count),
                    color: colour(level_color(p.level)),
                });
            }
            ctx.layer();
            for p in m.places.iter().filter(|p| p.count > 0) {
                let symbol = level_symbol(p.level);
                let style = if in_selected(state, p) {
                    selected_style
                } else {
                    Style::default().fg(colour(level_color(p.level)))
                };
                ctx.print(p.lon, p.lat, Span::styled(symbol, style));
            }
            // The selected area's places without events: marked too, so the area shows.
            for p in m
                .places
                .iter()
                .filter(|p| p.count == 0 && in_selected(state, p))
            {
                ctx.print(p.lon, p.lat, Span::styled("·", selected_style));
            }
            // Hot spots last, on top: their rank beside them, named in the side panel (names
            // on the map collide where places cluster).
            for (rank, p) in hot.iter().enumerate() {
                let style = if in_selected(state, p) {
                    selected_style
                } else {
                    Style::default()
                };
                ctx.print(
                    p.lon + cell,
                    p.lat,
                    Span::styled(format!("{}", rank + 1), style),
                );
            }
        });
    frame.render_widget(widget, area);
}

fn side_panel(state: &State, data: &AnalysisData, frame: &mut Frame<'_>, area: Rect) {
    let lang = state.lang;
    let th = &state.theme;
    let outer = block(t!(lang, "tui-analysis-map-legend"), state);
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    let width = inner.width as usize;
    let mut lines = Vec::new();
    for level in [
        Some(AreaLevel::Lugnt),
        Some(AreaLevel::Forhojt),
        Some(AreaLevel::Allvarligt),
        None,
    ] {
        let word = match level {
            Some(l) => l.label(lang).to_string(),
            None => t!(lang, "tui-analysis-map-not-assessed"),
        };
        lines.push(Line::from(format!("{} {word}", level_symbol(level))));
    }
    lines.push(Line::from(Span::styled(
        t!(lang, "tui-analysis-map-size"),
        th.dim,
    )));
    if let Some(s) = data.scores.get(state.analysis.cursor) {
        lines.push(Line::from(vec![
            Span::raw(format!("{} ", t!(lang, "tui-analysis-map-selected"))),
            Span::styled(cut(&s.name, width.saturating_sub(14)), th.selected),
        ]));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        t!(lang, "tui-analysis-map-hot-spots"),
        th.title,
    )));
    for (rank, p) in hot_spots(data).into_iter().enumerate() {
        lines.push(Line::from(format!(
            "{} {} {:<w$}{:>5}",
            rank + 1,
            level_symbol(p.level),
            cut(&p.name, width.saturating_sub(10)),
            p.count,
            w = width.saturating_sub(10)
        )));
    }
    if data.map.places.is_empty() {
        lines.push(Line::from(t!(lang, "tui-analysis-map-no-places")));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        t!(
            lang,
            "tui-analysis-map-unplaced",
            count = data.map.unplaced.len()
        ),
        th.title,
    )));
    let room = (inner.height as usize).saturating_sub(lines.len());
    for (name, count) in data.map.unplaced.iter().take(room) {
        lines.push(Line::from(format!(
            "  {:<w$}{count:>5}",
            cut(name, width.saturating_sub(8)),
            w = width.saturating_sub(8)
        )));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
