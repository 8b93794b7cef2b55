//! The register screen's messages (answers from the I/O side) and effects (work for it). Its
//! writes and retiring are the shared record machinery's (`forms::record`).

use crate::tui::app::effects::Effect;
use crate::tui::app::messages::Msg;
use crate::tui::screens::register::state::{Row, Section};

#[derive(Debug, Clone)]
pub enum RegisterMsg {
    Loaded {
        section: Section,
        rows: Vec<Row>,
        setup: crate::tui::screens::register::setup::Setup,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum RegisterEffect {
    Load(Section),
}

impl From<RegisterMsg> for Msg {
    fn from(m: RegisterMsg) -> Msg {
        Msg::Register(Box::new(m))
    }
}

impl From<RegisterEffect> for Effect {
    fn from(e: RegisterEffect) -> Effect {
        Effect::Register(e)
    }
}
