//! The åtgärdsplan for follow-up: one row per plan item with problem, cause, goal, actions,
//! owner, dates, status (rolled up from the actions), the last follow-up and the indicators.
//! The same rows feed XLSX, CSV, Markdown, HTML and DOCX.

use crate::domain::Lang;
use chrono::NaiveDate;

use super::document::{Document, Table};
use super::error::{ReportError, Result};
use super::minutes::model::{check_action, sender};
use super::names::Names;
use super::safety::{Gate, Text};
use super::{Format, Options};
use crate::domain::{
    Action, ActionPlan, ActionStatus, Cause, EntityKind, Goal, Id, Indicator, Problem, Vocabulary,
};
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

pub const HEADERS: [&str; 13] = [
    "Nr",
    "Planpunkt",
    "Problem",
    "Orsak",
    "Mål",
    "Åtgärd",
    "Ansvarig",
    "Start",
    "Klart senast",
    "Status",
    "Senaste uppföljning",
    "Kommentar",
    "Indikator",
];

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
pub fn rolled_up_status(actions: &[Action], today: NaiveDate) -> String {
    if actions.is_empty() {
        return "inga åtgärder".into();
    }
    if actions.iter().any(|a| a.is_overdue(today)) {
        return "försenad".into();
    }
    let live: Vec<_> = actions
        .iter()
        .filter(|a| a.status != ActionStatus::Installd)
        .collect();
    if live.is_empty() {
        return ActionStatus::Installd.label_sv().into();
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
    s.label_sv().into()
}

/// "Anmälda skadegörelsebrott: 38 st (utgångsläge 52, mål 35)".
pub fn indicator_text(store: &Store, gate: &mut Gate, i: &Indicator) -> Result<String> {
    let num = super::indicators::number_sv;
    let latest = store
        .indicator_values(i.id)?
        .into_iter()
        .filter(|v| gate.admit(v.classification))
        .last();
    let mut parts = Vec::new();
    if let Some(b) = i.baseline_value {
        parts.push(format!("utgångsläge {}", num(b)));
    }
    if let Some(t) = i.target_value {
        parts.push(format!("mål {}", num(t)));
    }
    let now = latest
        .map(|v| format!(": {} {} ({})", num(v.value), i.unit, v.period))
        .unwrap_or_else(|| ": inget uppmätt värde".into());
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
                        c.perspective.label_sv()
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
                        indicators.push(indicator_text(store, &mut gate, &i)?);
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
                    .map(|a| format!("{} ({})", a.title, layout_status(a, options.today)))
                    .collect::<Vec<_>>()
                    .join("; "),
                owner,
                start: item
                    .start_on
                    .or(actions.iter().filter_map(|a| a.start_on).min()),
                due: item
                    .end_on
                    .or(actions.iter().filter_map(|a| a.due_on).max()),
                status: rolled_up_status(&actions, options.today),
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
        let p = &self.plan;
        let mut doc = Document {
            name: format!("Åtgärdsplan – {}", p.title),
            sender: self.sender.clone(),
            title: "Åtgärdsplan – uppföljning".into(),
            subtitle: Some(p.title.clone()),
            header_note: options.today.to_string(),
            stamp: self.gate.stamp(Lang::Sv),
            internal_notice: self.gate.internal_notice(Lang::Sv),
            generated: options.generated_line(),
            landscape: true,
            blocks: Vec::new(),
            lang: Lang::Sv,
        };
        doc.fields(vec![
            (
                "Period".into(),
                format!("{}–{}", p.period_start, p.period_end),
            ),
            (
                "Beslutad av".into(),
                p.decided_by
                    .map(|d| d.label_sv().to_string())
                    .unwrap_or_default(),
            ),
            ("Beslut".into(), p.decision_ref.clone().unwrap_or_default()),
            (
                "Beslutsdatum".into(),
                p.decided_on.map(|d| d.to_string()).unwrap_or_default(),
            ),
            ("Status".into(), p.status.label_sv().to_string()),
            (
                "Uppföljning".into(),
                crate::i18n::t!(
                    Lang::Sv,
                    "plan-review-interval",
                    months = p.review_interval_months
                ),
            ),
            ("Läge per".into(), options.today.to_string()),
        ]);
        doc.table(Table {
            caption: None,
            headers: HEADERS.map(String::from).to_vec(),
            rows: self.rows.iter().map(PlanRow::texts).collect(),
            widths: vec![3, 10, 10, 12, 10, 16, 9, 7, 7, 6, 7, 10, 12],
        });
        if self.rows.is_empty() {
            doc.paragraph("Planen har inga punkter ännu.");
        }
        doc
    }
}

fn layout_status(a: &Action, today: NaiveDate) -> String {
    super::actions::status_text(a, today, Lang::Sv)
}

/// The åtgärdsplan in any format but ICS.
pub fn export(store: &Store, plan: Id, format: Format, options: &Options) -> Result<Vec<u8>> {
    let plan: ActionPlan = store.require(plan)?;
    let report = PlanReport::gather(store, plan, options)?;
    match format {
        Format::Xlsx => super::xlsx::plan(&report, options),
        Format::Csv => Ok(super::csv::table(
            &HEADERS,
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
