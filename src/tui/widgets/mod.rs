//! Building blocks the screens share: the form and its fields, the paged list, the area tree,
//! the theme.

pub mod area_tree;
pub mod columns;
pub mod form;
pub mod line_editor;
pub mod narrowing;
pub mod paged;
pub mod picker;
pub mod text;
pub mod theme;
pub mod words;
