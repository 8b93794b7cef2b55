//! Keys in: the keymap (data) read into typed commands, and the terminal's setup and restore.

pub mod commands;
pub mod keymap;
pub mod terminal;
