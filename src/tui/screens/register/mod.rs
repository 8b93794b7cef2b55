//! 8 Register: the municipality's world — organisations, areas (as a tree), places and event
//! types — each a list with the selected record whole beside it; `n`, `e` and delete (or
//! deactivate, when something refers to the record) through forms generated from the registry;
//! and the setup checklist of a new municipality (`setup`).

pub mod forms;
pub mod load;
pub mod messages;
pub mod setup;
pub mod state;
pub mod update;
pub mod view;
pub mod words;
