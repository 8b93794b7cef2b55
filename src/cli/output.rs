//! Printing results: aligned plain-text tables for people, JSON for programs. Every line goes
//! through [`say_line`]: partner and feed text lose their control characters (no escape
//! sequence reaches the terminal), and a reader that went away (`| head`) ends the program
//! quietly instead of with a panic.

use std::io::Write;

use serde::Serialize;

use super::{CliError, CliResult};
use crate::domain::text::{one_line, printable};

/// `println!` for everything the CLI prints to standard output; see [`say_line`].
macro_rules! say {
    () => {
        $crate::cli::output::say_line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::cli::output::say_line(format_args!($($arg)*))
    };
}
pub(crate) use say;

/// Prints one line (or a block of lines) without control characters. When the reader has gone
/// away (a closed pipe), the program ends at once with success: the reader saw what it wanted.
pub fn say_line(args: std::fmt::Arguments) {
    let text = args.to_string();
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{}", printable(&text)) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        // Nowhere left to say it (a full disk behind a redirect): say it on stderr.
        // The run's language is not known this deep: the default one.
        let lang = crate::domain::Lang::default();
        let reason = crate::domain::text::io_reason(&e, lang);
        eprintln!(
            "{}",
            crate::i18n::t!(lang, "cli-output-failed", reason = reason)
        );
        std::process::exit(1);
    }
}

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

    /// A row; each cell is kept on one line.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(
            cells
                .into_iter()
                .map(|c| {
                    if c.chars().any(char::is_control) {
                        one_line(&c.replace(['\n', '\t'], " "))
                    } else {
                        c
                    }
                })
                .collect(),
        );
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

pub use crate::domain::text::clip;

pub fn print_json<T: Serialize>(value: &T) -> CliResult {
    let text = serde_json::to_string_pretty(value).map_err(|e| {
        CliError::from(crate::i18n::said!(
            "cli-json-failed",
            reason = e.to_string()
        ))
    })?;
    say!("{text}");
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
