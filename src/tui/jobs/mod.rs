//! Work that may take a while: exports.

pub mod export;
