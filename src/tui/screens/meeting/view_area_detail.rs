//! Draws the selected area's detail beside the areas step's table: its 12-week trend, the most
//! common event types and the hot spots with counts, the weekday × dygnsperiod heat map (4 or
//! 12 weeks, a key toggles), and the week's observations with the selected one in full. On a
//! narrow screen, a few lines under the table say the essentials.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::area_detail::{AreaDetail, Window};
use super::glance_areas::week_bars;
use super::week_glance::{AreaTrend, TREND_WEEKS};
use crate::domain::{DayPeriod, Id, Vocabulary};
use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::input::commands::MeetingCmd;
use crate::tui::widgets::text::{block, cut, one_line, sel};

/// Shades of a heat map cell, none to most, so a cell reads without colour.
const SHADES: [&str; 5] = [" ", "░", "▒", "▓", "█"];

/// The selected area's detail and trend, when loaded.
fn selected(state: &State) -> Option<(&AreaDetail, Option<&AreaTrend>, String)> {
    let m = &state.meeting;
    let line = m.data.areas.get(m.cursor)?;
    let detail = m.data.details.iter().find(|d| d.area_id == line.area.id)?;
    let trend = m
        .data
        .glance
        .as_ref()
        .and_then(|g| g.areas.iter().find(|a| a.area_id == line.area.id));
    Some((detail, trend, line.area.name.clone()))
}

fn weeks(state: &State) -> usize {
    if state.meeting.heat_long { 12 } else { 4 }
}

/// The wide pane.
pub fn render(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let lang = state.lang;
    let t = &state.theme;
    let Some((detail, trend, name)) = selected(state) else {
        frame.render_widget(block(t!(lang, "detail-title-none"), state), area);
        return;
    };
    let outer = block(name.clone(), state);
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    let window = detail.window(state.meeting.heat_long);
    let n = weeks(state);
    let key = |c: MeetingCmd| state.keymap.first_key(c);
    let lists = TOP_ROWS as u16 + 1;
    let [chart, hint, top, heat, obs] = Layout::vertical([
        Constraint::Length(if inner.height >= 40 { 9 } else { 6 }),
        Constraint::Length(1),
        Constraint::Length(lists),
        Constraint::Length(10),
        Constraint::Min(0),
    ])
    .areas(inner);
    if let (Some(trend), Some(g)) = (trend, state.meeting.data.glance.as_ref()) {
        let title = t!(lang, "detail-trend", weeks = TREND_WEEKS);
        week_bars(state, title, &trend.trend, g.week, frame, chart);
    }
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(
            t!(
                lang,
                "detail-window",
                weeks = n,
                key = key(MeetingCmd::HeatWeeks)
            ),
            t.dim,
        ))),
        hint,
    );
    let [types, spots] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
            .spacing(2)
            .areas(top);
    frame.render_widget(
        Paragraph::new(type_lines(state, window, types.width)),
        types,
    );
    frame.render_widget(
        Paragraph::new(spot_lines(state, window, spots.width)),
        spots,
    );
    frame.render_widget(Paragraph::new(heat_lines(state, window, n)), heat);
    frame.render_widget(
        Paragraph::new(observation_lines(
            state,
            detail,
            obs.width as usize,
            obs.height as usize,
        ))
        .wrap(Wrap { trim: false }),
        obs,
    );
}

/// Rows of the types' and the hot spots' lists.
const TOP_ROWS: usize = super::area_detail::TOP;

fn counted(name: &str, count: u32, width: u16) -> String {
    let width = width as usize;
    format!("{} {count:>4}", cut(name, width.saturating_sub(5)))
}

fn type_lines(state: &State, w: &Window, width: u16) -> Vec<Line<'static>> {
    let rows = w.types.iter().map(|(id, n)| (type_name(state, *id), *n));
    counted_lines(state, t!(state.lang, "detail-types"), rows, width)
}

fn spot_lines(state: &State, w: &Window, width: u16) -> Vec<Line<'static>> {
    let rows = w
        .hot_spots
        .iter()
        .map(|(id, n)| (state.refs.place_name(*id), *n));
    counted_lines(state, t!(state.lang, "detail-hot-spots"), rows, width)
}

/// A heading and a row per (name, count), or "–" when there is none.
fn counted_lines(
    state: &State,
    heading: String,
    rows: impl Iterator<Item = (String, u32)>,
    width: u16,
) -> Vec<Line<'static>> {
    let t = &state.theme;
    let mut out = vec![Line::from(Span::styled(heading, t.title))];
    out.extend(rows.map(|(name, n)| Line::from(counted(&name, n, width))));
    if out.len() == 1 {
        out.push(Line::from(Span::styled(
            t!(state.lang, "detail-none"),
            t.dim,
        )));
    }
    out
}

fn type_name(state: &State, id: Id) -> String {
    state
        .refs
        .event_types
        .iter()
        .find(|e| e.id == id)
        .map(|e| e.label(state.lang).to_string())
        .unwrap_or_default()
}

/// Weekday rows × dygnsperiod columns, each cell a shade and its count.
fn heat_lines(state: &State, w: &Window, weeks: usize) -> Vec<Line<'static>> {
    let t = &state.theme;
    let lang = state.lang;
    let max = w.heat.max().max(1);
    let mut out = vec![Line::from(Span::styled(
        t!(lang, "detail-heat", weeks = weeks),
        t.title,
    ))];
    let mut header = format!("{:<5}", "");
    for p in DayPeriod::ALL {
        header.push_str(&format!("{:>9}", p.label(lang)));
    }
    out.push(Line::from(Span::styled(header, t.dim)));
    let days = [
        chrono::Weekday::Mon,
        chrono::Weekday::Tue,
        chrono::Weekday::Wed,
        chrono::Weekday::Thu,
        chrono::Weekday::Fri,
        chrono::Weekday::Sat,
        chrono::Weekday::Sun,
    ];
    for (day, row) in days.iter().zip(w.heat.cells.iter()) {
        let name = crate::domain::Weekday::ALL
            .iter()
            .find(|d| d.chrono() == *day)
            .map(|d| d.label(lang))
            .unwrap_or_default();
        let mut text = format!("{:<5}", cut(name, 4));
        for &n in row {
            let shade = if n == 0 {
                SHADES[0]
            } else {
                SHADES[1 + ((n * 3) / max).min(3) as usize]
            };
            text.push_str(&format!("   {}{n:>4}", shade.repeat(2)));
        }
        out.push(Line::from(text));
    }
    if w.heat.unknown > 0 {
        out.push(Line::from(Span::styled(
            t!(lang, "detail-heat-unknown", count = w.heat.unknown),
            t.dim,
        )));
    }
    out
}

/// The week's observations around the selected one, then its whole text.
fn observation_lines(
    state: &State,
    d: &AreaDetail,
    width: usize,
    height: usize,
) -> Vec<Line<'static>> {
    let t = &state.theme;
    let lang = state.lang;
    let key = |c: MeetingCmd| state.keymap.first_key(c);
    let mut out = vec![Line::from(Span::styled(
        t!(
            lang,
            "detail-observations",
            count = d.observations.len(),
            next = key(MeetingCmd::NextObservation),
            prev = key(MeetingCmd::PrevObservation)
        ),
        t.title,
    ))];
    if d.observations.is_empty() {
        out.push(Line::from(Span::styled(t!(lang, "detail-none"), t.dim)));
        return out;
    }
    let cursor = state.meeting.observation.min(d.observations.len() - 1);
    // Half the room lists them, the rest shows the selected one's text.
    let room = (height / 2).max(1);
    let (start, rows) = super::view::window(&d.observations, cursor, room);
    for (i, o) in rows.iter().enumerate() {
        let place = o.place.clone().unwrap_or_else(|| o.area.clone());
        let text = format!(
            "{}{} {} · {} · {}",
            sel(start + i == cursor),
            o.occurred_on,
            o.event_type,
            place,
            one_line(&o.description)
        );
        let style = if start + i == cursor {
            t.selected
        } else {
            t.normal
        };
        out.push(Line::from(Span::styled(cut(&text, width), style)));
    }
    if let Some(o) = d.observations.get(cursor) {
        out.push(Line::from(""));
        out.push(Line::from(Span::styled(
            format!(
                "{} · {} · {} · {}",
                o.occurred_on,
                o.event_type,
                o.severity.label(lang),
                o.organisation
            ),
            t.title,
        )));
        out.extend(o.description.lines().map(|l| Line::from(l.to_string())));
    }
    out
}

/// On a narrow screen: the area's top types and hot spots over the window, in two lines.
pub fn summary_lines(state: &State, width: usize) -> Vec<Line<'static>> {
    let lang = state.lang;
    let t = &state.theme;
    let Some((detail, _, _)) = selected(state) else {
        return Vec::new();
    };
    let w = detail.window(state.meeting.heat_long);
    let n = weeks(state);
    let types: Vec<String> = w
        .types
        .iter()
        .take(3)
        .map(|(id, c)| format!("{} {c}", type_name(state, *id)))
        .collect();
    let spots: Vec<String> = w
        .hot_spots
        .iter()
        .take(3)
        .map(|(id, c)| format!("{} {c}", state.refs.place_name(*id)))
        .collect();
    let none = t!(lang, "detail-none");
    let or_none = |v: Vec<String>| {
        if v.is_empty() {
            none.clone()
        } else {
            v.join(", ")
        }
    };
    vec![
        Line::from(Span::styled(
            cut(
                &t!(lang, "detail-short-types", weeks = n, list = or_none(types)),
                width,
            ),
            t.dim,
        )),
        Line::from(Span::styled(
            cut(
                &t!(lang, "detail-short-spots", weeks = n, list = or_none(spots)),
                width,
            ),
            t.dim,
        )),
    ]
}
