//! The I/O side of the shared record machinery (`forms/record.rs`): a generated form's write
//! (one user action, so `u` takes it back), the stored record for an edit form, what refers
//! to a record before it is retired, and retiring it; the pickers' choices; and a record's
//! detail as a person reads it (references by name), for every screen's detail pane.

use std::collections::HashMap;

use serde_json::Value;

use crate::domain::field_values::{has_position, show_position, term_vocabulary};
use crate::domain::{EntityKind, Id, Lang, Term, Vocabulary};
use crate::store::referred_by::{NAMED, ReferredBy};
use crate::store::{Result, Store, StoreError};
use crate::tui::app::messages::Msg;
use crate::tui::forms::labels;
use crate::tui::forms::record::{PICKED, RecordEffect, RecordMsg, Write};
use crate::tui::forms::record_follow_up::FollowUpWrite;
use crate::tui::forms::registry::Choices;
use crate::tui::screens::register::words;

/// Carries out a record effect; a write answers `Written` (the record to select) and `Saved`.
pub fn execute(store: &mut Store, effect: RecordEffect) -> Result<Vec<Msg>> {
    Ok(match effect {
        RecordEffect::LoadChoices => vec![RecordMsg::Choices(Box::new(choices(store)?)).into()],
        RecordEffect::Save(write) => save(store, *write)?,
        RecordEffect::FollowUp(write) => {
            let FollowUpWrite {
                target,
                status,
                follow_up,
                label,
            } = *write;
            store.write_action(&label, |w| {
                if let Some(code) = &status {
                    w.set(target.kind, target.id, "status", code)?;
                }
                if let Some(f) = &follow_up {
                    w.create(f)?;
                }
                Ok(())
            })?;
            vec![
                RecordMsg::Written(target.id).into(),
                Msg::Saved {
                    label,
                    undoable: true,
                    hint: None,
                },
            ]
        }
        RecordEffect::Edit(kind, id) => {
            let record = store
                .record_json(kind, id)?
                .ok_or_else(|| StoreError::Invalid(crate::i18n::t!(Lang::Sv, "records-gone")))?;
            vec![RecordMsg::Stored { kind, id, record }.into()]
        }
        RecordEffect::AskRetire(target) => {
            // Counted per kind: an area on a large copy has thousands of observations.
            let referred = store.referred_by_record(target.kind, target.id)?;
            vec![RecordMsg::RetireAsked { target, referred }.into()]
        }
        RecordEffect::Purge(target) => {
            let purged = store.purge(target.kind, target.id)?;
            vec![Msg::Saved {
                label: purged.done_message(Lang::Sv, target.kind, target.id),
                undoable: false,
                hint: None,
            }]
        }
        RecordEffect::Retire { target, deactivate } => {
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
            vec![Msg::Saved {
                label,
                undoable: true,
                hint: None,
            }]
        }
    })
}

fn save(store: &mut Store, write: Write) -> Result<Vec<Msg>> {
    let Write {
        kind,
        id,
        link,
        classification,
        fields,
        label,
    } = write;
    let (written, undoable) = store.write_action(&label, |w| {
        let written = match id {
            None => {
                let id = w.create_json(kind, classification.unwrap_or_default(), fields)?;
                if let Some(link) = &link {
                    w.set(link.kind, link.id, link.field, id.to_string())?;
                }
                id
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
                id
            }
        };
        Ok((written, !w.ops().is_empty()))
    })?;
    Ok(vec![
        RecordMsg::Written(written).into(),
        Msg::Saved {
            label,
            undoable,
            hint: None,
        },
    ])
}

/// What the generated forms' pickers offer: terms and the records in use of every kind a form
/// may refer to (`PICKED`), in Swedish order.
pub fn choices(store: &Store) -> Result<Choices> {
    let mut records = Vec::with_capacity(PICKED.len());
    let mut retired = Vec::new();
    let mut located = Vec::new();
    for kind in PICKED {
        // A place's area is the refs' already; an area is no record "in" an area.
        if !matches!(kind, EntityKind::Place | EntityKind::Area) {
            located.extend(store.areas_of(kind)?);
        }
        let named = store
            .choices_of(kind)?
            .into_iter()
            .map(|n| (short(&n.name), n.id))
            .collect();
        records.push((kind, named));
        retired.extend(
            store
                .retired_of(kind)?
                .into_iter()
                .map(|n| (n.id, short(&n.name))),
        );
    }
    Ok(Choices {
        terms: store.in_use::<Term>()?,
        records,
        retired,
        located,
    })
}

/// A picker's line: the first line of a long text (a cause's description), cut.
fn short(name: &str) -> String {
    const WIDTH: usize = 60;
    let first = name.lines().next().unwrap_or_default().trim();
    if first.chars().count() > WIDTH || name.lines().nth(1).is_some() {
        let cut: String = first.chars().take(WIDTH - 1).collect();
        format!("{cut}…")
    } else {
        first.to_string()
    }
}

pub use crate::store::retire::in_use;

/// A field's stored value as text (a string as it is, null as nothing).
pub fn text(record: &Value, field: &str) -> String {
    match record.get(field) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

/// The label of a `data/` term by its code (the code itself when the term is unknown).
pub fn term_label(terms: &[Term], vocabulary: &str, code: &str, lang: Lang) -> String {
    terms
        .iter()
        .find(|t| t.vocabulary == vocabulary && t.code == code)
        .map(|t| term_text(t, lang).to_string())
        .unwrap_or_else(|| code.to_string())
}

/// A term's label in `lang`: the English one in English when the taxonomy has one, else the
/// Swedish (the taxonomies carry both as data).
pub fn term_text(term: &Term, lang: Lang) -> &str {
    match lang {
        Lang::En if !term.label_en.trim().is_empty() => &term.label_en,
        _ => &term.label_sv,
    }
}

/// Reads what a record's detail needs: the names of everything `kinds` may refer to (inactive
/// ones too: they stay in history) and the terms.
pub struct Names {
    names: HashMap<Id, String>,
    pub terms: Vec<Term>,
    /// What refers to each record of `kinds`, read once for the whole list.
    referred_by: HashMap<Id, Vec<ReferredBy>>,
    /// The language of the details' labels and values.
    pub lang: Lang,
}

impl Names {
    pub fn load(store: &Store, kinds: &[EntityKind], lang: Lang) -> Result<Names> {
        let mut names = HashMap::new();
        for kind in kinds {
            for target in kind.reference_fields().filter_map(|f| f.flags.refers) {
                for n in store.named(target, None)? {
                    names.insert(n.id, n.name);
                }
            }
        }
        let mut referred_by = HashMap::new();
        for kind in kinds {
            referred_by.extend(store.referred_by(*kind)?);
        }
        Ok(Names {
            names,
            terms: store.all()?,
            referred_by,
            lang,
        })
    }

    /// The name of a record the details may refer to.
    pub fn name_of(&self, id: Id) -> Option<&str> {
        self.names.get(&id).map(String::as_str)
    }
}

/// The whole record as a person reads it: (label, value), references by name, then what
/// refers to it (named when few, counted when many: an area has thousands of observations).
pub fn detail(kind: EntityKind, record: &Value, names: &Names) -> Vec<(String, String)> {
    let mut lines = fields(kind, record, names);
    let referred_by = record
        .get("id")
        .and_then(Value::as_str)
        .and_then(|s| s.parse::<Id>().ok())
        .and_then(|id| names.referred_by.get(&id));
    if let Some(tallies) = referred_by.filter(|t| !t.is_empty()) {
        let named: Vec<String> = referred_items(tallies, names.lang)
            .into_iter()
            .map(|(item, _)| item)
            .collect();
        lines.push((
            words::referred_by_label(names.lang).into(),
            named.join(", "),
        ));
    }
    lines
}

/// What refers to a record as a person reads it: per kind its records by name when they are
/// few, else their count ("7 platser"); each item with the number of records it stands for.
pub fn referred_items(tallies: &[ReferredBy], lang: Lang) -> Vec<(String, usize)> {
    tallies
        .iter()
        .flat_map(|t| {
            if t.count <= NAMED && t.names.len() == t.count {
                t.names
                    .iter()
                    .map(|name| {
                        let named = crate::i18n::t!(
                            lang,
                            "tui-record-named",
                            kind = t.kind.label(lang),
                            name = name.as_str()
                        );
                        (named, 1)
                    })
                    .collect()
            } else {
                vec![(t.kind.count_text(t.count, lang), t.count)]
            }
        })
        .collect()
}

fn fields(kind: EntityKind, record: &Value, names: &Names) -> Vec<(String, String)> {
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
                    .and_then(|id| names.names.get(&id).cloned())
                    .unwrap_or_else(|| def.show(v, names.lang))
            };
            match value {
                Value::Array(items) => items.iter().map(name).collect::<Vec<_>>().join(", "),
                Value::Null => def.show(value, names.lang),
                one => name(one),
            }
        } else if let Some(vocabulary) = term_vocabulary(kind, def) {
            term_label(
                &names.terms,
                vocabulary,
                &text(record, def.name),
                names.lang,
            )
        } else {
            def.show(value, names.lang)
        };
        lines.push((labels::field(kind, def.name, names.lang).to_string(), shown));
    }
    if has_position(kind) {
        let n = |f: &str| record.get(f).and_then(Value::as_f64);
        let shown = match (n("lat"), n("lon")) {
            (Some(lat), Some(lon)) => show_position(lat, lon),
            _ => crate::i18n::t!(names.lang, "value-empty"),
        };
        lines.push((labels::position_label(names.lang).into(), shown));
    }
    let class = record
        .get(labels::CLASSIFICATION)
        .and_then(Value::as_str)
        .and_then(crate::domain::Classification::parse)
        .map(|c| c.label(names.lang))
        .unwrap_or_default();
    lines.push((words::classification_label(names.lang).into(), class.into()));
    let active = if in_use(kind, record) {
        labels::yes(names.lang)
    } else {
        labels::no(names.lang)
    };
    lines.push((words::active_label(names.lang).into(), active.into()));
    lines
}
