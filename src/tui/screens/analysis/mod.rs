//! Analys: a tertial, quarter or year at a glance — a proposed top three of areas for the next
//! period (by `analysis::score`, with why), event type × area, weekday × part of day, the
//! weekly trend, the same period a year earlier — and the map of the places (`map_view`).
//! The chosen priority areas are recorded as the period's decision (`decision`).

pub mod decision;
pub mod forms;
pub mod load;
pub mod map_view;
pub mod matrix_view;
pub mod messages;
pub mod model;
pub mod patterns;
pub mod state;
pub mod update;
pub mod view;

#[cfg(test)]
mod decision_tests;
#[cfg(test)]
mod model_tests;
