//! The whole app: its state (which screen, overlays, the records forms refer to), the messages
//! into `update`, the effects out of it, and the I/O side that carries effects out.

pub mod effects;
pub mod io;
pub mod jobs;
pub mod log;
pub mod messages;
pub mod records;
pub mod refs;
pub mod runtime;
pub mod state;
pub mod superseded;
pub mod unchanged;
pub mod update;
pub mod view;
