//! The Lägesbild screen's police view: the week's events from the police's open data for the
//! own municipality, each with type, time, place, summary and whether it is already promoted.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::store::queries::police_events::PoliceEventRow;
use crate::tui::app::state::State;
use crate::tui::widgets::text::block;
use crate::tui::widgets::text::cut;
use crate::tui::widgets::text::sel;

/// "2026-11-17 21:30": the incident's time, else when it was published (local time).
fn when(r: &PoliceEventRow) -> String {
    match r.incident_at {
        Some(t) => t.format("%Y-%m-%d %H:%M").to_string(),
        None => r
            .published_at
            .with_timezone(&chrono::Local)
            .format("%Y-%m-%d %H:%M")
            .to_string(),
    }
}

fn promoted(r: &PoliceEventRow) -> &'static str {
    if r.is_promoted() { "✓ förd" } else { "–" }
}

pub fn police(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let p = &state.observations.police;
    let [list_area, detail_area] =
        Layout::vertical([Constraint::Min(5), Constraint::Length(6)]).areas(area);
    let wide = area.width >= 120;
    let height = list_area.height.saturating_sub(3) as usize;
    let t = &state.theme;
    let mut lines = vec![Line::from(vec![
        Span::styled("Källa: ", t.dim),
        Span::styled(PoliceEventRow::source_label_sv(), t.warn),
        Span::styled(
            "  ·  p tillbaka till iakttagelserna  ·  a för in vald i lägesbilden",
            t.dim,
        ),
    ])];
    let start = p.cursor.saturating_sub(height.saturating_sub(1));
    for (i, r) in p.rows.iter().enumerate().skip(start).take(height) {
        let selected = i == p.cursor;
        let text = if wide {
            format!(
                "{} {} {} {} {} {}",
                sel(selected),
                when(r),
                cut(&r.type_label(state.lang), 28),
                cut(&r.municipality, 18),
                cut(promoted(r), 7),
                r.summary
            )
        } else {
            format!(
                "{} {} {} {} {}",
                sel(selected),
                when(r).get(5..).unwrap_or_default(),
                cut(&r.type_label(state.lang), 22),
                cut(promoted(r), 7),
                r.summary
            )
        };
        let style = if selected {
            t.selected
        } else if r.event_type_id.is_none() {
            t.warn
        } else {
            t.normal
        };
        lines.push(Line::from(Span::styled(text, style)));
    }
    if p.rows.is_empty() {
        lines.push(Line::from(Span::styled(
            "Inga polishändelser för kommunen den här veckan. Läs in flödet med lagesbild polisen fetch eller import.",
            t.dim,
        )));
    }
    let week = p.week.map(|w| w.short_sv()).unwrap_or_default();
    let municipality = state.refs.municipality.clone().unwrap_or_default();
    let title = format!(
        "Polisens händelser · {week} · {municipality} · {} av {}",
        if p.rows.is_empty() { 0 } else { p.cursor + 1 },
        p.rows.len()
    );
    frame.render_widget(Paragraph::new(lines).block(block(title, state)), list_area);
    let detail: Vec<Line> = match p.selected() {
        Some(r) => vec![
            Line::from(format!(
                "{} · {} · {}",
                r.type_label(state.lang),
                when(r),
                r.municipality
            )),
            Line::from(Span::styled(
                if r.is_promoted() {
                    "✓ Förd till lägesbilden som iakttagelse."
                } else {
                    "Inte förd till lägesbilden: a för in den på en plats eller ett område."
                },
                if r.is_promoted() { t.dim } else { t.warn },
            )),
            Line::from(r.summary.clone()),
        ],
        None => vec![Line::from("Ingen händelse vald.")],
    };
    let title = match p.selected() {
        Some(r) => format!(
            "Vald · polisens id {} · källa: {}",
            r.police_id,
            PoliceEventRow::source_label_sv()
        ),
        None => format!("Vald · källa: {}", PoliceEventRow::source_label_sv()),
    };
    frame.render_widget(
        Paragraph::new(detail)
            .wrap(Wrap { trim: true })
            .block(block(title, state)),
        detail_area,
    );
}
