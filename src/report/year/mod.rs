//! The yearly summary: the appendix on crime-prevention and safety work that goes with the
//! annual report. The year's lägesbild per area, actions done / ongoing / late, indicators,
//! and the chain problem → cause → action → indicator that lag (2023:196) asks for.

use crate::i18n::{said, t};

use chrono::NaiveDate;

mod chain;
mod comparison;
mod picture;

use crate::domain::{Action, ActionStatus, Indicator};
use crate::report::actions::status_text;
use crate::report::document::{Document, Table};
use crate::report::error::{ReportError, Result};
use crate::report::indicators;
use crate::report::minutes::model::{check_action, sender};
use crate::report::names::Names;
use crate::report::safety::{Gate, marked};
use crate::report::{Format, Options, render_document};
use crate::store::Store;
use chain::chain_section;
use picture::picture_section;

pub(super) fn year_bounds(year: i32) -> Result<(NaiveDate, NaiveDate)> {
    NaiveDate::from_ymd_opt(year, 1, 1)
        .zip(NaiveDate::from_ymd_opt(year, 12, 31))
        .ok_or_else(|| {
            ReportError::NotFound(said!("error-report-bad-year", year = year.to_string()))
        })
}

/// Actions done, ongoing and late during the year.
fn actions_section(
    store: &Store,
    gate: &mut Gate,
    names: &Names,
    doc: &mut Document,
    year: i32,
    today: NaiveDate,
) -> Result<()> {
    let (from, to) = year_bounds(year)?;
    // "Late" is judged at the end of the year, or today while the year runs.
    let judged_on = today.min(to);
    let mut relevant: Vec<Action> = Vec::new();
    for a in store.all_actions()? {
        let started = a.start_on.or(a.due_on).is_none_or(|s| s <= to);
        let alive = a.status.is_open() || a.done_on.is_some_and(|d| d >= from && d <= to);
        let due_in_year = a.due_on.is_some_and(|d| d >= from && d <= to);
        if (started && alive || due_in_year) && gate.admit(a.classification) {
            check_action(gate, &a)?;
            relevant.push(a);
        }
    }
    let done: Vec<_> = relevant
        .iter()
        .filter(|a| a.status == ActionStatus::Genomford)
        .collect();
    let late: Vec<_> = relevant
        .iter()
        .filter(|a| a.is_overdue(judged_on))
        .collect();
    let ongoing = relevant
        .iter()
        .filter(|a| a.status.is_open() && !a.is_overdue(judged_on))
        .count();
    let cancelled = relevant
        .iter()
        .filter(|a| a.status == ActionStatus::Installd)
        .count();
    let lang = doc.lang;
    doc.heading(1, t!(lang, "year-actions"));
    doc.table(Table {
        caption: None,
        headers: [
            "year-column-done",
            "year-column-ongoing",
            "year-column-overdue",
            "year-column-cancelled",
            "year-column-total",
        ]
        .iter()
        .map(|id| t!(lang, id))
        .collect(),
        rows: vec![vec![
            done.len().to_string(),
            ongoing.to_string(),
            late.len().to_string(),
            cancelled.to_string(),
            relevant.len().to_string(),
        ]],
        widths: vec![1, 1, 1, 1, 1],
    });
    if !late.is_empty() {
        doc.table(Table {
            caption: Some(t!(
                lang,
                "year-overdue-caption",
                date = judged_on.to_string()
            )),
            headers: vec![
                t!(lang, "column-action"),
                t!(lang, "column-responsible"),
                t!(lang, "column-due"),
                t!(lang, "column-status"),
            ],
            rows: late
                .iter()
                .map(|a| {
                    vec![
                        marked(a.title.clone(), a.classification, lang),
                        names.organisation_short(a.responsible_org_id),
                        a.due_on.map(|d| d.to_string()).unwrap_or_default(),
                        status_text(a, judged_on, lang),
                    ]
                })
                .collect(),
            widths: vec![6, 3, 2, 2],
        });
    }
    Ok(())
}

/// Every indicator with its value at the end of the year.
fn indicator_section(store: &Store, gate: &mut Gate, doc: &mut Document, year: i32) -> Result<()> {
    let lang = doc.lang;
    let (_, to) = year_bounds(year)?;
    let mut rows = Vec::new();
    for i in store.all::<Indicator>()? {
        if gate.admit(i.classification) {
            rows.push(indicators::row(store, gate, &i, to, lang)?);
        }
    }
    doc.heading(1, t!(lang, "agreement-indicators"));
    if rows.is_empty() {
        doc.paragraph(t!(lang, "year-no-indicators"));
    } else {
        doc.table(Table {
            caption: None,
            headers: indicators::headers(lang),
            rows,
            widths: vec![5, 3, 3, 3, 3, 3],
        });
    }
    Ok(())
}

pub fn document(store: &Store, year: i32, o: &Options) -> Result<Document> {
    let lang = o.lang;
    year_bounds(year)?;
    let mut gate = Gate::for_store(store, o.include_internal)?;
    let names = Names::for_document(store, lang, &gate)?;
    let mut doc = Document {
        name: t!(lang, "year-title", year = year),
        sender: sender(store, &names)?,
        title: t!(lang, "year-title", year = year),
        subtitle: Some(t!(lang, "year-subtitle")),
        header_note: t!(
            lang,
            "year-as-of",
            date = o.today.min(year_bounds(year)?.1).to_string()
        ),
        stamp: String::new(),
        internal_notice: None,
        generated: o.generated_line(),
        landscape: false,
        blocks: Vec::new(),
        lang,
    };
    doc.paragraph(t!(
        lang,
        "year-introduction",
        date = o.today.min(year_bounds(year)?.1).to_string()
    ));
    picture_section(store, &mut gate, &names, &mut doc, year, o.today)?;
    actions_section(store, &mut gate, &names, &mut doc, year, o.today)?;
    indicator_section(store, &mut gate, &mut doc, year)?;
    chain_section(store, &mut gate, &names, &mut doc, year, o.today)?;
    doc.stamp = gate.stamp(lang);
    doc.internal_notice = gate.internal_notice(lang);
    Ok(doc)
}

/// The yearly summary as md, html or docx.
pub fn export(store: &Store, year: i32, format: Format, options: &Options) -> Result<Vec<u8>> {
    render_document(
        &document(store, year, options)?,
        format,
        options,
        "report-document-year",
    )
}
