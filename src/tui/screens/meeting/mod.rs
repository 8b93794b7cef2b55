//! Möte: the weekly meeting, step by step along its agenda.

pub mod agenda;
pub mod area_detail;
mod area_lines;
pub mod area_text;
pub mod attendance;
pub mod details;
pub mod forms;
mod glance_areas;
mod glance_lists;
pub mod load;
pub mod messages;
pub mod record_form;
pub mod series;
pub mod start;
pub mod state;
pub mod update;
pub mod view;
mod view_area_detail;
mod view_areas_table;
mod view_follow_up;
mod view_glance;
mod view_series;
pub mod week_glance;
