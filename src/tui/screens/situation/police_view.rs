//! The Lägesbild screen's police view: the week's events from the police's open data for the
//! own municipality, each with type, time, place, summary and whether it is already promoted.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::i18n::t;
use crate::store::queries::police_events::PoliceEventRow;
use crate::tui::app::state::State;
use crate::tui::input::commands::ObservationsCmd;
use crate::tui::widgets::columns;
use crate::tui::widgets::text::block;
use crate::tui::widgets::text::cut;
use crate::tui::widgets::text::sel;

/// "2026-11-17 21:30": the incident's time, else when it was published (local time).
fn when(r: &PoliceEventRow) -> String {
    match r.incident_at {
        Some(t) => t.format("%Y-%m-%d %H:%M").to_string(),
        None => crate::domain::swedish_time::from_utc(&r.published_at)
            .format("%Y-%m-%d %H:%M")
            .to_string(),
    }
}

fn promoted(r: &PoliceEventRow, lang: crate::domain::Lang) -> &'static str {
    if r.is_promoted() {
        crate::tui::widgets::words::word(lang, "tui-police-promoted-mark")
    } else {
        "–"
    }
}

pub fn police(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let p = &state.observations.police;
    let [list_area, detail_area] =
        Layout::vertical([Constraint::Min(5), Constraint::Length(6)]).areas(area);
    let wide = area.width >= 120;
    let height = list_area.height.saturating_sub(3) as usize;
    let t = &state.theme;
    let km = &state.keymap;
    let source_label = crate::domain::Vocabulary::label(
        crate::domain::ObservationSource::PolisensOppnaData,
        state.lang,
    );
    let mut source = vec![
        Span::styled(t!(state.lang, "tui-police-source"), t.dim),
        Span::styled(source_label, t.warn),
    ];
    // The keys are in the key bar too; where there is room the line says them in words.
    if wide {
        source.push(Span::styled(
            t!(
                state.lang,
                "tui-police-keys",
                back = km.first_key(ObservationsCmd::Police),
                promote = km.first_key(ObservationsCmd::Promote),
                fetch = km.first_key(ObservationsCmd::FetchPolice)
            ),
            t.dim,
        ));
    }
    let mut lines = vec![Line::from(source)];
    let start = p.cursor.saturating_sub(height.saturating_sub(1));
    let rows: Vec<(usize, &PoliceEventRow)> =
        p.rows.iter().enumerate().skip(start).take(height).collect();
    // Columns sized from the visible rows (type, municipality where wide, promoted); the
    // summary takes the rest, at least a third, and the detail shows it whole.
    let types: Vec<String> = rows.iter().map(|(_, r)| r.type_label(state.lang)).collect();
    let natural = [
        columns::natural(types.iter().map(String::as_str)).min(40),
        if wide {
            columns::natural(rows.iter().map(|(_, r)| r.municipality.as_str())).min(20)
        } else {
            0
        },
        columns::natural(rows.iter().map(|(_, r)| promoted(r, state.lang))),
    ];
    let floor = [10, if wide { 6 } else { 0 }, 1];
    let inner = list_area.width.saturating_sub(2) as usize;
    // Fixed parts: the marker, the time and the spaces between.
    let time_width = if wide { 16 } else { 11 };
    let fixed = 2 + time_width + 4;
    let room = inner.saturating_sub(fixed + inner / 3);
    let widths = columns::fit(&natural, &floor, room);
    for ((i, r), kind) in rows.iter().zip(&types) {
        let selected = *i == p.cursor;
        let time = if wide {
            when(r)
        } else {
            when(r).get(5..).unwrap_or_default().to_string()
        };
        let municipality = if wide {
            format!("{} ", cut(&r.municipality, widths[1]))
        } else {
            String::new()
        };
        let text = format!(
            "{} {time} {} {municipality}{} {}",
            sel(selected),
            cut(kind, widths[0]),
            cut(promoted(r, state.lang), widths[2]),
            r.summary
        );
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
            t!(
                state.lang,
                "tui-police-none",
                fetch = km.first_key(ObservationsCmd::FetchPolice)
            ),
            t.dim,
        )));
    }
    let week = p.week.map(|w| w.short_sv()).unwrap_or_default();
    let municipality = state.refs.municipality.clone().unwrap_or_default();
    let title = t!(
        state.lang,
        "tui-police-title",
        week = week,
        municipality = municipality,
        at = if p.rows.is_empty() { 0 } else { p.cursor + 1 },
        total = p.rows.len()
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
                    t!(state.lang, "tui-police-promoted")
                } else {
                    t!(
                        state.lang,
                        "tui-police-not-promoted",
                        promote = state.keymap.first_key(ObservationsCmd::Promote)
                    )
                },
                if r.is_promoted() { t.dim } else { t.warn },
            )),
            Line::from(r.summary.clone()),
        ],
        None => vec![Line::from(t!(state.lang, "tui-police-none-selected"))],
    };
    let title = match p.selected() {
        Some(r) => t!(
            state.lang,
            "tui-police-selected-id",
            id = r.police_id.to_string(),
            source = source_label
        ),
        None => t!(state.lang, "tui-police-selected", source = source_label),
    };
    frame.render_widget(
        Paragraph::new(detail)
            .wrap(Wrap { trim: true })
            .block(block(title, state)),
        detail_area,
    );
}
