//! What the forms of every screen share. Each screen's forms live in its folder
//! (`screens/<name>/forms.rs`: how each is built and what saving it writes); `submit` picks the
//! screen's function by the form's purpose; `options` are the choices many forms offer.

pub mod options;
pub mod submit;
