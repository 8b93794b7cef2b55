//! The static demo records, collected from the demo files before anything is written, so a
//! broken reference fails before the first op.

use crate::domain::{
    Action, ActionPlan, Agreement, Cause, CitizenPromise, Finding, FollowUp, Goal, Indicator,
    IndicatorValue, Inspection, PlaceProject, PlanItem, PreventiveMeasure, Priority, Problem,
    PromiseActivity,
};
use crate::store::{self, Writer};

use super::counts::Counts;

#[derive(Default)]
pub(crate) struct Batch {
    pub problems: Vec<Problem>,
    pub causes: Vec<Cause>,
    pub plans: Vec<ActionPlan>,
    pub plan_items: Vec<PlanItem>,
    pub goals: Vec<Goal>,
    pub indicators: Vec<Indicator>,
    pub indicator_values: Vec<IndicatorValue>,
    pub agreements: Vec<Agreement>,
    pub priorities: Vec<Priority>,
    pub promises: Vec<CitizenPromise>,
    pub activities: Vec<PromiseActivity>,
    pub projects: Vec<PlaceProject>,
    pub inspections: Vec<Inspection>,
    pub findings: Vec<Finding>,
    pub actions: Vec<Action>,
    pub follow_ups: Vec<FollowUp>,
    pub measures: Vec<PreventiveMeasure>,
}

fn all<T: crate::domain::Entity>(
    w: &mut Writer<'_>,
    c: &mut Counts,
    records: &[T],
) -> store::Result<()> {
    for r in records {
        c.create(w, r)?;
    }
    Ok(())
}

impl Batch {
    pub fn write(&self, w: &mut Writer<'_>, c: &mut Counts) -> store::Result<()> {
        all(w, c, &self.problems)?;
        all(w, c, &self.causes)?;
        all(w, c, &self.plans)?;
        all(w, c, &self.goals)?;
        all(w, c, &self.indicators)?;
        all(w, c, &self.indicator_values)?;
        all(w, c, &self.plan_items)?;
        all(w, c, &self.agreements)?;
        all(w, c, &self.priorities)?;
        all(w, c, &self.promises)?;
        all(w, c, &self.activities)?;
        all(w, c, &self.projects)?;
        all(w, c, &self.inspections)?;
        all(w, c, &self.actions)?;
        all(w, c, &self.findings)?;
        all(w, c, &self.follow_ups)?;
        all(w, c, &self.measures)?;
        Ok(())
    }
}
