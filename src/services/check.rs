//! `lagesbild check` for the TUI: the same checks of the copy (the op log's chains, the tables
//! against the log, references, the search index, SQLite's integrity), with progress by step.

use crate::store::Store;

/// The steps `Store::check_with_progress` names, for a gauge (it names each as it starts).
const STEPS: f64 = 7.0;

/// Runs every check; `progress` hears 0.0 ‥ 1.0 as the steps start. The answer is a Swedish
/// sentence: all is well, or which checks failed and what to do.
pub fn run(store: &Store, progress: &mut dyn FnMut(f64)) -> Result<String, String> {
    let mut started = 0.0;
    let report = store
        .check_with_progress(&mut |_step| {
            progress((started / STEPS).min(1.0));
            started += 1.0;
        })
        .map_err(|e| e.to_string())?;
    progress(1.0);
    let failed: Vec<String> = report
        .items
        .iter()
        .filter(|i| !i.ok)
        .map(|i| format!("{}: {}", i.name, i.detail))
        .collect();
    if failed.is_empty() {
        Ok(format!(
            "Kontrollen av kopian är klar: allt stämmer ({} delar kontrollerade).",
            report.items.len()
        ))
    } else {
        Err(format!(
            "Kontrollen hittade fel – {}. Återställ från den senaste säkerhetskopian (lagesbild-*.db bredvid databasen) eller kontakta den som förvaltar lagesbild.",
            failed.join("; ")
        ))
    }
}
