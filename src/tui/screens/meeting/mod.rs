//! Möte: the weekly meeting, step by step along its agenda.

pub mod load;
pub mod state;
pub mod update;
pub mod view;
