//! The areas step's table: each area (indented by depth) with this week's events against the
//! 4-week mean, its level and trend, priority and hot spots, and the week's särskilda events.
//! The counts come from `area_lines` (the shared analysis).

use ratatui::text::{Line, Span};

use crate::domain::Vocabulary;
use crate::tui::app::state::State;
use crate::tui::screens::meeting::view::window;
use crate::tui::widgets::columns;
use crate::tui::widgets::text::{cut, row_style, sel};

/// The table's lines, `height` rows inside a block, `width` columns inside its borders.
pub fn lines(state: &State, height: usize, width: usize) -> Vec<Line<'static>> {
    let t = &state.theme;
    let d = &state.meeting.data;
    let cursor = state.meeting.cursor;
    let mut out = Vec::new();
    let (start, rows) = window(&d.areas, cursor, height - 1);
    // Columns sized from the visible rows (the names indented by depth, the level, the
    // trend); prio and hot spots take the rest.
    let names: Vec<String> = rows
        .iter()
        .map(|l| format!("{}{}", "  ".repeat(l.depth), l.area.name))
        .collect();
    let levels: Vec<&str> = rows
        .iter()
        .map(|l| l.assessment.as_ref().map_or("–", |a| a.level.label_sv()))
        .collect();
    let trends: Vec<String> = rows
        .iter()
        .map(|l| {
            l.assessment.as_ref().map_or("–".to_string(), |a| {
                format!("{} {}", a.trend.arrow(), a.trend.label_sv())
            })
        })
        .collect();
    let natural = [
        columns::natural(names.iter().map(String::as_str).chain(["Område"])).min(40),
        columns::natural(levels.iter().copied().chain(["Läge"])),
        columns::natural(trends.iter().map(String::as_str).chain(["Trend"])),
    ];
    // Fixed parts: the marker, week and average, the spaces between. Prio and hot spots keep
    // a sixth of the width at least (the detail beside or below names the hot spots whole;
    // the area's name has nowhere else).
    let fixed = 1 + 5 + 8 + 5;
    let widths = columns::fit(
        &natural,
        &[8, 4, 5],
        width.saturating_sub(fixed + width / 6),
    );
    let [w, wl, wt] = [widths[0], widths[1], widths[2]];
    out.push(Line::from(Span::styled(
        format!(
            " {} {:>5} {:>8} {} {} Prio / hot spot",
            cut("Område", w),
            "Vecka",
            "Snitt 4v",
            cut("Läge", wl),
            cut("Trend", wt)
        ),
        t.title,
    )));
    for (i, line) in rows.iter().enumerate() {
        let a = line.assessment.as_ref();
        let level = cut(levels[i], wl);
        let trend = cut(&trends[i], wt);
        let prio = if a.is_some_and(|a| a.is_priority) {
            "★ PRIO"
        } else {
            ""
        };
        let hot: Vec<String> = a
            .map(|a| a.hot_spot_place_ids.clone())
            .unwrap_or_default()
            .iter()
            .map(|p| state.refs.place_name(*p))
            .collect();
        let esc = if line.escalated > 0 {
            format!(" ‼ {} särskilda", line.escalated)
        } else {
            String::new()
        };
        let name = cut(&names[i], w);
        out.push(Line::from(Span::styled(
            format!(
                "{}{name} {:>5} {:>8.1} {level} {trend} {prio} {}{esc}",
                sel(start + i == cursor),
                line.this_week,
                line.previous_average(),
                hot.join(", ")
            ),
            row_style(state, start + i == cursor),
        )));
    }
    out
}
