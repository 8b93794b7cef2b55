//! Loading the demo municipality, with progress for a gauge.

use chrono::NaiveDate;

use crate::seed::{DemoOptions, load_demo_with_progress};
use crate::store::Store;

/// Loads one realistic year of the demo for `today`. `progress` hears 0.0 ‥ 1.0 as the weekly
/// data is written. The answer is a Swedish sentence for the user, either way.
pub fn load(
    store: &mut Store,
    today: NaiveDate,
    progress: &mut dyn FnMut(f64),
) -> Result<String, String> {
    let options = DemoOptions { today, years: None };
    load_demo_with_progress(store, &options, progress)
        .map(|summary| summary.message_sv())
        .map_err(|e| e.to_string())
}
