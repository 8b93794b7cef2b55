//! The yearly summary: the appendix on crime-prevention and safety work that goes with the
//! annual report. The year's lägesbild per area, actions done / ongoing / late, indicators,
//! and the chain problem → cause → action → indicator that lag (2023:196) asks for.

use crate::domain::Lang;
use crate::i18n::t;
use std::collections::HashMap;

use chrono::NaiveDate;

mod chain;

use crate::domain::{Action, ActionStatus, EntityKind, Id, Indicator, Observation, PictureLevel};
use crate::report::actions::status_text;
use crate::report::document::{Document, Table};
use crate::report::error::{ReportError, Result};
use crate::report::indicators;
use crate::report::minutes::model::{check_action, sender};
use crate::report::names::Names;
use crate::report::safety::{Gate, Text};
use crate::report::{Format, Options, render_document};
use crate::store::Store;
use chain::chain_section;

pub(super) fn year_bounds(year: i32) -> Result<(NaiveDate, NaiveDate)> {
    NaiveDate::from_ymd_opt(year, 1, 1)
        .zip(NaiveDate::from_ymd_opt(year, 12, 31))
        .ok_or_else(|| {
            ReportError::NotFound(format!("{year} är inget giltigt år. Ange ett år som 2026."))
        })
}

fn admitted(gate: &mut Gate, obs: Vec<Observation>) -> Vec<Observation> {
    obs.into_iter()
        .filter(|o| gate.admit(o.classification))
        .collect()
}

fn counts_by_area(obs: &[Observation]) -> HashMap<Id, usize> {
    let mut m = HashMap::new();
    for o in obs {
        *m.entry(o.area_id).or_insert(0) += 1;
    }
    m
}

fn change(now: usize, before: usize, lang: Lang) -> String {
    match before {
        0 if now == 0 => "–".into(),
        0 => t!(lang, "year-change-new"),
        b => {
            let pct = (now as f64 - b as f64) / b as f64 * 100.0;
            let arrow = if pct > 5.0 {
                "↑"
            } else if pct < -5.0 {
                "↓"
            } else {
                "→"
            };
            format!("{arrow} {pct:+.0} %")
        }
    }
}

/// The lägesbild of the year: observation counts per area against the year before.
fn picture_section(
    store: &Store,
    gate: &mut Gate,
    names: &Names,
    doc: &mut Document,
    year: i32,
) -> Result<()> {
    let lang = doc.lang;
    let (from, to) = year_bounds(year)?;
    let (pfrom, pto) = year_bounds(year - 1)?;
    let this = admitted(gate, store.observations_for_picture(from, to)?);
    let before = admitted(gate, store.observations_for_picture(pfrom, pto)?);
    let now_counts = counts_by_area(&this);
    let before_counts = counts_by_area(&before);
    // How many weekly pictures marked each area a priority this year.
    let mut priority_weeks: HashMap<Id, usize> = HashMap::new();
    let mut yearly = Vec::new();
    for p in store.pictures_between(from, to)? {
        if !gate.admit(p.classification) {
            continue;
        }
        if p.level == PictureLevel::Ar {
            gate.check(Text {
                kind: EntityKind::SituationPicture,
                id: p.id,
                date: Some(p.period_end),
                field: "summary",
                text: &p.summary,
                confirmed: false,
            })?;
            yearly.push(p.summary.clone());
        }
        for a in store.assessments_of(p.id)? {
            if a.is_priority && gate.admit(a.classification) {
                *priority_weeks.entry(a.area_id).or_insert(0) += 1;
            }
        }
    }
    doc.heading(1, t!(lang, "year-picture-heading", year = year));
    for s in yearly {
        doc.paragraph(s.trim());
    }
    let mut areas: Vec<Id> = now_counts
        .keys()
        .chain(before_counts.keys())
        .copied()
        .collect();
    areas.sort_by(|a, b| {
        crate::store::collation::compare_sv(&names.area(Some(*a)), &names.area(Some(*b)))
    });
    areas.dedup();
    let rows: Vec<Vec<String>> = areas
        .iter()
        .map(|a| {
            let n = now_counts.get(a).copied().unwrap_or(0);
            let b = before_counts.get(a).copied().unwrap_or(0);
            let mut types: Vec<(String, usize)> = Vec::new();
            for o in this.iter().filter(|o| o.area_id == *a) {
                let l = names.event_type(o.event_type_id);
                match types.iter_mut().find(|(t, _)| *t == l) {
                    Some((_, c)) => *c += 1,
                    None => types.push((l, 1)),
                }
            }
            types.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
            let top = types
                .iter()
                .take(3)
                .map(|(t, c)| format!("{t} {c}"))
                .collect::<Vec<_>>()
                .join(", ");
            vec![
                names.area(Some(*a)),
                n.to_string(),
                b.to_string(),
                change(n, b, lang),
                top,
                priority_weeks.get(a).copied().unwrap_or(0).to_string(),
            ]
        })
        .collect();
    doc.paragraph(t!(
        lang,
        "year-observation-totals",
        count = this.len(),
        year = year,
        before = before.len()
    ));
    if !rows.is_empty() {
        doc.table(Table {
            caption: None,
            headers: vec![
                t!(lang, "year-column-area"),
                t!(lang, "year-column-observations", year = year),
                format!("{}", year - 1),
                t!(lang, "year-column-change"),
                t!(lang, "year-column-top-event-types"),
                t!(lang, "year-column-priority-weeks"),
            ],
            rows,
            widths: vec![4, 3, 2, 3, 6, 3],
        });
    }
    Ok(())
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
                        a.title.clone(),
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
    let mut gate = Gate::new(o.include_internal);
    let names = Names::load(store)?;
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
    picture_section(store, &mut gate, &names, &mut doc, year)?;
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
        "årssammanställningen",
    )
}
