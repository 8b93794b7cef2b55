//! Åtgärder's plan view: each action plan as the law's chain, indented — problem → cause →
//! plan item (with how many actions it has) → goal → indicator → measured values — then the
//! plan's items without a problem and its goals no item names, and last the problems no plan
//! takes up yet. Every line carries its record, and a child line what a new record there gets
//! (`LineRecord::context`: the plan a problem's new item belongs to).

use std::collections::HashSet;

use crate::domain::{
    ActionPlan, Cause, EntityKind, Goal, Id, Indicator, IndicatorValue, Lang, PlanItem, Problem,
    Vocabulary,
};
use crate::i18n::t;
use crate::store::queries::actions::ActionFilter;
use crate::store::{Result, Store};
use crate::tui::app::records::Names;
use crate::tui::screens::text::load::{line_of, record};
use crate::tui::screens::text::state::{Line, LineRecord};

/// The kinds the plan view shows.
pub const KINDS: &[EntityKind] = &[
    EntityKind::ActionPlan,
    EntityKind::Problem,
    EntityKind::Cause,
    EntityKind::PlanItem,
    EntityKind::Goal,
    EntityKind::Indicator,
    EntityKind::IndicatorValue,
];

/// Everything of the chain, read once.
struct Chain {
    plans: Vec<ActionPlan>,
    problems: Vec<Problem>,
    causes: Vec<Cause>,
    items: Vec<PlanItem>,
    goals: Vec<Goal>,
    indicators: Vec<Indicator>,
    values: Vec<IndicatorValue>,
}

pub fn lines(s: &Store, lang: Lang) -> Result<Vec<Line>> {
    let names = Names::load(s, KINDS, lang)?;
    let mut chain = Chain {
        plans: s.all()?,
        problems: s.all()?,
        causes: s.all()?,
        items: s.all()?,
        goals: s.all()?,
        indicators: s.all()?,
        values: s.all()?,
    };
    chain.items.sort_by(|a, b| a.number.cmp(&b.number));
    chain.values.sort_by_key(|v| v.measured_on);
    let mut out = Writer {
        s,
        names: &names,
        lines: Vec::new(),
        lang,
    };
    for plan in &chain.plans {
        let rec = out.record(EntityKind::ActionPlan, plan.id, &[])?;
        let decided = match (plan.decided_by, plan.decided_on) {
            (Some(by), Some(on)) => format!(" · {} {on}", by.label(lang)),
            (Some(by), None) => format!(" · {}", by.label(lang)),
            (None, Some(on)) => format!(" · {on}"),
            (None, None) => String::new(),
        };
        out.push(
            Line::heading(format!(
                "{} · {} – {} · {}{decided}",
                plan.title,
                plan.period_start,
                plan.period_end,
                plan.status.label(lang)
            )),
            &rec,
        );
        let of_plan: Vec<&PlanItem> = chain
            .items
            .iter()
            .filter(|i| i.plan_id == plan.id)
            .collect();
        let in_plan = [("plan_id", plan.id.to_string())];
        let mut shown_problems = Vec::new();
        for item in &of_plan {
            let Some(problem) = item.problem_id else {
                continue;
            };
            if shown_problems.contains(&problem) {
                continue;
            }
            shown_problems.push(problem);
            if let Some(p) = chain.problems.iter().find(|p| p.id == problem) {
                out.problem(&chain, p, 1, &in_plan)?;
                for item in of_plan.iter().filter(|i| i.problem_id == Some(problem)) {
                    out.item(&chain, item, 2)?;
                }
            }
        }
        let loose: Vec<&&PlanItem> = of_plan
            .iter()
            .filter(|i| i.problem_id.is_none_or(|p| !shown_problems.contains(&p)))
            .collect();
        if !loose.is_empty() {
            out.lines.push(Line::heading(format!(
                "  {}",
                t!(lang, "records-plan-items-without-problem")
            )));
            for item in loose {
                out.item(&chain, item, 2)?;
            }
        }
        let named_goals: HashSet<Id> = of_plan.iter().filter_map(|i| i.goal_id).collect();
        for goal in chain
            .goals
            .iter()
            .filter(|g| g.plan_id == Some(plan.id) && !named_goals.contains(&g.id))
        {
            out.goal(&chain, goal, 1, &in_plan)?;
        }
    }
    let in_a_plan: HashSet<Id> = chain.items.iter().filter_map(|i| i.problem_id).collect();
    let waiting: Vec<&Problem> = chain
        .problems
        .iter()
        .filter(|p| !in_a_plan.contains(&p.id))
        .collect();
    if !waiting.is_empty() {
        out.lines.push(Line::heading(t!(
            lang,
            "records-plan-problems-without-plan"
        )));
        for p in waiting {
            out.problem(&chain, p, 1, &[])?;
        }
    }
    Ok(out.lines)
}

/// Builds the lines, each with its record.
struct Writer<'a> {
    s: &'a Store,
    names: &'a Names,
    lines: Vec<Line>,
    lang: Lang,
}

fn indent(depth: usize) -> String {
    "  ".repeat(depth)
}

impl Writer<'_> {
    fn record(
        &self,
        kind: EntityKind,
        id: Id,
        context: &[(&'static str, String)],
    ) -> Result<Option<LineRecord>> {
        let mut rec = record(self.s, self.names, kind, id)?;
        if let Some(r) = rec.as_mut() {
            r.context = context.to_vec();
        }
        Ok(rec)
    }

    fn push(&mut self, line: Line, rec: &Option<LineRecord>) {
        self.lines.push(line_of(line, rec, self.lang));
    }

    fn problem(
        &mut self,
        chain: &Chain,
        p: &Problem,
        depth: usize,
        context: &[(&'static str, String)],
    ) -> Result<()> {
        let rec = self.record(EntityKind::Problem, p.id, context)?;
        let word = t!(self.lang, "records-plan-problem");
        self.push(
            Line::plain(format!("{}{word}: {}", indent(depth), p.title)),
            &rec,
        );
        for c in chain.causes.iter().filter(|c| c.problem_id == p.id) {
            let rec = self.record(EntityKind::Cause, c.id, &[])?;
            let word = t!(self.lang, "records-plan-cause");
            let first_line = c.description.lines().next().unwrap_or_default();
            self.push(
                Line::plain(format!(
                    "{}{word} ({}, {}, {}): {first_line}",
                    indent(depth + 1),
                    c.perspective.label(self.lang),
                    c.triangle_side.label(self.lang),
                    c.certainty.label(self.lang)
                )),
                &rec,
            );
        }
        Ok(())
    }

    fn item(&mut self, chain: &Chain, item: &PlanItem, depth: usize) -> Result<()> {
        let actions = self.s.count_actions(&ActionFilter {
            plan_item: Some(item.id),
            ..ActionFilter::default()
        })?;
        let rec = self.record(EntityKind::PlanItem, item.id, &[])?;
        let word = t!(self.lang, "records-plan-item");
        let count = t!(self.lang, "records-plan-actions", count = actions);
        self.push(
            Line::plain(format!(
                "{}{word} {} {} · {count}",
                indent(depth),
                item.number,
                item.title
            )),
            &rec,
        );
        if let Some(goal) = item
            .goal_id
            .and_then(|g| chain.goals.iter().find(|x| x.id == g))
        {
            let context = [("plan_id", item.plan_id.to_string())];
            self.goal(chain, goal, depth + 1, &context)?;
        }
        Ok(())
    }

    fn goal(
        &mut self,
        chain: &Chain,
        goal: &Goal,
        depth: usize,
        context: &[(&'static str, String)],
    ) -> Result<()> {
        let rec = self.record(EntityKind::Goal, goal.id, context)?;
        let word = t!(self.lang, "records-plan-goal");
        self.push(
            Line::plain(format!("{}{word}: {}", indent(depth), goal.text)),
            &rec,
        );
        for ind in chain
            .indicators
            .iter()
            .filter(|i| i.goal_id == Some(goal.id))
        {
            let rec = self.record(EntityKind::Indicator, ind.id, &[])?;
            let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_else(|| "–".into());
            self.push(
                Line::plain(t!(
                    self.lang,
                    "records-plan-indicator",
                    indent = indent(depth + 1),
                    name = ind.name.as_str(),
                    baseline = number(ind.baseline_value),
                    target = number(ind.target_value),
                    unit = ind.unit.as_str(),
                    direction = ind.direction.label(self.lang),
                    source = ind.source.label(self.lang)
                )),
                &rec,
            );
            for v in chain.values.iter().filter(|v| v.indicator_id == ind.id) {
                let rec = self.record(EntityKind::IndicatorValue, v.id, &[])?;
                self.push(
                    Line::plain(format!(
                        "{}{} · {} · {} {}",
                        indent(depth + 2),
                        v.period,
                        v.measured_on,
                        v.value,
                        ind.unit
                    )),
                    &rec,
                );
            }
        }
        Ok(())
    }
}
