//! Lays the gathered minutes out as a document, in the order Swedish minutes use: header
//! fields, attendance, numbered §, the action list, signatures.

use super::action_lists::{action_table, follow_up};
use super::areas::area;
use super::model::Minutes;
use super::signatures::signatures;
use crate::domain::{AgendaItem, AgendaKind, IsoWeek, Lang, MeetingStatus, Presence, Vocabulary};
use crate::i18n::dates::{date_long, time_span, weekday};
use crate::i18n::{range, t};
use crate::report::Options;
use crate::report::document::{Document, Span, Table};
use crate::report::safety::{marked, marked_text};

fn heading(item: &AgendaItem, lang: Lang) -> String {
    // A title that is only the standard name of its kind is shown in the document's language.
    let standard = Lang::ALL
        .iter()
        .any(|l| item.title.trim() == item.kind.label(*l));
    let title = if item.title.trim().is_empty() || standard {
        item.kind.label(lang).to_string()
    } else {
        item.title.trim().to_string()
    };
    format!("§ {} {title}", item.number)
}

/// "Beslut: att …" with the lead-in in bold; tolerates text that already says "Beslut:".
fn decision(doc: &mut Document, text: &str, lang: Lang) {
    let lead = t!(lang, "minutes-decision");
    // The text may already start with the lead-in, in any language.
    let text = Lang::ALL.iter().fold(text.trim(), |text, l| {
        let lead = t!(*l, "minutes-decision");
        text.strip_prefix(lead.as_str()).unwrap_or(text).trim()
    });
    let mut lines = text.splitn(2, '\n');
    let first = lines.next().unwrap_or_default().trim();
    if !first.is_empty() {
        doc.spans(vec![Span::bold(lead), Span::plain(first)]);
    }
    doc.text(lines.next().unwrap_or_default());
}

fn header(m: &Minutes, doc: &mut Document, o: &Options) {
    let lang = o.lang;
    let mt = &m.meeting;
    let status = match (mt.status, mt.approved_on) {
        (MeetingStatus::Justerat, Some(d)) => {
            t!(lang, "minutes-approved-on", date = d.to_string())
        }
        (MeetingStatus::Justerat, None) => t!(lang, "minutes-approved"),
        _ => t!(lang, "minutes-draft"),
    };
    doc.fields(vec![
        (
            t!(lang, "minutes-field-date"),
            t!(
                lang,
                "minutes-date-value",
                date = mt.date.to_string(),
                weekday = weekday(lang, mt.date),
                week = mt.week().week()
            ),
        ),
        (
            t!(lang, "minutes-field-time"),
            time_span(lang, mt.start_time, mt.end_time),
        ),
        (t!(lang, "minutes-field-place"), mt.location.clone()),
        (t!(lang, "minutes-field-chair"), mt.chair.clone()),
        (
            t!(lang, super::signatures::writer_field(o)),
            mt.note_taker.clone(),
        ),
        (
            t!(lang, "minutes-field-adjuster"),
            mt.adjuster.clone().unwrap_or_default(),
        ),
        (
            t!(lang, "minutes-field-dnr"),
            mt.dnr.clone().unwrap_or_default(),
        ),
        (t!(lang, "minutes-field-status"), status),
    ]);
}

fn attendance(m: &Minutes, doc: &mut Document, lang: Lang) {
    let present: Vec<_> = m
        .attendance
        .iter()
        .filter(|a| a.presence != Presence::Forhinder && !a.adjunct)
        .collect();
    doc.heading(1, t!(lang, "minutes-present"));
    if present.is_empty() {
        doc.paragraph(t!(lang, "minutes-no-attendance"));
    } else {
        doc.table(Table {
            caption: None,
            headers: vec![
                t!(lang, "column-organisation"),
                t!(lang, "column-function"),
                t!(lang, "column-presence"),
            ],
            rows: present
                .iter()
                .map(|a| {
                    let presence = match (a.presence, a.until_item) {
                        (Presence::Delvis, Some(n)) => t!(lang, "minutes-partly-until", item = n),
                        (Presence::Delvis, None) => t!(lang, "minutes-partly"),
                        _ => t!(lang, "minutes-present-value"),
                    };
                    vec![
                        marked(a.organisation.clone(), a.classification, lang),
                        a.functions.clone(),
                        presence,
                    ]
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
                let line = if a.functions.is_empty() {
                    a.organisation.clone()
                } else {
                    format!("{} ({})", a.organisation, a.functions)
                };
                marked(line, a.classification, lang)
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let apologies = list(&|a| a.presence == Presence::Forhinder);
    let adjunct = list(&|a| a.adjunct && a.presence != Presence::Forhinder);
    doc.fields(vec![
        (t!(lang, "minutes-apologies"), apologies),
        (t!(lang, "minutes-adjunct"), adjunct),
    ]);
}

fn analysis(m: &Minutes, doc: &mut Document, lang: Lang) {
    let priorities: Vec<String> = m
        .areas
        .iter()
        .filter_map(|s| {
            let a = s.assessment.as_ref().filter(|a| a.is_priority)?;
            let (area, level, arrow) = (s.area.as_str(), a.level.label(lang), a.trend.arrow());
            let line = if s.hot_spots.is_empty() {
                t!(
                    lang,
                    "minutes-priority-line",
                    area = area,
                    level = level,
                    arrow = arrow
                )
            } else {
                let spots = s.hot_spots.join(", ");
                t!(
                    lang,
                    "minutes-priority-line-spots",
                    area = area,
                    level = level,
                    arrow = arrow,
                    spots = spots
                )
            };
            Some(marked(line, a.classification, lang))
        })
        .collect();
    if priorities.is_empty() {
        doc.paragraph(t!(lang, "minutes-no-priorities"));
    } else {
        doc.paragraph(t!(lang, "minutes-priorities"));
        doc.bullets(priorities);
    }
}

fn next_meeting(m: &Minutes, doc: &mut Document, lang: Lang) {
    match &m.next {
        Some(n) => doc.paragraph(marked(
            t!(
                lang,
                "minutes-next-meeting",
                weekday = weekday(lang, n.date),
                date = date_long(lang, n.date),
                time = time_span(lang, n.start_time, n.end_time),
                place = n.location.as_str()
            )
            .replace("  ", " ")
            .replace(" ,", ","),
            n.classification,
            lang,
        )),
        None => doc.paragraph(t!(lang, "minutes-next-undecided")),
    }
}

/// The period's dates and ISO weeks, and what counts as a reported event (said once).
fn events_period(m: &Minutes, lang: Lang) -> String {
    let (from, to) = (
        IsoWeek::of(m.period.0).week(),
        IsoWeek::of(m.period.1).week(),
    );
    let weeks = if from == to {
        from.to_string()
    } else {
        format!("{from}–{to}")
    };
    t!(
        lang,
        "minutes-events-period",
        period = range(m.period.0, m.period.1),
        weeks = weeks
    )
}

pub fn layout(m: &Minutes, o: &Options) -> Document {
    let lang = o.lang;
    let mt = &m.meeting;
    let title = o.minutes_title.label(lang);
    let mut doc = Document {
        name: format!("{title} {} – {}", mt.date, mt.group_name),
        sender: m.sender.clone(),
        title,
        subtitle: Some(t!(
            lang,
            "minutes-subtitle",
            group = mt.group_name.as_str(),
            week = mt.week().week()
        )),
        header_note: match &mt.dnr {
            Some(d) if !d.is_empty() => {
                t!(
                    lang,
                    "minutes-header-dnr",
                    date = mt.date.to_string(),
                    dnr = d.as_str()
                )
            }
            _ => mt.date.to_string(),
        },
        stamp: m.gate.stamp(lang),
        // The minutes mark their intern rows, and say so.
        internal_notice: m
            .gate
            .internal_notice(lang)
            .map(|_| t!(lang, "minutes-internal-notice")),
        generated: o.generated_line(),
        landscape: false,
        blocks: Vec::new(),
        lang,
    };
    header(m, &mut doc, o);
    attendance(m, &mut doc, lang);
    let area_items: Vec<_> = m.items.iter().filter_map(|i| i.area_id).collect();
    let mut areas_done = false;
    let last_area_item = m.items.iter().rposition(|i| i.kind == AgendaKind::Omrade);
    for (pos, item) in m.items.iter().enumerate() {
        doc.heading(1, heading(item, lang));
        doc.text(&marked_text(&item.text, item.classification, lang));
        match item.kind {
            AgendaKind::Uppfoljning => follow_up(m, &mut doc, lang),
            AgendaKind::Omrade => {
                doc.paragraph(events_period(m, lang));
                // The picture's summary, unless the § text already says it in its own words.
                if let Some(p) = &m.picture
                    && !areas_done
                    && item.text.trim().is_empty()
                {
                    doc.text(&marked_text(&p.summary, p.classification, lang));
                }
                match item.area_id {
                    Some(a) => {
                        for s in m.areas.iter().filter(|s| s.area_id == a) {
                            area(m, s, &mut doc, lang);
                        }
                    }
                    None if !areas_done => {
                        for s in m.areas.iter().filter(|s| !area_items.contains(&s.area_id)) {
                            area(m, s, &mut doc, lang);
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
                        doc.heading(2, t!(lang, "minutes-other-areas"));
                        for s in rest {
                            area(m, s, &mut doc, lang);
                        }
                    }
                }
            }
            AgendaKind::Analys => analysis(m, &mut doc, lang),
            AgendaKind::Beslut if item.decision.is_none() && !m.decided.is_empty() => {
                doc.paragraph(t!(lang, "minutes-decided", count = m.decided.len()));
            }
            AgendaKind::NastaMote if item.text.trim().is_empty() => next_meeting(m, &mut doc, lang),
            _ => {}
        }
        if let Some(d) = &item.decision {
            decision(&mut doc, &marked_text(d, item.classification, lang), lang);
        }
    }
    if !mt.notes.trim().is_empty() {
        doc.heading(1, t!(lang, "minutes-notes"));
        doc.text(&marked_text(&mt.notes, mt.classification, lang));
    }
    action_table(m, o, &mut doc);
    signatures(m, o, &mut doc);
    doc
}
