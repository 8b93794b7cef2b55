//! The åtgärdsplan for follow-up: one row per plan item with problem, cause, goal, actions,
//! owner, dates, status (rolled up from the actions), the last follow-up and the indicators.
//! The same rows feed XLSX, CSV, Markdown, HTML and DOCX.

use chrono::NaiveDate;

use super::document::{Document, Table};
use super::error::{ReportError, Result};
use super::minutes::model::{check_action, sender};
use super::names::Names;
use super::safety::{Gate, Text};
use super::{Format, Options};
use crate::domain::Lang;
use crate::domain::{
    Action, ActionPlan, ActionStatus, Cause, EntityKind, Goal, Id, Indicator, Problem, Vocabulary,
};
use crate::i18n::{range, t};
use crate::store::Store;

/// One row of the plan, typed so spreadsheets get real dates.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanRow {
    pub number: String,
    pub item: String,
    pub problem: String,
    pub cause: String,
    pub goal: String,
    pub actions: String,
    pub owner: String,
    pub start: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub status: String,
    pub last_follow_up: Option<NaiveDate>,
    pub last_comment: String,
    pub indicator: String,
}

/// The column headings, in `lang`: the same columns in every format.
pub fn headers(lang: Lang) -> Vec<String> {
    [
        "column-number",
        "plan-column-item",
        "plan-column-problem",
        "plan-column-cause",
        "plan-column-goal",
        "column-action",
        "column-responsible",
        "plan-column-start",
        "column-due",
        "column-status",
        "plan-column-last-follow-up",
        "column-comment",
        "plan-column-indicator",
    ]
    .iter()
    .map(|id| t!(lang, id))
    .collect()
}

/// The plan, gathered.
#[derive(Debug, Clone)]
pub struct PlanReport {
    pub plan: ActionPlan,
    pub sender: String,
    pub rows: Vec<PlanRow>,
    pub gate: Gate,
}

impl PlanRow {
    /// The cells as text, dates as `2026-11-19`.
    pub fn texts(&self) -> Vec<String> {
        let d = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        vec![
            self.number.clone(),
            self.item.clone(),
            self.problem.clone(),
            self.cause.clone(),
            self.goal.clone(),
            self.actions.clone(),
            self.owner.clone(),
            d(self.start),
            d(self.due),
            self.status.clone(),
            d(self.last_follow_up),
            self.last_comment.clone(),
            self.indicator.clone(),
        ]
    }
}

/// A plan named by id, or by title (a unique start of it); the newest plan when `None`.
pub fn find_plan(store: &Store, reference: Option<&str>) -> Result<ActionPlan> {
    let plans = store.action_plans()?;
    let none = || {
        ReportError::NotFound(
            "Det finns ingen åtgärdsplan i databasen. Lägg in planen först (eller läs in demodata med lagesbild demo)."
                .into(),
        )
    };
    let Some(r) = reference.map(str::trim).filter(|r| !r.is_empty()) else {
        return plans.into_iter().next().ok_or_else(none);
    };
    if let Ok(id) = r.parse::<Id>() {
        return plans.into_iter().find(|p| p.id == id).ok_or_else(none);
    }
    let lower = r.to_lowercase();
    let hits: Vec<ActionPlan> = plans
        .into_iter()
        .filter(|p| p.title.to_lowercase().starts_with(&lower))
        .collect();
    match hits.len() {
        1 => Ok(hits.into_iter().next().ok_or_else(none)?),
        0 => Err(ReportError::NotFound(format!(
            "Hittade ingen åtgärdsplan som heter ”{r}”. Ange början av planens titel eller planens id."
        ))),
        _ => Err(ReportError::NotFound(format!(
            "Flera åtgärdsplaner börjar med ”{r}”. Skriv mer av namnet eller ange planens id."
        ))),
    }
}

/// The status of an item from its actions: late beats ongoing beats decided beats proposed.
pub fn rolled_up_status(actions: &[Action], today: NaiveDate, lang: Lang) -> String {
    if actions.is_empty() {
        return t!(lang, "plan-no-actions");
    }
    if actions.iter().any(|a| a.is_overdue(today)) {
        return t!(lang, "plan-overdue");
    }
    let live: Vec<_> = actions
        .iter()
        .filter(|a| a.status != ActionStatus::Installd)
        .collect();
    if live.is_empty() {
        return ActionStatus::Installd.label(lang).into();
    }
    let s = live
        .iter()
        .map(|a| a.status)
        .min_by_key(|s| match s {
            ActionStatus::Pagar => 0,
            ActionStatus::Beslutad => 1,
            ActionStatus::Foreslagen => 2,
            _ => 3,
        })
        .unwrap_or(ActionStatus::Genomford);
    s.label(lang).into()
}

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

impl PlanReport {
    pub fn gather(store: &Store, plan: ActionPlan, options: &Options) -> Result<PlanReport> {
        let mut gate = Gate::new(options.include_internal);
        if !gate.admit(plan.classification) {
            return Err(ReportError::Internal(format!(
                "Åtgärdsplanen ”{}”",
                plan.title
            )));
        }
        let names = Names::load(store)?;
        let mut rows = Vec::new();
        for item in store.plan_items(plan.id)? {
            if !gate.admit(item.classification) {
                continue;
            }
            let problem = match item.problem_id {
                Some(id) => store
                    .get::<Problem>(id)?
                    .filter(|p| gate.admit(p.classification)),
                None => None,
            };
            if let Some(p) = &problem {
                gate.check(Text {
                    kind: EntityKind::Problem,
                    id: p.id,
                    date: None,
                    field: "description",
                    text: &p.description,
                    confirmed: p.pii_confirmed,
                })?;
            }
            let mut causes = Vec::new();
            for id in &item.cause_ids {
                if let Some(c) = store
                    .get::<Cause>(*id)?
                    .filter(|c| gate.admit(c.classification))
                {
                    gate.check(Text {
                        kind: EntityKind::Cause,
                        id: c.id,
                        date: None,
                        field: "description",
                        text: &c.description,
                        confirmed: c.pii_confirmed,
                    })?;
                    causes.push(format!(
                        "{} ({})",
                        c.description.trim(),
                        c.perspective.label(options.lang)
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
                        indicators.push(indicator_text(store, &mut gate, &i, options.lang)?);
                    }
                }
            }
            let mut actions = Vec::new();
            for a in store.actions_of_plan_item(item.id)? {
                if gate.admit(a.classification) {
                    check_action(&gate, &a)?;
                    actions.push(a);
                }
            }
            let mut last: Option<(NaiveDate, String)> = None;
            for a in &actions {
                for f in store.follow_ups(a.id)? {
                    if !gate.admit(f.classification) {
                        continue;
                    }
                    gate.check(Text {
                        kind: EntityKind::FollowUp,
                        id: f.id,
                        date: Some(f.date),
                        field: "comment",
                        text: &f.comment,
                        confirmed: f.pii_confirmed,
                    })?;
                    if last.as_ref().is_none_or(|(d, _)| f.date >= *d) {
                        last = Some((f.date, f.comment.clone()));
                    }
                }
            }
            let owner = if item.responsible_org_id.is_some() {
                names.organisation(item.responsible_org_id)
            } else {
                let mut owners: Vec<String> = actions
                    .iter()
                    .map(|a| names.organisation(a.responsible_org_id))
                    .filter(|s| !s.is_empty())
                    .collect();
                owners.dedup();
                owners.join(", ")
            };
            rows.push(PlanRow {
                number: item.number.clone(),
                item: item.title.clone(),
                problem: problem.map(|p| p.title).unwrap_or_default(),
                cause: causes.join("; "),
                goal: goal.map(|g| g.text).unwrap_or_default(),
                actions: actions
                    .iter()
                    .map(|a| {
                        let status = super::actions::status_text(a, options.today, options.lang);
                        format!("{} ({status})", a.title)
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                owner,
                start: item
                    .start_on
                    .or(actions.iter().filter_map(|a| a.start_on).min()),
                due: item
                    .end_on
                    .or(actions.iter().filter_map(|a| a.due_on).max()),
                status: rolled_up_status(&actions, options.today, options.lang),
                last_follow_up: last.as_ref().map(|(d, _)| *d),
                last_comment: last.map(|(_, c)| c).unwrap_or_default(),
                indicator: indicators.join("; "),
            });
        }
        Ok(PlanReport {
            sender: sender(store, &names)?,
            plan,
            rows,
            gate,
        })
    }

    pub fn document(&self, options: &Options) -> Document {
        let lang = options.lang;
        let p = &self.plan;
        let mut doc = Document {
            name: t!(lang, "plan-name", title = p.title.as_str()),
            sender: self.sender.clone(),
            title: t!(lang, "plan-title"),
            subtitle: Some(p.title.clone()),
            header_note: options.today.to_string(),
            stamp: self.gate.stamp(lang),
            internal_notice: self.gate.internal_notice(lang),
            generated: options.generated_line(),
            landscape: true,
            blocks: Vec::new(),
            lang,
        };
        doc.fields(vec![
            (
                t!(lang, "plan-field-period"),
                range(p.period_start, p.period_end),
            ),
            (
                t!(lang, "plan-field-decided-by"),
                p.decided_by
                    .map(|d| d.label(lang).to_string())
                    .unwrap_or_default(),
            ),
            (
                t!(lang, "plan-field-decision"),
                p.decision_ref.clone().unwrap_or_default(),
            ),
            (
                t!(lang, "plan-field-decided-on"),
                p.decided_on.map(|d| d.to_string()).unwrap_or_default(),
            ),
            (t!(lang, "column-status"), p.status.label(lang).to_string()),
            (
                t!(lang, "plan-field-review"),
                t!(
                    lang,
                    "plan-review-interval",
                    months = p.review_interval_months
                ),
            ),
            (t!(lang, "plan-field-as-of"), options.today.to_string()),
        ]);
        doc.table(Table {
            caption: None,
            headers: headers(lang),
            rows: self.rows.iter().map(PlanRow::texts).collect(),
            widths: vec![3, 10, 10, 12, 10, 16, 9, 7, 7, 6, 7, 10, 12],
        });
        if self.rows.is_empty() {
            doc.paragraph(t!(lang, "plan-empty"));
        }
        doc
    }
}

/// The åtgärdsplan in any format but ICS.
pub fn export(store: &Store, plan: Id, format: Format, options: &Options) -> Result<Vec<u8>> {
    let plan: ActionPlan = store.require(plan)?;
    let report = PlanReport::gather(store, plan, options)?;
    match format {
        Format::Xlsx => super::xlsx::plan(&report, options),
        Format::Csv => Ok(super::csv::table(
            &headers(options.lang)
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            report.rows.iter().map(PlanRow::texts),
        )?),
        Format::Markdown | Format::Html | Format::Docx => {
            super::render_document(&report.document(options), format, options, "åtgärdsplanen")
        }
        Format::Ics => Err(ReportError::UnsupportedFormat {
            format: "ics",
            document: "åtgärdsplanen",
            valid: "xlsx, csv, md, html, docx",
        }),
    }
}
