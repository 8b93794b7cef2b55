//! What the forms of every screen share. Each screen's forms live in its folder
//! (`screens/<name>/forms.rs`: how each is built and what saving it writes); `submit` picks the
//! screen's function by the form's purpose; `options` are the choices many forms offer; `registry` builds a form from the entity
//! registry (with its words in `labels`).

pub mod labels;
pub mod options;
pub mod police_place;
pub mod record;
pub mod record_follow_up;
pub mod registry;
pub mod submit;
