//! What the Möte screen shows of the series and the agenda's §§.

use ratatui::text::{Line, Span};

use crate::domain::{Lang, Vocabulary};
use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::input::commands::MeetingCmd;
use crate::tui::screens::meeting::view::window;
use crate::tui::widgets::text::{one_line, row_style, sel};

/// A function not given yet reads "–".
fn or_dash(s: &str) -> &str {
    if s.trim().is_empty() { "–" } else { s }
}

/// "torsdag kl. 09.00–10.30, Stadshuset · ordförande trygghetssamordnare · …"
pub(super) fn series_line(s: &crate::domain::MeetingSeries, lang: Lang) -> String {
    t!(
        lang,
        "meeting-series-line",
        weekday = s.weekday.label(lang),
        time = crate::i18n::dates::time_span(lang, s.start_time, s.end_time),
        room = s.location.as_str(),
        chair = or_dash(&s.chair),
        notes = or_dash(&s.note_taker),
        agenda = s.agenda.len()
    )
}

/// The agenda step: the §§ in order, kind and area, the decision when there is one.
pub fn agenda_lines(state: &State, height: usize) -> Vec<Line<'static>> {
    let t = &state.theme;
    let lang = state.lang;
    let d = &state.meeting.data;
    let key = |c: MeetingCmd| state.keymap.first_key(c);
    let mut out = vec![Line::from(Span::styled(
        t!(
            lang,
            "meeting-agenda-hint",
            count = d.agenda.len(),
            new = key(MeetingCmd::New),
            edit = key(MeetingCmd::Edit),
            remove = key(MeetingCmd::Remove),
            up = key(MeetingCmd::MoveUp),
            down = key(MeetingCmd::MoveDown)
        ),
        t.dim,
    ))];
    let cursor = state.meeting.cursor;
    let (start, rows) = window(&d.agenda, cursor, height.saturating_sub(1));
    for (i, item) in rows.iter().enumerate() {
        let area = item
            .area_id
            .and_then(|a| state.refs.areas.iter().find(|x| x.id == a))
            .map(|a| format!(" · {}", a.name))
            .unwrap_or_default();
        let decision = item
            .decision
            .as_deref()
            .map(|d| {
                format!(
                    " · {}",
                    t!(lang, "meeting-agenda-decision", text = one_line(d))
                )
            })
            .unwrap_or_default();
        // The kind where the title does not already say it.
        let kind = item.kind.label(lang);
        let kind = if item.title.to_lowercase() == kind.to_lowercase() {
            String::new()
        } else {
            format!(" ({})", kind.to_lowercase())
        };
        out.push(Line::from(Span::styled(
            format!(
                "{}§ {} {}{kind}{area}{decision}",
                sel(start + i == cursor),
                item.number,
                item.title,
            ),
            row_style(state, start + i == cursor),
        )));
    }
    out
}
