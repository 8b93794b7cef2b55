//! What the front ends (the command line and the TUI) ask for that is more than one store call:
//! a thin, neutral API so that neither reaches into the layers it should not know.

pub mod check;
pub mod demo;
pub mod history;
pub mod labels;
pub mod meeting;
pub mod polisen;
pub mod retire;
pub mod setup;
pub mod undo;
