//! Åtgärder's messages (answers from the I/O side) and effects (work for it).

use crate::domain::Id;
use crate::store::queries::Page;
use crate::store::queries::actions::ActionRow;
use crate::tui::app::effects::Effect;
use crate::tui::app::messages::Msg;
use crate::tui::screens::actions::state::{ActionDetail, ActionFilterState};

/// Answers for Åtgärder.
#[derive(Debug, Clone)]
pub enum ActionsMsg {
    Loaded {
        total: usize,
        page: Page,
        rows: Vec<ActionRow>,
        reset: bool,
    },
    Detail(Box<ActionDetail>),
}

/// Work for the I/O side on Åtgärder.
#[derive(Debug, Clone, PartialEq)]
pub enum ActionsEffect {
    Load {
        filter: ActionFilterState,
        page: Page,
        reset: bool,
    },
    LoadDetail(Id),
    /// Finds where an action stands in the filtered list, to select it.
    Locate {
        filter: ActionFilterState,
        id: Id,
    },
}

impl From<ActionsMsg> for Msg {
    fn from(m: ActionsMsg) -> Msg {
        Msg::Actions(m)
    }
}

impl From<ActionsEffect> for Effect {
    fn from(e: ActionsEffect) -> Effect {
        Effect::Actions(e)
    }
}
