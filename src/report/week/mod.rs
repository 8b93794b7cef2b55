//! The week's lägesbild to share after the meeting (`lagesbild report week 2026-W47`): per area
//! level, trend, priority and hot spots, this week against the 4-week mean, charts of event
//! types per area and the 12-week trend, and the focus decided for next week. Gathered once
//! ([`model`], every count from `crate::analysis`), laid out once ([`layout`]).

pub mod layout;
pub mod model;

use super::{Format, Options, Result, render_document};
use crate::domain::IsoWeek;
use crate::store::Store;

/// The week's lägesbild in a text format (md, html, docx).
pub fn export(store: &Store, week: IsoWeek, format: Format, options: &Options) -> Result<Vec<u8>> {
    let doc = document(store, week, options)?;
    render_document(&doc, format, options, "report-document-week")
}

/// The laid-out document, for callers that render themselves.
pub fn document(store: &Store, week: IsoWeek, options: &Options) -> Result<super::Document> {
    let w = model::WeekPicture::gather(store, week, options.include_internal, options.lang)?;
    Ok(layout::layout(&w, options))
}

/// `lagesbild-vecka-2026-W47.docx`.
pub fn file_name(week: IsoWeek, format: Format) -> String {
    format!("lagesbild-vecka-{week}.{}", format.extension())
}
