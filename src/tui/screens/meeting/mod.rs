//! Möte: the weekly meeting, step by step along its agenda.

pub mod forms;
pub mod load;
pub mod messages;
pub mod state;
pub mod update;
pub mod view;
