//! Lays the gathered minutes out as a document, in the order Swedish minutes use: header
//! fields, attendance, numbered §, the action list, signatures.

use super::areas::area;
use super::model::Minutes;
use crate::domain::week::{date_long_sv, time_span_sv, weekday_sv};
use crate::domain::{Action, AgendaItem, AgendaKind, MeetingStatus, Presence, Vocabulary};
use crate::report::Options;
use crate::report::actions::{due_week, status_text};
use crate::report::document::{Document, Span, Table};

fn heading(item: &AgendaItem) -> String {
    let title = if item.title.trim().is_empty() {
        item.kind.label_sv().to_string()
    } else {
        item.title.trim().to_string()
    };
    format!("§ {} {title}", item.number)
}

/// "Beslut: att …" with the lead-in in bold; tolerates text that already says "Beslut:".
fn decision(doc: &mut Document, text: &str) {
    let t = text.trim();
    let t = t.strip_prefix("Beslut:").unwrap_or(t).trim();
    if !t.is_empty() {
        doc.spans(vec![Span::bold("Beslut:"), Span::plain(t)]);
    }
}

fn header(m: &Minutes, doc: &mut Document) {
    let mt = &m.meeting;
    let status = match (mt.status, mt.approved_on) {
        (MeetingStatus::Justerat, Some(d)) => format!("Justerad {d}"),
        (MeetingStatus::Justerat, None) => "Justerad".to_string(),
        _ => "Utkast".to_string(),
    };
    doc.fields(vec![
        (
            "Datum".into(),
            format!(
                "{} ({}, vecka {})",
                mt.date,
                weekday_sv(mt.date),
                mt.week().week()
            ),
        ),
        ("Tid".into(), time_span_sv(mt.start_time, mt.end_time)),
        ("Plats".into(), mt.location.clone()),
        ("Ordförande".into(), mt.chair.clone()),
        ("Antecknare".into(), mt.note_taker.clone()),
        ("Justerare".into(), mt.adjuster.clone().unwrap_or_default()),
        ("Dnr".into(), mt.dnr.clone().unwrap_or_default()),
        ("Status".into(), status),
    ]);
}

fn attendance(m: &Minutes, doc: &mut Document) {
    let present: Vec<_> = m
        .attendance
        .iter()
        .filter(|a| a.presence != Presence::Forhinder && !a.adjunct)
        .collect();
    doc.heading(1, "Närvarande");
    if present.is_empty() {
        doc.paragraph("Ingen närvaro är registrerad.");
    } else {
        doc.table(Table {
            caption: None,
            headers: vec!["Organisation".into(), "Funktion".into(), "Närvaro".into()],
            rows: present
                .iter()
                .map(|a| {
                    let presence = match (a.presence, a.until_item) {
                        (Presence::Delvis, Some(n)) => format!("delvis, t.o.m. § {n}"),
                        (Presence::Delvis, None) => "delvis".into(),
                        _ => "närvarande".into(),
                    };
                    vec![a.organisation.clone(), a.functions.clone(), presence]
                })
                .collect(),
            widths: vec![5, 5, 2],
        });
    }
    let list = |f: &dyn Fn(&&super::model::AttendanceLine) -> bool| {
        m.attendance
            .iter()
            .filter(f)
            .map(|a| {
                if a.functions.is_empty() {
                    a.organisation.clone()
                } else {
                    format!("{} ({})", a.organisation, a.functions)
                }
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let apologies = list(&|a| a.presence == Presence::Forhinder);
    let adjunct = list(&|a| a.adjunct && a.presence != Presence::Forhinder);
    doc.fields(vec![
        ("Anmält förhinder".into(), apologies),
        ("Adjungerade".into(), adjunct),
    ]);
}

fn follow_up(m: &Minutes, o: &Options, doc: &mut Document) {
    if !m.follow_ups.is_empty() {
        doc.table(Table {
            caption: Some("Uppföljning av tidigare beslutade åtgärder".into()),
            headers: ["Åtgärd", "Ansvarig", "Status", "Kommentar"]
                .map(String::from)
                .to_vec(),
            rows: m
                .follow_ups
                .iter()
                .map(|f| {
                    vec![
                        f.action.title.clone(),
                        m.names.organisation_short(f.action.responsible_org_id),
                        status_text(&f.action, o.today),
                        f.comment.clone(),
                    ]
                })
                .collect(),
            widths: vec![5, 3, 2, 6],
        });
    } else if !m.open_earlier.is_empty() {
        doc.table(Table {
            caption: Some("Öppna åtgärder från tidigare möten".into()),
            headers: ["Åtgärd", "Ansvarig", "Klart senast", "Status"]
                .map(String::from)
                .to_vec(),
            rows: m
                .open_earlier
                .iter()
                .map(|a| {
                    vec![
                        a.title.clone(),
                        m.names.organisation_short(a.responsible_org_id),
                        a.due_on.map(|d| d.to_string()).unwrap_or_default(),
                        status_text(a, o.today),
                    ]
                })
                .collect(),
            widths: vec![6, 3, 2, 3],
        });
    } else {
        doc.paragraph("Inga öppna åtgärder från tidigare möten.");
    }
}

fn analysis(m: &Minutes, doc: &mut Document) {
    let priorities: Vec<String> = m
        .areas
        .iter()
        .filter_map(|s| {
            let a = s.assessment.as_ref().filter(|a| a.is_priority)?;
            let spots = if s.hot_spots.is_empty() {
                String::new()
            } else {
                format!("; hot spots: {}", s.hot_spots.join(", "))
            };
            Some(format!(
                "{} – {} {}{spots}",
                s.area,
                a.level.label_sv(),
                a.trend.arrow()
            ))
        })
        .collect();
    if priorities.is_empty() {
        doc.paragraph("Inga områden prioriterades.");
    } else {
        doc.paragraph("Prioriterade områden till nästa vecka:");
        doc.bullets(priorities);
    }
}

fn next_meeting(m: &Minutes, doc: &mut Document) {
    match &m.next {
        Some(n) => doc.paragraph(
            format!(
                "Nästa möte: {} {} {}, {}.",
                weekday_sv(n.date),
                date_long_sv(n.date),
                time_span_sv(n.start_time, n.end_time),
                n.location
            )
            .replace("  ", " ")
            .replace(" ,", ","),
        ),
        None => doc.paragraph("Nästa möte är inte bestämt."),
    }
}

/// Which § an action belongs to: its area's §, else the decisions §.
fn item_of(m: &Minutes, a: &Action) -> Option<i64> {
    let by_area = m.items.iter().find(|i| {
        i.kind == AgendaKind::Omrade
            && i.area_id.is_some()
            && a.area_id.is_some_and(|area| {
                m.names
                    .area_with_descendants(i.area_id.unwrap_or(area))
                    .contains(&area)
            })
    });
    by_area
        .or_else(|| m.items.iter().find(|i| i.kind == AgendaKind::Beslut))
        .map(|i| i.number)
}

fn action_table(m: &Minutes, o: &Options, doc: &mut Document) {
    doc.heading(1, "Åtgärdslista");
    if m.decided.is_empty() {
        doc.paragraph("Inga nya åtgärder beslutades.");
        return;
    }
    doc.table(Table {
        caption: None,
        headers: [
            "Nr",
            "§",
            "Åtgärd",
            "Plats",
            "Ansvarig organisation",
            "Klart senast",
            "Vecka",
            "Status",
        ]
        .map(String::from)
        .to_vec(),
        rows: m
            .decided
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let owner = m.names.organisation(a.responsible_org_id);
                let owner = match a.responsible_function.trim() {
                    "" => owner,
                    f => format!("{owner} ({f})"),
                };
                let title = match a.recurrence.as_deref().map(str::trim) {
                    Some(r) if !r.is_empty() => format!("{} ({r})", a.title),
                    _ => a.title.clone(),
                };
                vec![
                    (i + 1).to_string(),
                    item_of(m, a).map(|n| n.to_string()).unwrap_or_default(),
                    title,
                    m.names.place_or_area(a.place_id, a.area_id),
                    owner,
                    a.due_on.map(|d| d.to_string()).unwrap_or_default(),
                    due_week(a),
                    status_text(a, o.today),
                ]
            })
            .collect(),
        widths: vec![4, 3, 20, 16, 17, 11, 7, 10],
    });
}

pub fn layout(m: &Minutes, o: &Options) -> Document {
    let mt = &m.meeting;
    let title = o.minutes_title.label().to_string();
    let mut doc = Document {
        name: format!("{title} {} – {}", mt.date, mt.group_name),
        sender: m.sender.clone(),
        title,
        subtitle: Some(format!(
            "{} – gemensam lägesbild, vecka {}",
            mt.group_name,
            mt.week().week()
        )),
        header_note: match &mt.dnr {
            Some(d) if !d.is_empty() => format!("{} · Dnr {d}", mt.date),
            _ => mt.date.to_string(),
        },
        stamp: m.gate.stamp(),
        internal_notice: m.gate.internal_notice(),
        generated: o.generated_line(),
        landscape: false,
        blocks: Vec::new(),
    };
    header(m, &mut doc);
    attendance(m, &mut doc);
    let area_items: Vec<_> = m.items.iter().filter_map(|i| i.area_id).collect();
    let mut areas_done = false;
    let last_area_item = m.items.iter().rposition(|i| i.kind == AgendaKind::Omrade);
    for (pos, item) in m.items.iter().enumerate() {
        doc.heading(1, heading(item));
        doc.paragraph(item.text.trim());
        match item.kind {
            AgendaKind::Uppfoljning => follow_up(m, o, &mut doc),
            AgendaKind::Omrade => {
                doc.paragraph(format!(
                    "Period {}–{}. Lägesbilden beskriver platser och situationer, inte personer.",
                    m.period.0, m.period.1
                ));
                // The picture's summary, unless the § text already says it in its own words.
                if let Some(p) = &m.picture
                    && !areas_done
                    && item.text.trim().is_empty()
                {
                    doc.paragraph(p.summary.trim());
                }
                match item.area_id {
                    Some(a) => {
                        for s in m.areas.iter().filter(|s| s.area_id == a) {
                            area(m, s, &mut doc);
                        }
                    }
                    None if !areas_done => {
                        for s in m.areas.iter().filter(|s| !area_items.contains(&s.area_id)) {
                            area(m, s, &mut doc);
                        }
                        areas_done = true;
                    }
                    None => {}
                }
                // Areas without an own § go under the last area § when no general one exists.
                if Some(pos) == last_area_item && !areas_done {
                    let rest: Vec<_> = m
                        .areas
                        .iter()
                        .filter(|s| !area_items.contains(&s.area_id))
                        .collect();
                    if !rest.is_empty() {
                        doc.heading(2, "Övriga områden");
                        for s in rest {
                            area(m, s, &mut doc);
                        }
                    }
                }
            }
            AgendaKind::Analys => analysis(m, &mut doc),
            AgendaKind::Beslut if item.decision.is_none() && !m.decided.is_empty() => {
                doc.paragraph(format!(
                    "Gruppen beslutade om {} åtgärder; se åtgärdslistan.",
                    m.decided.len()
                ));
            }
            AgendaKind::NastaMote if item.text.trim().is_empty() => next_meeting(m, &mut doc),
            _ => {}
        }
        if let Some(d) = &item.decision {
            decision(&mut doc, d);
        }
    }
    if !mt.notes.trim().is_empty() {
        doc.heading(1, "Anteckningar");
        doc.paragraph(mt.notes.trim());
    }
    action_table(m, o, &mut doc);
    let distribution = m
        .picture
        .as_ref()
        .map(|p| p.distribution.clone())
        .unwrap_or_default();
    doc.fields(vec![
        ("Vid anteckningarna".into(), mt.note_taker.clone()),
        ("Justeras".into(), mt.adjuster.clone().unwrap_or_default()),
        ("Sändlista".into(), distribution),
    ]);
    doc
}
