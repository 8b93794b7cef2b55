//! The document screens' messages (answers from the I/O side) and effects (work for it).

use crate::tui::app::effects::Effect;
use crate::tui::app::messages::Msg;
use crate::tui::screens::Screen;
use crate::tui::screens::text::state::Line;

/// Answers for Överenskommelse, Förebyggande and Platssamverkan.
#[derive(Debug, Clone)]
pub enum TextMsg {
    Loaded(Screen, Vec<Line>),
}

/// Work for the I/O side on a document screen.
#[derive(Debug, Clone, PartialEq)]
pub enum TextEffect {
    Load(Screen),
}

impl From<TextMsg> for Msg {
    fn from(m: TextMsg) -> Msg {
        Msg::Text(m)
    }
}

impl From<TextEffect> for Effect {
    fn from(e: TextEffect) -> Effect {
        Effect::Text(e)
    }
}
