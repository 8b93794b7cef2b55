//! The list screens: only the visible rows of the loaded window are drawn.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::render::{block, row_style};
use super::render_meeting::{sel, status_word};
use super::state::{Screen, State};
use crate::domain::{Severity, Vocabulary};

pub fn cut(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    let len = out.chars().count();
    out.extend(std::iter::repeat_n(' ', n - len));
    out
}

fn filter_line(state: &State, text: &str, extra: &[String]) -> Line<'static> {
    let t = &state.theme;
    let mut spans = vec![Span::styled("Filter: ", t.dim)];
    let cursor = if state.filter_editing { "▏" } else { "" };
    spans.push(Span::styled(format!("{text}{cursor}"), t.normal));
    for e in extra {
        spans.push(Span::styled(format!("  [{e}]"), t.warn));
    }
    Line::from(spans)
}

pub fn observations(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let o = &state.observations;
    if o.show_overview {
        return overview(state, frame, area);
    }
    if o.police.show {
        return super::render_police::police(state, frame, area);
    }
    let [list_area, detail_area] =
        Layout::vertical([Constraint::Min(5), Constraint::Length(4)]).areas(area);
    let mut extra = Vec::new();
    if o.filter.review_queue {
        extra.push("granskningskö: nya".to_string());
    }
    if o.filter.escalated_only {
        extra.push("bara särskilda/extraordinära".to_string());
    }
    if let Some(a) = o.filter.area {
        let name = state
            .refs
            .areas
            .iter()
            .find(|x| x.id == a)
            .map(|x| x.name.clone());
        extra.push(format!("område: {}", name.unwrap_or_default()));
    }
    if let Some(w) = o.filter.week {
        extra.push(w.short_sv());
    }
    let height = list_area.height.saturating_sub(3) as usize;
    let wide = area.width >= 120;
    let mut lines = vec![filter_line(state, &o.filter.text, &extra)];
    for (i, r) in o.list.visible(height) {
        let mark = match r.severity {
            Severity::Storning => "  ",
            Severity::SarskildHandelse => "‼ ",
            Severity::ExtraordinarHandelse => "‼‼",
        };
        let review = match r.review_status {
            crate::domain::ReviewStatus::Ny => "ny",
            crate::domain::ReviewStatus::Granskad => "gr",
            crate::domain::ReviewStatus::Dubblett => "du",
            _ => "  ",
        };
        let text = if wide {
            format!(
                "{}{mark} {} {} {} {} {} {review} {}",
                sel(i == o.list.cursor),
                r.occurred_on,
                cut(&r.area, 16),
                cut(r.place.as_deref().unwrap_or(""), 16),
                cut(&r.event_type, 18),
                cut(&r.organisation, 14),
                r.description
            )
        } else {
            format!(
                "{}{mark} {} {} {} {review} {}",
                sel(i == o.list.cursor),
                r.occurred_on,
                cut(&r.area, 12),
                cut(&r.event_type, 14),
                r.description
            )
        };
        let style = if i == o.list.cursor {
            state.theme.selected
        } else if r.severity > Severity::Storning {
            state.theme.warn
        } else {
            state.theme.normal
        };
        lines.push(Line::from(Span::styled(text, style)));
    }
    let title = format!(
        "Iakttagelser · {} av {}{}",
        if o.list.total == 0 {
            0
        } else {
            o.list.cursor + 1
        },
        o.list.total,
        if o.more { "+" } else { "" }
    );
    frame.render_widget(Paragraph::new(lines).block(block(title, state)), list_area);
    let detail: Vec<Line> = match o.list.selected() {
        Some(r) => {
            let mut d = vec![Line::from(format!(
                "{} {} · {} · {} · {} · {} · {}",
                r.week,
                r.time_from
                    .clone()
                    .or(r.day_period.clone())
                    .unwrap_or_default(),
                r.place.clone().unwrap_or_else(|| r.area.clone()),
                r.severity.label_sv(),
                r.grade.label_sv(),
                r.review_status.label_sv(),
                r.classification.label_sv()
            ))];
            if let Some(path) = r.severity.escalation_path_sv() {
                d.push(Line::from(Span::styled(
                    format!("‼ Eskalering: {path}"),
                    state.theme.warn,
                )));
            }
            d
        }
        None => vec![Line::from(
            "Inga iakttagelser matchar. c rensar filtren, n lägger till en.",
        )],
    };
    frame.render_widget(
        Paragraph::new(detail)
            .wrap(Wrap { trim: true })
            .block(block("Vald", state)),
        detail_area,
    );
}

/// How many week columns (6 wide) fit beside the area names (22) and the level (26).
fn overview_weeks_that_fit(width: u16, loaded: usize) -> usize {
    let room = (width as usize).saturating_sub(2 + 22 + 26);
    (room / 6).clamp(1, loaded.max(1))
}

fn overview(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let o = &state.observations.overview;
    let t = &state.theme;
    // The latest weeks, as many as fit.
    let skip = o
        .weeks
        .len()
        .saturating_sub(overview_weeks_that_fit(area.width, o.weeks.len()));
    let mut head = format!("{:<22}", "Område");
    for w in o.weeks.iter().skip(skip) {
        head.push_str(&format!("{:>6}", w.short_sv()));
    }
    head.push_str("  Läge (senaste lägesbild)");
    let mut lines = vec![Line::from(Span::styled(head, t.title))];
    for r in &o.rows {
        let mut s = cut(&r.area, 22);
        for c in r.counts.iter().skip(skip) {
            s.push_str(&format!("{c:>6}"));
        }
        let level = r.level.map_or("–", |l| l.label_sv());
        let trend = r.trend.map_or("", |t| t.arrow());
        s.push_str(&format!("  {trend} {level}"));
        let style = if r.level == Some(crate::domain::AreaLevel::Allvarligt) {
            t.warn
        } else {
            t.normal
        };
        lines.push(Line::from(Span::styled(s, style)));
    }
    frame.render_widget(
        Paragraph::new(lines).block(block(
            "Översikt: område × vecka (antal iakttagelser)",
            state,
        )),
        area,
    );
}

pub fn actions(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let a = &state.actions;
    let wide = area.width >= 120;
    let (list_area, detail_area) = if wide {
        let [l, d] = Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)])
            .areas(area);
        (l, d)
    } else {
        let [l, d] = Layout::vertical([Constraint::Min(5), Constraint::Length(7)]).areas(area);
        (l, d)
    };
    let mut extra = Vec::new();
    if let Some(s) = a.filter.status {
        extra.push(format!("status: {}", s.label_sv()));
    }
    if a.filter.overdue_only {
        extra.push("bara försenade".into());
    }
    if a.filter.owner.is_some() {
        extra.push(format!("ansvarig: {}", state.refs.org_name(a.filter.owner)));
    }
    if a.filter.plan_item.is_some() {
        extra.push("samma planpunkt".into());
    }
    let height = list_area.height.saturating_sub(3) as usize;
    let mut lines = vec![filter_line(state, &a.filter.text, &extra)];
    for (i, r) in a.list.visible(height) {
        let flag = if r.overdue { "⚠ FÖRSENAD " } else { "" };
        let due = r
            .due_on
            .map(|d| d.to_string())
            .unwrap_or_else(|| "–".into());
        let style = if i == a.list.cursor {
            state.theme.selected
        } else if r.overdue {
            state.theme.warn
        } else {
            state.theme.normal
        };
        lines.push(Line::from(Span::styled(
            format!(
                "{}{} {due:<10} {flag}{} · {}",
                sel(i == a.list.cursor),
                cut(&status_word(r.status), 12),
                r.title,
                r.owner.clone().unwrap_or_default()
            ),
            style,
        )));
    }
    let title = format!(
        "Åtgärder · {} av {}",
        if a.list.total == 0 {
            0
        } else {
            a.list.cursor + 1
        },
        a.list.total
    );
    frame.render_widget(Paragraph::new(lines).block(block(title, state)), list_area);
    frame.render_widget(
        Paragraph::new(action_detail(state))
            .wrap(Wrap { trim: true })
            .block(block("Åtgärd och kedja", state)),
        detail_area,
    );
}

fn action_detail(state: &State) -> Vec<Line<'static>> {
    let d = &state.actions.detail;
    let t = &state.theme;
    let Some(a) = &d.action else {
        return vec![Line::from("Ingen åtgärd vald.")];
    };
    let mut out = vec![
        Line::from(Span::styled(a.title.clone(), t.title)),
        Line::from(format!(
            "{} · ansvarig: {}{} · start {} · klart senast {}",
            status_word(a.status),
            state.refs.org_name(a.responsible_org_id),
            if a.responsible_function.is_empty() {
                String::new()
            } else {
                format!(" ({})", a.responsible_function)
            },
            a.start_on.map_or("–".into(), |d| d.to_string()),
            a.due_week
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
        out.push(Line::from(a.description.clone()));
    }
    if let Some(p) = &d.problem {
        out.push(Line::from(format!("Problem: {p}")));
    }
    for c in &d.causes {
        out.push(Line::from(format!("  Orsak: {c}")));
    }
    if let Some(i) = &d.plan_item {
        out.push(Line::from(format!(
            "Planpunkt: {i} (+{} åtgärder, c visar dem)",
            d.other_actions_in_chain
        )));
    }
    if let Some(g) = &d.goal {
        out.push(Line::from(format!("Mål: {g}")));
    }
    for i in &d.indicators {
        out.push(Line::from(format!("  Indikator: {i}")));
    }
    out.push(Line::from(Span::styled(
        format!("Uppföljningar ({})", d.follow_ups.len()),
        t.title,
    )));
    for f in d.follow_ups.iter().rev() {
        out.push(Line::from(format!(
            "{} {} {}",
            f.date,
            f.status_after.map(|s| s.label_sv()).unwrap_or(""),
            f.comment
        )));
    }
    out
}

pub fn text(state: &State, screen: Screen, frame: &mut Frame<'_>, area: Rect) {
    let ts = match screen {
        Screen::Agreement => &state.agreement,
        Screen::Prevention => &state.prevention,
        _ => &state.places,
    };
    let visible = ts.visible();
    let height = area.height.saturating_sub(3) as usize;
    let start = ts.cursor.saturating_sub(height.saturating_sub(1));
    let mut lines = vec![filter_line(state, &ts.filter, &[])];
    for (i, l) in visible.iter().enumerate().skip(start).take(height) {
        let style = if i == ts.cursor {
            state.theme.selected
        } else if l.warn {
            state.theme.warn
        } else if l.strong {
            state.theme.title
        } else {
            row_style(state, false)
        };
        lines.push(Line::from(Span::styled(
            format!("{}{}", sel(i == ts.cursor), l.text),
            style,
        )));
    }
    let title = match screen {
        Screen::Agreement => "Samverkansöverenskommelse och medborgarlöften",
        Screen::Prevention => "Förebyggande arbete",
        _ => "Platssamverkan: projekt, besiktningar och iakttagelser",
    };
    frame.render_widget(Paragraph::new(lines).block(block(title, state)), area);
}
