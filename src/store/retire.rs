//! Retiring a record with care: a record others refer to is never deleted (that would leave
//! their references dangling); it can be deactivated instead, which takes it out of the pickers
//! and keeps it in history and reports. Both go through the op log like every write.

use rusqlite::Connection;
use serde_json::Value;

use super::error::{Result, StoreError};
use super::{Store, Writer};
use crate::domain::{EntityKind, FieldType, Id, Vocabulary};
use crate::i18n::{Said, said};

/// A live record that refers to another one, and through which field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referrer {
    pub kind: EntityKind,
    pub id: Id,
    pub field: &'static str,
    /// What a person calls it: its name or title, else its short id.
    pub name: String,
}

impl Referrer {
    /// "område ”Ekudden” (0193abcd, fältet parent_id)".
    pub fn describe(&self) -> Said {
        said!(
            "error-store-referrer",
            name = self.name.as_str(),
            id = self.id.short(),
            field = self.field
        )
        .with_label("kind", self.kind)
    }
}

/// How a record of a kind is taken out of use without deleting it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deactivation {
    /// `active` becomes false.
    Active,
    /// A status field (`field`) becomes a code that ends the record's use ("installd",
    /// "avslutad", an observation's "avford").
    Status {
        field: &'static str,
        code: &'static str,
    },
    /// The kind has no way to be deactivated.
    Unsupported,
}

/// How `kind` is deactivated: the kinds with `active` clear it; actions, priorities and
/// promise activities are cancelled (inställd); plans and preventive measures end (avslutad);
/// an observation is dismissed from the lägesbild (avförd).
pub fn deactivation(kind: EntityKind) -> Deactivation {
    if kind
        .field("active")
        .is_some_and(|f| f.ty == FieldType::Bool)
    {
        return Deactivation::Active;
    }
    match kind {
        EntityKind::Action | EntityKind::Priority | EntityKind::PromiseActivity => {
            Deactivation::Status {
                field: "status",
                code: "installd",
            }
        }
        EntityKind::ActionPlan | EntityKind::PreventiveMeasure => Deactivation::Status {
            field: "status",
            code: "avslutad",
        },
        EntityKind::Observation => Deactivation::Status {
            field: "review_status",
            code: "avford",
        },
        _ => Deactivation::Unsupported,
    }
}

/// Whether a stored record (its JSON) is in use, by how its kind is deactivated.
pub fn in_use(kind: EntityKind, record: &Value) -> bool {
    match deactivation(kind) {
        Deactivation::Active => record.get("active").and_then(Value::as_bool) != Some(false),
        Deactivation::Status { field, code } => {
            record.get(field).and_then(Value::as_str) != Some(code)
        }
        Deactivation::Unsupported => true,
    }
}

/// The live records that refer to `id` through a reference field of the registry (single ids
/// and lists alike), in kind order.
pub(crate) fn referrers_on(conn: &Connection, id: Id) -> Result<Vec<Referrer>> {
    let mut found = Vec::new();
    for kind in EntityKind::ALL {
        let name_field = kind.name_field();
        for field in kind.reference_fields() {
            let test = if field.ty == FieldType::Json {
                format!(
                    "EXISTS (SELECT 1 FROM json_each(t.{}) WHERE value = ?1)",
                    field.name
                )
            } else {
                format!("t.{} = ?1", field.name)
            };
            let name = name_field.map_or("NULL".to_string(), |f| format!("t.{f}"));
            let sql = format!(
                "SELECT t.id, {name} FROM {} t WHERE t.deleted = 0 AND {test} ORDER BY t.n",
                kind.table()
            );
            let mut stmt = conn.prepare_cached(&sql)?;
            let rows = stmt.query_map([id.to_string()], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<rusqlite::types::Value>>(1)?,
                ))
            })?;
            for row in rows {
                let (rid, name) = row?;
                let Ok(rid) = rid.parse::<Id>() else { continue };
                let name = super::referred_by::shown_name(rid.to_string(), name);
                found.push(Referrer {
                    kind: *kind,
                    id: rid,
                    field: field.name,
                    name,
                });
            }
        }
    }
    Ok(found)
}

impl Store {
    /// The live records that refer to `id` (see [`referrers_on`]).
    pub fn referrers(&self, id: Id) -> Result<Vec<Referrer>> {
        referrers_on(&self.conn, id)
    }
}

impl Writer<'_> {
    /// Deletes a record that nothing refers to. A referenced record is refused with a Swedish
    /// message naming what refers to it, and nothing changes.
    pub fn delete_unreferenced(&mut self, kind: EntityKind, id: Id) -> Result<()> {
        let referrers = referrers_on(&self.tx, id)?;
        if !referrers.is_empty() {
            return Err(StoreError::Said(refusal(kind, id, &referrers)));
        }
        self.delete(kind, id)
    }

    /// Takes a record out of use (see [`deactivation`]): it leaves the pickers and stays in
    /// history and reports. A record already inactive writes nothing.
    pub fn deactivate(&mut self, kind: EntityKind, id: Id) -> Result<()> {
        match deactivation(kind) {
            Deactivation::Active => self.set(kind, id, "active", Value::Bool(false)),
            Deactivation::Status { field, code } => self.set(kind, id, field, code),
            Deactivation::Unsupported => Err(StoreError::Said(
                said!("error-store-cannot-deactivate").with_label("kind", kind),
            )),
        }
    }
}

/// "Området 0193abcd kan inte tas bort: 2 poster hänvisar till det: …".
fn refusal(kind: EntityKind, id: Id, referrers: &[Referrer]) -> Said {
    let advice = match deactivation(kind) {
        Deactivation::Unsupported => said!("error-store-referenced-change-first"),
        _ => said!("error-store-referenced-deactivate"),
    };
    said!(
        "error-store-referenced",
        id = id.short(),
        count = referrers.len()
    )
    .with_label_capitalised("kind", kind)
    .with_list("referrers", named_referrers(referrers), "; ")
    .with_said("advice", advice)
}

/// The first referrers by name and "och N till" for the rest (a refusal's list).
pub(crate) fn named_referrers(referrers: &[Referrer]) -> Vec<Said> {
    const SHOWN: usize = 8;
    let mut named: Vec<Said> = referrers
        .iter()
        .take(SHOWN)
        .map(Referrer::describe)
        .collect();
    if referrers.len() > SHOWN {
        named.push(said!(
            "error-store-and-more",
            count = referrers.len() - SHOWN
        ));
    }
    named
}
