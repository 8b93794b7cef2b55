//! Utbyte: partners, bundles in and out, conflicts.

pub mod load;
pub mod messages;
pub mod state;
pub mod update;
pub mod view;
