//! `h`: the history of the selected record, as people read it — when (local time), who (the
//! function and its organisation or partner), what (fields by label, values by label or name),
//! read from the op log (`services::history`). One entry point for every screen:
//! [`show`] with the record's kind and id; [`selected`] says what `h` means on each screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::domain::{EntityKind, Id, Vocabulary};
use crate::i18n::t;
use crate::services::history::ReadableHistory;
use crate::tui::app::effects::Effect;
use crate::tui::app::state::{Overlay, State};
use crate::tui::input::commands::{Command, HelpCmd, Mode};
use crate::tui::input::keymap::Key;
use crate::tui::screens::Screen;
use crate::tui::widgets::text::block;

/// The history overlay: the record's history and how far it is scrolled.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryOverlay {
    pub history: ReadableHistory,
    pub scroll: usize,
}

/// Asks for the history of a record: any screen calls this with the record it shows.
pub fn show(state: &mut State, kind: EntityKind, id: Id) -> Vec<Effect> {
    vec![Effect::History {
        kind,
        id,
        lang: state.lang,
    }]
}

/// The record `h` means on the current screen: the selected row, or on Möte what the step
/// shows. `None` where the screen has none (yet).
pub fn selected(state: &State) -> Option<(EntityKind, Id)> {
    use crate::tui::screens::meeting::state::Step;
    match state.screen {
        Screen::Meeting => {
            let d = &state.meeting.data;
            let cursor = state.meeting.cursor;
            // Without a meeting in progress: the planned one, else the latest (a cancelled
            // one too: its history says when it was called off).
            let Some(m) = &d.meeting else {
                return d
                    .next_meeting
                    .as_ref()
                    .or(d.recent.first())
                    .map(|m| (EntityKind::Meeting, m.id));
            };
            let row = match state.meeting.step {
                Step::Agenda => d.agenda.get(cursor).map(|i| (EntityKind::AgendaItem, i.id)),
                Step::FollowUp => d
                    .open_actions
                    .get(cursor)
                    .map(|a| (EntityKind::Action, a.id)),
                Step::Decisions => d.decided.get(cursor).map(|a| (EntityKind::Action, a.id)),
                Step::Events => d.events.get(cursor).map(|e| (EntityKind::AgendaItem, e.id)),
                Step::Areas => d.areas.get(cursor).map(|l| match &l.assessment {
                    Some(a) => (EntityKind::AreaAssessment, a.id),
                    None => (EntityKind::Area, l.area.id),
                }),
                Step::Attendance => state.refs.organisations.get(cursor).map(|o| {
                    match d.attendance.iter().find(|a| a.organisation_id == o.id) {
                        Some(a) => (EntityKind::Attendance, a.id),
                        None => (EntityKind::Organisation, o.id),
                    }
                }),
                Step::NextMeeting | Step::Close => None,
            };
            row.or(Some((EntityKind::Meeting, m.id)))
        }
        Screen::Observations if !state.observations.police.show => state
            .observations
            .list
            .selected()
            .map(|r| (EntityKind::Observation, r.id)),
        Screen::Register => state
            .register
            .selected()
            .map(|r| (state.register.section.kind(), r.id)),
        Screen::Actions if state.actions.plan_view => {
            state.actions.plan.selected().map(|r| (r.kind, r.id))
        }
        Screen::Actions => state
            .actions
            .list
            .selected()
            .map(|r| (EntityKind::Action, r.id)),
        Screen::Agreement => state.agreement.selected().map(|r| (r.kind, r.id)),
        Screen::Prevention => state.prevention.selected().map(|r| (r.kind, r.id)),
        Screen::Places => state.places.selected().map(|r| (r.kind, r.id)),
        Screen::Analysis => crate::tui::screens::analysis::update::history_subject(state),
        _ => None,
    }
}

/// `h`: the selected record's history, or why there is none to show.
pub fn open(state: &mut State) -> Vec<Effect> {
    match selected(state) {
        Some((kind, id)) => show(state, kind, id),
        None => {
            state.error(t!(state.lang, "history-nothing-selected"));
            Vec::new()
        }
    }
}

/// The history read: shown over the screen.
pub fn loaded(state: &mut State, history: ReadableHistory) {
    state.overlay = Some(Overlay::History(Box::new(HistoryOverlay {
        history,
        scroll: 0,
    })));
}

/// Scrolling keys (the help's), and anything that closes it: Esc, `h` again.
pub fn on_key(state: &mut State, key: Key) -> Vec<Effect> {
    let command = state.keymap.command(&[Mode::Help], key);
    let history_key = state.keymap.command(&[Mode::Global], key)
        == Some(crate::tui::input::commands::GlobalCmd::History.into());
    let room = room(state.height);
    let Some(Overlay::History(h)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    let last = rows(h).len().saturating_sub(room);
    match command {
        Some(Command::Help(HelpCmd::Down)) => h.scroll = (h.scroll + 1).min(last),
        Some(Command::Help(HelpCmd::Up)) => h.scroll = h.scroll.saturating_sub(1),
        Some(Command::Help(HelpCmd::PageDown)) => h.scroll = (h.scroll + room).min(last),
        Some(Command::Help(HelpCmd::PageUp)) => h.scroll = h.scroll.saturating_sub(room),
        Some(Command::Help(HelpCmd::Top)) => h.scroll = 0,
        Some(Command::Help(HelpCmd::Bottom)) => h.scroll = last,
        Some(Command::Help(HelpCmd::Close)) => state.overlay = None,
        _ if history_key => state.overlay = None,
        _ => {}
    }
    Vec::new()
}

/// Rows inside the overlay's borders, below its key line.
fn room(height: u16) -> usize {
    usize::from(height).saturating_sub(5)
}

/// One change per row pair: when · who (party) · what, then field: old → new.
fn rows(h: &HistoryOverlay) -> Vec<(String, Option<String>)> {
    h.history
        .lines
        .iter()
        .map(|l| {
            let head = format!("{} · {} ({}) · {}", l.when, l.who, l.party, l.change);
            let detail = match (&l.old, &l.new) {
                (Some(old), Some(new)) => Some(format!("  {}: {old} → {new}", l.field)),
                _ => None,
            };
            (head, detail)
        })
        .collect()
}

pub fn render(state: &State, h: &HistoryOverlay, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let lang = state.lang;
    let km = &state.keymap;
    let width = area.width.saturating_sub(4).min(120);
    let rect = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + 1,
        width,
        height: area.height.saturating_sub(2),
    };
    let mut lines = vec![Line::from(Span::styled(
        t!(
            lang,
            "history-keys",
            scroll = format!(
                "{}{}",
                km.first_key(HelpCmd::Up),
                km.first_key(HelpCmd::Down)
            ),
            close = km.first_key(HelpCmd::Close),
            count = h.history.lines.len()
        ),
        t.dim,
    ))];
    for (head, detail) in rows(h).into_iter().skip(h.scroll) {
        lines.push(Line::from(Span::styled(head, t.title)));
        if let Some(d) = detail {
            lines.push(Line::from(d));
        }
    }
    let title = t!(
        lang,
        "history-title",
        kind = h.history.kind.label(lang),
        name = h.history.name.as_str()
    );
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block(title, state)),
        rect,
    );
}
