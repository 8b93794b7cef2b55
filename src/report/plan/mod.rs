//! The åtgärdsplan as a follow-up sheet: one row per action, with its plan item's problem,
//! causes, goal and indicators beside it, the action's own owner, deadline, status and last
//! follow-up. One row per action lets a reader filter by action, owner or deadline, and puts
//! "försenad" only beside the deadline that passed. The same rows feed XLSX, CSV, Markdown,
//! HTML and DOCX.

mod gather;
mod sheet;

pub use gather::indicator_text;
pub use sheet::{Column, PlanRow, headers};

use super::document::{Document, Table};
use super::error::{ReportError, Result};
use super::safety::Gate;
use super::{Format, Options};
use crate::domain::{ActionPlan, Id, Vocabulary};
use crate::i18n::{range, said, t};
use crate::store::Store;

/// The plan, gathered.
#[derive(Debug, Clone)]
pub struct PlanReport {
    pub plan: ActionPlan,
    pub sender: String,
    pub rows: Vec<PlanRow>,
    pub gate: Gate,
}

/// A plan named by id, or by title (a unique start of it); the newest plan when `None`.
pub fn find_plan(store: &Store, reference: Option<&str>) -> Result<ActionPlan> {
    let plans = store.action_plans()?;
    let none = || ReportError::NotFound(said!("error-report-no-plan"));
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
        0 => Err(ReportError::NotFound(said!(
            "error-report-plan-not-found",
            name = r
        ))),
        _ => Err(ReportError::NotFound(said!(
            "error-report-plan-ambiguous",
            name = r
        ))),
    }
}

/// What a plan item's section in a document says once, above its actions.
const ITEM_COLUMNS: [Column; 4] = [
    Column::Problem,
    Column::Cause,
    Column::Goal,
    Column::Indicator,
];

/// The columns of a plan item's table of actions in a document.
const ACTION_COLUMNS: [Column; 6] = [
    Column::Action,
    Column::Owner,
    Column::Due,
    Column::Status,
    Column::LastFollowUp,
    Column::Comment,
];

/// Relative widths of [`ACTION_COLUMNS`] on a portrait page: the action and the comment are
/// what people wrote, the rest are names, dates and a status.
const ACTION_WIDTHS: [u32; 6] = [17, 11, 8, 8, 9, 15];

impl PlanReport {
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
            landscape: false,
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
        // Documents group the rows by plan item: the item's problem, causes, goal and
        // indicators once, then its actions in six columns that fit a portrait page. Twelve
        // columns in Word left two rows a page and broke words; the spreadsheet formats keep
        // one wide row per action, for filtering.
        for rows in self
            .rows
            .chunk_by(|a, b| a.number == b.number && a.item == b.item)
        {
            let Some(first) = rows.first() else {
                continue;
            };
            doc.heading(
                1,
                t!(
                    lang,
                    "plan-item-heading",
                    number = first.number.as_str(),
                    title = first.item.as_str()
                )
                .trim()
                .to_string(),
            );
            doc.fields(
                ITEM_COLUMNS
                    .iter()
                    .map(|c| (c.header(lang), first.text(*c)))
                    .collect(),
            );
            let actions: Vec<Vec<String>> = rows
                .iter()
                .filter(|r| !r.action.is_empty())
                .map(|r| ACTION_COLUMNS.iter().map(|c| r.text(*c)).collect())
                .collect();
            if actions.is_empty() {
                doc.paragraph(t!(lang, "plan-item-no-actions"));
            } else {
                doc.table(Table {
                    caption: None,
                    headers: ACTION_COLUMNS.iter().map(|c| c.header(lang)).collect(),
                    rows: actions,
                    widths: ACTION_WIDTHS.to_vec(),
                });
            }
        }
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
        Format::Markdown | Format::Html | Format::Docx => super::render_document(
            &report.document(options),
            format,
            options,
            "report-document-plan",
        ),
        Format::Ics => Err(ReportError::UnsupportedFormat {
            format: "ics",
            document: "report-document-plan",
            valid: "xlsx, csv, md, html, docx",
        }),
    }
}
