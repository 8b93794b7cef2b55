//! The proposed priority areas for the next period: where the most serious events were, and
//! where they grow. The Analys screen shows each part so the group can argue with it; the
//! weights are explained in `docs/tui.md`.

use std::collections::HashMap;

use super::{AreaTree, Fact};
use crate::domain::{Grade, Id, Severity};

/// The weight of the reporter's assessment (bedömning 1–3).
pub fn grade_weight(grade: Grade) -> f64 {
    match grade {
        Grade::Lag => 1.0,
        Grade::Medel => 1.5,
        Grade::Hog => 2.0,
    }
}

/// The weight of an event's severity: a särskild händelse counts as three disturbances, an
/// extraordinär as six.
pub fn severity_weight(severity: Severity) -> f64 {
    match severity {
        Severity::Storning => 1.0,
        Severity::SarskildHandelse => 3.0,
        Severity::ExtraordinarHandelse => 6.0,
    }
}

/// How far the trend may move a score: at most double, at least half.
pub const TREND_FACTOR_RANGE: (f64, f64) = (0.5, 2.0);

/// One area's score and the parts it is made of.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaScore {
    pub area_id: Id,
    /// Events in the period (sub-areas included).
    pub count: u32,
    /// The events weighted by assessment and severity.
    pub weighted: f64,
    /// The same for the period before.
    pub previous_weighted: f64,
    /// (weighted + 1) / (previous weighted + 1), kept within [`TREND_FACTOR_RANGE`]; the 1 keeps
    /// an area going from 0 to 1 event from counting as a huge rise.
    pub trend_factor: f64,
    /// weighted × trend factor.
    pub score: f64,
}

fn weighted_per_area<'a>(
    facts: impl IntoIterator<Item = &'a Fact>,
    tree: &AreaTree,
) -> HashMap<Id, (u32, f64)> {
    let mut per_area: HashMap<Id, (u32, f64)> = HashMap::new();
    for fact in facts {
        let weight = grade_weight(fact.grade) * severity_weight(fact.severity);
        for &area in tree.rollup(&fact.area_id) {
            let entry = per_area.entry(area).or_default();
            entry.0 += 1;
            entry.1 += weight;
        }
    }
    per_area
}

/// The scores of `areas` for a period, highest first (ties: more events, then the order given).
/// `previous` holds the events of the period before, for the trend.
pub fn priority_scores<'a>(
    period: impl IntoIterator<Item = &'a Fact>,
    previous: impl IntoIterator<Item = &'a Fact>,
    tree: &AreaTree,
    areas: &[Id],
) -> Vec<AreaScore> {
    let now = weighted_per_area(period, tree);
    let before = weighted_per_area(previous, tree);
    let (low, high) = TREND_FACTOR_RANGE;
    let mut scores: Vec<(usize, AreaScore)> = areas
        .iter()
        .enumerate()
        .map(|(order, &area_id)| {
            let (count, weighted) = now.get(&area_id).copied().unwrap_or_default();
            let previous_weighted = before.get(&area_id).map_or(0.0, |b| b.1);
            let trend_factor = ((weighted + 1.0) / (previous_weighted + 1.0)).clamp(low, high);
            let score = weighted * trend_factor;
            (
                order,
                AreaScore {
                    area_id,
                    count,
                    weighted,
                    previous_weighted,
                    trend_factor,
                    score,
                },
            )
        })
        .collect();
    scores.sort_by(|(oa, a), (ob, b)| {
        b.score
            .total_cmp(&a.score)
            .then(b.count.cmp(&a.count))
            .then(oa.cmp(ob))
    });
    scores.into_iter().map(|(_, s)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::area_tree::tests::sample;
    use crate::analysis::tests::fact;

    #[test]
    fn serious_and_growing_areas_come_first_with_their_parts_shown() {
        let (tree, [_kommun, norr, centrum, soder, on]) = sample();
        let with = |area: Id, grade: Grade, severity: Severity| {
            let mut f = fact(area, "2026-11-18");
            f.grade = grade;
            f.severity = severity;
            f
        };
        // Norr: one särskild händelse of high grade in Norr centrum (2 × 3 = 6), before: 0.
        // Söder: four ordinary disturbances (4 × 1 = 4), before: the same four.
        // Ön: nothing.
        let now = vec![
            with(centrum, Grade::Hog, Severity::SarskildHandelse),
            with(soder, Grade::Lag, Severity::Storning),
            with(soder, Grade::Lag, Severity::Storning),
            with(soder, Grade::Lag, Severity::Storning),
            with(soder, Grade::Lag, Severity::Storning),
        ];
        let before: Vec<Fact> = now[1..].to_vec();
        let scores = priority_scores(&now, &before, &tree, &[norr, soder, on]);
        let ranked: Vec<Id> = scores.iter().map(|s| s.area_id).collect();
        assert_eq!(ranked, vec![norr, soder, on]);
        let norr_score = &scores[0];
        assert_eq!(norr_score.count, 1);
        assert!((norr_score.weighted - 6.0).abs() < 1e-9);
        assert!(
            (norr_score.trend_factor - 2.0).abs() < 1e-9,
            "7/1 is clamped to 2"
        );
        assert!((norr_score.score - 12.0).abs() < 1e-9);
        let soder_score = &scores[1];
        assert!((soder_score.trend_factor - 1.0).abs() < 1e-9);
        assert!((soder_score.score - 4.0).abs() < 1e-9);
        assert_eq!(scores[2].score, 0.0);
    }
}
