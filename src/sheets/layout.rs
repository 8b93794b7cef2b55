//! Which of a file's columns is which of the template's: the template named, or the one whose
//! required columns the headings hold and which they match best. A missing required column,
//! an unknown or a doubled one stops the file before any row is read.

use super::columns::{ColumnSpec, SheetKind};
use super::error::SheetError;
use super::read::Table;
use crate::domain::Lang;
use crate::i18n::t;

/// Which of the file's columns is which of the template's.
#[derive(Debug, Clone)]
pub struct Layout {
    pub kind: SheetKind,
    /// The template's columns, each with its index in the file when it is there.
    pub columns: Vec<(ColumnSpec, Option<usize>)>,
}

/// The template the headings are of (the one named, or the one they match best), and where
/// each of its columns is. A missing required column, an unknown or doubled one, stops the
/// file.
pub fn layout(
    table: &Table,
    named: Option<SheetKind>,
    file: &str,
    lang: Lang,
) -> Result<Layout, SheetError> {
    let problem_heading = t!(lang, "sheet-column-problem").to_lowercase();
    let matched = |kind: SheetKind| {
        kind.columns()
            .into_iter()
            .filter(|c| table.headings.iter().any(|h| c.is_named(kind, h)))
            .count()
    };
    let kind = match named {
        Some(kind) => kind,
        None => SheetKind::ALL
            .into_iter()
            .filter(|k| {
                k.columns()
                    .iter()
                    .filter(|c| c.required)
                    .all(|c| table.headings.iter().any(|h| c.is_named(*k, h)))
            })
            .max_by_key(|k| matched(*k))
            .ok_or_else(|| SheetError::NoTemplate {
                file: file.to_string(),
            })?,
    };
    let specs = kind.columns();
    for (i, heading) in table.headings.iter().enumerate() {
        let h = heading.trim();
        if h.is_empty() || h.to_lowercase() == problem_heading {
            continue;
        }
        if !specs.iter().any(|c| c.is_named(kind, h)) {
            return Err(SheetError::UnknownColumn {
                column: h.to_string(),
                valid: specs
                    .iter()
                    .map(|c| c.heading(kind, lang))
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        if table.headings[..i]
            .iter()
            .any(|o| o.trim().eq_ignore_ascii_case(h))
        {
            return Err(SheetError::ColumnTwice {
                column: h.to_string(),
            });
        }
    }
    let mut columns = Vec::new();
    for spec in specs {
        let at = table.headings.iter().position(|h| spec.is_named(kind, h));
        if at.is_none() && spec.required {
            return Err(SheetError::MissingColumn {
                file: file.to_string(),
                column: spec.heading(kind, lang),
            });
        }
        columns.push((spec, at));
    }
    Ok(Layout { kind, columns })
}
