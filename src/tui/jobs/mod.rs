//! Work that may take a while: exports, and spreadsheets read in.

pub mod export;
pub mod sheet_import;
