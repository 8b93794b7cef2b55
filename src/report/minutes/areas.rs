//! One area in the minutes' lägesbild §: its assessment, counts and observations.

use super::model::{AreaSummary, Minutes};
use crate::domain::{Lang, Vocabulary};
use crate::i18n::{range, t};
use crate::report::document::{Document, Table};

fn observation_rows(s: &AreaSummary, m: &Minutes, lang: Lang) -> Vec<Vec<String>> {
    s.observations
        .iter()
        .map(|o| {
            let time = o
                .time_from
                .map(|at| crate::i18n::dates::time(lang, at))
                .or(o.day_period.map(|p| p.label(lang).to_string()))
                .unwrap_or_default();
            let mut what = o.description.trim().to_string();
            if o.needs_escalation() {
                what = format!("{what} [{}]", o.severity.label(lang));
            }
            vec![
                o.occurred_on.to_string(),
                time,
                m.names
                    .place_or_area(o.place_id, None)
                    .if_empty(|| m.names.area(Some(o.area_id))),
                m.names.event_type(o.event_type_id),
                crate::report::safety::marked(what, o.classification, lang),
                m.names.organisation_short(Some(o.reporting_org_id)),
            ]
        })
        .collect()
}

trait IfEmpty {
    fn if_empty(self, f: impl FnOnce() -> String) -> String;
}

impl IfEmpty for String {
    fn if_empty(self, f: impl FnOnce() -> String) -> String {
        if self.is_empty() { f() } else { self }
    }
}

pub(super) fn area(m: &Minutes, s: &AreaSummary, doc: &mut Document, lang: Lang) {
    doc.heading(2, s.area.clone());
    let mut fields = Vec::new();
    if let Some(a) = &s.assessment {
        // Every value below is the assessment's: intern with it.
        let marked = |text: String| crate::report::safety::marked(text, a.classification, lang);
        fields.push((
            t!(lang, "area-level"),
            marked(t!(
                lang,
                "area-level-value",
                level = a.level.label(lang),
                arrow = a.trend.arrow(),
                trend = a.trend.label(lang)
            )),
        ));
        if a.is_priority {
            let value = match a.priority_rank {
                Some(rank) => t!(lang, "area-priority-rank", rank = rank),
                None => t!(lang, "value-yes"),
            };
            fields.push((t!(lang, "area-priority"), marked(value)));
        }
        fields.push((
            t!(lang, "area-key-event-types"),
            marked(s.key_event_types.join(", ")),
        ));
        fields.push((t!(lang, "area-hot-spots"), marked(s.hot_spots.join(", "))));
    } else {
        fields.push((t!(lang, "area-level"), t!(lang, "area-not-assessed")));
    }
    let counts = s
        .counts
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    fields.push((
        t!(lang, "area-observations"),
        if s.observations.is_empty() {
            t!(lang, "area-no-observations")
        } else {
            t!(
                lang,
                "area-observation-count",
                count = s.observations.len(),
                kinds = counts
            )
        },
    ));
    doc.fields(fields);
    // This meeting's own words for the area; never another week's.
    match &s.assessment {
        Some(a) if !a.text.trim().is_empty() => doc.text(&crate::report::safety::marked_text(
            &a.text,
            a.classification,
            lang,
        )),
        Some(_) => doc.paragraph(t!(lang, "minutes-area-no-text")),
        None => {}
    }
    if !s.observations.is_empty() {
        doc.table(Table {
            caption: Some(t!(
                lang,
                "area-observations-caption",
                area = s.area.as_str(),
                period = range(m.period.0, m.period.1)
            )),
            headers: vec![
                t!(lang, "column-date"),
                t!(lang, "column-time"),
                t!(lang, "column-place"),
                t!(lang, "column-event-type"),
                t!(lang, "column-observation"),
                t!(lang, "column-reporter"),
            ],
            rows: observation_rows(s, m, lang),
            widths: vec![10, 6, 14, 13, 40, 10],
        });
    }
}
