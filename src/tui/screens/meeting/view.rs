//! The Möte screen: the agenda on the left (or a step line on narrow screens), the current step
//! on the right. Readable on a projector: status in words and symbols, not colour alone.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::domain::{Presence, Vocabulary};
use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::input::commands::MeetingCmd;
use crate::tui::screens::meeting::state::Step;
use crate::tui::widgets::text::{block, one_line, row_style, sel};
use crate::tui::widgets::words::word;

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
        m.status.label(state.lang)
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
                    format!("{marker} {}. {}", i + 1, s.title(state.lang)),
                    row_style(state, current),
                ))
            })
            .collect();
        frame.render_widget(Paragraph::new(lines).block(block(title.clone(), state)), a);
    }
    let step = state.meeting.step;
    let n = Step::ALL.iter().position(|s| *s == step).unwrap_or(0) + 1;
    let heading = if agenda.is_some() {
        format!("{n}. {}", step.title(state.lang))
    } else {
        format!(
            "{title} · {n}/{} {}",
            Step::ALL.len(),
            step.title(state.lang)
        )
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
                t!(
                    state.lang,
                    "tui-meeting-present",
                    count = present,
                    key = km.first_key(MeetingCmd::Presence),
                    hint = t!(
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
                    Some(Presence::Narvarande) => word(state.lang, "tui-presence-present"),
                    Some(Presence::Delvis) => word(state.lang, "tui-presence-partly"),
                    Some(Presence::Forhinder) => word(state.lang, "tui-presence-absent"),
                    None => word(state.lang, "tui-presence-unknown"),
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
        Step::FollowUp => out.extend(super::view_follow_up::lines(state, height, width)),
        Step::Areas => out.extend(super::view_areas_table::lines(state, height, width)),
        Step::Decisions => {
            out.push(Line::from(Span::styled(
                t!(
                    state.lang,
                    "tui-meeting-decided",
                    count = d.decided.len(),
                    key = km.first_key(MeetingCmd::New)
                ),
                t.dim,
            )));
            let (start, rows) = window(&d.decided, cursor, height - 1);
            for (i, a) in rows.iter().enumerate() {
                out.push(Line::from(Span::styled(
                    t!(
                        state.lang,
                        "tui-meeting-decided-row",
                        marker = sel(start + i == cursor),
                        title = a.title.as_str(),
                        owner = a.owner.clone().unwrap_or_default(),
                        place = a.place.clone().or(a.area.clone()).unwrap_or_default(),
                        due = a
                            .due_week
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
                t!(
                    state.lang,
                    "tui-meeting-add-event",
                    key = km.first_key(MeetingCmd::New)
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
                out.push(Line::from(t!(
                    state.lang,
                    "tui-meeting-next",
                    date = crate::i18n::dates::date_long(state.lang, n.date),
                    week = n.week().short_sv(),
                    time = n
                        .start_time
                        .map(|at| crate::i18n::dates::time(state.lang, at))
                        .unwrap_or_default(),
                    place = n.location.as_str()
                )));
            }
            None => out.push(Line::from(t!(
                state.lang,
                "tui-meeting-no-next",
                key = km.first_key(MeetingCmd::New)
            ))),
        },
        Step::Close => {
            let status = d.picture.as_ref().map_or_else(
                || word(state.lang, "tui-meeting-picture-missing"),
                |p| p.status.label(state.lang),
            );
            out.push(Line::from(t!(
                state.lang,
                "tui-meeting-picture-status",
                status = status
            )));
            out.push(Line::from(t!(
                state.lang,
                "tui-meeting-close-summary",
                present = d.attendance.len(),
                decided = d.decided.len(),
                events = d.events.len()
            )));
            out.push(Line::from(""));
            out.push(Line::from(vec![
                Span::styled(state.keymap.first_key(MeetingCmd::CloseMeeting), t.key),
                Span::raw(t!(state.lang, "tui-meeting-close-key")),
            ]));
        }
    }
    out
}
