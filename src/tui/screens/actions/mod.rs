//! Åtgärder: the action list with its filters and the chain around the selected action.

pub mod forms;
pub mod load;
pub mod messages;
pub mod state;
pub mod update;
pub mod view;
