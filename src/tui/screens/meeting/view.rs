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
use crate::tui::widgets::text::{block, one_line, row_style, sel, status_word};

pub fn render(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let data = &state.meeting.data;
    let Some(m) = &data.meeting else {
        let mut lines = vec![
            Line::from(Span::styled("Inget möte pågår.", t.title)),
            Line::from(""),
        ];
        if let Some(last) = &data.last_closed {
            lines.push(Line::from(format!(
                "Senaste möte: {} ({}), {}",
                last.date,
                last.week().short_sv(),
                last.status.label_sv()
            )));
        }
        if let Some(next) = &data.next_meeting {
            lines.push(Line::from(format!(
                "Planerat möte: {} ({}) {}",
                next.date,
                next.week().short_sv(),
                next.location
            )));
        }
        lines.push(Line::from(""));
        lines.push(Line::from(vec![
            Span::styled(state.keymap.first_key(MeetingCmd::New), t.key),
            Span::raw(" startar veckans möte. Öppna åtgärder från tidigare möten följer med."),
        ]));
        frame.render_widget(Paragraph::new(lines).block(block("Möte", state)), area);
        return;
    };
    let title = format!(
        "{} · {} ({}) · {}",
        m.group_name,
        m.date,
        m.week().short_sv(),
        m.status.label_sv()
    );
    let (agenda, content) = if area.width >= 100 {
        let [a, c] = Layout::horizontal([Constraint::Length(34), Constraint::Min(40)]).areas(area);
        (Some(a), c)
    } else {
        (None, area)
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
        format!("{title} · {n}/7 {}", step.title())
    };
    let height = content.height.saturating_sub(2) as usize;
    let lines = step_lines(state, height, content.width as usize);
    frame.render_widget(Paragraph::new(lines).block(block(heading, state)), content);
}

/// The rows of a list step around the cursor, so only what fits is built.
fn window<T>(items: &[T], cursor: usize, height: usize) -> (usize, &[T]) {
    let height = height.max(1);
    let start = cursor.saturating_sub(height.saturating_sub(1));
    let end = (start + height).min(items.len());
    (start, items.get(start..end).unwrap_or(&[]))
}

fn step_lines(state: &State, height: usize, width: usize) -> Vec<Line<'static>> {
    // The area name column shrinks on narrow screens.
    let w = if width < 100 { 14 } else { 22 };
    let t = &state.theme;
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
                format!("{present} organisationer närvarande · Mellanslag växlar"),
                t.dim,
            )));
            let (start, orgs) = window(&state.refs.organisations, cursor, height - 1);
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
                out.push(Line::from(Span::styled(
                    format!("{}{mark:<16} {}", sel(start + i == cursor), o.name),
                    row_style(state, start + i == cursor),
                )));
            }
        }
        Step::FollowUp => {
            let overdue = d.open_actions.iter().filter(|a| a.overdue).count();
            out.push(Line::from(Span::styled(
                format!(
                    "{} öppna åtgärder, {overdue} försenade · s följer upp",
                    d.open_actions.len()
                ),
                t.dim,
            )));
            let room = height.saturating_sub(1 + d.followed_up.len().min(4));
            let (start, rows) = window(&d.open_actions, cursor, room);
            for (i, a) in rows.iter().enumerate() {
                let flag = if a.overdue { "⚠ FÖRSENAD" } else { "" };
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
                        "{}{:<10} {:<10} {:<10} {} · {}{}",
                        sel(start + i == cursor),
                        status_word(a.status),
                        due,
                        flag,
                        a.title,
                        a.owner.clone().unwrap_or_default(),
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
            out.push(Line::from(Span::styled(
                format!(
                    " {:<w$} {:>5} {:>8} {:<11} {:<12} Prio / hot spot",
                    "Område", "Vecka", "Snitt 4v", "Läge", "Trend"
                ),
                t.title,
            )));
            let (start, rows) = window(&d.areas, cursor, height - 1);
            for (i, line) in rows.iter().enumerate() {
                let a = line.assessment.as_ref();
                let level = a.map_or("–", |a| a.level.label_sv());
                let trend = a.map_or("–".to_string(), |a| {
                    format!("{} {}", a.trend.arrow(), a.trend.label_sv())
                });
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
                let indented = format!("{}{}", "  ".repeat(line.depth), line.area.name);
                let name: String = indented.chars().take(w).collect();
                out.push(Line::from(Span::styled(
                    format!(
                        "{}{name:<w$} {:>5} {:>8.1} {level:<11} {trend:<12} {prio} {}{esc}",
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
                    "{} åtgärder beslutade på mötet · n ny åtgärd",
                    d.decided.len()
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
                "n lägger till en planerad händelse",
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
            None => out.push(Line::from("Inget nästa möte är bokat. n bokar det.")),
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
