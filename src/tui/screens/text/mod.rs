//! The document screens: Överenskommelse, Förebyggande and Platssamverkan.

pub mod load;
pub mod messages;
pub mod plan;
pub mod records;
pub mod state;
pub mod update;
pub mod view;
