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
        match (self, lang) {
            (Screen::Meeting, Lang::Sv) => "Möte",
            (Screen::Observations, Lang::Sv) => "Lägesbild",
            (Screen::Actions, Lang::Sv) => "Åtgärder",
            (Screen::Agreement, Lang::Sv) => "Överenskommelse",
            (Screen::Prevention, Lang::Sv) => "Förebyggande",
            (Screen::Places, Lang::Sv) => "Platssamverkan",
            (Screen::Exchange, Lang::Sv) => "Utbyte",
            (Screen::Register, Lang::Sv) => "Register",
            (Screen::Meeting, Lang::En) => "Meeting",
            (Screen::Observations, Lang::En) => "Situation",
            (Screen::Actions, Lang::En) => "Actions",
            (Screen::Agreement, Lang::En) => "Agreement",
            (Screen::Prevention, Lang::En) => "Prevention",
            (Screen::Places, Lang::En) => "Places",
            (Screen::Exchange, Lang::En) => "Exchange",
            (Screen::Register, Lang::En) => "Register",
            // New titles come from the catalogue.
            (Screen::Analysis, lang) => {
                crate::i18n::message_static(lang, "tui-analysis-tab").unwrap_or_default()
            }
        }
    }

    /// A shorter title for narrow terminals.
    pub fn short_title(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Screen::Agreement, Lang::Sv) => "Överensk.",
            (Screen::Prevention, Lang::Sv) => "Förebygg.",
            (Screen::Places, Lang::Sv) => "Platssamv.",
            (Screen::Agreement, Lang::En) => "Agreem.",
            (Screen::Prevention, Lang::En) => "Prevent.",
            (s, l) => s.title(l),
        }
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
