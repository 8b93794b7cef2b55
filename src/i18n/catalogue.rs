//! One Fluent bundle per language, built on the first use of that language and shared by
//! every thread; a run that speaks one language never builds the other's.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

type Bundle = FluentBundle<FluentResource>;

const LANGUAGES: usize = Lang::ALL.len();

/// The bundles, in the order of `Lang::ALL`.
static BUNDLES: [OnceLock<Bundle>; LANGUAGES] = [const { OnceLock::new() }; LANGUAGES];

fn bundle(lang: Lang) -> &'static Bundle {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[index].get_or_init(|| build(lang))
}

/// Builds one language's bundle. A syntax error or a duplicate id keeps the rest of the
/// catalogue usable; the catalogue tests fail on either.
pub(super) fn build(lang: Lang) -> Bundle {
    let tag = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![tag]);
    // Fluent wraps every variable in Unicode isolation marks (U+2068 … U+2069) for mixed
    // writing directions; both our languages run left to right, and the marks would land in
    // terminals, CSV files and Word documents as invisible junk.
    bundle.set_use_isolating(false);
    // NUMBER($x, maximumFractionDigits: 1) in a message; fails only if added twice.
    let _ = bundle.add_builtins();
    bundle.set_formatter(Some(match lang.numbers() {
        s if s == super::number::NumberStyle::SPACE_AND_COMMA => format_space_and_comma,
        _ => format_comma_and_point,
    }));
    for (_, text) in lang.sources() {
        let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn format_space_and_comma<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, super::number::NumberStyle::SPACE_AND_COMMA)
}

fn format_comma_and_point<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, super::number::NumberStyle::COMMA_AND_POINT)
}

fn format_number(value: &FluentValue, style: super::number::NumberStyle) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let plain = super::number::NumberStyle {
        group_separator: "",
        ..style
    };
    let style = if n.options.use_grouping { style } else { plain };
    Some(style.decimal(
        n.value,
        n.options.minimum_fraction_digits,
        n.options.maximum_fraction_digits,
    ))
}

/// The message `id` in `lang`, with `args` filled in; the id itself when the catalogue lacks
/// it.
pub fn message(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Cow<'static, str> {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return Cow::Owned(id.to_string());
    };
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, args, &mut errors)
}

/// A message without variables as a `&'static str` (vocabulary labels), or `None` when the
/// catalogue lacks it or the message needs variables.
pub fn message_static(lang: Lang, id: &str) -> Option<&'static str> {
    match message_if_present(lang, id)? {
        Cow::Borrowed(s) => Some(s),
        Cow::Owned(_) => None,
    }
}

fn message_if_present(lang: Lang, id: &str) -> Option<Cow<'static, str>> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, None, &mut errors))
}

/// Whether the catalogue of `lang` has the message `id`.
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}
