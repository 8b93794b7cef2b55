//! One area in the minutes' lägesbild §: its assessment, counts and observations.

use super::model::{AreaSummary, Minutes};
use crate::domain::Vocabulary;
use crate::report::document::{Document, Table};

fn observation_rows(s: &AreaSummary, m: &Minutes) -> Vec<Vec<String>> {
    s.observations
        .iter()
        .map(|o| {
            let time = o
                .time_from
                .map(crate::domain::week::time_sv)
                .or(o.day_period.map(|p| p.label_sv().to_string()))
                .unwrap_or_default();
            let mut what = o.description.trim().to_string();
            if o.needs_escalation() {
                what = format!("{what} [{}]", o.severity.label_sv());
            }
            vec![
                o.occurred_on.to_string(),
                time,
                m.names
                    .place_or_area(o.place_id, None)
                    .if_empty(|| m.names.area(Some(o.area_id))),
                m.names.event_type(o.event_type_id),
                what,
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

pub(super) fn area(m: &Minutes, s: &AreaSummary, doc: &mut Document) {
    doc.heading(2, s.area.clone());
    let mut fields = Vec::new();
    if let Some(a) = &s.assessment {
        fields.push((
            "Läge".to_string(),
            format!(
                "{} – trend {} {}",
                a.level.label_sv(),
                a.trend.arrow(),
                a.trend.label_sv()
            ),
        ));
        if a.is_priority {
            let rank = a
                .priority_rank
                .map(|r| format!(" (nr {r})"))
                .unwrap_or_default();
            fields.push(("Prioriterat".to_string(), format!("ja{rank}")));
        }
        fields.push((
            "Centrala händelsetyper".into(),
            s.key_event_types.join(", "),
        ));
        fields.push(("Hot spots".into(), s.hot_spots.join(", ")));
    } else {
        fields.push(("Läge".into(), "inte bedömt".into()));
    }
    let counts = s
        .counts
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    fields.push((
        "Iakttagelser".into(),
        if s.observations.is_empty() {
            "inga under perioden".into()
        } else {
            format!("{} st: {counts}", s.observations.len())
        },
    ));
    doc.fields(fields);
    if let Some(a) = &s.assessment {
        doc.paragraph(a.text.trim());
    }
    if !s.observations.is_empty() {
        doc.table(Table {
            caption: Some(format!(
                "Iakttagelser i {} {}–{}",
                s.area, m.period.0, m.period.1
            )),
            headers: [
                "Datum",
                "Tid",
                "Plats",
                "Händelsetyp",
                "Iakttagelse",
                "Rapportör",
            ]
            .map(String::from)
            .to_vec(),
            rows: observation_rows(s, m),
            widths: vec![10, 6, 14, 13, 40, 10],
        });
    }
}
