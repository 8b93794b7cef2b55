//! Loading the demo municipality, with progress for a gauge.

use chrono::NaiveDate;

use crate::seed::{DemoOptions, load_demo_with_progress};
use crate::store::Store;

/// Loads one realistic year of the demo for `today`, in one transaction. `progress` hears
/// 0.0 ‥ 1.0 as the weekly data is written and answers whether to go on: `false` cancels the
/// load and nothing is left behind. The answer is a Swedish sentence for the user, either way.
pub fn load(
    store: &mut Store,
    today: NaiveDate,
    progress: &mut dyn FnMut(f64) -> bool,
) -> Result<String, String> {
    let options = DemoOptions { today, years: None };
    load_demo_with_progress(store, &options, progress)
        .map(|summary| summary.message_sv())
        .map_err(|e| e.to_string())
}
