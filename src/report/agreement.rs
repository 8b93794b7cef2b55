//! The follow-up of the samverkansöverenskommelse with the police: its priorities with goals,
//! indicators and activities, and the medborgarlöften in the police's four columns.

use super::actions::status_text;
use super::document::Span;
use super::document::{Document, Table};
use super::error::{ReportError, Result};
use super::indicators;
use super::minutes::model::{check_action, sender};
use super::names::Names;
use super::safety::{Gate, marked, marked_text};
use super::{Format, Options, render_document};
use crate::domain::{Agreement, Id, Vocabulary};
use crate::i18n::{range, said, t};
use crate::store::Store;

/// An agreement by id, or the newest one.
pub fn find_agreement(store: &Store, reference: Option<&str>) -> Result<Agreement> {
    let all = store.agreements()?;
    let missing = || ReportError::NotFound(said!("error-report-no-agreement"));
    match reference.map(str::trim).filter(|r| !r.is_empty()) {
        None => all.into_iter().next().ok_or_else(missing),
        Some(r) => {
            let lower = r.to_lowercase();
            all.into_iter()
                .find(|a| {
                    r.parse::<Id>().ok() == Some(a.id) || a.title.to_lowercase().starts_with(&lower)
                })
                .ok_or_else(|| {
                    ReportError::NotFound(said!("error-report-agreement-not-found", name = r))
                })
        }
    }
}

/// The longest promise text a heading carries whole; a longer one is cut at a word.
const HEADLINE_CHARS: usize = 80;

/// A promise's text as a heading: one line, without the full stop, cut at a word with "…"
/// when long (the whole text follows under the heading).
fn headline(text: &str) -> String {
    let line = crate::domain::text::one_line(text.trim());
    let line = line.trim_end_matches('.');
    if line.chars().count() <= HEADLINE_CHARS {
        return line.to_string();
    }
    let cut: String = line.chars().take(HEADLINE_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

/// "2026-10-01", or "2026-10-01 – passerat" once the day has gone by.
fn revision_due(
    agreement: &Agreement,
    today: chrono::NaiveDate,
    lang: crate::domain::Lang,
) -> String {
    match agreement.revision_due {
        Some(d) if d < today => t!(
            lang,
            "agreement-revision-passed-short",
            date = d.to_string()
        ),
        Some(d) => d.to_string(),
        None => String::new(),
    }
}

pub fn document(store: &Store, agreement: &Agreement, o: &Options) -> Result<Document> {
    let lang = o.lang;
    let mut gate = Gate::for_store(store, o.include_internal)?;
    if !gate.admit(agreement.classification) {
        return Err(ReportError::Internal(said!(
            "error-report-internal-agreement",
            title = agreement.title.as_str()
        )));
    }
    let names = Names::for_document(store, lang, &gate)?;
    let mut doc = Document {
        name: t!(lang, "agreement-name", title = agreement.title.as_str()),
        sender: sender(store, &names)?,
        title: t!(lang, "agreement-title"),
        subtitle: Some(agreement.title.clone()),
        header_note: o.today.to_string(),
        stamp: String::new(),
        internal_notice: None,
        generated: o.generated_line(),
        landscape: false,
        blocks: Vec::new(),
        lang,
    };
    let parties = agreement
        .party_org_ids
        .iter()
        .map(|id| names.organisation(Some(*id)))
        .collect::<Vec<_>>()
        .join(", ");
    doc.fields(vec![
        (t!(lang, "agreement-field-parties"), parties),
        (
            t!(lang, "plan-field-period"),
            range(agreement.period_start, agreement.period_end),
        ),
        (
            t!(lang, "agreement-field-signed-by"),
            agreement.signed_by.clone(),
        ),
        (
            t!(lang, "agreement-field-signed-on"),
            agreement
                .signed_on
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ),
        (
            t!(lang, "agreement-field-revision-due"),
            revision_due(agreement, o.today, lang),
        ),
        (
            t!(lang, "plan-field-review"),
            agreement.follow_up_rule.clone(),
        ),
        (t!(lang, "plan-field-as-of"), o.today.to_string()),
    ]);
    if let Some(due) = agreement.revision_due.filter(|d| *d < o.today) {
        doc.spans(vec![
            Span::bold(t!(lang, "agreement-revision-passed-lead")),
            Span::plain(t!(
                lang,
                "agreement-revision-passed",
                date = due.to_string()
            )),
        ]);
    }

    let mut indicator_rows = Vec::new();
    for p in store.priorities_of(agreement.id)? {
        if !gate.admit(p.classification) {
            continue;
        }
        doc.heading(
            1,
            t!(
                lang,
                "agreement-priority",
                number = p.number,
                title = marked(p.title.clone(), p.classification, lang)
            ),
        );
        doc.fields(vec![(
            t!(lang, "column-status"),
            p.status.label(lang).to_string(),
        )]);
        if !p.problem_picture.trim().is_empty() {
            doc.heading(2, t!(lang, "agreement-problem-picture"));
            doc.paragraph(marked_text(&p.problem_picture, p.classification, lang).trim());
        }
        if !p.causes.trim().is_empty() {
            doc.heading(2, t!(lang, "agreement-causes"));
            doc.paragraph(marked_text(&p.causes, p.classification, lang).trim());
        }
        let mut goals = Vec::new();
        for g in store.goals_of_priority(p.id)? {
            if !gate.admit(g.classification) {
                continue;
            }
            goals.push(marked(g.text.clone(), g.classification, lang));
            for i in store.indicators_of(g.id)? {
                if gate.admit(i.classification) {
                    indicator_rows.push(indicators::row(store, &mut gate, &i, o.today, lang)?);
                }
            }
        }
        if !goals.is_empty() {
            doc.heading(2, t!(lang, "agreement-goals"));
            doc.bullets(goals);
        }
        let mut rows = Vec::new();
        for a in store.actions_of_priority(p.id)? {
            if !gate.admit(a.classification) {
                continue;
            }
            check_action(&gate, &a)?;
            let last = store
                .follow_ups(a.id)?
                .into_iter()
                .rfind(|f| gate.admit(f.classification))
                .map(|f| marked(format!("{} {}", f.date, f.comment), f.classification, lang))
                .unwrap_or_default();
            rows.push(vec![
                marked(a.title.clone(), a.classification, lang),
                names.organisation_short(a.responsible_org_id),
                a.due_on.map(|d| d.to_string()).unwrap_or_default(),
                status_text(&a, o.today, lang),
                last,
            ]);
        }
        doc.heading(2, t!(lang, "agreement-activities"));
        if rows.is_empty() {
            doc.paragraph(t!(lang, "agreement-no-activities"));
        } else {
            doc.table(Table {
                caption: None,
                headers: vec![
                    t!(lang, "agreement-column-activity"),
                    t!(lang, "column-responsible"),
                    t!(lang, "column-due"),
                    t!(lang, "column-status"),
                    t!(lang, "plan-column-last-follow-up"),
                ],
                rows,
                widths: vec![6, 3, 2, 2, 5],
            });
        }
    }

    doc.heading(1, t!(lang, "agreement-indicators"));
    if indicator_rows.is_empty() {
        doc.paragraph(t!(lang, "agreement-no-indicators"));
    } else {
        doc.table(Table {
            caption: None,
            headers: indicators::headers(lang),
            rows: indicator_rows,
            widths: vec![5, 3, 3, 3, 3, 3],
        });
    }

    let promises = store.promises_of(agreement.id)?;
    doc.heading(1, t!(lang, "agreement-promises"));
    if promises.is_empty() {
        doc.paragraph(t!(lang, "agreement-no-promises"));
    }
    let admitted = promises
        .into_iter()
        .filter(|pr| gate.admit(pr.classification))
        .collect::<Vec<_>>();
    for (number, pr) in (1..).zip(admitted) {
        let headline = headline(&pr.text);
        let whole = !headline.ends_with('…');
        let headline = marked(headline, pr.classification, lang);
        doc.heading(
            2,
            t!(
                lang,
                "agreement-promise-numbered",
                number = number,
                headline = headline
            ),
        );
        // A short promise is all in its heading; a long one follows in full.
        if !whole {
            doc.paragraph(marked_text(&pr.text, pr.classification, lang).trim());
        }
        let places = pr
            .place_ids
            .iter()
            .map(|id| names.place(Some(*id)))
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        doc.fields(vec![
            (
                t!(lang, "plan-field-period"),
                range(pr.period_start, pr.period_end),
            ),
            (
                t!(lang, "agreement-field-basis"),
                pr.basis.label(lang).to_string(),
            ),
            (t!(lang, "agreement-field-places"), places),
        ]);
        let rows: Vec<Vec<String>> = store
            .activities_of(pr.id)?
            .into_iter()
            .filter(|a| gate.admit(a.classification))
            .map(|a| {
                vec![
                    marked(a.activity, a.classification, lang),
                    a.scope,
                    names.organisation_short(Some(a.responsible_org_id)),
                    a.follow_up_forum,
                    a.status.label(lang).to_string(),
                ]
            })
            .collect();
        if !rows.is_empty() {
            doc.table(Table {
                caption: None,
                headers: vec![
                    t!(lang, "agreement-column-activity"),
                    t!(lang, "agreement-column-scope"),
                    t!(lang, "column-responsible"),
                    t!(lang, "plan-field-review"),
                    t!(lang, "column-status"),
                ],
                rows,
                widths: vec![5, 4, 3, 3, 2],
            });
        }
    }
    doc.stamp = gate.stamp(lang);
    doc.internal_notice = gate.internal_notice(lang);
    Ok(doc)
}

/// The agreement follow-up as md, html or docx.
pub fn export(store: &Store, agreement: Id, format: Format, options: &Options) -> Result<Vec<u8>> {
    let a: Agreement = store.require(agreement)?;
    render_document(
        &document(store, &a, options)?,
        format,
        options,
        "report-document-agreement",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_promise_is_cut_at_a_word_in_its_heading() {
        assert_eq!(
            headline("Vi ska stoppa buskörningen.\n"),
            "Vi ska stoppa buskörningen"
        );
        let long = "Vi lovar att polis, fältsekreterare och fritidsgårdens personal tillsammans finns på plats i centrum varje fredag och lördag kväll under hela året.";
        let h = headline(long);
        assert!(
            h.ends_with('…') && h.chars().count() <= HEADLINE_CHARS + 1,
            "{h}"
        );
        assert!(long.starts_with(h.trim_end_matches('…')), "{h}");
    }
}
