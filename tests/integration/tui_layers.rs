//! The layers hold: the TUI imports neither the command line nor the seed data, and no file
//! outside `store/` holds SQL (screens ask for named queries). Read from the source itself, so a
//! new file is covered the day it is written.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).expect("read src");
    for entry in entries {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The lines of a file that are code (comments left out: they may name what they avoid).
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    let text = std::fs::read_to_string(path).expect("read source");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect()
}

#[test]
fn the_tui_imports_neither_the_command_line_nor_the_seed() {
    let mut files = Vec::new();
    rust_files(&src().join("tui"), &mut files);
    assert!(files.len() > 30, "the scan found the TUI's files");
    let mut found = Vec::new();
    for f in &files {
        for (n, line) in code_lines(f) {
            if [
                "crate::cli",
                "crate::seed",
                "lagesbild::cli",
                "lagesbild::seed",
            ]
            .iter()
            .any(|p| line.contains(p))
            {
                found.push(format!("{}:{n}: {}", f.display(), line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "tui reaches past its layer:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_file_outside_the_store_holds_sql() {
    let sql = regex::Regex::new(
        r#"(?x)
        "[^"]*(\bSELECT\s|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b|\bORDER\s+BY\b
              |\bWHERE\b|\be\.[a-z_]+\s*(=|IN\b|<|>|IS\b)|\?[0-9])[^"]*"
        | \.find::<[^>]*>\(\s*"
        | \brusqlite::
        "#,
    )
    .expect("regex");
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let store = src().join("store");
    let mut found = Vec::new();
    let mut scanned = 0;
    for f in files.iter().filter(|f| !f.starts_with(&store)) {
        scanned += 1;
        for (n, line) in code_lines(f) {
            if sql.is_match(&line) {
                found.push(format!("{}:{n}: {}", f.display(), line.trim()));
            }
        }
    }
    assert!(
        scanned > 100,
        "the scan covered the source ({scanned} files)"
    );
    assert!(
        found.is_empty(),
        "SQL outside store/ (add a named query in store::queries instead):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_sql_scan_sees_a_where_fragment() {
    // The scan above must be able to fail: the old TUI's fragments are caught.
    let sql = regex::Regex::new(r#""[^"]*\be\.[a-z_]+\s*(=|IN\b|<|>|IS\b)[^"]*""#).expect("regex");
    assert!(sql.is_match(r#"s.find("e.meeting_id = ?1", "e.n", [&id])?"#));
    assert!(sql.is_match(r#""e.status IN (?1, 'justerat')""#));
}
