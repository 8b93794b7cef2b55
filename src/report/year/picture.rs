//! The year's lägesbild per area: observation counts against the same period of the year
//! before, the commonest event types, and how many weekly pictures made the area a priority.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::comparison::Comparison;
use super::year_bounds;
use crate::domain::{Id, Observation, PictureLevel};
use crate::i18n::t;
use crate::report::document::{Document, Table};
use crate::report::error::Result;
use crate::report::names::Names;
use crate::report::safety::{Gate, Text, marked_text};
use crate::store::Store;

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

/// The lägesbild of the year: observation counts per area against the same period of the year
/// before.
pub(super) fn picture_section(
    store: &Store,
    gate: &mut Gate,
    names: &Names,
    doc: &mut Document,
    year: i32,
    today: NaiveDate,
) -> Result<()> {
    let lang = doc.lang;
    let (from, to) = year_bounds(year)?;
    let cmp = Comparison::new(year, from, to, today, store.first_observation_on()?);
    let this = admitted(gate, store.observations_for_picture(cmp.from, cmp.to)?);
    let before = admitted(
        gate,
        store.observations_for_picture(cmp.base_from, cmp.base_to)?,
    );
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
            gate.check(Text::picture_summary(&p))?;
            yearly.push(marked_text(&p.summary, p.classification, lang));
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
                cmp.change(n, b, lang),
                top,
                priority_weeks.get(a).copied().unwrap_or(0).to_string(),
            ]
        })
        .collect();
    doc.paragraph(t!(
        lang,
        "year-observation-totals-period",
        count = this.len(),
        period = cmp.period(lang),
        year = year,
        base_year = year - 1,
        before = before.len()
    ));
    if let Some(note) = cmp.base_note(lang) {
        doc.paragraph(note);
    }
    if !rows.is_empty() {
        doc.table(Table {
            caption: None,
            headers: vec![
                t!(lang, "year-column-area"),
                t!(lang, "year-column-observations", year = year),
                t!(lang, "year-column-base", year = year - 1),
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
