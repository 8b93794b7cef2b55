//! The message catalogue: every word the program shows a person, per language, in Fluent
//! files under `data/i18n/<lang>/` embedded in the binary. See `docs/i18n.md`.
//!
//! ```ignore
//! t!(lang, "demo-loaded", municipality = name, first_week = 1)
//! ```
//! A message id the catalogue lacks shows as the id itself (never a panic); a test checks
//! that every id the code names exists in every language.

mod catalogue;
pub mod dates;
mod languages;
pub mod number;
mod said;

pub use catalogue::{has_message, message, message_static};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use languages::Lang;
pub use number::range;
pub(crate) use said::said;
pub use said::{Localized, Said, owned};

/// A message from the catalogue, as a `String`: `t!(lang, "id")` or
/// `t!(lang, "id", count = n, name = x)` (each variable becomes `$count`, `$name` in the
/// Fluent file; numbers select plural forms and are written in the language's style).
macro_rules! t {
    ($lang:expr, $id:expr $(,)?) => {
        $crate::i18n::message($lang, $id, None).into_owned()
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $(args.set(stringify!($name), $crate::i18n::FluentValue::from($value));)+
        $crate::i18n::message($lang, $id, Some(&args)).into_owned()
    }};
}
pub(crate) use t;

/// What the first message of a run costs: builds the bundles of `langs` afresh (not the shared
/// ones) and formats one message with a plural. For the start-up benchmark only.
#[doc(hidden)]
pub fn build_and_format_one(langs: &[Lang]) -> String {
    let bundles: Vec<_> = langs.iter().map(|l| catalogue::build(*l)).collect();
    let mut args = FluentArgs::new();
    args.set("count", 15);
    let Some(bundle) = bundles.first() else {
        return String::new();
    };
    let mut errors = Vec::new();
    bundle
        .get_message("count-organisation")
        .and_then(|m| m.value())
        .map(|p| {
            bundle
                .format_pattern(p, Some(&args), &mut errors)
                .into_owned()
        })
        .unwrap_or_default()
}

impl Lang {
    /// An integer as this language writes it ("106 821").
    pub fn integer(self, n: i64) -> String {
        self.numbers().integer(n)
    }

    /// A number with at most `max_decimals` decimals ("6,8").
    pub fn decimal(self, x: f64, max_decimals: usize) -> String {
        self.numbers().decimal(x, None, Some(max_decimals))
    }
}

#[cfg(test)]
mod literal_guard;
#[cfg(test)]
pub(crate) mod tests;
