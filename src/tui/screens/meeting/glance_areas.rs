//! The week at a glance's areas: a row per area with this week, the mean, the change and a
//! 12-week sparkline, and the whole municipality's weeks as a bar chart.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Paragraph, Sparkline};

use crate::domain::{IsoWeek, Lang};
use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::screens::meeting::week_glance::{MEAN_WEEKS, TREND_WEEKS, Trend, WeekGlance};
use crate::tui::widgets::text::cut;

/// The width of a trend column: one bar a week.
const SPARK: u16 = TREND_WEEKS as u16;

/// The columns the areas table needs to show every name whole with the mean and the trend,
/// and the week bars under it their narrowest readable bars.
pub(super) fn natural_width(state: &State, g: &WeekGlance) -> usize {
    let all = t!(state.lang, "glance-total");
    let names = std::iter::once(all.chars().count())
        .chain(g.areas.iter().map(|a| 2 * a.depth + a.name.chars().count()));
    let name = names.max().unwrap_or(0);
    // As `areas_table` lays out: the numbers with the mean, the sparkline and its margins.
    let table = name + 5 + 1 + 9 + 6 + 1 + SPARK as usize + 2;
    let bars = TREND_WEEKS * (MIN_BAR as usize + 1);
    table.max(bars)
}

/// The narrowest bar of the week bars.
const MIN_BAR: u16 = 3;

/// The per-area table: name, this week, the 4-week mean, the change, the 12-week trend.
/// Draws at most `max_rows` areas (and the total); fewer when the height is short.
pub(super) fn areas_table(
    state: &State,
    g: &WeekGlance,
    frame: &mut Frame<'_>,
    area: Rect,
    max_rows: usize,
) {
    let t = &state.theme;
    let lang = state.lang;
    if area.height < 2 || area.width < 20 {
        return;
    }
    if g.areas.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(t!(lang, "glance-no-areas"), t.dim))),
            area,
        );
        return;
    }
    // name │ week (5) │ mean (8) │ change (6) │ spark (12): the name takes what is left; a
    // narrow column (beside a meeting's agenda) leaves the mean out, the change says it.
    let with_mean = area.width >= 56;
    let numbers = 5 + 1 + if with_mean { 9 } else { 0 } + 6 + 1;
    let spark = if area.width as usize >= 24 + numbers + SPARK as usize {
        SPARK
    } else {
        0
    };
    // One column more than the rows' text needs: the sparkline starts a column before the
    // right edge and must not cover the space after the change ("−11 ▅▅", not "−11▅▅").
    let name_width = (area.width as usize).saturating_sub(numbers + spark as usize + 2);
    let mean_column = |text: String| {
        if with_mean {
            format!("{text:>8} ")
        } else {
            String::new()
        }
    };
    let header = format!(
        "{} {:>5} {}{:>6} {}",
        cut(&t!(lang, "glance-col-area"), name_width),
        cut(&g.week.short_sv(), 5),
        mean_column(t!(lang, "glance-col-mean", weeks = MEAN_WEEKS)),
        "±",
        if spark > 0 {
            t!(lang, "glance-col-trend", weeks = TREND_WEEKS)
        } else {
            String::new()
        }
    );
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(header, t.title))),
        Rect { height: 1, ..area },
    );
    let all = t!(lang, "glance-total");
    let rows = std::iter::once((all.as_str(), 0usize, &g.total))
        .chain(g.areas.iter().map(|a| (a.name.as_str(), a.depth, &a.trend)));
    let room = (area.height as usize - 1).min(max_rows.saturating_add(1));
    let shown = g.areas.len() + 1;
    // When not every area fits, the last line says how many are left out.
    let (take, left_out) = if shown > room {
        (room.saturating_sub(1), shown - room.saturating_sub(1))
    } else {
        (shown, 0)
    };
    for (i, (name, depth, trend)) in rows.take(take).enumerate() {
        let y = area.y + 1 + i as u16;
        let style = if i == 0 { t.title } else { t.normal };
        let text = format!(
            "{} {:>5} {}{:>6} ",
            cut(&format!("{}{name}", "  ".repeat(depth)), name_width),
            trend.this_week(),
            mean_column(lang.decimal(trend.mean, 1)),
            change(trend, lang),
        );
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(text, style))),
            Rect {
                y,
                height: 1,
                ..area
            },
        );
        if spark > 0 {
            let data: Vec<u64> = trend.weeks.iter().map(|n| u64::from(*n)).collect();
            frame.render_widget(
                Sparkline::default()
                    .data(data)
                    .max(u64::from(trend.weeks.iter().copied().max().unwrap_or(0)).max(1))
                    .style(t.normal),
                Rect {
                    x: area.x + area.width - spark - 1,
                    y,
                    width: spark,
                    height: 1,
                },
            );
        }
    }
    if left_out > 0 {
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(
                t!(lang, "glance-more-areas", count = left_out),
                t.dim,
            ))),
            Rect {
                y: area.y + 1 + take as u16,
                height: 1,
                ..area
            },
        );
    }
}

/// Events per week of `trend` (its last week `last`) under `title`, a labelled bar a week.
pub(super) fn week_bars(
    state: &State,
    title: String,
    trend: &Trend,
    last: IsoWeek,
    frame: &mut Frame<'_>,
    area: Rect,
) {
    let t = &state.theme;
    let [heading, chart] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(title, t.title))),
        heading,
    );
    let n = trend.weeks.len();
    let bars: Vec<Bar> = trend
        .weeks
        .iter()
        .enumerate()
        .map(|(i, count)| {
            let week = last.plus_weeks(i as i64 + 1 - n as i64);
            Bar::default()
                .value(u64::from(*count))
                .label(Line::from(format!("v.{}", week.week())))
        })
        .collect();
    let width = (chart.width.saturating_sub(n as u16) / n.max(1) as u16).clamp(MIN_BAR, 8);
    frame.render_widget(
        BarChart::default()
            .data(BarGroup::default().bars(&bars))
            .bar_width(width)
            .bar_gap(1)
            .bar_style(t.normal)
            .value_style(t.selected)
            .label_style(t.dim),
        chart,
    );
}

/// "+3", "−2", "±0" against the mean (rounded), so the direction reads without colour.
fn change(trend: &Trend, lang: Lang) -> String {
    let d = f64::from(trend.this_week()) - trend.mean;
    let rounded = d.round();
    if rounded > 0.0 {
        format!("+{}", lang.decimal(rounded, 0))
    } else if rounded < 0.0 {
        format!("−{}", lang.decimal(-rounded, 0))
    } else {
        "±0".into()
    }
}
