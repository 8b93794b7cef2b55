//! The areas step's table: each area (indented by depth) with this week's events against the
//! 4-week mean, its level and trend, priority and hot spots, and the week's särskilda events.
//! The counts come from `area_lines` (the shared analysis).

use ratatui::text::{Line, Span};

use crate::domain::Vocabulary;
use crate::i18n::t;
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
        .map(|l| {
            l.assessment
                .as_ref()
                .map_or("–", |a| a.level.label(state.lang))
        })
        .collect();
    let trends: Vec<String> = rows
        .iter()
        .map(|l| {
            l.assessment.as_ref().map_or("–".to_string(), |a| {
                format!("{} {}", a.trend.arrow(), a.trend.label(state.lang))
            })
        })
        .collect();
    let word = |id| crate::tui::widgets::words::word(state.lang, id);
    let (area_head, level_head, trend_head) = (
        word("tui-column-area"),
        word("tui-column-level"),
        word("tui-column-trend"),
    );
    let natural = [
        columns::natural(names.iter().map(String::as_str).chain([area_head])).min(40),
        columns::natural(levels.iter().copied().chain([level_head])),
        columns::natural(trends.iter().map(String::as_str).chain([trend_head])),
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
            " {} {:>5} {:>8} {} {} {}",
            cut(area_head, w),
            word("tui-column-week"),
            word("tui-column-mean-4w"),
            cut(level_head, wl),
            cut(trend_head, wt),
            word("tui-column-prio-hot-spot")
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
            t!(state.lang, "tui-meeting-escalated", count = line.escalated)
        } else {
            String::new()
        };
        let name = cut(&names[i], w);
        out.push(Line::from(Span::styled(
            format!(
                "{}{name} {:>5} {:>8} {level} {trend} {prio} {}{esc}",
                sel(start + i == cursor),
                line.this_week,
                state
                    .lang
                    .numbers()
                    .decimal(line.previous_average(), Some(1), Some(1)),
                hot.join(", ")
            ),
            row_style(state, start + i == cursor),
        )));
    }
    out
}
