//! Gathering the plan's rows from the store, through the safety gate: each plan item's
//! problem, causes, goal and indicators once, then one row per action.

use super::PlanReport;
use super::sheet::PlanRow;
use crate::domain::{
    Action, ActionPlan, Cause, FollowUp, Goal, Indicator, Lang, PlanItem, Problem, Vocabulary,
};
use crate::i18n::{said, t};
use crate::report::Options;
use crate::report::error::{ReportError, Result};
use crate::report::minutes::model::{check_action, sender};
use crate::report::names::Names;
use crate::report::safety::{Gate, Text, marked};
use crate::store::Store;

/// "Anmälda skadegörelsebrott: 38 st (utgångsläge 52, mål 35)".
pub fn indicator_text(store: &Store, gate: &mut Gate, i: &Indicator, lang: Lang) -> Result<String> {
    let num = |x: f64| lang.decimal(x, 1);
    let latest = store
        .indicator_values(i.id)?
        .into_iter()
        .filter(|v| gate.admit(v.classification))
        .last();
    let mut parts = Vec::new();
    if let Some(b) = i.baseline_value {
        parts.push(t!(lang, "plan-indicator-baseline", value = num(b)));
    }
    if let Some(t) = i.target_value {
        parts.push(t!(lang, "plan-indicator-target", value = num(t)));
    }
    let now = latest
        .map(|v| format!(": {} {} ({})", num(v.value), i.unit, v.period))
        .unwrap_or_else(|| t!(lang, "plan-indicator-unmeasured"));
    let extra = if parts.is_empty() {
        String::new()
    } else {
        format!(" – {}", parts.join(", "))
    };
    Ok(format!("{}{now}{extra}", i.name))
}

/// What the rows of one plan item share: its problem, causes, goal and indicators.
struct ItemContext {
    /// The item's title, marked when the item is intern.
    item: String,
    problem: String,
    cause: String,
    goal: String,
    indicator: String,
}

impl ItemContext {
    fn gather(store: &Store, gate: &mut Gate, item: &PlanItem, lang: Lang) -> Result<ItemContext> {
        let problem = match item.problem_id {
            Some(id) => store
                .get::<Problem>(id)?
                .filter(|p| gate.admit(p.classification)),
            None => None,
        };
        if let Some(p) = &problem {
            gate.check(Text::problem(p))?;
        }
        let mut causes = Vec::new();
        for id in &item.cause_ids {
            if let Some(c) = store
                .get::<Cause>(*id)?
                .filter(|c| gate.admit(c.classification))
            {
                gate.check(Text::cause(&c))?;
                causes.push(marked(
                    format!("{} ({})", c.description.trim(), c.perspective.label(lang)),
                    c.classification,
                    lang,
                ));
            }
        }
        let goal = match item.goal_id {
            Some(id) => store
                .get::<Goal>(id)?
                .filter(|g| gate.admit(g.classification)),
            None => None,
        };
        let mut indicators = Vec::new();
        if let Some(g) = &goal {
            for i in store.indicators_of(g.id)? {
                if gate.admit(i.classification) {
                    let text = indicator_text(store, gate, &i, lang)?;
                    indicators.push(marked(text, i.classification, lang));
                }
            }
        }
        Ok(ItemContext {
            item: marked(item.title.clone(), item.classification, lang),
            problem: problem
                .map(|p| marked(p.title, p.classification, lang))
                .unwrap_or_default(),
            cause: causes.join("; "),
            goal: goal
                .map(|g| marked(g.text, g.classification, lang))
                .unwrap_or_default(),
            indicator: indicators.join("; "),
        })
    }

    fn row(&self, item: &PlanItem) -> PlanRow {
        PlanRow {
            number: item.number.clone(),
            item: self.item.clone(),
            problem: self.problem.clone(),
            cause: self.cause.clone(),
            goal: self.goal.clone(),
            indicator: self.indicator.clone(),
            ..PlanRow::default()
        }
    }
}

/// An action's newest follow-up the reader may see.
fn last_follow_up(store: &Store, gate: &mut Gate, action: &Action) -> Result<Option<FollowUp>> {
    let mut last: Option<FollowUp> = None;
    for f in store.follow_ups(action.id)? {
        if !gate.admit(f.classification) {
            continue;
        }
        gate.check(Text::follow_up(&f))?;
        if last.as_ref().is_none_or(|l| f.date >= l.date) {
            last = Some(f);
        }
    }
    Ok(last)
}

impl PlanReport {
    pub fn gather(store: &Store, plan: ActionPlan, options: &Options) -> Result<PlanReport> {
        let lang = options.lang;
        let mut gate = Gate::for_store(store, options.include_internal)?;
        if !gate.admit(plan.classification) {
            return Err(ReportError::Internal(said!(
                "error-report-internal-plan",
                title = plan.title.as_str()
            )));
        }
        let names = Names::for_document(store, lang, &gate)?;
        let mut rows = Vec::new();
        for item in store.plan_items(plan.id)? {
            if !gate.admit(item.classification) {
                continue;
            }
            let context = ItemContext::gather(store, &mut gate, &item, lang)?;
            let mut actions = Vec::new();
            for a in store.actions_of_plan_item(item.id)? {
                if gate.admit(a.classification) {
                    check_action(&gate, &a)?;
                    actions.push(a);
                }
            }
            if actions.is_empty() {
                rows.push(PlanRow {
                    owner: names.organisation_short(item.responsible_org_id),
                    status: t!(lang, "plan-no-actions"),
                    ..context.row(&item)
                });
            }
            for a in actions {
                let last = last_follow_up(store, &mut gate, &a)?;
                rows.push(PlanRow {
                    action: marked(a.title.clone(), a.classification, lang),
                    owner: names
                        .organisation_short(a.responsible_org_id.or(item.responsible_org_id)),
                    due: a.due_on,
                    status: crate::report::actions::status_text(&a, options.today, lang),
                    last_follow_up: last.as_ref().map(|f| f.date),
                    last_comment: last
                        .map(|f| marked(f.comment, f.classification, lang))
                        .unwrap_or_default(),
                    ..context.row(&item)
                });
            }
        }
        Ok(PlanReport {
            sender: sender(store, &names)?,
            plan,
            rows,
            gate,
        })
    }
}
