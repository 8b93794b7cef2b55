//! The first start on an empty database: load the demo, start empty, or import a partner's bundle.

pub mod forms;

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::tui::app::effects::Effect;
use crate::tui::app::state::{Confirmed, Overlay, State};
use crate::tui::input::commands::{Command, GlobalCmd, JobCmd, Mode, OnboardingCmd};
use crate::tui::input::keymap::Key;
use crate::tui::screens::Screen;

pub fn on_key(state: &mut State, key: Key) -> Vec<Effect> {
    let command = match state.keymap.command(&[Mode::Onboarding, Mode::Global], key) {
        Some(Command::Onboarding(c)) => c,
        Some(Command::Global(GlobalCmd::Help)) => {
            state.overlay = Some(Overlay::Help {
                filter: Default::default(),
                scroll: 0,
            });
            return Vec::new();
        }
        _ => return Vec::new(),
    };
    // While the demo is being written, starting another way would only get in its way.
    if state.loading_demo && command != OnboardingCmd::Quit {
        let cancel = state.keymap.first_key(JobCmd::Cancel);
        state.info(format!(
            "Demodata läses in – vänta tills det är klart ({cancel} avbryter)."
        ));
        return Vec::new();
    }
    match command {
        OnboardingCmd::Demo => {
            crate::tui::overlays::confirm::ask(
                state,
                "Läsa in demodata (en påhittad kommun)?",
                Confirmed::LoadDemo,
            );
            Vec::new()
        }
        OnboardingCmd::StartEmpty => {
            // Once saved, the app opens on the Register tab with the setup checklist.
            state.screen = Screen::Register;
            state.overlay = Some(Overlay::Form(Box::new(forms::onboarding(
                state.today.iso_week().year(),
            ))));
            Vec::new()
        }
        OnboardingCmd::Exchange => {
            state.onboarding = false;
            crate::tui::app::update::switch(state, Screen::Exchange.index())
        }
        OnboardingCmd::Quit => {
            crate::tui::app::update::quit_or_ask(state);
            Vec::new()
        }
    }
}

pub fn view(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let key = |c: OnboardingCmd| format!("  {}  ", state.keymap.first_key(c));
    let text = vec![
        Line::from(Span::styled("Välkommen till lagesbild", t.title)),
        Line::from(""),
        Line::from("Databasen är tom. Hur vill du börja?"),
        Line::from(""),
        Line::from(vec![
            Span::styled(key(OnboardingCmd::Demo), t.key),
            Span::raw(
                "Läs in demodata: en påhittad kommun med ett års möten, iakttagelser och åtgärder.",
            ),
        ]),
        Line::from(vec![
            Span::styled(key(OnboardingCmd::StartEmpty), t.key),
            Span::raw("Börja tomt: ange kommunens namn och din egen organisation."),
        ]),
        Line::from(vec![
            Span::styled(key(OnboardingCmd::Exchange), t.key),
            Span::raw("Utbyte: importera ett paket från en partner (en ny partners kopia)."),
        ]),
        Line::from(vec![
            Span::styled(key(OnboardingCmd::Quit), t.key),
            Span::raw("Avsluta."),
        ]),
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
