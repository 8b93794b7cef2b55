//! The follow-up step: the open actions from earlier meetings (status, deadline, the overdue
//! flag, the owner where there is room, the title and the last note), and what this meeting
//! already followed up.

use ratatui::text::{Line, Span};

use crate::domain::Vocabulary;
use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::input::commands::MeetingCmd;
use crate::tui::screens::meeting::view::window;
use crate::tui::widgets::columns;
use crate::tui::widgets::text::{cut, one_line, sel, status_word};

/// The step's lines, `height` rows inside a block, `width` columns inside its borders.
pub fn lines(state: &State, height: usize, width: usize) -> Vec<Line<'static>> {
    let t = &state.theme;
    let km = &state.keymap;
    let d = &state.meeting.data;
    let cursor = state.meeting.cursor;
    let mut out = Vec::new();
    let overdue = d.open_actions.iter().filter(|a| a.overdue).count();
    out.push(Line::from(Span::styled(
        t!(
            state.lang,
            "tui-meeting-open-actions",
            count = d.open_actions.len(),
            overdue = overdue,
            key = km.first_key(MeetingCmd::FollowUp)
        ),
        t.dim,
    )));
    let room = height.saturating_sub(1 + d.followed_up.len().min(4));
    let (start, rows) = window(&d.open_actions, cursor, room);
    // Columns sized from the visible rows: status, the overdue flag when any is, and
    // where there is room the owner; the title and the last note take the rest.
    let status: Vec<String> = rows
        .iter()
        .map(|a| status_word(a.status, state.lang))
        .collect();
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
            (true, _) => crate::tui::widgets::words::word(state.lang, "tui-overdue-flag"),
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
                    .map(|c| t!(state.lang, "tui-meeting-last-note", note = one_line(c)))
                    .unwrap_or_default()
            ),
            style,
        )));
    }
    // What this meeting already followed up stays in view, even when it closed.
    for (title, status) in d.followed_up.iter().rev().take(4) {
        out.push(Line::from(Span::styled(
            t!(
                state.lang,
                "tui-meeting-followed-up-now",
                title = title.as_str(),
                status = status.map_or_else(
                    || crate::tui::widgets::words::word(state.lang, "tui-unchanged"),
                    |s| s.label(state.lang)
                )
            ),
            t.dim,
        )));
    }
    out
}
