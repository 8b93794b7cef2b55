//! The first start on an empty database: load the demo, start empty, or import a partner's bundle.

pub mod forms;

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::i18n::t;
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
        state.info(t!(
            state.lang,
            "tui-onboarding-demo-loading",
            cancel = cancel
        ));
        return Vec::new();
    }
    match command {
        OnboardingCmd::Demo => {
            crate::tui::overlays::confirm::ask(
                state,
                t!(state.lang, "tui-onboarding-demo-question"),
                Confirmed::LoadDemo,
            );
            Vec::new()
        }
        OnboardingCmd::StartEmpty => {
            // Once saved, the app opens on the Register tab with the setup checklist.
            state.screen = Screen::Register;
            state.overlay = Some(Overlay::Form(Box::new(forms::onboarding(
                state.today.iso_week().year(),
                state.lang,
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
        Line::from(Span::styled(
            t!(state.lang, "tui-onboarding-title"),
            t.title,
        )),
        Line::from(""),
        Line::from(t!(state.lang, "tui-onboarding-empty")),
        Line::from(""),
        Line::from(vec![
            Span::styled(key(OnboardingCmd::Demo), t.key),
            Span::raw(t!(state.lang, "tui-onboarding-demo")),
        ]),
        Line::from(vec![
            Span::styled(key(OnboardingCmd::StartEmpty), t.key),
            Span::raw(t!(state.lang, "tui-onboarding-start-empty")),
        ]),
        Line::from(vec![
            Span::styled(key(OnboardingCmd::Exchange), t.key),
            Span::raw(t!(state.lang, "tui-onboarding-exchange")),
        ]),
        Line::from(vec![
            Span::styled(key(OnboardingCmd::Quit), t.key),
            Span::raw(t!(state.lang, "tui-onboarding-quit")),
        ]),
        Line::from(""),
        Line::from(Span::styled(
            t!(state.lang, "tui-onboarding-no-personal-data"),
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
