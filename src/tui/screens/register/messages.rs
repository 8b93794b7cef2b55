//! The register screen's messages (answers from the I/O side) and effects (work for it).

use serde_json::{Map, Value};

use crate::domain::{Classification, EntityKind, Id};
use crate::tui::app::effects::Effect;
use crate::tui::app::messages::Msg;
use crate::tui::forms::registry::Choices;
use crate::tui::screens::register::state::{Row, Section};

#[derive(Debug, Clone)]
pub enum RegisterMsg {
    Loaded {
        section: Section,
        rows: Vec<Row>,
        choices: Choices,
        setup: crate::tui::screens::register::setup::Setup,
    },
    /// What refers to a record the user wants to delete (names, as a person reads them).
    RetireAsked {
        target: Target,
        referrers: Vec<String>,
    },
}

/// A record the user acts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub kind: EntityKind,
    pub id: Id,
    pub name: String,
}

/// A form's record to write: new (`id` None) or the fields of one that changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Write {
    pub kind: EntityKind,
    pub id: Option<Id>,
    pub classification: Option<Classification>,
    pub fields: Map<String, Value>,
    /// What happened, for the message line and the undo.
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum RegisterEffect {
    Load(Section),
    Save(Box<Write>),
    /// Reads what refers to the record before the user is asked.
    AskRetire(Target),
    /// Deletes the record (nothing refers to it) or deactivates it.
    Retire {
        target: Target,
        deactivate: bool,
    },
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
