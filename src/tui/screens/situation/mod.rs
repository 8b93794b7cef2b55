//! Lägesbild: the observations, the area × week overview and the police's events of the week.

pub mod duplicate;
pub mod forms;
pub mod load;
pub mod messages;
pub mod police;
pub mod police_view;
pub mod state;
pub mod update;
pub mod view;
