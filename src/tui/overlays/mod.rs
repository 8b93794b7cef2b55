//! Popups over a screen: help, search, confirm, and the open form.

pub mod confirm;
pub mod form;
pub mod help;
pub mod picker_view;
pub mod search;
pub mod view;
