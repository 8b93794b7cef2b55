//! The week at a glance's lists: the särskilda events, the overdue actions per owner, the
//! police's events outside the lägesbild, the next meeting and the series — a line each on a
//! narrow screen, with their rows on a wide one.

use ratatui::text::{Line, Span};

use crate::domain::{Lang, Vocabulary};
use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::input::commands::MeetingCmd;
use crate::tui::screens::meeting::week_glance::{Escalated, WeekGlance};
use crate::tui::widgets::text::{cut, one_line};

/// One line each: särskilda events, overdue actions, police events outside the lägesbild, the
/// next meeting — the essentials that must show on the smallest screen.
pub(super) fn fact_lines(state: &State, g: &WeekGlance, width: usize) -> Vec<Line<'static>> {
    let t = &state.theme;
    let lang = state.lang;
    let mut out = Vec::new();
    let escalated = match g.escalated.first() {
        Some(first) => t!(
            lang,
            "glance-escalated-short",
            count = g.escalated.len(),
            first = escalated_text(state, first)
        ),
        None => t!(lang, "glance-escalated-none"),
    };
    out.push(line(
        &escalated,
        width,
        if g.escalated.is_empty() {
            t.normal
        } else {
            t.warn
        },
    ));
    let owners: Vec<String> = g
        .overdue
        .iter()
        .map(|o| format!("{} {}", owner_name(&o.owner, lang), o.count))
        .collect();
    let overdue = if owners.is_empty() {
        t!(lang, "glance-overdue-none")
    } else {
        t!(
            lang,
            "glance-overdue-short",
            count = g.overdue_count(),
            owners = owners.join(", ")
        )
    };
    out.push(line(
        &overdue,
        width,
        if owners.is_empty() { t.normal } else { t.warn },
    ));
    let police = if g.police_pending.is_empty() {
        t!(lang, "glance-police-none")
    } else {
        t!(lang, "glance-police-short", count = g.police_pending.len())
    };
    out.push(line(&police, width, t.normal));
    out.extend(next_meeting_lines(state, width));
    out
}

fn line(text: &str, width: usize, style: ratatui::style::Style) -> Line<'static> {
    Line::from(Span::styled(cut(text, width), style))
}

/// The right column of the wide dashboard: each part with its heading and as many lines as fit.
pub(super) fn side_lines(
    state: &State,
    g: &WeekGlance,
    width: usize,
    height: usize,
    with_recent: bool,
) -> Vec<Line<'static>> {
    let t = &state.theme;
    let lang = state.lang;
    let d = &state.meeting.data;
    // Next meeting first: it is short and always wanted.
    let mut out = vec![Line::from(Span::styled(
        t!(lang, "glance-next-title"),
        t.title,
    ))];
    out.extend(next_meeting_lines(state, width));
    out.push(Line::from(""));
    // The rest share the height left: the lists get what they need up to a fair share.
    let recent = if with_recent {
        d.recent.len().min(5)
    } else {
        0
    };
    let fixed = out.len() + 3 * 2 + if recent > 0 { recent + 2 } else { 0 };
    let share = height.saturating_sub(fixed) / 3;
    out.push(Line::from(Span::styled(
        t!(lang, "glance-escalated-title", count = g.escalated.len()),
        t.title,
    )));
    if g.escalated.is_empty() {
        out.push(line(&t!(lang, "glance-escalated-none"), width, t.dim));
    }
    for e in listed(&g.escalated, share) {
        out.push(line(
            &format!("‼ {}", escalated_text(state, e)),
            width,
            t.warn,
        ));
    }
    more(&mut out, state, g.escalated.len(), share);
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(
        t!(lang, "glance-overdue-title", count = g.overdue_count()),
        t.title,
    )));
    if g.overdue.is_empty() {
        out.push(line(&t!(lang, "glance-overdue-none"), width, t.dim));
    }
    for o in listed(&g.overdue, share) {
        let text = t!(
            lang,
            "glance-overdue-line",
            owner = owner_name(&o.owner, lang),
            count = o.count,
            date = o.oldest_due.map(|d| d.to_string()).unwrap_or_default()
        );
        out.push(line(&format!("⚠ {text}"), width, t.normal));
    }
    more(&mut out, state, g.overdue.len(), share);
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(
        t!(lang, "glance-police-title", count = g.police_pending.len()),
        t.title,
    )));
    if g.police_pending.is_empty() {
        out.push(line(&t!(lang, "glance-police-none"), width, t.dim));
    }
    for p in listed(&g.police_pending, share) {
        let text = format!(
            "{} {} · {}",
            p.day,
            p.type_label(lang),
            one_line(&p.summary)
        );
        out.push(line(&text, width, t.normal));
    }
    more(&mut out, state, g.police_pending.len(), share);
    if recent > 0 {
        out.push(Line::from(""));
        out.push(Line::from(Span::styled(
            t!(lang, "meeting-recent-heading"),
            t.title,
        )));
        for m in d.recent.iter().take(recent) {
            out.push(line(
                &format!(
                    "{} ({}) {} · {}",
                    m.date,
                    m.week().short_sv(),
                    m.group_name,
                    m.status.label(lang)
                ),
                width,
                t.normal,
            ));
        }
    }
    out
}

/// The first `share` items (one line is kept for "… and N more" when they do not all fit).
fn listed<T>(items: &[T], share: usize) -> &[T] {
    let n = if items.len() > share {
        share.saturating_sub(1)
    } else {
        items.len()
    };
    &items[..n]
}

fn more(out: &mut Vec<Line<'static>>, state: &State, total: usize, share: usize) {
    let shown = listed(&vec![(); total], share).len();
    if total > shown {
        out.push(Line::from(Span::styled(
            t!(state.lang, "glance-more", count = total - shown),
            state.theme.dim,
        )));
    }
}

/// The series and the next meeting: when, where, who chairs.
fn next_meeting_lines(state: &State, width: usize) -> Vec<Line<'static>> {
    let t = &state.theme;
    let lang = state.lang;
    let d = &state.meeting.data;
    let key = state.keymap.first_key(MeetingCmd::Series);
    let mut out = Vec::new();
    let next = d.next_meeting.as_ref().filter(|n| {
        d.meeting
            .as_ref()
            .is_none_or(|m| m.id != n.id && n.date >= m.date)
    });
    match next {
        Some(n) => out.push(line(
            &t!(
                lang,
                "glance-next",
                weekday = crate::i18n::dates::weekday(lang, n.date),
                date = n.date.to_string(),
                week = n.week().short_sv(),
                time = crate::i18n::dates::time_span(lang, n.start_time, n.end_time),
                room = n.location.as_str()
            ),
            width,
            t.normal,
        )),
        None => out.push(line(&t!(lang, "glance-next-none"), width, t.dim)),
    }
    match &d.series {
        Some(s) => {
            out.push(line(
                &t!(lang, "meeting-series-heading", name = s.group_name.as_str()),
                width,
                t.normal,
            ));
            out.push(line(
                &super::view_series::series_line(s, lang),
                width,
                t.dim,
            ));
        }
        None => out.push(line(
            &t!(lang, "meeting-series-missing", key = key),
            width,
            t.warn,
        )),
    }
    out
}

fn owner_name(owner: &str, lang: Lang) -> String {
    if owner.is_empty() {
        t!(lang, "glance-owner-missing")
    } else {
        owner.to_string()
    }
}

/// "2026-11-17 extraordinär händelse: Brand, Lindängsringen (Centrum)"
fn escalated_text(state: &State, e: &Escalated) -> String {
    let lang = state.lang;
    let refs = &state.refs;
    let kind = refs
        .event_types
        .iter()
        .find(|x| x.id == e.event_type_id)
        .map(|x| x.label(lang).to_string())
        .unwrap_or_default();
    let area = refs
        .areas
        .iter()
        .find(|a| a.id == e.area_id)
        .map(|a| a.name.clone())
        .unwrap_or_default();
    let place = e.place_id.map(|p| refs.place_name(p)).unwrap_or_default();
    let whereabouts = if place.is_empty() {
        area
    } else {
        format!("{place} ({area})")
    };
    format!(
        "{} {}: {kind}, {whereabouts}",
        e.occurred_on,
        e.severity.label(lang).to_lowercase()
    )
}
