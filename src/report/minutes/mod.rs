//! The minutes of a meeting: gathered once ([`model`]), laid out once ([`layout`]), rendered
//! as Markdown, HTML or DOCX.

mod agenda;
mod areas;
pub mod layout;
pub mod model;
mod snapshot;

use super::{Format, Options, Result, render_document};
use crate::domain::Id;
use crate::store::Store;

/// The minutes of a meeting in a text format (md, html, docx).
pub fn export(store: &Store, meeting: Id, format: Format, options: &Options) -> Result<Vec<u8>> {
    let doc = document(store, meeting, options)?;
    render_document(&doc, format, options, "minnesanteckningar")
}

/// The laid-out minutes, for callers that render themselves.
pub fn document(store: &Store, meeting: Id, options: &Options) -> Result<super::Document> {
    let m = model::Minutes::gather(store, meeting, options.include_internal)?;
    Ok(layout::layout(&m, options))
}

/// The file name people expect: `protokoll-2026-11-19.docx`.
pub fn file_name(store: &Store, meeting: Id, format: Format) -> Result<String> {
    let m: crate::domain::Meeting = store.require(meeting)?;
    Ok(format!("protokoll-{}.{}", m.date, format.extension()))
}
