//! The meeting screen's messages (answers from the I/O side) and effects (work for it).

use crate::tui::app::effects::Effect;
use crate::tui::app::messages::Msg;
use crate::tui::screens::meeting::state::MeetingData;

/// Answers for Möte.
#[derive(Debug, Clone)]
pub enum MeetingMsg {
    Loaded(Box<MeetingData>),
    /// An area's observations this week: the area-text form opens with them.
    AreaWeek(Box<crate::tui::screens::meeting::area_text::AreaWeek>),
}

/// Work for the I/O side on Möte.
#[derive(Debug, Clone, PartialEq)]
pub enum MeetingEffect {
    Load,
    /// Reads an area's observations in a week (and its sub-areas').
    AreaWeek {
        area: crate::domain::Id,
        week: crate::domain::IsoWeek,
    },
}

impl From<MeetingMsg> for Msg {
    fn from(m: MeetingMsg) -> Msg {
        Msg::Meeting(m)
    }
}

impl From<MeetingEffect> for Effect {
    fn from(e: MeetingEffect) -> Effect {
        Effect::Meeting(e)
    }
}
