//! lagesbild: the gemensam lägesbild of a municipality's crime-prevention collaboration.
//!
//! Layers, dependencies pointing down only:
//! `cli` → `tui` → `report` / `exchange` / `sources` → `analysis` → `store` → `domain`.

pub mod analysis;
pub mod cli;
pub mod config;
pub mod context;
pub mod domain;
pub mod exchange;
pub mod files;
pub mod i18n;
pub mod report;
pub mod seed;
pub mod services;
pub mod sheets;
pub mod sources;
pub mod store;
pub mod tui;
