//! `render`: a pure function of the state. Tabs on top, the screen, a message line and a key
//! bar that shows the keys that matter here.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::tui::app::state::{Overlay, State};
use crate::tui::input::commands::{
    ActionsCmd, Command, FormCmd, GlobalCmd, ListCmd, MeetingCmd, ObservationsCmd, PlacesCmd,
};
use crate::tui::overlays::view as render_overlay;
use crate::tui::screens::Screen;
use crate::tui::screens::exchange::view as render_exchange;
use crate::tui::screens::meeting::view as render_meeting;
use crate::tui::screens::situation::view as render_lists;

pub fn render(state: &State, frame: &mut Frame<'_>) {
    let area = frame.area();
    let [tabs, body, message, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    if state.onboarding {
        onboarding(state, frame, body);
    } else {
        render_tabs(state, frame, tabs);
        match state.screen {
            Screen::Meeting => render_meeting::render(state, frame, body),
            Screen::Observations => render_lists::observations(state, frame, body),
            Screen::Actions => crate::tui::screens::actions::view::actions(state, frame, body),
            Screen::Exchange => render_exchange::render(state, frame, body),
            s => crate::tui::screens::text::view::text(state, s, frame, body),
        }
    }
    render_message(state, frame, message);
    render_keys(state, frame, keys);
    if let Some(overlay) = &state.overlay {
        render_overlay::render(state, overlay, frame, area);
    }
}

fn render_tabs(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let narrow = area.width < 100;
    let mut spans = Vec::new();
    for (i, s) in Screen::ALL.iter().enumerate() {
        let title = if narrow {
            s.short_title(state.lang)
        } else {
            s.title(state.lang)
        };
        let label = format!("{} {title}", i + 1);
        // Narrow: one space between tabs, so all seven fit in 80 columns.
        let inactive = if narrow {
            format!(" {label}")
        } else {
            format!(" {label} ")
        };
        if *s == state.screen {
            spans.push(Span::styled(format!("[{label}]"), t.tab_active));
        } else {
            spans.push(Span::styled(inactive, t.normal));
        }
    }
    if let Some(m) = &state.refs.municipality {
        let used: usize = spans.iter().map(|s| s.content.chars().count()).sum();
        // The municipality only when it fits whole.
        if used + 2 + m.chars().count() <= area.width as usize {
            spans.push(Span::styled(format!("  {m}"), t.dim));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn render_message(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let line = match &state.status {
        Some(s) if s.error => Line::from(vec![
            Span::styled("Fel: ", t.error),
            Span::styled(s.text.clone(), t.error),
        ]),
        Some(s) => Line::from(Span::styled(s.text.clone(), t.ok)),
        None if state.filter_editing => Line::from(Span::styled(
            "Skriv för att filtrera · Enter klar · Esc rensa",
            t.warn,
        )),
        None => Line::from(Span::styled(
            match &state.undo_label {
                Some(l) => format!("Senaste ändring: {l}"),
                None => String::new(),
            },
            t.dim,
        )),
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// The keys that matter on this screen, from the live keymap.
fn render_keys(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let km = &state.keymap;
    let mut items: Vec<(String, &str)> = Vec::new();
    let mut push = |command: Command, label: &'static str| {
        let k = km.first_key(command);
        if !k.is_empty() {
            items.push((k, label));
        }
    };
    if state.onboarding {
        items.push(("d".into(), "demodata"));
        items.push(("t".into(), "börja tomt"));
        items.push(("q".into(), "avsluta"));
    } else if matches!(state.overlay, Some(Overlay::Form(_))) {
        push(FormCmd::NextField.into(), "nästa fält");
        push(FormCmd::ChoiceNext.into(), "byt val");
        push(FormCmd::Save.into(), "spara");
        push(FormCmd::Cancel.into(), "avbryt");
    } else {
        match state.screen {
            Screen::Meeting => {
                push(MeetingCmd::NextStep.into(), "nästa punkt");
                push(MeetingCmd::New.into(), "ny");
                push(MeetingCmd::Presence.into(), "närvaro");
                push(MeetingCmd::FollowUp.into(), "följ upp");
                push(MeetingCmd::Level.into(), "läge");
                push(MeetingCmd::Trend.into(), "trend");
                push(MeetingCmd::Priority.into(), "prio");
                push(MeetingCmd::CloseMeeting.into(), "avsluta möte");
                push(MeetingCmd::Export.into(), "exportera");
            }
            Screen::Observations if state.observations.police.show => {
                push(ObservationsCmd::Promote.into(), "för in i lägesbilden");
                push(ObservationsCmd::Police.into(), "iakttagelser");
            }
            Screen::Observations => {
                push(ObservationsCmd::New.into(), "ny");
                push(ObservationsCmd::Edit.into(), "ändra");
                push(ObservationsCmd::Police.into(), "polisen");
                push(ListCmd::Filter.into(), "filter");
                push(ObservationsCmd::ReviewQueue.into(), "granskning");
                push(ObservationsCmd::MarkReviewed.into(), "granskad");
                push(ObservationsCmd::Overview.into(), "översikt");
            }
            Screen::Actions => {
                push(ActionsCmd::FollowUp.into(), "följ upp");
                push(ActionsCmd::New.into(), "ny");
                push(ActionsCmd::Export.into(), "exportera");
                push(ListCmd::Filter.into(), "filter");
                push(ActionsCmd::Overdue.into(), "försenade");
                push(ActionsCmd::Chain.into(), "kedja");
            }
            Screen::Places => {
                push(PlacesCmd::ToAction.into(), "till åtgärd");
                push(ListCmd::Filter.into(), "filter");
            }
            Screen::Exchange => render_exchange::keys(state, &mut push),
            _ => push(ListCmd::Filter.into(), "filter"),
        }
        push(GlobalCmd::Help.into(), "hjälp");
        push(GlobalCmd::Search.into(), "sök");
        push(GlobalCmd::Undo.into(), "ångra");
        push(GlobalCmd::Quit.into(), "avsluta");
    }
    // When the bar is too narrow, the screen's own keys give way; help and quit stay.
    let globals = if state.onboarding || state.overlay.is_some() {
        0
    } else {
        4
    };
    let width = |items: &[(String, &str)]| {
        items
            .iter()
            .map(|(k, l)| k.chars().count() + l.chars().count() + 3)
            .sum::<usize>()
    };
    while width(&items) > area.width as usize && items.len() > globals {
        items.remove(items.len() - globals - 1);
    }
    let mut spans = Vec::new();
    for (k, label) in items {
        spans.push(Span::styled(k, t.key));
        spans.push(Span::styled(format!(" {label}  "), t.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn onboarding(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let text = vec![
        Line::from(Span::styled("Välkommen till lagesbild", t.title)),
        Line::from(""),
        Line::from("Databasen är tom. Hur vill du börja?"),
        Line::from(""),
        Line::from(vec![
            Span::styled("  d  ", t.key),
            Span::raw(
                "Läs in demodata: en påhittad kommun med ett års möten, iakttagelser och åtgärder.",
            ),
        ]),
        Line::from(vec![
            Span::styled("  t  ", t.key),
            Span::raw("Börja tomt: ange kommunens namn och din egen organisation."),
        ]),
        Line::from(vec![
            Span::styled("  7  ", t.key),
            Span::raw("Utbyte: importera ett paket från en partner (en ny partners kopia)."),
        ]),
        Line::from(vec![Span::styled("  q  ", t.key), Span::raw("Avsluta.")]),
        Line::from(""),
        Line::from(Span::styled(
            "Skriv aldrig personuppgifter här: beskriv platser och situationer, inte personer.",
            t.dim,
        )),
    ];
    frame.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: false }).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(t.border),
        ),
        area,
    );
}
