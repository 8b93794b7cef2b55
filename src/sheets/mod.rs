//! Spreadsheets in: templates for partners without the app (made from this copy's lists,
//! filled in by hand in Excel or LibreOffice) and reading them back with every row checked,
//! as the form checks it. The same route sets up a new copy's areas, places and
//! organisations from a list.
//!
//! * `columns`: what each template holds, column by column;
//! * `lists`: the copy's current names a template offers and a row is checked against;
//! * `template`: the XLSX and CSV templates;
//! * `read`, `csv_text`: XLSX/ODS and CSV (separators, encodings) into rows of cells;
//! * `layout`: which column is which;
//! * `values`, `rows`, `record`: cells to field values, rows to records, faults by row and
//!   column;
//! * `plan`: the åtgärdsplan's own export read back as the same plan;
//! * `import`: dry run, backup, one transaction, audit;
//! * `source`: "mall från <organisation>" wherever such an observation is shown.

pub mod columns;
mod csv_text;
pub mod error;
pub mod import;
pub mod layout;
pub mod lists;
pub mod plan;
pub mod read;
mod record;
pub mod rows;
pub mod source;
pub mod template;
mod values;

pub use columns::SheetKind;
pub use error::SheetError;
pub use import::{SheetImport, SheetImportOptions, import_bytes, import_file};
pub use lists::Lists;
pub use read::SheetFormat;
pub use source::template_source;
