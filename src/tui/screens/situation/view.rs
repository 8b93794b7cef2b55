//! The list screens: only the visible rows of the loaded window are drawn.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::domain::{Severity, Vocabulary};
use crate::i18n::t;
use crate::store::queries::observations::ObservationRow;
use crate::tui::app::state::State;
use crate::tui::widgets::columns;
use crate::tui::widgets::text::block;
use crate::tui::widgets::text::{cut, filter_line, lines_of, one_line, sel};

pub fn observations(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let o = &state.observations;
    if o.show_overview {
        return overview(state, frame, area);
    }
    if o.police.show {
        return crate::tui::screens::situation::police_view::police(state, frame, area);
    }
    // The detail shows the selected row whole: what the columns had to cut.
    let detail_height = if area.height < 30 { 6 } else { 8 };
    let [list_area, detail_area] =
        Layout::vertical([Constraint::Min(5), Constraint::Length(detail_height)]).areas(area);
    let mut extra = Vec::new();
    if o.filter.review_queue {
        extra.push(t!(state.lang, "tui-situation-filter-review"));
    }
    if o.filter.escalated_only {
        extra.push(t!(state.lang, "tui-situation-filter-escalated"));
    }
    if o.filter.deleted {
        extra.push(crate::i18n::t!(state.lang, "deleted-view-filter"));
    }
    if o.filter.personal_data_only {
        extra.push(crate::i18n::t!(state.lang, "pii-filter-only"));
    }
    if let Some(a) = o.filter.area {
        let name = state
            .refs
            .areas
            .iter()
            .find(|x| x.id == a)
            .map(|x| x.name.clone());
        extra.push(t!(
            state.lang,
            "tui-situation-filter-area",
            area = name.unwrap_or_default()
        ));
    }
    if let Some(w) = o.filter.week {
        extra.push(w.short_sv());
    }
    let height = list_area.height.saturating_sub(3) as usize;
    let wide = area.width >= 120;
    let mut lines = vec![filter_line(state, &o.filter.text, &extra)];
    let rows: Vec<_> = o.list.visible(height).collect();
    // Columns sized from the visible rows; the description keeps at least a third of the row.
    let cols: Vec<fn(&ObservationRow) -> &str> = if wide {
        vec![
            |r| r.area.as_str(),
            |r| r.place.as_deref().unwrap_or(""),
            |r| r.event_type.as_str(),
            |r| r.organisation.as_str(),
        ]
    } else {
        vec![|r| r.area.as_str(), |r| r.event_type.as_str()]
    };
    let natural: Vec<usize> = cols
        .iter()
        .map(|c| columns::natural(rows.iter().map(|(_, r)| c(r))).min(30))
        .collect();
    let floor = vec![8; cols.len()];
    // Fixed parts: marker, severity, date, review and the spaces between. The personal-data
    // mark goes before the description, which takes what is left.
    let fixed = 1 + 2 + 1 + 10 + 1 + cols.len() + 3;
    let pii_mark = format!("{} ", crate::i18n::t!(state.lang, "pii-list-mark"));
    let inner = list_area.width.saturating_sub(2) as usize;
    let room = inner.saturating_sub(fixed + inner / 3);
    let widths = columns::fit(&natural, &floor, room);
    for (i, r) in rows {
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
        let mut text = format!("{}{mark} {} ", sel(i == o.list.cursor), r.occurred_on);
        for (c, w) in cols.iter().zip(&widths) {
            text.push_str(&cut(c(r), *w));
            text.push(' ');
        }
        let flag = if r.personal_data.is_some() {
            pii_mark.as_str()
        } else {
            ""
        };
        text.push_str(&format!("{review} {flag}{}", one_line(&r.description)));
        let style = if i == o.list.cursor {
            state.theme.selected
        } else if r.severity > Severity::Storning {
            state.theme.warn
        } else {
            state.theme.normal
        };
        lines.push(Line::from(Span::styled(text, style)));
    }
    let title = t!(
        state.lang,
        "tui-situation-title",
        at = if o.list.total == 0 {
            0
        } else {
            o.list.cursor + 1
        },
        total = o.list.total,
        more = if o.more { "+" } else { "" }
    );
    frame.render_widget(Paragraph::new(lines).block(block(title, state)), list_area);
    let detail: Vec<Line> = match o.list.selected() {
        Some(r) => {
            let place = r
                .place
                .as_deref()
                .map(|p| format!(" · {p}"))
                .unwrap_or_default();
            // Where and what first, then the description: what the list cuts.
            let from = crate::sheets::template_source(r.source, &r.organisation, state.lang)
                .unwrap_or_else(|| r.organisation.clone());
            let mut d = vec![Line::from(format!(
                "{}{place} · {} · {from}",
                r.area, r.event_type
            ))];
            // Every line of the description, as it was written.
            d.extend(lines_of(&r.description));
            // What the personal-data check finds (also in what a partner's bundle brought).
            if let Some(found) = &r.personal_data {
                d.push(Line::from(Span::styled(
                    crate::i18n::t!(state.lang, "pii-review-flag", found = found.as_str()),
                    state.theme.warn,
                )));
            }
            d.extend([Line::from(format!(
                "{} {} {} · {} · {} · {} · {}",
                r.occurred_on,
                r.week,
                r.time_from
                    .clone()
                    .or(r.day_period.clone())
                    .unwrap_or_default(),
                r.severity.label(state.lang),
                r.grade.label(state.lang),
                r.review_status.label(state.lang),
                r.classification.label(state.lang)
            ))]);
            if let Some((_, original)) = o.originals.iter().find(|(id, _)| *id == r.id) {
                d.push(Line::from(original.said(state.lang)));
            }
            if let Some(path) = r.severity.escalation_path(state.lang) {
                d.push(Line::from(Span::styled(
                    t!(state.lang, "tui-situation-escalation", path = path),
                    state.theme.warn,
                )));
            }
            d
        }
        None => vec![Line::from(t!(state.lang, "tui-situation-none-match"))],
    };
    frame.render_widget(
        Paragraph::new(detail)
            .wrap(Wrap { trim: true })
            .block(block(t!(state.lang, "tui-selected"), state)),
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
    let mut head = format!("{:<22}", t!(state.lang, "tui-column-area"));
    for w in o.weeks.iter().skip(skip) {
        head.push_str(&format!("{:>6}", w.short_sv()));
    }
    head.push_str(&t!(state.lang, "tui-situation-overview-level"));
    let mut lines = vec![Line::from(Span::styled(head, t.title))];
    for r in &o.rows {
        let mut s = cut(&r.area, 22);
        for c in r.counts.iter().skip(skip) {
            s.push_str(&format!("{c:>6}"));
        }
        let level = r.level.map_or("–", |l| l.label(state.lang));
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
        Paragraph::new(lines).block(block(t!(state.lang, "tui-situation-overview-title"), state)),
        area,
    );
}
