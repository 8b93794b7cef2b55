//! The demo åtgärdsplan (`data/demo/plan.toml`): problems, causes, goals, indicators with values,
//! plan items and their actions. Also the action and goal/indicator shapes the other demo files
//! share.

use chrono::Datelike;
use serde::Deserialize;

use super::batch::Batch;
use super::error::SeedError;
use super::source;
use super::world::{Refs, World, demo_id};
use crate::domain::{
    Action, ActionKind, ActionOrigin, ActionPlan, ActionStatus, Cause, Certainty, Classification,
    DecisionBody, Direction, Frequency, Goal, Horizon, Id, Indicator, IndicatorSource,
    IndicatorValue, Perspective, PlanItem, PlanStatus, Problem, TriangleSide,
};

/// An action as written in the demo files. References are codes; dates are date expressions.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ActionDef {
    pub code: Option<String>,
    pub origin: Option<ActionOrigin>,
    pub plan_item: Option<String>,
    pub priority: Option<String>,
    pub promise_activity: Option<String>,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub kind: ActionKind,
    pub horizon: Horizon,
    pub area: Option<String>,
    pub place: Option<String>,
    pub owner: Option<String>,
    pub function: String,
    #[serde(default)]
    pub partners: Vec<String>,
    pub start_on: Option<String>,
    pub due_on: Option<String>,
    pub recurrence: Option<String>,
    pub status: ActionStatus,
    pub done_on: Option<String>,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub factors: Vec<String>,
    #[serde(default)]
    pub expected_effect: String,
    #[serde(default)]
    pub result: String,
}

impl ActionDef {
    /// The action record. `id` and `origin` come from the caller when the file gives none.
    pub fn to_action(
        &self,
        r: Refs<'_>,
        id: Id,
        origin: ActionOrigin,
    ) -> Result<Action, SeedError> {
        let place = self.place.as_deref().map(|p| r.place(p)).transpose()?;
        let area_id = match (&self.area, place) {
            (Some(a), _) => Some(r.area(a)?),
            (None, Some(p)) => Some(r.world.areas[p.area].id),
            (None, None) => None,
        };
        Ok(Action {
            id,
            classification: Classification::Begransad,
            title: self.title.clone(),
            description: self.description.clone(),
            kind: self.kind,
            horizon: self.horizon,
            area_id,
            place_id: place.map(|p| p.id),
            responsible_org_id: self.owner.as_deref().map(|o| r.org(o)).transpose()?,
            responsible_function: self.function.clone(),
            partner_org_ids: r.orgs(&self.partners)?,
            start_on: r.opt_date(self.start_on.as_ref())?,
            due_on: r.opt_date(self.due_on.as_ref())?,
            due_week: None,
            recurrence: self.recurrence.clone(),
            status: self.status,
            origin: self.origin.unwrap_or(origin),
            meeting_id: None,
            plan_item_id: self.plan_item.as_deref().map(|c| demo_id("plan_item", c)),
            priority_id: self.priority.as_deref().map(|c| demo_id("priority", c)),
            promise_activity_id: self
                .promise_activity
                .as_deref()
                .map(|c| demo_id("promise_activity", c)),
            finding_id: None,
            theme_ids: r.themes(&self.themes)?,
            factor_ids: r.factors(&self.factors)?,
            expected_effect: self.expected_effect.clone(),
            result: self.result.clone(),
            done_on: r.opt_date(self.done_on.as_ref())?,
            pii_confirmed: false,
        })
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GoalDef {
    pub code: String,
    pub text: String,
    pub measurable: bool,
    pub plan: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct IndicatorDef {
    pub code: String,
    pub goal: String,
    pub name: String,
    pub unit: String,
    pub source: IndicatorSource,
    pub direction: Direction,
    pub baseline_value: Option<f64>,
    pub baseline_on: Option<String>,
    pub target_value: Option<f64>,
    pub target_on: Option<String>,
    pub frequency: Frequency,
    #[serde(default)]
    pub values: Vec<YearValue>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct YearValue {
    /// Relative to this year: -1 is last year.
    pub year: i32,
    pub value: f64,
    #[serde(default)]
    pub note: String,
}

impl IndicatorDef {
    pub fn push(&self, r: Refs<'_>, b: &mut Batch) -> Result<(), SeedError> {
        if !b.goals.iter().any(|g| g.id == demo_id("goal", &self.goal)) {
            return Err(SeedError::data(
                r.file,
                format!("målet ”{}” finns inte", self.goal),
            ));
        }
        let id = demo_id("indicator", &self.code);
        b.indicators.push(Indicator {
            id,
            classification: Classification::Begransad,
            goal_id: Some(demo_id("goal", &self.goal)),
            name: self.name.clone(),
            unit: self.unit.clone(),
            source: self.source,
            direction: self.direction,
            baseline_value: self.baseline_value,
            baseline_on: r.opt_date(self.baseline_on.as_ref())?,
            target_value: self.target_value,
            target_on: r.opt_date(self.target_on.as_ref())?,
            frequency: self.frequency,
            active: Some(true),
        });
        for v in &self.values {
            let year = r.world.today.year() + v.year;
            b.indicator_values.push(IndicatorValue {
                id: demo_id("indicator_value", &format!("{}:{year}", self.code)),
                classification: Classification::Begransad,
                indicator_id: id,
                period: year.to_string(),
                measured_on: r.date(&format!("Y{:+}:12-31", v.year))?,
                value: v.value,
                note: v.note.clone(),
            });
        }
        Ok(())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanFile {
    plan: Vec<PlanDef>,
    problem: Vec<ProblemDef>,
    cause: Vec<CauseDef>,
    goal: Vec<GoalDef>,
    indicator: Vec<IndicatorDef>,
    plan_item: Vec<PlanItemDef>,
    action: Vec<ActionDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanDef {
    code: String,
    title: String,
    period_start: String,
    period_end: String,
    decided_by: DecisionBody,
    decision_ref: String,
    decided_on: String,
    review_interval_months: i64,
    status: PlanStatus,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProblemDef {
    code: String,
    title: String,
    description: String,
    areas: Vec<String>,
    event_types: Vec<String>,
    evidence: String,
    priority: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CauseDef {
    code: String,
    problem: String,
    perspective: Perspective,
    triangle_side: TriangleSide,
    description: String,
    certainty: Certainty,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanItemDef {
    code: String,
    plan: String,
    number: String,
    title: String,
    problem: String,
    causes: Vec<String>,
    goal: String,
    responsible: String,
    start_on: String,
    end_on: String,
    resources: String,
}

/// Adds the plan file's records to the batch.
pub(crate) fn collect(world: &World, b: &mut Batch) -> Result<(), SeedError> {
    let r = world.refs(source::DEMO_PLAN.name);
    let f: PlanFile = source::DEMO_PLAN.parse()?;
    for p in &f.plan {
        b.plans.push(ActionPlan {
            id: demo_id("action_plan", &p.code),
            classification: Classification::Oppen,
            title: p.title.clone(),
            period_start: r.date(&p.period_start)?,
            period_end: r.date(&p.period_end)?,
            based_on_picture_id: None,
            decided_by: Some(p.decided_by),
            decision_ref: Some(p.decision_ref.clone()),
            decided_on: Some(r.date(&p.decided_on)?),
            review_interval_months: p.review_interval_months,
            status: p.status,
            place_project_id: None,
        });
    }
    for p in &f.problem {
        b.problems.push(Problem {
            id: demo_id("problem", &p.code),
            classification: Classification::Begransad,
            title: p.title.clone(),
            description: p.description.clone(),
            area_ids: p
                .areas
                .iter()
                .map(|a| r.area(a))
                .collect::<Result<_, _>>()?,
            event_type_ids: p
                .event_types
                .iter()
                .map(|e| r.event_type(e))
                .collect::<Result<_, _>>()?,
            evidence: p.evidence.clone(),
            priority: p.priority,
            pii_confirmed: false,
            active: Some(true),
        });
    }
    for c in &f.cause {
        if !f.problem.iter().any(|p| p.code == c.problem) {
            return Err(SeedError::data(
                r.file,
                format!("problemet ”{}” finns inte", c.problem),
            ));
        }
        b.causes.push(Cause {
            id: demo_id("cause", &c.code),
            classification: Classification::Begransad,
            problem_id: demo_id("problem", &c.problem),
            perspective: c.perspective,
            triangle_side: c.triangle_side,
            description: c.description.clone(),
            certainty: c.certainty,
            pii_confirmed: false,
            active: Some(true),
        });
    }
    for g in &f.goal {
        b.goals.push(Goal {
            id: demo_id("goal", &g.code),
            classification: Classification::Begransad,
            text: g.text.clone(),
            measurable: g.measurable,
            plan_id: g.plan.as_deref().map(|p| demo_id("action_plan", p)),
            priority_id: None,
            place_project_id: None,
            active: Some(true),
        });
    }
    for i in &f.indicator {
        i.push(r, b)?;
    }
    for p in &f.plan_item {
        for c in &p.causes {
            if !f.cause.iter().any(|x| &x.code == c) {
                return Err(SeedError::data(r.file, format!("orsaken ”{c}” finns inte")));
            }
        }
        b.plan_items.push(PlanItem {
            id: demo_id("plan_item", &p.code),
            classification: Classification::Begransad,
            plan_id: demo_id("action_plan", &p.plan),
            number: p.number.clone(),
            title: p.title.clone(),
            problem_id: Some(demo_id("problem", &p.problem)),
            cause_ids: p.causes.iter().map(|c| demo_id("cause", c)).collect(),
            goal_id: Some(demo_id("goal", &p.goal)),
            responsible_org_id: Some(r.org(&p.responsible)?),
            start_on: Some(r.date(&p.start_on)?),
            end_on: Some(r.date(&p.end_on)?),
            resources: p.resources.clone(),
            active: Some(true),
        });
    }
    push_actions(r, &f.action, ActionOrigin::Atgardsplan, b)
}

/// Adds actions that carry their own code.
pub(crate) fn push_actions(
    r: Refs<'_>,
    defs: &[ActionDef],
    origin: ActionOrigin,
    b: &mut Batch,
) -> Result<(), SeedError> {
    for a in defs {
        let code = a
            .code
            .as_deref()
            .ok_or_else(|| SeedError::data(r.file, format!("åtgärden ”{}” saknar kod", a.title)))?;
        b.actions
            .push(a.to_action(r, demo_id("action", code), origin)?);
    }
    Ok(())
}
