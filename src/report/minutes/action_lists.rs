//! The minutes' lists of actions: §3's follow-up of earlier actions (with their count, as the
//! meeting screen counts them) and the action list of what the meeting decided. Lateness is
//! judged on the meeting day, as the meeting saw it.

use super::model::Minutes;
use crate::domain::{Action, AgendaKind, Lang};
use crate::i18n::t;
use crate::report::Options;
use crate::report::actions::{due_week, status_text};
use crate::report::document::{Document, Table};
use crate::report::safety::marked;

/// §3: what was said about earlier actions, then every action still open when the meeting
/// closed, with its count; lateness is judged on the meeting day, as the meeting saw it.
pub(super) fn follow_up(m: &Minutes, doc: &mut Document, lang: Lang) {
    let day = m.meeting.date;
    if !m.follow_ups.is_empty() {
        doc.table(Table {
            caption: Some(t!(lang, "minutes-follow-up-caption")),
            headers: vec![
                t!(lang, "column-action"),
                t!(lang, "column-responsible"),
                t!(lang, "column-status"),
                t!(lang, "column-comment"),
            ],
            rows: m
                .follow_ups
                .iter()
                .map(|f| {
                    vec![
                        marked(f.action.title.clone(), f.action.classification, lang),
                        m.names.organisation_short(f.action.responsible_org_id),
                        status_text(&f.action, day, lang),
                        marked(f.comment.clone(), f.classification, lang),
                    ]
                })
                .collect(),
            widths: vec![5, 3, 2, 6],
        });
    }
    let late = m.open_earlier.iter().filter(|a| a.is_overdue(day)).count();
    doc.paragraph(t!(
        lang,
        "minutes-open-count",
        count = m.open_earlier.len(),
        late = late
    ));
    if !m.open_earlier.is_empty() {
        doc.table(Table {
            caption: Some(t!(lang, "minutes-open-earlier-caption")),
            headers: vec![
                t!(lang, "column-action"),
                t!(lang, "column-responsible"),
                t!(lang, "column-due"),
                t!(lang, "column-status"),
            ],
            rows: m
                .open_earlier
                .iter()
                .map(|a| {
                    vec![
                        marked(a.title.clone(), a.classification, lang),
                        m.names.organisation_short(a.responsible_org_id),
                        a.due_on.map(|d| d.to_string()).unwrap_or_default(),
                        status_text(a, day, lang),
                    ]
                })
                .collect(),
            widths: vec![6, 3, 2, 3],
        });
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

pub(super) fn action_table(m: &Minutes, o: &Options, doc: &mut Document) {
    let lang = o.lang;
    doc.heading(1, t!(lang, "minutes-action-list"));
    if m.decided.is_empty() {
        doc.paragraph(t!(lang, "minutes-no-new-actions"));
        return;
    }
    doc.table(Table {
        caption: None,
        headers: vec![
            t!(lang, "column-number"),
            "§".to_string(),
            t!(lang, "column-action"),
            t!(lang, "column-place"),
            t!(lang, "column-responsible-organisation"),
            t!(lang, "column-due"),
            t!(lang, "column-week"),
            t!(lang, "column-status"),
        ],
        rows: m
            .decided
            .iter()
            .enumerate()
            .map(|(i, a)| {
                // The short name, as in §3's tables: a full one ("Sjöviks kommun,
                // samhällsbyggnadsförvaltningen") broke mid-word in Word's narrow column.
                let owner = m.names.organisation_short(a.responsible_org_id);
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
                    marked(title, a.classification, lang),
                    m.names.place_or_area(a.place_id, a.area_id),
                    owner,
                    a.due_on.map(|d| d.to_string()).unwrap_or_default(),
                    due_week(a, lang),
                    status_text(a, m.meeting.date, lang),
                ]
            })
            .collect(),
        widths: vec![4, 3, 20, 16, 17, 11, 7, 10],
    });
}
