//! Popups over a screen: help, search, confirm, the open form, a record's history.

pub mod confirm;
pub mod form;
pub mod form_view;
pub mod help;
pub mod history;
pub mod picker_view;
pub mod search;
pub mod view;
