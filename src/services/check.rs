//! `lagesbild check` for the TUI: the same checks of the copy (the op log's chains, the tables
//! against the log, references, the search index, SQLite's integrity), with progress by step.

use crate::store::Store;

/// The steps `Store::check_with_progress` names, in order, for a gauge (it names each as it
/// starts, and the long ones again now and then).
const STEPS: [&str; 7] = [
    "referenser",
    "ändringsloggens kedjor",
    "tabellerna mot ändringsloggen",
    "granskningsloggen",
    "sökregistret",
    "lagrade värden",
    "SQLites integritetskontroll",
];

/// Runs every check; `progress` hears 0.0 ‥ 1.0 as the steps start and answers whether to go
/// on (a check only reads, so stopping is always safe). The answer is a Swedish sentence: all
/// is well, which checks failed and what to do, or that it was stopped.
pub fn run(store: &Store, progress: &mut dyn FnMut(f64) -> bool) -> Result<String, String> {
    let report = store
        .check_with_progress(&mut |step| {
            let done = STEPS.iter().position(|s| *s == step).unwrap_or(0);
            progress(done as f64 / STEPS.len() as f64)
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
