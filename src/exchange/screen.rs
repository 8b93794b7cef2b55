//! What the Utbyte screen shows and does, as plain functions returning plain structs:
//! [`overview`] (identity, fingerprint, partners with the last bundle each way),
//! [`super::import::import_file`] with `dry_run` for the preview and again to confirm,
//! [`super::export::export_to`], [`conflicts`] (both values side by side) and [`resolve`].

use serde::Serialize;
use serde_json::Value;

use super::Result;
use super::keys::fingerprint_of;
use super::partner::display_name;
use crate::domain::{EntityKind, Id, Lang, Op, OpKind, Vocabulary};
use crate::i18n::t;
use crate::store::Store;
use crate::store::apply::DELETED;
use crate::store::conflicts::ConflictRecord;
use crate::store::partners::BundleLogEntry;

/// This copy as partners see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IdentityView {
    pub name: String,
    pub partner_id: Id,
    pub public_key: String,
    pub fingerprint: String,
}

/// One partner on the trust list, with the last bundle each way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartnerView {
    pub name: String,
    pub partner_id: Id,
    pub fingerprint: String,
    pub trusted_at: String,
    pub revoked_at: Option<String>,
    pub last_received: Option<BundleLogEntry>,
    pub last_sent: Option<BundleLogEntry>,
}

/// Everything the top of the Utbyte screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Overview {
    /// None until `partner init` has been run.
    pub identity: Option<IdentityView>,
    pub partners: Vec<PartnerView>,
    pub open_conflicts: usize,
}

pub fn overview(store: &Store) -> Result<Overview> {
    let identity = store.own_identity()?.map(|i| IdentityView {
        fingerprint: fingerprint_of(&i.public_key),
        name: i.name,
        partner_id: i.partner_id,
        public_key: i.public_key,
    });
    let mut partners = Vec::new();
    for p in store.trusted_partners()? {
        partners.push(PartnerView {
            fingerprint: fingerprint_of(&p.public_key),
            last_received: store.last_bundle_received(p.partner_id)?,
            last_sent: store.last_bundle_sent(p.partner_id)?,
            name: p.name,
            partner_id: p.partner_id,
            trusted_at: p.trusted_at,
            revoked_at: p.revoked_at,
        });
    }
    Ok(Overview {
        identity,
        partners,
        open_conflicts: store.conflicts(false)?.len(),
    })
}

/// One side of a conflict, ready to show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictSide {
    pub op_id: Id,
    pub partner: String,
    pub actor: String,
    /// When the change was made (the partner's clock), as `YYYY-MM-DD HH:MM` UTC.
    pub at: String,
    /// The value this side wants, or None when this side deleted the record.
    pub value: Option<Value>,
    /// The value as text for the screen ("borttagen" for a delete).
    pub shown: String,
}

/// A conflict with both values side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictView {
    pub id: Id,
    pub entity: EntityKind,
    pub entity_label: String,
    pub entity_id: Id,
    /// The record's title or name, for the list.
    pub record_title: String,
    pub field: String,
    /// The value that is in place now (provisional winner).
    pub current: ConflictSide,
    pub other: ConflictSide,
    pub is_delete_race: bool,
    pub open: bool,
}

/// Conflicts, open first (`all` includes settled ones), in Swedish words.
pub fn conflicts(store: &Store, all: bool) -> Result<Vec<ConflictView>> {
    conflicts_in(store, all, Lang::Sv)
}

/// Conflicts, open first (`all` includes settled ones): the record's kind and the values in
/// the words of `lang`.
pub fn conflicts_in(store: &Store, all: bool, lang: Lang) -> Result<Vec<ConflictView>> {
    let partners = store.trusted_partners()?;
    let own = store.own_identity()?;
    let name_of = |id: Id| match &own {
        Some(o) if o.partner_id == id => o.name.clone(),
        _ if Some(id) == store.partner_id() => t!(lang, "exchange-conflict-this-copy"),
        _ => display_name(&partners, id),
    };
    let mut out = Vec::new();
    for c in store.conflicts(all)? {
        out.push(view(store, c, &name_of, lang)?);
    }
    Ok(out)
}

fn side(op: &Op, field: &str, name_of: &dyn Fn(Id) -> String, lang: Lang) -> ConflictSide {
    let value = match op.kind {
        OpKind::Delete => None,
        OpKind::Resolve => crate::store::conflicts::resolution_value(op).cloned(),
        _ => op.value.clone(),
    };
    // A status code ("pagar") is shown as people say it ("pågår").
    let def = crate::store::apply::settable_field(op.entity, field).ok();
    let shown = match (&value, def) {
        (None, _) => t!(lang, "exchange-conflict-deleted"),
        (Some(v), Some(def)) => def.show(v, lang),
        (Some(Value::String(s)), None) => s.clone(),
        (Some(v), None) => v.to_string(),
    };
    ConflictSide {
        op_id: op.op_id,
        partner: name_of(op.origin),
        actor: op.actor.clone(),
        at: op
            .hlc
            .to_datetime()
            .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default(),
        value,
        shown,
    }
}

fn view(
    store: &Store,
    c: ConflictRecord,
    name_of: &dyn Fn(Id) -> String,
    lang: Lang,
) -> Result<ConflictView> {
    let record = store.record_json(c.entity, c.entity_id)?;
    let record_title = ["title", "name", "description", "text", "issue", "comment"]
        .iter()
        .find_map(|f| record.as_ref()?.get(*f)?.as_str().map(str::to_string))
        .unwrap_or_else(|| c.entity_id.short());
    Ok(ConflictView {
        id: c.id,
        entity: c.entity,
        entity_label: c.entity.label(lang).to_string(),
        entity_id: c.entity_id,
        record_title,
        is_delete_race: c.winner.kind == OpKind::Delete,
        current: side(&c.winner, &c.field, name_of, lang),
        other: side(&c.loser, &c.field, name_of, lang),
        field: c.field,
        open: c.open,
    })
}

/// Which side a person chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Keep the value in place now (for a delete race: keep the record deleted).
    KeepCurrent,
    /// Take the other value (for a delete race: restore the record with the edit).
    TakeOther,
}

/// Settles an open conflict with a resolve op that names both ops.
pub fn resolve(store: &mut Store, conflict_id: Id, choice: Choice) -> Result<()> {
    let c = store
        .conflicts(false)?
        .into_iter()
        .find(|c| c.id == conflict_id)
        .ok_or_else(|| super::told(crate::i18n::said!("error-conflict-gone")))?;
    let settles = [c.winner.op_id, c.loser.op_id];
    let owner = store.owner_of(c.entity_id)?;
    let own = store.partner_id();
    let (field, value) = if c.winner.kind == OpKind::Delete && owner == own {
        (
            DELETED.to_string(),
            Value::Bool(choice == Choice::KeepCurrent),
        )
    } else if c.winner.kind == OpKind::Delete {
        // Only the owner may delete or restore its record (its partners would refuse any other
        // copy's op that does): anyone else settles the race on the edited, shared field and
        // leaves the record deleted.
        if choice == Choice::TakeOther {
            let partners = store.trusted_partners()?;
            let owner_name = owner
                .map(|o| super::partner::display_name(&partners, o))
                .unwrap_or_else(|| t!(Lang::Sv, "error-conflict-the-owner"));
            return Err(super::told(crate::i18n::said!(
                "error-conflict-owner-restores",
                owner = owner_name
            )));
        }
        let current = store
            .record_json(c.entity, c.entity_id)?
            .and_then(|r| r.get(&c.field).cloned())
            .unwrap_or(Value::Null);
        (c.field.clone(), current)
    } else {
        let chosen = match choice {
            Choice::KeepCurrent => store
                .record_json(c.entity, c.entity_id)?
                .and_then(|r| r.get(&c.field).cloned())
                .unwrap_or(Value::Null),
            Choice::TakeOther => side(&c.loser, &c.field, &|_| String::new(), Lang::Sv)
                .value
                .unwrap_or(Value::Null),
        };
        (c.field.clone(), chosen)
    };
    store.write(|w| {
        w.resolve(c.entity, c.entity_id, &field, value.clone(), settles)?;
        w.audit(
            "conflict_resolved",
            serde_json::json!({
                "conflict": conflict_id, "entity": c.entity.code(), "entity_id": c.entity_id,
                "field": field, "choice": if choice == Choice::KeepCurrent { "behåll" } else { "ta den andra" },
                "value": value,
            }),
        )
    })?;
    Ok(())
}
