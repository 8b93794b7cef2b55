//! The minutes of a meeting: gathered once ([`model`]), laid out once ([`layout`]), rendered
//! as Markdown, HTML or DOCX.

mod action_lists;
mod agenda;
mod areas;
pub mod layout;
pub mod model;
mod signatures;
mod snapshot;

use super::{Format, Options, Result, render_document};
use crate::domain::Id;
use crate::store::Store;

/// The minutes of a meeting in a text format (md, html, docx).
pub fn export(store: &Store, meeting: Id, format: Format, options: &Options) -> Result<Vec<u8>> {
    let doc = document(store, meeting, options)?;
    render_document(&doc, format, options, "report-document-minutes")
}

/// The laid-out minutes, for callers that render themselves.
pub fn document(store: &Store, meeting: Id, options: &Options) -> Result<super::Document> {
    let m = model::Minutes::gather(store, meeting, options.include_internal, options.lang)?;
    Ok(layout::layout(&m, options))
}

/// The file name follows the document's title: `minnesanteckningar-2026-11-19.docx`,
/// `protokoll-2026-11-19.docx`.
pub fn file_name(store: &Store, meeting: Id, format: Format, options: &Options) -> Result<String> {
    let m: crate::domain::Meeting = store.require(meeting)?;
    let title: String = options
        .minutes_title
        .label(options.lang)
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            'é' => 'e',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect();
    Ok(format!("{title}-{}.{}", m.date, format.extension()))
}
