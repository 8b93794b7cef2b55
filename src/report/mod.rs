//! Minutes and reports that open in Word, Excel, browsers and calendars.
//!
//! Each document is gathered from the store once into a plain [`document::Document`] (or, for
//! spreadsheets, a table of cells) and then rendered; every record passes the [`safety::Gate`]
//! (classification and personal data) on the way in.

pub mod actions;
pub mod agreement;
pub mod calendar;
pub mod charts;
pub mod csv;
pub mod document;
pub mod docx;
mod docx_package;
mod docx_widths;
pub mod error;
pub mod html;
pub mod indicators;
pub mod map;
pub mod markdown;
pub mod minutes;
pub mod names;
pub mod plan;
pub mod safety;
pub mod save;
pub mod week;
pub mod xlsx;
pub mod year;

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::Lang;
use crate::i18n::t;

pub use document::Document;
pub use error::{ReportError, Result};

/// The file formats the exports write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Docx,
    Xlsx,
    Csv,
    Ics,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
            Format::Ics => "ics",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "Markdown",
            Format::Html => "HTML",
            Format::Docx => "DOCX",
            Format::Xlsx => "XLSX",
            Format::Csv => "CSV",
            Format::Ics => "ICS",
        }
    }

    /// Parses `md`, `markdown`, `html`, `docx`, `word`, `xlsx`, `excel`, `csv`, `ics`.
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "docx" | "word" => Some(Format::Docx),
            "xlsx" | "excel" => Some(Format::Xlsx),
            "csv" => Some(Format::Csv),
            "ics" | "ical" | "kalender" => Some(Format::Ics),
            _ => None,
        }
    }
}

/// What the minutes are called. "Minnesanteckning" has a narrow legal meaning (TF 2 kap. 9 §),
/// so groups choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MinutesTitle {
    #[default]
    Minnesanteckningar,
    Motesanteckningar,
    Protokoll,
}

impl MinutesTitle {
    pub fn label(self, lang: Lang) -> String {
        match self {
            MinutesTitle::Minnesanteckningar => t!(lang, "minutes-title-minnesanteckningar"),
            MinutesTitle::Motesanteckningar => t!(lang, "minutes-title-motesanteckningar"),
            MinutesTitle::Protokoll => t!(lang, "minutes-title-protokoll"),
        }
    }

    /// Parses a title in any language ("Protokoll", "Minutes"), any case.
    pub fn parse(s: &str) -> Option<MinutesTitle> {
        let s = s.trim().to_lowercase();
        let all = [
            MinutesTitle::Minnesanteckningar,
            MinutesTitle::Motesanteckningar,
            MinutesTitle::Protokoll,
        ];
        if s == "motesanteckningar" {
            return Some(MinutesTitle::Motesanteckningar);
        }
        all.into_iter()
            .find(|t| Lang::ALL.iter().any(|l| t.label(*l).to_lowercase() == s))
    }
}

/// Choices common to every export.
#[derive(Debug, Clone)]
pub struct Options {
    /// Include records classified intern (the document then says so on every page).
    pub include_internal: bool,
    pub minutes_title: MinutesTitle,
    /// Decides what is late.
    pub today: NaiveDate,
    /// Printed as "Skapad …"; fixed in tests so output is byte-stable.
    pub generated_at: NaiveDateTime,
    /// The language of the document.
    pub lang: Lang,
}

impl Options {
    /// Defaults for an export made now.
    pub fn new(today: NaiveDate) -> Self {
        Options {
            include_internal: false,
            minutes_title: MinutesTitle::default(),
            today,
            generated_at: crate::domain::swedish_time::now(),
            lang: Lang::default(),
        }
    }

    pub(crate) fn generated_line(&self) -> String {
        t!(
            self.lang,
            "report-generated",
            date = self.generated_at.date().to_string(),
            time = crate::i18n::dates::time(self.lang, self.generated_at.time())
        )
    }

    /// The creation time written into DOCX/XLSX metadata.
    pub(crate) fn generated_iso(&self) -> String {
        crate::domain::swedish_time::to_utc(self.generated_at)
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string()
    }
}

/// Renders a text document in one of the text formats.
pub fn render_document(
    doc: &Document,
    format: Format,
    options: &Options,
    what: &'static str,
) -> Result<Vec<u8>> {
    match format {
        Format::Markdown => Ok(markdown::render(doc).into_bytes()),
        Format::Html => Ok(html::try_render(doc)?.into_bytes()),
        Format::Docx => docx::render(doc, &options.generated_iso()),
        _ => Err(ReportError::UnsupportedFormat {
            format: format.extension(),
            document: what,
            valid: "md, html, docx",
        }),
    }
}
