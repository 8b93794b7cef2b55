//! The register screen's work against the store: a list with each record's detail (references
//! by name), the pickers' choices, and the writes of its forms and deletes, each one user
//! action (so `u` takes it back).

use std::collections::HashMap;

use serde_json::Value;

use crate::domain::field_values::{has_position, show_position, term_vocabulary};
use crate::domain::{
    Area, Classification, EntityKind, Id, Organisation, PoliceStatus, Term, Vocabulary,
};
use crate::store::collation::compare_sv;
use crate::store::retire::{Deactivation, deactivation};
use crate::store::{Result, Store};
use crate::tui::app::messages::Msg;
use crate::tui::forms::labels;
use crate::tui::forms::registry::Choices;
use crate::tui::screens::register::messages::{RegisterEffect, RegisterMsg, Write};
use crate::tui::screens::register::setup::Setup;
use crate::tui::screens::register::state::{Row, Section};
use crate::tui::screens::register::words;

pub fn execute(store: &mut Store, effect: RegisterEffect) -> Result<Msg> {
    Ok(match effect {
        RegisterEffect::Load(section) => RegisterMsg::Loaded {
            section,
            rows: rows(store, section)?,
            choices: choices(store)?,
            setup: setup(store)?,
        }
        .into(),
        RegisterEffect::AskRetire(target) => {
            let referrers = store
                .referrers(target.id)?
                .iter()
                .map(|r| format!("{} ”{}”", r.kind.label_sv(), r.name))
                .collect();
            RegisterMsg::RetireAsked { target, referrers }.into()
        }
        RegisterEffect::Retire { target, deactivate } => {
            let label = if deactivate {
                words::deactivated(target.kind, &target.name)
            } else {
                words::deleted(target.kind, &target.name)
            };
            store.write_action(&label, |w| {
                if deactivate {
                    w.deactivate(target.kind, target.id)
                } else {
                    w.delete_unreferenced(target.kind, target.id)
                }
            })?;
            Msg::Saved {
                label,
                undoable: true,
                hint: None,
            }
        }
        RegisterEffect::Save(write) => save(store, *write)?,
    })
}

fn save(store: &mut Store, write: Write) -> Result<Msg> {
    let Write {
        kind,
        id,
        classification,
        fields,
        label,
    } = write;
    let undoable = store.write_action(&label, |w| {
        match id {
            None => {
                w.create_json(kind, classification.unwrap_or_default(), fields)?;
            }
            Some(id) => {
                if let Some(c) = classification {
                    w.set(
                        kind,
                        id,
                        crate::domain::entity::CLASSIFICATION_FIELD,
                        c.code(),
                    )?;
                }
                for (name, value) in fields {
                    w.set(kind, id, &name, value)?;
                }
            }
        }
        Ok(!w.ops().is_empty())
    })?;
    Ok(Msg::Saved {
        label,
        undoable,
        hint: None,
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

/// What the generated forms' pickers offer: terms and records in use.
fn choices(store: &Store) -> Result<Choices> {
    let mut areas: Vec<(String, Id)> = store
        .in_use::<Area>()?
        .into_iter()
        .map(|a| (a.name, a.id))
        .collect();
    areas.sort_by(|a, b| compare_sv(&a.0, &b.0));
    let mut organisations: Vec<(String, Id)> = store
        .in_use::<Organisation>()?
        .into_iter()
        .map(|o| (o.name, o.id))
        .collect();
    organisations.sort_by(|a, b| compare_sv(&a.0, &b.0));
    Ok(Choices {
        terms: store.in_use::<Term>()?,
        records: vec![
            (EntityKind::Area, areas),
            (EntityKind::Organisation, organisations),
        ],
    })
}

/// Whether a stored record is in use (see `store::retire::deactivation`).
fn in_use(kind: EntityKind, record: &Value) -> bool {
    match deactivation(kind) {
        Deactivation::Active => record.get("active").and_then(Value::as_bool) != Some(false),
        Deactivation::Status { field, code } => {
            record.get(field).and_then(Value::as_str) != Some(code)
        }
        Deactivation::Unsupported => true,
    }
}

fn text(record: &Value, field: &str) -> String {
    match record.get(field) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

/// The list of a section, each row with its detail.
fn rows(store: &Store, section: Section) -> Result<Vec<Row>> {
    let kind = section.kind();
    let records = store.live_json(kind)?;
    // Names of everything a detail may refer to (inactive ones too: they stay in history).
    let mut names: HashMap<Id, String> = HashMap::new();
    for target in kind.reference_fields().filter_map(|f| f.flags.refers) {
        for n in store.named(target, None)? {
            names.insert(n.id, n.name);
        }
    }
    let terms: Vec<Term> = store.all()?;
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
        let referrers = store.referrers(id)?;
        let mut detail = detail(kind, &record, &names, &terms);
        if !referrers.is_empty() {
            let named: Vec<String> = referrers
                .iter()
                .map(|r| format!("{} ”{}”", r.kind.label_sv(), r.name))
                .collect();
            detail.push((words::REFERRED_BY_SV.into(), named.join(", ")));
        }
        rows.push(Row {
            id,
            name: text(&record, name_field),
            depth: 0,
            note: note(kind, &record, &terms),
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
fn note(kind: EntityKind, record: &Value, terms: &[Term]) -> String {
    let term = kind
        .field("kind")
        .and_then(|def| term_vocabulary(kind, def))
        .map(|vocabulary| term_label(terms, vocabulary, &text(record, "kind")))
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
        _ => term,
    }
}

fn term_label(terms: &[Term], vocabulary: &str, code: &str) -> String {
    terms
        .iter()
        .find(|t| t.vocabulary == vocabulary && t.code == code)
        .map(|t| t.label_sv.clone())
        .unwrap_or_else(|| code.to_string())
}

/// The whole record as a person reads it.
fn detail(
    kind: EntityKind,
    record: &Value,
    names: &HashMap<Id, String>,
    terms: &[Term],
) -> Vec<(String, String)> {
    let mut lines = Vec::new();
    for def in kind.fields() {
        if matches!(def.name, "active" | "lat" | "lon") || def.name == "pii_confirmed" {
            continue;
        }
        let value = record.get(def.name).unwrap_or(&Value::Null);
        let shown = if def.reference {
            let name = |v: &Value| {
                v.as_str()
                    .and_then(|s| s.parse::<Id>().ok())
                    .and_then(|id| names.get(&id).cloned())
                    .unwrap_or_else(|| def.show(v, crate::domain::Lang::Sv))
            };
            match value {
                Value::Array(items) => items.iter().map(name).collect::<Vec<_>>().join(", "),
                Value::Null => def.show(value, crate::domain::Lang::Sv),
                one => name(one),
            }
        } else if let Some(vocabulary) = term_vocabulary(kind, def) {
            term_label(terms, vocabulary, &text(record, def.name))
        } else {
            def.show(value, crate::domain::Lang::Sv)
        };
        lines.push((labels::field_sv(kind, def.name).to_string(), shown));
    }
    if has_position(kind) {
        let n = |f: &str| record.get(f).and_then(Value::as_f64);
        let shown = match (n("lat"), n("lon")) {
            (Some(lat), Some(lon)) => show_position(lat, lon),
            _ => "(tomt)".into(),
        };
        lines.push((labels::POSITION_SV.into(), shown));
    }
    let class = record
        .get("classification")
        .and_then(Value::as_str)
        .and_then(Classification::parse)
        .map(|c| c.label_sv())
        .unwrap_or_default();
    lines.push((words::CLASSIFICATION_SV.into(), class.into()));
    let active = if in_use(kind, record) { "ja" } else { "nej" };
    lines.push((words::ACTIVE_SV.into(), active.into()));
    lines
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
