//! Printing results: aligned plain-text tables for people, JSON for programs.

use serde::Serialize;

use super::{CliError, CliResult};

/// A plain-text table with a header row; columns are padded to their widest cell (by
/// characters, so å ä ö count as one).
pub struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(headers: &[&str]) -> Self {
        Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn render(&self) -> String {
        let cols = self.headers.len();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for r in &self.rows {
            for (i, c) in r.iter().enumerate().take(cols) {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
        let line = |cells: &[String]| {
            let mut out = String::new();
            for (i, c) in cells.iter().enumerate().take(cols) {
                if i + 1 == cols {
                    out.push_str(c);
                } else {
                    out.push_str(c);
                    out.push_str(&" ".repeat(widths[i] - c.chars().count() + 2));
                }
            }
            out.trim_end().to_string()
        };
        let mut out = vec![line(&self.headers)];
        out.push(
            widths
                .iter()
                .map(|w| "─".repeat(*w))
                .collect::<Vec<_>>()
                .join("  "),
        );
        out.extend(self.rows.iter().map(|r| line(r)));
        out.join("\n")
    }
}

/// Cuts a text to `max` characters, with an ellipsis.
pub fn clip(s: &str, max: usize) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() <= max {
        s
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

pub fn print_json<T: Serialize>(value: &T) -> CliResult {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| CliError(format!("Kunde inte skriva JSON: {e}")))?;
    println!("{text}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_by_characters() {
        let mut t = Table::new(&["Område", "Antal"]);
        t.row(vec!["Åkervägen".into(), "3".into()]);
        t.row(vec!["Ö".into(), "12".into()]);
        let text = t.render();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[2], "Åkervägen  3");
        assert_eq!(lines[3], "Ö          12");
        assert_eq!(clip("Klotter på gångtunneln", 10), "Klotter p…");
    }
}
