//! External inputs: data that comes from outside the partners (the police's open events feed).

pub mod polisen;
