//! The screens (tabs) of the app, one folder each. A new screen is a new folder plus a line in
//! `Screen`.

pub mod actions;
pub mod analysis;
pub mod exchange;
pub mod lists;
pub mod meeting;
pub mod onboarding;
pub mod register;
pub mod situation;
pub mod text;

use crate::domain::Lang;
use crate::tui::app::effects::Effect;
use crate::tui::app::state::State;
use crate::tui::input::commands::{Command, Mode};

/// The tabs, in number-key order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Meeting,
    Observations,
    Actions,
    Agreement,
    Prevention,
    Places,
    Exchange,
    Register,
    Analysis,
}

impl Screen {
    pub const ALL: [Screen; 9] = [
        Screen::Meeting,
        Screen::Observations,
        Screen::Actions,
        Screen::Agreement,
        Screen::Prevention,
        Screen::Places,
        Screen::Exchange,
        Screen::Register,
        Screen::Analysis,
    ];

    pub fn title(self, lang: Lang) -> &'static str {
        let id = match self {
            Screen::Meeting => "tui-tab-meeting",
            Screen::Observations => "tui-tab-situation",
            Screen::Actions => "tui-tab-actions",
            Screen::Agreement => "tui-tab-agreement",
            Screen::Prevention => "tui-tab-prevention",
            Screen::Places => "tui-tab-places",
            Screen::Exchange => "tui-tab-exchange",
            Screen::Register => "tui-tab-register",
            Screen::Analysis => "tui-analysis-tab",
        };
        crate::tui::widgets::words::word(lang, id)
    }

    /// A shorter title for narrow terminals.
    pub fn short_title(self, lang: Lang) -> &'static str {
        let id = match self {
            Screen::Agreement => "tui-tab-agreement-short",
            Screen::Prevention => "tui-tab-prevention-short",
            Screen::Places => "tui-tab-places-short",
            s => return s.title(lang),
        };
        crate::tui::widgets::words::word(lang, id)
    }

    /// The keymap section of the screen's own commands, if it has any.
    pub fn mode(self) -> Option<Mode> {
        match self {
            Screen::Meeting => Some(Mode::Meeting),
            Screen::Observations => Some(Mode::Observations),
            Screen::Actions => Some(Mode::Actions),
            Screen::Agreement | Screen::Prevention => Some(Mode::Records),
            Screen::Places => Some(Mode::Places),
            Screen::Exchange => Some(Mode::Exchange),
            Screen::Register => Some(Mode::Register),
            Screen::Analysis => Some(Mode::Analysis),
        }
    }

    /// The modes a key is looked up in on this screen, in order.
    pub fn modes(self) -> Vec<Mode> {
        let records = (self == Screen::Places).then_some(Mode::Records);
        self.mode()
            .into_iter()
            .chain(records)
            .chain([Mode::List, Mode::Global])
            .collect()
    }

    /// The modes a key is looked up in now: Åtgärder's plan view takes the record keys first.
    pub fn modes_now(self, state: &State) -> Vec<Mode> {
        let mut modes = self.modes();
        if self == Screen::Actions && state.actions.plan_view {
            modes.insert(0, Mode::Records);
        }
        modes
    }

    pub fn index(self) -> usize {
        Screen::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}

/// A command of the current screen (its own or a list command) to the screen that owns it.
pub fn on_command(state: &mut State, command: Command) -> Vec<Effect> {
    match (state.screen, command) {
        (Screen::Meeting, Command::Meeting(c)) => meeting::update::on_command(state, c),
        (Screen::Meeting, Command::List(c)) => meeting::update::on_list(state, c),
        (Screen::Observations, Command::Observations(c)) => situation::update::on_command(state, c),
        (Screen::Observations, Command::List(c)) => situation::update::on_list(state, c),
        (Screen::Actions, Command::Actions(c)) => actions::update::on_command(state, c),
        (Screen::Places, Command::Places(c)) => text::update::on_command(state, c),
        (
            Screen::Agreement | Screen::Prevention | Screen::Places | Screen::Actions,
            Command::Records(c),
        ) => text::records::on_command(state, c),
        (Screen::Exchange, Command::Exchange(c)) => exchange::update::on_command(state, c),
        (Screen::Exchange, Command::List(c)) => exchange::update::on_list(state, c),
        (Screen::Register, Command::Register(c)) => register::update::on_command(state, c),
        (Screen::Register, Command::List(c)) => register::update::on_list(state, c),
        (Screen::Analysis, Command::Analysis(c)) => analysis::update::on_command(state, c),
        (Screen::Analysis, Command::List(c)) => analysis::update::on_list(state, c),
        (_, Command::List(c)) => lists::on_list(state, c),
        // The keymap is looked up in the screen's own modes only (`Screen::modes`); global
        // commands are handled before this.
        _ => Vec::new(),
    }
}
