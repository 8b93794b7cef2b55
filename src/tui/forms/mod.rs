//! The forms of every screen: how each is built (`build`) and what saving it writes (`submit`).

pub mod build;
pub mod submit;
