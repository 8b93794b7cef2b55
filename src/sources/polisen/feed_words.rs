//! Words of the police's feed that the parser matches: the feed is written in Swedish
//! whatever language the program speaks, so these are data, not text shown to a person (the
//! literal guard skips this file).

/// The end of a county's name ("Skåne län"), lower case with its space.
pub const COUNTY_SUFFIX: &str = " län";
