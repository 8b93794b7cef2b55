//! The TOML files in `data/`, embedded in the binary, and their parsing.

use serde::de::DeserializeOwned;

use super::error::SeedError;

/// An embedded data file: its path in the repository (for error messages) and its text.
#[derive(Debug, Clone, Copy)]
pub struct DataFile {
    pub name: &'static str,
    pub text: &'static str,
}

macro_rules! data_file {
    ($path:literal) => {
        DataFile {
            name: $path,
            text: include_str!(concat!("../../", $path)),
        }
    };
}

pub const EVENT_TYPES: DataFile = data_file!("data/event_types.toml");
pub const THEMES: DataFile = data_file!("data/themes.toml");
pub const FACTORS: DataFile = data_file!("data/factors.toml");
pub const ORGANISATION_KINDS: DataFile = data_file!("data/organisation_kinds.toml");
pub const AREA_KINDS: DataFile = data_file!("data/area_kinds.toml");
pub const PLACE_KINDS: DataFile = data_file!("data/place_kinds.toml");

pub const DEMO_WORLD: DataFile = data_file!("data/demo/world.toml");
pub const DEMO_PLAN: DataFile = data_file!("data/demo/plan.toml");
pub const DEMO_AGREEMENT: DataFile = data_file!("data/demo/agreement.toml");
pub const DEMO_PLACE_PROJECT: DataFile = data_file!("data/demo/place_project.toml");
pub const DEMO_PREVENTION: DataFile = data_file!("data/demo/prevention.toml");
pub const DEMO_SCENARIOS: DataFile = data_file!("data/demo/scenarios.toml");
pub const DEMO_WEEKLY: DataFile = data_file!("data/demo/weekly.toml");

impl DataFile {
    pub fn parse<T: DeserializeOwned>(self) -> Result<T, SeedError> {
        toml::from_str(self.text).map_err(|source| SeedError::Toml {
            file: self.name,
            source,
        })
    }
}
