//! The chain lag (2023:196) asks to be visible: problem → cause → action → indicator, per
//! problem picture, through the plan items that point at each problem.

use crate::i18n::t;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::year_bounds;
use crate::domain::{EntityKind, Goal, Id, Vocabulary};
use crate::report::actions::status_text;
use crate::report::document::{Document, Table};
use crate::report::error::Result;
use crate::report::indicators;
use crate::report::minutes::model::check_action;
use crate::report::names::Names;
use crate::report::safety::{Gate, Text, marked, marked_text};
use crate::store::Store;

/// Problem → cause → action → indicator, per problem picture.
pub(super) fn chain_section(
    store: &Store,
    gate: &mut Gate,
    names: &Names,
    doc: &mut Document,
    year: i32,
    today: NaiveDate,
) -> Result<()> {
    let lang = doc.lang;
    let (_, to) = year_bounds(year)?;
    let judged_on = today.min(to);
    doc.heading(1, t!(lang, "year-chain-heading"));
    let problems = store.problems()?;
    if problems.is_empty() {
        doc.paragraph(t!(lang, "year-no-problems"));
    }
    // Plan items point at problems; their actions and goals complete the chain.
    let mut items_by_problem: HashMap<Id, Vec<crate::domain::PlanItem>> = HashMap::new();
    for plan in store.action_plans()? {
        if !gate.admit(plan.classification) {
            continue;
        }
        for item in store.plan_items(plan.id)? {
            if let Some(p) = item.problem_id {
                items_by_problem.entry(p).or_default().push(item);
            }
        }
    }
    for p in problems {
        if !gate.admit(p.classification) {
            continue;
        }
        for (field, text) in [("description", &p.description), ("evidence", &p.evidence)] {
            gate.check(Text {
                kind: EntityKind::Problem,
                id: p.id,
                date: None,
                field,
                text,
                confirmed: p.pii_confirmed,
            })?;
        }
        let mark = |text: &str| marked_text(text.trim(), p.classification, lang);
        doc.heading(2, t!(lang, "year-problem", title = mark(&p.title)));
        let areas = p
            .area_ids
            .iter()
            .map(|a| names.area(Some(*a)))
            .collect::<Vec<_>>()
            .join(", ");
        doc.fields(vec![
            (t!(lang, "year-field-description"), mark(&p.description)),
            (t!(lang, "year-field-areas"), areas),
            (t!(lang, "year-field-evidence"), mark(&p.evidence)),
        ]);
        let mut causes = Vec::new();
        for c in store.causes_of(p.id)? {
            if !gate.admit(c.classification) {
                continue;
            }
            gate.check(Text::cause(&c))?;
            let cause = t!(
                lang,
                "year-cause",
                perspective = c.perspective.label(lang),
                side = c.triangle_side.label(lang),
                certainty = c.certainty.label(lang),
                description = c.description.trim()
            );
            causes.push(marked(cause, c.classification, lang));
        }
        doc.bullets(causes);
        let mut action_rows = Vec::new();
        let mut indicator_rows = Vec::new();
        for item in items_by_problem
            .get(&p.id)
            .map(Vec::as_slice)
            .unwrap_or(&[])
        {
            if !gate.admit(item.classification) {
                continue;
            }
            for a in store.actions_of_plan_item(item.id)? {
                if gate.admit(a.classification) {
                    check_action(gate, &a)?;
                    action_rows.push(vec![
                        item.number.clone(),
                        marked(a.title.clone(), a.classification, lang),
                        names.organisation_short(a.responsible_org_id),
                        status_text(&a, judged_on, lang),
                    ]);
                }
            }
            let goal = match item.goal_id {
                Some(g) => store
                    .get::<Goal>(g)?
                    .filter(|g| gate.admit(g.classification)),
                None => None,
            };
            if let Some(goal) = goal {
                doc.spans(vec![
                    crate::report::document::Span::bold(t!(lang, "year-goal")),
                    crate::report::document::Span::plain(marked(
                        goal.text.clone(),
                        goal.classification,
                        lang,
                    )),
                ]);
                for i in store.indicators_of(goal.id)? {
                    if gate.admit(i.classification) {
                        indicator_rows.push(indicators::row(store, gate, &i, to, lang)?);
                    }
                }
            }
        }
        if action_rows.is_empty() {
            doc.paragraph(t!(lang, "year-no-actions-for-problem"));
        } else {
            doc.table(Table {
                caption: Some(t!(lang, "year-actions")),
                headers: vec![
                    t!(lang, "year-column-plan-item"),
                    t!(lang, "column-action"),
                    t!(lang, "column-responsible"),
                    t!(lang, "column-status"),
                ],
                rows: action_rows,
                widths: vec![2, 6, 3, 2],
            });
        }
        if !indicator_rows.is_empty() {
            doc.table(Table {
                caption: Some(t!(lang, "plan-field-review")),
                headers: indicators::headers(lang),
                rows: indicator_rows,
                widths: vec![5, 3, 3, 3, 3, 3],
            });
        }
    }
    Ok(())
}
