//! Åtgärder: the list, and beside (or below) it the chain around the selected action.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::domain::Vocabulary;
use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::widgets::columns;
use crate::tui::widgets::text::{block, cut, filter_line, lines_of, one_line, sel, status_word};
use crate::tui::widgets::words::word;

pub fn actions(state: &State, frame: &mut Frame<'_>, area: Rect) {
    if state.actions.plan_view {
        crate::tui::screens::text::view::text(
            state,
            crate::tui::screens::Screen::Actions,
            frame,
            area,
        );
        return;
    }
    let a = &state.actions;
    let wide = area.width >= 120;
    let (list_area, detail_area) = if wide {
        // The detail wraps its text; the list's columns want the room.
        let [l, d] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(48)]).areas(area);
        (l, d)
    } else {
        let [l, d] = Layout::vertical([Constraint::Min(5), Constraint::Length(7)]).areas(area);
        (l, d)
    };
    let mut extra = Vec::new();
    if let Some(s) = a.filter.status {
        extra.push(t!(
            state.lang,
            "tui-actions-filter-status",
            status = s.label(state.lang)
        ));
    }
    if a.filter.overdue_only {
        extra.push(t!(state.lang, "tui-actions-filter-overdue"));
    }
    if a.filter.personal_data_only {
        extra.push(crate::i18n::t!(state.lang, "pii-filter-only"));
    }
    if a.filter.owner.is_some() {
        extra.push(t!(
            state.lang,
            "tui-actions-filter-owner",
            owner = state.refs.org_name(a.filter.owner)
        ));
    }
    if a.filter.plan_item.is_some() {
        extra.push(t!(state.lang, "tui-actions-filter-plan-item"));
    }
    let height = list_area.height.saturating_sub(3) as usize;
    let mut lines = vec![filter_line(state, &a.filter.text, &extra)];
    let rows: Vec<_> = a.list.visible(height).collect();
    // Columns sized from the visible rows: the status word, and where there is room the owner;
    // the title takes the rest (at least a third of the row) and is shown whole in the detail.
    let status: Vec<String> = rows
        .iter()
        .map(|(_, r)| status_word(r.status, state.lang))
        .collect();
    let owners: Vec<&str> = rows
        .iter()
        .map(|(_, r)| r.owner.as_deref().unwrap_or(""))
        .collect();
    let inner = list_area.width.saturating_sub(2) as usize;
    // The owner only where the title still has most of the row (the detail names it anyway).
    let with_owner = inner >= 100;
    let natural = [
        columns::natural(status.iter().map(String::as_str)),
        if with_owner {
            columns::natural(owners.iter().copied()).min(30)
        } else {
            0
        },
    ];
    let floor = [6, if with_owner { 8 } else { 0 }];
    // Fixed parts: the marker, the due date and the spaces between. The personal-data mark
    // goes before the title, which takes what is left.
    let fixed = 1 + 10 + 3;
    let pii_mark = format!("{} ", crate::i18n::t!(state.lang, "pii-list-mark"));
    let room = inner.saturating_sub(fixed + inner / 3);
    let widths = columns::fit(&natural, &floor, room);
    let overdue_flag = word(state.lang, "tui-overdue-flag");
    for (((i, r), status), owner) in rows.iter().zip(&status).zip(&owners) {
        let flag = if r.overdue { overdue_flag } else { "" };
        let pii = if r.personal_data.is_some() {
            pii_mark.as_str()
        } else {
            ""
        };
        let due = r
            .due_on
            .map(|d| d.to_string())
            .unwrap_or_else(|| "–".into());
        let style = if *i == a.list.cursor {
            state.theme.selected
        } else if r.overdue {
            state.theme.warn
        } else {
            state.theme.normal
        };
        let owner = if with_owner {
            format!("{} ", cut(owner, widths[1]))
        } else {
            String::new()
        };
        lines.push(Line::from(Span::styled(
            format!(
                "{}{} {due:<10} {owner}{pii}{flag}{}",
                sel(*i == a.list.cursor),
                cut(status, widths[0]),
                one_line(&r.title),
            ),
            style,
        )));
    }
    let title = t!(
        state.lang,
        "tui-actions-title",
        at = if a.list.total == 0 {
            0
        } else {
            a.list.cursor + 1
        },
        total = a.list.total
    );
    frame.render_widget(Paragraph::new(lines).block(block(title, state)), list_area);
    frame.render_widget(
        Paragraph::new(action_detail(state))
            .wrap(Wrap { trim: true })
            .block(block(t!(state.lang, "tui-actions-detail-title"), state)),
        detail_area,
    );
}

fn action_detail(state: &State) -> Vec<Line<'static>> {
    let d = &state.actions.detail;
    let t = &state.theme;
    let Some(a) = &d.action else {
        return vec![Line::from(t!(state.lang, "tui-actions-none-selected"))];
    };
    let mut out = vec![
        Line::from(Span::styled(a.title.clone(), t.title)),
        Line::from(t!(
            state.lang,
            "tui-actions-detail-line",
            status = status_word(a.status, state.lang),
            owner = state.refs.org_name(a.responsible_org_id),
            function = if a.responsible_function.is_empty() {
                String::new()
            } else {
                format!(" ({})", a.responsible_function)
            },
            start = a.start_on.map_or("–".into(), |d| d.to_string()),
            due = a
                .due_week
                .map(|w| format!(
                    "{} ({})",
                    w.short_sv(),
                    a.due_on.map(|d| d.to_string()).unwrap_or_default()
                ))
                .or(a.due_on.map(|d| d.to_string()))
                .unwrap_or_else(|| "–".into())
        )),
    ];
    if !a.description.is_empty() {
        out.extend(lines_of(&a.description));
    }
    if let Some(p) = &d.problem {
        out.push(Line::from(format!("Problem: {p}")));
    }
    for c in &d.causes {
        out.push(Line::from(t!(
            state.lang,
            "tui-actions-cause",
            cause = c.as_str()
        )));
    }
    if let Some(i) = &d.plan_item {
        out.push(Line::from(t!(
            state.lang,
            "tui-actions-plan-item",
            item = i.as_str(),
            count = d.other_actions_in_chain
        )));
    }
    if let Some(g) = &d.goal {
        out.push(Line::from(t!(
            state.lang,
            "tui-actions-goal",
            goal = g.as_str()
        )));
    }
    for i in &d.indicators {
        out.push(Line::from(t!(
            state.lang,
            "tui-actions-indicator",
            indicator = i.as_str()
        )));
    }
    out.push(Line::from(Span::styled(
        t!(
            state.lang,
            "tui-actions-follow-ups",
            count = d.follow_ups.len()
        ),
        t.title,
    )));
    for f in d.follow_ups.iter().rev() {
        // The note's later lines under its first, indented.
        let mut note = f.comment.lines();
        out.push(Line::from(format!(
            "{} {} {}",
            f.date,
            f.status_after.map(|s| s.label(state.lang)).unwrap_or(""),
            note.next().unwrap_or_default()
        )));
        out.extend(note.map(|l| Line::from(format!("    {l}"))));
    }
    out
}
