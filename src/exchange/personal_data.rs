//! The personal-data rule for bundles, the same as for documents (`report::safety`): free text
//! the check flags at [`pii::CONFIRM_LEVEL`] and the writer has not confirmed never leaves the
//! copy. A bundle that would carry such a record is not written; the message names the
//! records, what was found and what to do: rewrite or confirm a live record, purge a deleted one
//! (`store::purge`: confirming a deleted record would send the very text).

use std::collections::HashSet;

use super::{ExchangeError, Result};
use crate::domain::entity::PII_CONFIRMED_FIELD;
use crate::domain::pii::{self, Register};
use crate::domain::{EntityKind, Id, Lang, Op, OpKind, Vocabulary};
use crate::i18n::t;
use crate::store::Store;

/// How many records the refusal names before "och N till".
const MAX_NAMED: usize = 5;

/// One record that may not leave, and what was found in it.
struct Flagged {
    kind: EntityKind,
    id: Id,
    field: &'static str,
    found: String,
    /// Deleted: it cannot be confirmed without sending the text; the way out is a purge.
    deleted: bool,
}

/// Refuses when a record the ops write holds flagged, unconfirmed free text — now, or in the
/// wording an op being sent carries (an op is sent as it was written: a later correction does
/// not take the earlier wording out of the bundle, so it too must be confirmed).
pub fn check_outgoing(store: &Store, ops: &[Op]) -> Result<()> {
    let register = store.pii_register()?;
    let mut checked_now: HashSet<Id> = HashSet::new();
    let mut named: HashSet<Id> = HashSet::new();
    let mut flagged: Vec<Flagged> = Vec::new();
    for op in ops {
        let texts = texts_written(op);
        if texts.is_empty() || named.contains(&op.entity_id) {
            continue;
        }
        let Some(record) = store.record_json(op.entity, op.entity_id)? else {
            continue;
        };
        if confirmed(&record) {
            continue;
        }
        let mut found = None;
        let is_deleted = deleted(&record);
        if checked_now.insert(op.entity_id) && !is_deleted {
            found = flagged_now(op.entity, &record, &register);
        }
        if found.is_none() {
            found = texts.into_iter().find_map(|(field, text)| {
                pii::found_list_sv(&pii::flagged(text, &register)).map(|list| {
                    let earlier = t!(Lang::Sv, "pii-bundle-earlier-wording");
                    (field, format!("{list} ({earlier})"))
                })
            });
        }
        if let Some((field, found)) = found {
            named.insert(op.entity_id);
            flagged.push(Flagged {
                kind: op.entity,
                id: op.entity_id,
                field,
                found,
                deleted: is_deleted,
            });
        }
    }
    if flagged.is_empty() {
        return Ok(());
    }
    let total = flagged.len();
    let mut lines: Vec<String> = flagged
        .iter()
        .take(MAX_NAMED)
        .map(|f| {
            t!(
                Lang::Sv,
                "pii-bundle-record",
                kind = f.kind.label(Lang::Sv),
                id = f.id.short(),
                field = f.kind.field_label(f.field, Lang::Sv).unwrap_or(f.field),
                found = f.found.clone()
            )
        })
        .collect();
    if total > MAX_NAMED {
        lines.push(t!(Lang::Sv, "pii-bundle-more", count = total - MAX_NAMED));
    }
    let mut message = t!(Lang::Sv, "pii-bundle-refused", records = lines.join("; "));
    let deleted_ids: Vec<String> = flagged
        .iter()
        .filter(|f| f.deleted)
        .map(|f| f.id.to_string())
        .collect();
    if !deleted_ids.is_empty() {
        message.push(' ');
        message.push_str(&t!(
            Lang::Sv,
            "pii-bundle-purge-hint",
            ids = deleted_ids.join(", ")
        ));
    }
    Err(ExchangeError::User(message))
}

/// The free-text values an op writes, with their fields.
fn texts_written(op: &Op) -> Vec<(&'static str, &str)> {
    let free_text = |name: &str| {
        op.entity
            .field(name)
            .filter(|f| f.flags.free_text)
            .map(|f| f.name)
    };
    match (op.kind, op.value.as_ref()) {
        (OpKind::Create, Some(serde_json::Value::Object(map))) => map
            .iter()
            .filter_map(|(name, v)| Some((free_text(name)?, v.as_str()?)))
            .collect(),
        (OpKind::Set, Some(v)) => op
            .field
            .as_deref()
            .and_then(free_text)
            .zip(v.as_str())
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}

fn confirmed(record: &serde_json::Value) -> bool {
    record.get(PII_CONFIRMED_FIELD).and_then(|c| c.as_bool()) == Some(true)
}

fn deleted(record: &serde_json::Value) -> bool {
    let d = record.get("deleted");
    d.and_then(|d| d.as_bool()) == Some(true) || d.and_then(|d| d.as_i64()) == Some(1)
}

/// The first free-text field of the record as it is now that the check flags, with what was
/// found.
fn flagged_now(
    kind: EntityKind,
    record: &serde_json::Value,
    register: &Register,
) -> Option<(&'static str, String)> {
    kind.fields()
        .iter()
        .filter(|f| f.flags.free_text)
        .find_map(|field| {
            let text = record.get(field.name)?.as_str()?;
            let list = pii::found_list_sv(&pii::flagged(text, register))?;
            Some((field.name, list))
        })
}
