//! The copy's own register as the name rules see it: names of areas, places, organisations
//! and event types that are known not to be people ("Per Albin Hanssons väg", "Erik Olsson
//! Fastighetsförmedling" when a partner registered it), found case-insensitively.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};

/// Known names; [`Register::occurrences`] finds them in a text.
#[derive(Debug, Clone, Default)]
pub struct Register {
    pattern: Option<Regex>,
}

static EMPTY: LazyLock<Register> = LazyLock::new(Register::default);

impl Register {
    /// No known names.
    pub fn empty() -> &'static Register {
        &EMPTY
    }

    /// A register of these names (blank ones and one-letter ones are skipped). Longer names
    /// win where two start at the same place.
    pub fn from_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Register {
        let mut names: Vec<String> = names
            .into_iter()
            .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|n| n.chars().count() > 1)
            .collect();
        if names.is_empty() {
            return Register::default();
        }
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        names.dedup();
        let alternation = names
            .iter()
            .map(|n| regex::escape(n).replace(' ', r"\s+"))
            .collect::<Vec<_>>()
            .join("|");
        let pattern = RegexBuilder::new(&format!(r"\b(?:{alternation})\b"))
            .case_insensitive(true)
            .size_limit(1 << 24)
            .build()
            .ok();
        Register { pattern }
    }

    /// Where known names occur in `text` (byte ranges on char boundaries).
    pub fn occurrences(&self, text: &str) -> Vec<Range<usize>> {
        self.pattern
            .as_ref()
            .map(|p| p.find_iter(text).map(|m| m.range()).collect())
            .unwrap_or_default()
    }
}
