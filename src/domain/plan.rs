//! The law's chain (lag 2023:196): problem → cause → action plan item → goal → indicator.

use chrono::NaiveDate;

use super::entity::entity;
use super::id::Id;
use super::vocab::{
    Certainty, DecisionBody, Direction, Frequency, IndicatorSource, Perspective, PlanStatus,
    TriangleSide,
};

entity! {
    /// A problem picture (problembild) identified in the lägesbild.
    Problem => Problem {
        title: String [name],
        description: String [free_text],
        area_ids: Vec<Id> [refers(Area)],
        event_type_ids: Vec<Id> [refers(EventType)],
        /// What it rests on: situation pictures, statistics, walks.
        evidence: String [free_text],
        /// 1 is the highest priority.
        priority: i64,
        pii_confirmed: bool,
        /// Out of use when false: it leaves the pickers and stays in history and reports.
        /// Empty (records made before the field existed) counts as in use.
        active: Option<bool>,
    }
}

entity! {
    /// A likely cause of a problem (orsaksanalys).
    Cause => Cause {
        problem_id: Id [refers(Problem)],
        perspective: Perspective,
        triangle_side: TriangleSide,
        description: String [free_text],
        certainty: Certainty,
        pii_confirmed: bool,
        /// Out of use when false: it leaves the pickers and stays in history and reports.
        /// Empty (records made before the field existed) counts as in use.
        active: Option<bool>,
    }
}

/// How often a plan is followed up when nobody has said: once a year, as the yearly
/// lägesbild it rests on is renewed.
pub const DEFAULT_REVIEW_INTERVAL_MONTHS: i64 = 12;

entity! {
    /// An åtgärdsplan, decided by a body, for a period.
    ActionPlan => ActionPlan {
        title: String [name],
        period_start: NaiveDate,
        period_end: NaiveDate,
        /// The yearly situation picture it rests on.
        based_on_picture_id: Option<Id> [refers(SituationPicture)],
        decided_by: Option<DecisionBody>,
        /// "KS § 123, dnr KS 2026/45"
        decision_ref: Option<String>,
        decided_on: Option<NaiveDate>,
        review_interval_months: i64,
        status: PlanStatus,
        place_project_id: Option<Id> [refers(PlaceProject)],
    }
}

entity! {
    /// One item of a plan: a problem and its causes, a goal and who answers for it. Its status
    /// rolls up from its actions.
    PlanItem => PlanItem {
        plan_id: Id [refers(ActionPlan)],
        /// "1", "2.3" — the numbering used in the plan document.
        number: String,
        title: String [name],
        problem_id: Option<Id> [refers(Problem)],
        cause_ids: Vec<Id> [refers(Cause)],
        goal_id: Option<Id> [refers(Goal)],
        responsible_org_id: Option<Id> [refers(Organisation)],
        start_on: Option<NaiveDate>,
        end_on: Option<NaiveDate>,
        resources: String,
        /// Out of use when false: it leaves the pickers and stays in history and reports.
        /// Empty (records made before the field existed) counts as in use.
        active: Option<bool>,
    }
}

entity! {
    /// A goal of a plan item, an agreement priority or a place project.
    Goal => Goal {
        text: String [name],
        measurable: bool,
        plan_id: Option<Id> [refers(ActionPlan)],
        priority_id: Option<Id> [refers(Priority)],
        place_project_id: Option<Id> [refers(PlaceProject)],
        /// Out of use when false: it leaves the pickers and stays in history and reports.
        /// Empty (records made before the field existed) counts as in use.
        active: Option<bool>,
    }
}

entity! {
    Indicator => Indicator {
        goal_id: Option<Id> [refers(Goal)],
        name: String [name],
        unit: String,
        source: IndicatorSource,
        direction: Direction,
        baseline_value: Option<f64>,
        baseline_on: Option<NaiveDate>,
        target_value: Option<f64>,
        target_on: Option<NaiveDate>,
        frequency: Frequency,
        /// Out of use when false: it leaves the pickers and stays in history and reports.
        /// Empty (records made before the field existed) counts as in use.
        active: Option<bool>,
    }
}

entity! {
    IndicatorValue => IndicatorValue {
        indicator_id: Id [refers(Indicator)],
        /// "2026", "2026-T2", "2026-H1", "2026-11"
        period: String [name],
        measured_on: NaiveDate,
        value: f64,
        note: String [free_text],
    }
}

/// How far an indicator has come from its baseline towards its target, 0.0–1.0 and beyond;
/// `None` without both ends or when they are equal.
pub fn indicator_progress(baseline: Option<f64>, target: Option<f64>, latest: f64) -> Option<f64> {
    let (b, t) = (baseline?, target?);
    if (t - b).abs() < f64::EPSILON {
        return None;
    }
    Some((latest - b) / (t - b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_works_in_both_directions() {
        assert_eq!(indicator_progress(Some(40.0), Some(20.0), 30.0), Some(0.5));
        assert_eq!(indicator_progress(Some(50.0), Some(70.0), 75.0), Some(1.25));
        assert_eq!(indicator_progress(None, Some(70.0), 75.0), None);
        assert_eq!(indicator_progress(Some(5.0), Some(5.0), 5.0), None);
    }
}
