//! The police's open events feed (polisen.se `/api/events`): parse a response, keep the events
//! of the own municipality, store each once, fetch the live feed within its rules, and promote
//! an event to an observation.

pub mod error;
mod feed_words;
pub mod fetch;
pub mod import;
pub mod parse;
pub mod promote;
pub mod rate;
pub mod remap;
pub mod types;

pub use error::PolisenError;
pub use fetch::{feed_url, fetch, fetch_from};
pub use import::{ImportReport, import_file, import_text, preview_text, read_file, record_id};
pub use parse::{FeedEvent, parse_feed};
pub use promote::{Promotion, Target, promote};
pub use remap::remap_types;
pub use types::TypeMap;

/// The largest saved feed response read (the live feed is about 500 events, well under 1 MB).
pub const MAX_FEED_BYTES: u64 = 32 * 1024 * 1024;
