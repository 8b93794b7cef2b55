//! The texts the plan export joins into one cell, taken apart again: the causes ("… (situationellt); …")
//! and the indicators ("Namn: 38 st (2026) – utgångsläge 52, mål 35").

use crate::domain::Lang;
use crate::domain::vocab::{Perspective, Vocabulary};
use crate::i18n::t;

pub(super) fn first<V: Vocabulary>() -> V {
    V::ALL[0]
}

pub(super) fn number(text: &str) -> Option<f64> {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .replace(',', ".")
        .replace('−', "-")
        .parse()
        .ok()
}

/// The latest measured value as the export shows it: value, unit, period.
pub(super) type Measured = (f64, String, String);

/// One indicator as the export writes it.
pub(super) struct IndicatorParts {
    pub name: String,
    pub now: Option<Measured>,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
}

/// One indicator as the export writes it: "Namn: 38 st (2026) – utgångsläge 52, mål 35".
pub(super) fn indicator_parts(text: &str, lang: Lang) -> IndicatorParts {
    let baseline_word = t!(lang, "plan-indicator-baseline", value = "");
    let target_word = t!(lang, "plan-indicator-target", value = "");
    let (mut head, mut baseline, mut target) = (text.to_string(), None, None);
    if let Some((h, extra)) = text.rsplit_once(" – ")
        && (extra.starts_with(&baseline_word) || extra.starts_with(&target_word))
    {
        head = h.to_string();
        for part in extra.split(", ") {
            if let Some(v) = part.strip_prefix(&baseline_word) {
                baseline = number(v);
            } else if let Some(v) = part.strip_prefix(&target_word) {
                target = number(v);
            }
        }
    }
    let unmeasured = t!(lang, "plan-indicator-unmeasured");
    if let Some(name) = head.strip_suffix(&unmeasured) {
        return IndicatorParts {
            name: name.to_string(),
            now: None,
            baseline,
            target,
        };
    }
    let measured = head.rsplit_once(": ").and_then(|(name, now)| {
        let (value_unit, period) = now.rsplit_once(" (")?;
        let period = period.strip_suffix(')')?;
        let (value, unit) = value_unit.split_once(' ')?;
        Some((
            name.to_string(),
            (number(value)?, unit.trim().to_string(), period.to_string()),
        ))
    });
    match measured {
        Some((name, now)) => IndicatorParts {
            name,
            now: Some(now),
            baseline,
            target,
        },
        None => IndicatorParts {
            name: head,
            now: None,
            baseline,
            target,
        },
    }
}

/// The causes of a cell: each ends with its perspective in brackets ("… (situationellt)"),
/// and a description may itself hold "; ", so a part without one belongs to the next.
pub(super) fn causes(cell: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut pending = String::new();
    for part in cell.split("; ") {
        if !pending.is_empty() {
            pending.push_str("; ");
        }
        pending.push_str(part);
        let ends_with_perspective = part
            .rsplit_once(" (")
            .and_then(|(_, p)| p.strip_suffix(')'))
            .is_some_and(|p| Perspective::parse(p).is_some());
        if ends_with_perspective {
            out.push(std::mem::take(&mut pending));
        }
    }
    if !pending.trim().is_empty() {
        out.push(pending);
    }
    out
}
