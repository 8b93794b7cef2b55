//! The register screen's work against the store: a list with each record's detail (references
//! by name, `app::records::detail`) and how far the copy is set up. Its writes are the shared
//! record machinery's (`app/records.rs`).

use std::collections::HashMap;

use serde_json::Value;

use crate::domain::field_values::term_vocabulary;
use crate::domain::{Area, EntityKind, Id, Organisation, PoliceStatus, Vocabulary};
use crate::store::collation::compare_sv;
use crate::store::{Result, Store};
use crate::tui::app::messages::Msg;
use crate::tui::app::records::{Names, detail, in_use, term_label, text};
use crate::tui::screens::register::messages::{RegisterEffect, RegisterMsg};
use crate::tui::screens::register::setup::Setup;
use crate::tui::screens::register::state::{Row, Section};

pub fn execute(
    store: &mut Store,
    effect: RegisterEffect,
    lang: crate::domain::Lang,
) -> Result<Msg> {
    Ok(match effect {
        RegisterEffect::Load(section) => RegisterMsg::Loaded {
            section,
            rows: rows(store, section, lang)?,
            setup: setup(store)?,
        }
        .into(),
    })
}

/// How far the copy is set up: what the checklist counts.
fn setup(store: &Store) -> Result<Setup> {
    let own = store
        .setting(crate::store::meta::OWN_ORGANISATION)?
        .and_then(|v| v.parse::<Id>().ok());
    Ok(Setup {
        areas: store.in_use::<Area>()?.len(),
        places: store.in_use::<crate::domain::Place>()?.len(),
        partners: store
            .in_use::<Organisation>()?
            .iter()
            .filter(|o| Some(o.id) != own)
            .count(),
        series: usize::from(store.meeting_series_in_use()?.is_some()),
        meetings: store.all::<crate::domain::Meeting>()?.len(),
    })
}

/// The list of a section, each row with its detail.
fn rows(store: &Store, section: Section, lang: crate::domain::Lang) -> Result<Vec<Row>> {
    let kind = section.kind();
    let records = store.live_json(kind)?;
    let names = Names::load(store, &[kind], lang)?;
    let name_field = kind.name_field().unwrap_or("name");
    let mut rows = Vec::new();
    for record in records {
        let Some(id) = record
            .get("id")
            .and_then(Value::as_str)
            .and_then(|s| s.parse().ok())
        else {
            continue;
        };
        let detail = detail(kind, &record, &names);
        rows.push(Row {
            id,
            name: text(&record, name_field),
            depth: 0,
            note: note(kind, &record, &names),
            active: in_use(kind, &record),
            detail,
            record,
        });
    }
    Ok(match section {
        Section::Areas => tree(rows),
        Section::EventTypes => {
            rows.sort_by_key(|r| r.record.get("sort").and_then(Value::as_i64).unwrap_or(0));
            rows
        }
        _ => {
            rows.sort_by(|a, b| compare_sv(&a.name, &b.name));
            rows
        }
    })
}

/// What the list shows after a name: its kind; an area's code and police status (with its
/// year), an organisation's short name, an event type's code.
fn note(kind: EntityKind, record: &Value, names: &Names) -> String {
    let terms = &names.terms;
    let term = kind
        .field("kind")
        .and_then(|def| term_vocabulary(kind, def))
        .map(|vocabulary| term_label(terms, vocabulary, &text(record, "kind"), names.lang))
        .unwrap_or_default();
    let joined = |parts: Vec<String>| {
        parts
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" · ")
    };
    match kind {
        EntityKind::Area => {
            let status = record
                .get("police_status")
                .and_then(Value::as_str)
                .and_then(PoliceStatus::parse)
                .filter(|s| *s != PoliceStatus::Ingen)
                .map(|s| format!("{} {}", s.label_sv(), text(record, "police_status_year")))
                .unwrap_or_default();
            joined(vec![term, text(record, "code"), status.trim().to_string()])
        }
        EntityKind::Organisation => joined(vec![text(record, "short_name"), term]),
        EntityKind::EventType => text(record, "code"),
        // A function is known with its organisation.
        EntityKind::Participant => record
            .get("organisation_id")
            .and_then(Value::as_str)
            .and_then(|s| s.parse::<Id>().ok())
            .and_then(|id| names.name_of(id))
            .unwrap_or_default()
            .to_string(),
        _ => term,
    }
}

/// Areas as a tree: each under its parent, siblings in Swedish order; an area whose parent is
/// gone stands at the top.
fn tree(rows: Vec<Row>) -> Vec<Row> {
    let ids: std::collections::HashSet<Id> = rows.iter().map(|r| r.id).collect();
    let parent = |r: &Row| {
        r.record
            .get("parent_id")
            .and_then(Value::as_str)
            .and_then(|s| s.parse::<Id>().ok())
            .filter(|p| ids.contains(p) && *p != r.id)
    };
    let mut children: HashMap<Option<Id>, Vec<Row>> = HashMap::new();
    for r in rows {
        children.entry(parent(&r)).or_default().push(r);
    }
    for list in children.values_mut() {
        list.sort_by(|a, b| compare_sv(&a.name, &b.name));
    }
    let mut out = Vec::new();
    let mut stack: Vec<(Row, usize)> = children
        .remove(&None)
        .unwrap_or_default()
        .into_iter()
        .rev()
        .map(|r| (r, 0))
        .collect();
    while let Some((mut row, depth)) = stack.pop() {
        row.depth = depth;
        let kids = children.remove(&Some(row.id)).unwrap_or_default();
        out.push(row);
        for kid in kids.into_iter().rev() {
            stack.push((kid, depth + 1));
        }
    }
    // A cycle of parents (which the store's validation should prevent) is still listed.
    for (_, rest) in children {
        out.extend(rest);
    }
    out
}
