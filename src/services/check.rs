//! `lagesbild check` for the TUI: the same checks of the copy (the op log's chains, the tables
//! against the log, references, the search index, SQLite's integrity), with progress by step.

use crate::domain::Lang;
use crate::i18n::{Localized, t};
use crate::store::Store;
use crate::store::check::CheckStep;

/// Runs every check; `progress` hears 0.0 ‥ 1.0 as the steps start and answers whether to go
/// on (a check only reads, so stopping is always safe). The answer is a Swedish sentence: all
/// is well, which checks failed and what to do, or that it was stopped.
pub fn run(store: &Store, progress: &mut dyn FnMut(f64) -> bool) -> Result<String, String> {
    run_in(store, progress, Lang::Sv)
}

/// [`run`], the answer in `lang`.
pub fn run_in(
    store: &Store,
    progress: &mut dyn FnMut(f64) -> bool,
    lang: Lang,
) -> Result<String, String> {
    let report = store
        .check_with_progress(&mut |step| {
            let done = CheckStep::ALL.iter().position(|s| *s == step).unwrap_or(0);
            progress(done as f64 / CheckStep::ALL.len() as f64)
        })
        .map_err(|e| e.message(lang))?;
    progress(1.0);
    let failed: Vec<String> = report
        .items
        .iter()
        .filter(|i| !i.ok)
        .map(|i| format!("{}: {}", i.name.text(lang), i.detail.text(lang)))
        .collect();
    if failed.is_empty() {
        Ok(t!(lang, "check-done-ok", count = report.items.len()))
    } else {
        Err(t!(lang, "check-done-failed", failed = failed.join("; ")))
    }
}
