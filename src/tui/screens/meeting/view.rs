//! The Möte screen: the agenda on the left (or a step line on narrow screens), the current step
//! on the right. Readable on a projector: status in words and symbols, not colour alone.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::domain::{Presence, Vocabulary};
use crate::tui::app::state::State;
use crate::tui::input::commands::MeetingCmd;
use crate::tui::screens::meeting::state::Step;
use crate::tui::widgets::columns;
use crate::tui::widgets::text::{block, cut, one_line, row_style, sel, status_word};

pub fn render(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let data = &state.meeting.data;
    let Some(m) = &data.meeting else {
        super::view_glance::render_idle(state, frame, area);
        return;
    };
    let title = format!(
        "{} · {} ({}) · {}",
        m.group_name,
        m.date,
        m.week().short_sv(),
        m.status.label_sv()
    );
    // The areas step on a wide screen: the selected area's detail beside the table takes the
    // room the week at a glance has under the agenda in the other steps.
    let with_detail = state.meeting.step == Step::Areas && area.width >= 140;
    let (agenda, content) = if area.width >= 100 {
        // Room for the week at a glance under the agenda on a wide screen.
        let left = if area.width >= 150 && !with_detail {
            46
        } else {
            34
        };
        let [a, c] =
            Layout::horizontal([Constraint::Length(left), Constraint::Min(40)]).areas(area);
        (Some(a), c)
    } else {
        (None, area)
    };
    // During the meeting the week at a glance stays in view: under the agenda on a wide
    // screen, as one line under the step on a narrow one.
    let (agenda, glance) = match agenda {
        Some(a) if a.height > Step::ALL.len() as u16 + 12 && !with_detail => {
            let [steps, glance] = Layout::vertical([
                Constraint::Length(Step::ALL.len() as u16 + 2),
                Constraint::Min(0),
            ])
            .areas(a);
            (Some(steps), Some(glance))
        }
        other => (other, None),
    };
    if let Some(g) = glance {
        super::view_glance::render_column(state, frame, g);
    }
    let summary = match agenda {
        None => super::view_glance::summary_line(state),
        Some(_) => None,
    };
    let content = match &summary {
        Some(line) if content.height > 8 => {
            let [c, s] =
                Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(content);
            frame.render_widget(Paragraph::new(line.clone()), s);
            c
        }
        _ => content,
    };
    if let Some(a) = agenda {
        let lines: Vec<Line> = Step::ALL
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let current = *s == state.meeting.step;
                let marker = if current { "▶" } else { " " };
                Line::from(Span::styled(
                    format!("{marker} {}. {}", i + 1, s.title()),
                    row_style(state, current),
                ))
            })
            .collect();
        frame.render_widget(Paragraph::new(lines).block(block(title.clone(), state)), a);
    }
    let step = state.meeting.step;
    let n = Step::ALL.iter().position(|s| *s == step).unwrap_or(0) + 1;
    let heading = if agenda.is_some() {
        format!("{n}. {}", step.title())
    } else {
        format!("{title} · {n}/{} {}", Step::ALL.len(), step.title())
    };
    let content = if with_detail {
        let [table, detail] =
            Layout::horizontal([Constraint::Percentage(48), Constraint::Percentage(52)])
                .areas(content);
        super::view_area_detail::render(state, frame, detail);
        table
    } else if step == Step::Areas && content.height > 12 {
        // Narrow: the area's most common types and hot spots under the table.
        let below = super::view_area_detail::summary_lines(state, content.width as usize);
        let [table, s] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(below.len() as u16)])
                .areas(content);
        frame.render_widget(Paragraph::new(below), s);
        table
    } else {
        content
    };
    let height = content.height.saturating_sub(2) as usize;
    let lines = step_lines(state, height, content.width as usize);
    frame.render_widget(Paragraph::new(lines).block(block(heading, state)), content);
}

/// The rows of a list step around the cursor, so only what fits is built.
pub(super) fn window<T>(items: &[T], cursor: usize, height: usize) -> (usize, &[T]) {
    let height = height.max(1);
    let start = cursor.saturating_sub(height.saturating_sub(1));
    let end = (start + height).min(items.len());
    (start, items.get(start..end).unwrap_or(&[]))
}

fn step_lines(state: &State, height: usize, width: usize) -> Vec<Line<'static>> {
    // Inside the block's borders.
    let width = width.saturating_sub(2);
    let t = &state.theme;
    let km = &state.keymap;
    let d = &state.meeting.data;
    let cursor = state.meeting.cursor;
    let mut out = Vec::new();
    match state.meeting.step {
        Step::Attendance => {
            let present = d
                .attendance
                .iter()
                .filter(|a| a.presence != Presence::Forhinder)
                .count();
            out.push(Line::from(Span::styled(
                format!(
                    "{present} organisationer närvarande · {} växlar · {}",
                    km.first_key(MeetingCmd::Presence),
                    crate::i18n::t!(
                        state.lang,
                        "meeting-attendance-hint",
                        key = km.first_key(MeetingCmd::New)
                    )
                ),
                t.dim,
            )));
            let listed = super::attendance::listed(state);
            let members = super::attendance::members(state);
            let (start, orgs) = window(&listed, cursor, height - 1);
            for (i, o) in orgs.iter().enumerate() {
                let presence = d
                    .attendance
                    .iter()
                    .find(|a| a.organisation_id == o.id)
                    .map(|a| a.presence);
                let mark = match presence {
                    Some(Presence::Narvarande) => "[✓] närvarande",
                    Some(Presence::Delvis) => "[½] delvis",
                    Some(Presence::Forhinder) => "[–] förhinder",
                    None => "[ ] ej noterad",
                };
                // The series' members are listed first; the mark says which they are.
                let member = if members.contains(&o.id) {
                    crate::i18n::t!(state.lang, "meeting-attendance-member")
                } else {
                    String::new()
                };
                out.push(Line::from(Span::styled(
                    format!("{}{mark:<16} {}{member}", sel(start + i == cursor), o.name),
                    row_style(state, start + i == cursor),
                )));
            }
        }
        Step::Agenda => out.extend(super::view_series::agenda_lines(state, height)),
        Step::FollowUp => {
            let overdue = d.open_actions.iter().filter(|a| a.overdue).count();
            out.push(Line::from(Span::styled(
                format!(
                    "{} öppna åtgärder, {overdue} försenade · {} följer upp",
                    d.open_actions.len(),
                    km.first_key(MeetingCmd::FollowUp)
                ),
                t.dim,
            )));
            let room = height.saturating_sub(1 + d.followed_up.len().min(4));
            let (start, rows) = window(&d.open_actions, cursor, room);
            // Columns sized from the visible rows: status, the overdue flag when any is, and
            // where there is room the owner; the title and the last note take the rest.
            let status: Vec<String> = rows.iter().map(|a| status_word(a.status)).collect();
            let any_overdue = rows.iter().any(|a| a.overdue);
            let with_owner = width >= 100;
            let natural = [
                columns::natural(status.iter().map(String::as_str)),
                if with_owner {
                    columns::natural(rows.iter().map(|a| a.owner.as_deref().unwrap_or(""))).min(30)
                } else {
                    0
                },
            ];
            let fixed = 1 + 10 + 3 + if any_overdue { 11 } else { 0 };
            let widths = columns::fit(
                &natural,
                &[6, if with_owner { 8 } else { 0 }],
                width.saturating_sub(fixed + width / 3),
            );
            for ((i, a), status) in rows.iter().enumerate().zip(&status) {
                let flag = match (a.overdue, any_overdue) {
                    (true, _) => "⚠ FÖRSENAD ",
                    (false, true) => "           ",
                    (false, false) => "",
                };
                let owner = if with_owner {
                    format!("{} ", cut(a.owner.as_deref().unwrap_or(""), widths[1]))
                } else {
                    String::new()
                };
                let due = a
                    .due_on
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "–".into());
                let style = if start + i == cursor {
                    t.selected
                } else if a.overdue {
                    t.warn
                } else {
                    t.normal
                };
                out.push(Line::from(Span::styled(
                    format!(
                        "{}{} {due:<10} {flag}{owner}{}{}",
                        sel(start + i == cursor),
                        cut(status, widths[0]),
                        one_line(&a.title),
                        a.last_comment
                            .as_ref()
                            .map(|c| format!(" · senast: {}", one_line(c)))
                            .unwrap_or_default()
                    ),
                    style,
                )));
            }
            // What this meeting already followed up stays in view, even when it closed.
            for (title, status) in d.followed_up.iter().rev().take(4) {
                out.push(Line::from(Span::styled(
                    format!(
                        " Uppföljd nu: {title} → {}",
                        status.map_or("oförändrad", |s| s.label_sv())
                    ),
                    t.dim,
                )));
            }
        }
        Step::Areas => {
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
            // Fixed parts: the marker, week and average, the spaces between.
            let fixed = 1 + 5 + 8 + 5;
            let widths = columns::fit(
                &natural,
                &[8, 4, 5],
                width.saturating_sub(fixed + width / 5),
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
        }
        Step::Decisions => {
            out.push(Line::from(Span::styled(
                format!(
                    "{} åtgärder beslutade på mötet · {} ny åtgärd",
                    d.decided.len(),
                    km.first_key(MeetingCmd::New)
                ),
                t.dim,
            )));
            let (start, rows) = window(&d.decided, cursor, height - 1);
            for (i, a) in rows.iter().enumerate() {
                out.push(Line::from(Span::styled(
                    format!(
                        "{}{} · {} · {} · senast {}",
                        sel(start + i == cursor),
                        a.title,
                        a.owner.clone().unwrap_or_default(),
                        a.place.clone().or(a.area.clone()).unwrap_or_default(),
                        a.due_week
                            .clone()
                            .or(a.due_on.map(|d| d.to_string()))
                            .unwrap_or_else(|| "–".into())
                    ),
                    row_style(state, start + i == cursor),
                )));
            }
        }
        Step::Events => {
            out.push(Line::from(Span::styled(
                format!(
                    "{} lägger till en planerad händelse",
                    km.first_key(MeetingCmd::New)
                ),
                t.dim,
            )));
            let (start, rows) = window(&d.events, cursor, height - 1);
            for (i, e) in rows.iter().enumerate() {
                out.push(Line::from(Span::styled(
                    format!(
                        "{}{} — {}",
                        sel(start + i == cursor),
                        e.title,
                        one_line(&e.text)
                    ),
                    row_style(state, start + i == cursor),
                )));
            }
        }
        Step::NextMeeting => match &d.next_meeting {
            Some(n) => {
                out.push(Line::from(format!(
                    "Nästa möte: {} ({}) {} {}",
                    crate::domain::week::date_long_sv(n.date),
                    n.week().short_sv(),
                    n.start_time
                        .map(crate::domain::week::time_sv)
                        .unwrap_or_default(),
                    n.location
                )));
            }
            None => out.push(Line::from(format!(
                "Inget nästa möte är bokat. {} bokar det.",
                km.first_key(MeetingCmd::New)
            ))),
        },
        Step::Close => {
            let status = d.picture.as_ref().map_or("saknas", |p| p.status.label_sv());
            out.push(Line::from(format!("Lägesbildens status: {status}")));
            out.push(Line::from(format!(
                "Närvaro noterad för {} organisationer · {} nya åtgärder · {} planerade händelser",
                d.attendance.len(),
                d.decided.len(),
                d.events.len()
            )));
            out.push(Line::from(""));
            out.push(Line::from(vec![
                Span::styled(state.keymap.first_key(MeetingCmd::CloseMeeting), t.key),
                Span::raw(" avslutar mötet och fastställer lägesbilden."),
            ]));
        }
    }
    out
}
