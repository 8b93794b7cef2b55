//! The tabs of the app.

use crate::domain::Lang;

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
}

impl Screen {
    pub const ALL: [Screen; 7] = [
        Screen::Meeting,
        Screen::Observations,
        Screen::Actions,
        Screen::Agreement,
        Screen::Prevention,
        Screen::Places,
        Screen::Exchange,
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
            (Screen::Meeting, Lang::En) => "Meeting",
            (Screen::Observations, Lang::En) => "Situation",
            (Screen::Actions, Lang::En) => "Actions",
            (Screen::Agreement, Lang::En) => "Agreement",
            (Screen::Prevention, Lang::En) => "Prevention",
            (Screen::Places, Lang::En) => "Places",
            (Screen::Exchange, Lang::En) => "Exchange",
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

    /// The keymap section of the screen.
    pub fn mode(self) -> &'static str {
        match self {
            Screen::Meeting => "meeting",
            Screen::Observations => "observations",
            Screen::Actions => "actions",
            Screen::Agreement => "agreement",
            Screen::Prevention => "prevention",
            Screen::Places => "places",
            Screen::Exchange => "exchange",
        }
    }

    pub fn index(self) -> usize {
        Screen::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}
