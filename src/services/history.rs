//! A record's history as people read it: when (local time, Swedish style), who (the function
//! that wrote it and its organisation or partner), what (a field by its label, a value by its
//! label or name). The command line's `history` and the TUI's history overlay both read it
//! here; the ops themselves come from `Store::history`.

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::domain::{EntityKind, FieldDef, Id, Lang, OpKind, Organisation, Vocabulary};
use crate::i18n::t;
use crate::store::{Result, Store};

/// One change, worded.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryLine {
    /// "2026-11-19 kl. 14.05", local time.
    pub when: String,
    /// Who wrote it: the actor (a function, or the copy's user).
    pub who: String,
    /// From which copy: this copy's organisation or a partner's name.
    pub party: String,
    /// What the op did (create, set, delete …) and its label ("ny post", "ändring" …).
    pub kind: OpKind,
    pub change: String,
    /// The field's label; empty for a whole-record change.
    pub field: String,
    /// The value it had and the value it got (for a field change).
    pub old: Option<String>,
    pub new: Option<String>,
}

/// A record's history: its kind, what it is called, its changes oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadableHistory {
    pub kind: EntityKind,
    pub id: Id,
    pub name: String,
    pub lines: Vec<HistoryLine>,
}

/// "2026-11-19 kl. 14.05" in Swedish time, whatever the machine's clock says.
pub fn local_time(at: DateTime<Utc>, lang: Lang) -> String {
    let local = crate::domain::swedish_time::from_utc(&at);
    format!(
        "{} {}",
        local.date(),
        t!(
            lang,
            "history-at-time",
            time = crate::i18n::dates::time(lang, local.time())
        )
    )
}

/// What a person calls the record `id`: its name field, else its short id.
pub fn name_of(store: &Store, id: Id, lang: Lang) -> Result<Option<String>> {
    let Some(kind) = store.kind_of(id)? else {
        return Ok(None);
    };
    let record = store.record_json(kind, id)?;
    if kind == EntityKind::SituationPicture
        && let Some(picture) = record
            .clone()
            .and_then(|r| serde_json::from_value::<crate::domain::SituationPicture>(r).ok())
    {
        return Ok(Some(picture.period_name(lang)));
    }
    let text = |field: &str| {
        record
            .as_ref()
            .and_then(|r| r.get(field)?.as_str().map(str::to_string))
    };
    // A record without a name (an observation, a follow-up) is told by its kind and day.
    let day = ["occurred_on", "date", "period_start"]
        .into_iter()
        .find_map(&text)
        .map(|d| format!("{} {d}", kind.label(lang)));
    // Else by what it belongs to: an assessment by its area, an attendance by its organisation.
    let owner = || {
        kind.reference_fields()
            .filter(|f| f.ty != crate::domain::FieldType::Json)
            .find_map(|field| {
                let target = text(field.name)?.parse::<Id>().ok()?;
                let target_kind = store.kind_of(target).ok()??;
                let target_record = store.record_json(target_kind, target).ok()??;
                if target_kind == EntityKind::SituationPicture {
                    // An assessment goes by its area, not by its picture's summary.
                    return None;
                }
                let name = target_record
                    .get(target_kind.name_field()?)?
                    .as_str()?
                    .trim()
                    .to_string();
                (!name.is_empty()).then(|| format!("{} {name}", kind.label(lang)))
            })
    };
    // A cause goes by its description's first line, as its pickers name it.
    let described = || {
        text("description")
            .and_then(|d| d.lines().find(|l| !l.trim().is_empty()).map(str::to_string))
            .map(|l| crate::domain::text::clip(l.trim(), 60))
    };
    Ok(Some(
        kind.name_field()
            .and_then(text)
            .filter(|n| !n.trim().is_empty())
            .or(day)
            .or_else(described)
            .or_else(owner)
            .unwrap_or_else(|| format!("{} {}", kind.label(lang), id.short())),
    ))
}

/// A value as people read it: a vocabulary code as its label ("pågår", not "pagar"), ja/nej,
/// a reference by the name of what it points to, text in quotes; "–" for none.
pub fn value_text(store: &Store, def: Option<&FieldDef>, v: &Value, lang: Lang) -> String {
    match (v, def) {
        (Value::Null, _) => "–".into(),
        (_, Some(def)) if def.is_vocabulary() || v.is_boolean() => def.show(v, lang),
        (_, Some(def)) if def.reference => {
            let name = |v: &Value| {
                v.as_str()
                    .and_then(|s| s.parse::<Id>().ok())
                    .and_then(|id| name_of(store, id, lang).ok().flatten())
                    .unwrap_or_else(|| v.as_str().unwrap_or_default().to_string())
            };
            match v {
                Value::Array(items) => items.iter().map(name).collect::<Vec<_>>().join(", "),
                other => name(other),
            }
        }
        (Value::String(s), _) => format!("”{s}”"),
        (other, _) => other.to_string(),
    }
}

/// The history of the record `id` of `kind`, worded in `lang`.
pub fn readable(store: &Store, kind: EntityKind, id: Id, lang: Lang) -> Result<ReadableHistory> {
    if store.kind_of(id)? != Some(kind) {
        return Err(crate::store::StoreError::NotFound {
            kind,
            id: id.to_string(),
        });
    }
    let partners = store.trusted_partners()?;
    let own_identity = store.own_identity()?;
    let own_org = store
        .setting(crate::store::meta::OWN_ORGANISATION)?
        .and_then(|v| v.parse::<Id>().ok())
        .map(|id| store.get::<Organisation>(id))
        .transpose()?
        .flatten()
        .map(|o| o.name);
    let party = |origin: Id| match &own_identity {
        Some(me) if me.partner_id == origin => me.name.clone(),
        None if store.partner_id() == Some(origin) => own_org
            .clone()
            .unwrap_or_else(|| t!(lang, "cli-history-this-copy")),
        _ => crate::exchange::partner::display_name(&partners, origin),
    };
    let mut lines = Vec::new();
    for h in store.history(id)? {
        let def = h
            .field
            .as_deref()
            .and_then(|f| crate::store::apply::settable_field(kind, f).ok());
        let field = h
            .field
            .as_deref()
            .map(|f| kind.field_label(f, lang).unwrap_or(f).to_string())
            .unwrap_or_default();
        let (old, new) = match h.kind {
            OpKind::Set | OpKind::Resolve => (
                Some(value_text(
                    store,
                    def,
                    h.old.as_ref().unwrap_or(&Value::Null),
                    lang,
                )),
                Some(value_text(
                    store,
                    def,
                    h.new.as_ref().unwrap_or(&Value::Null),
                    lang,
                )),
            ),
            _ => (None, None),
        };
        lines.push(HistoryLine {
            when: h.at.map(|at| local_time(at, lang)).unwrap_or_default(),
            who: h.actor.clone(),
            party: party(h.origin),
            kind: h.kind,
            change: h.kind.label(lang).to_string(),
            field,
            old,
            new,
        });
    }
    Ok(ReadableHistory {
        kind,
        id,
        // The title names the kind already: "områdesbedömning Björkdalen" reads "Björkdalen".
        name: name_of(store, id, lang)?
            .map(|n| {
                n.strip_prefix(&format!("{} ", kind.label(lang)))
                    .map_or(n.clone(), str::to_string)
            })
            .unwrap_or_else(|| id.short()),
        lines,
    })
}
