//! The personal-data flag on list rows (issue 16): which records' free text the personal-data
//! check flags at [`pii::CONFIRM_LEVEL`], kept in `pii_flag` (see
//! `migrations/012_pii_flags.sql`).
//!
//! Kept true on every path that changes text, in the same transaction: applying an op queues
//! its record ([`queue`], called from `apply`: local writes, undo, sheet imports, bundle
//! imports and released parked ops all apply ops), a purge queues the purged record, and the
//! queue is linted just before each commit ([`flush_pending`]). A record of the copy's
//! register (an area, place, organisation or event type) is queued too: when the register's
//! names change, the flagged records are linted again, since a new place name can clear a
//! flag ("Per Albin Hanssons väg").
//!
//! The flag says what the text holds, confirmed or not: confirming lets a text leave the
//! copy, it does not make it free of personal data.

use std::sync::{Arc, Mutex};

use rusqlite::{Connection, params};
use sha2::{Digest, Sha256};

use super::error::Result;
use super::meta;
use crate::domain::pii::{self, Register};
use crate::domain::{EntityKind, Id, Vocabulary};

/// Meta key: set once every existing record has been flagged (the back-fill after migration 012).
const BACKFILLED: &str = "pii_flags_backfilled";
/// Meta key: the digest of the register names the flags were last linted with.
const REGISTER_DIGEST: &str = "pii_flags_register";

/// The kinds whose names make the copy's register.
pub(crate) const REGISTER_KINDS: [EntityKind; 4] = [
    EntityKind::Area,
    EntityKind::Place,
    EntityKind::Organisation,
    EntityKind::EventType,
];

/// Queues a record whose text (or, for a register kind, whose name) an op may have changed.
pub(crate) fn queue(conn: &Connection, kind: EntityKind, id: Id) -> Result<()> {
    if kind.free_text_fields().next().is_none() && !REGISTER_KINDS.contains(&kind) {
        return Ok(());
    }
    conn.prepare_cached("INSERT OR IGNORE INTO pii_pending (entity_id, entity) VALUES (?1, ?2)")?
        .execute(params![id.to_string(), kind.code()])?;
    Ok(())
}

/// Lints the queued records and empties the queue; called just before every commit.
pub(crate) fn flush_pending(conn: &Connection) -> Result<()> {
    let pending: Vec<(String, String)> = conn
        .prepare_cached("SELECT entity_id, entity FROM pii_pending")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    if pending.is_empty() {
        return Ok(());
    }
    let names = register_names(conn)?;
    let digest = hex::encode(Sha256::digest(names.join("\n").as_bytes()));
    let register = register_of(names);
    let mut records = pending;
    if meta::get(conn, REGISTER_DIGEST)?.as_deref() != Some(digest.as_str()) {
        // The register changed: a flag may have been a place's name all along.
        records.extend(
            conn.prepare_cached("SELECT entity_id, entity FROM pii_flag")?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<Vec<(String, String)>>>()?,
        );
        meta::set(conn, REGISTER_DIGEST, &digest)?;
    }
    for (id, entity) in &records {
        let Some(kind) = EntityKind::from_code(entity) else {
            continue;
        };
        match found_in(conn, kind, id, &register)? {
            Some(found) => conn
                .prepare_cached(
                    "INSERT INTO pii_flag (entity_id, entity, found) VALUES (?1, ?2, ?3) \
                     ON CONFLICT (entity_id) DO UPDATE SET found = excluded.found",
                )?
                .execute(params![id, entity, found])?,
            None => conn
                .prepare_cached("DELETE FROM pii_flag WHERE entity_id = ?1")?
                .execute([id])?,
        };
    }
    conn.execute("DELETE FROM pii_pending", [])?;
    Ok(())
}

/// Flags every record once, on the first open after migration 012 (and on a new copy, where
/// there is nothing to flag). Returns how many records were linted.
pub(crate) fn backfill_if_needed(conn: &mut Connection) -> Result<usize> {
    if meta::get(conn, BACKFILLED)?.is_some() {
        return Ok(0);
    }
    let tx = conn.transaction()?;
    let mut queued = 0;
    for kind in EntityKind::ALL {
        if kind.free_text_fields().next().is_none() {
            continue;
        }
        queued += tx.execute(
            &format!(
                "INSERT OR IGNORE INTO pii_pending (entity_id, entity) SELECT id, ?1 FROM {}",
                kind.table()
            ),
            [kind.code()],
        )?;
    }
    flush_pending(&tx)?;
    meta::set(&tx, BACKFILLED, "1")?;
    tx.commit()?;
    Ok(queued)
}

/// What the check found in a record's free text ("namn (”Kalle”)"), or None.
fn found_in(
    conn: &Connection,
    kind: EntityKind,
    id: &str,
    register: &Register,
) -> Result<Option<String>> {
    let columns: Vec<&str> = kind.free_text_fields().map(|f| f.name).collect();
    if columns.is_empty() {
        return Ok(None);
    }
    let sql = format!(
        "SELECT {} FROM {} WHERE id = ?1",
        columns.join(", "),
        kind.table()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([id])?;
    let Some(row) = rows.next()? else {
        return Ok(None);
    };
    let mut findings = Vec::new();
    for i in 0..columns.len() {
        if let Some(text) = row.get::<_, Option<String>>(i)? {
            findings.extend(pii::flagged(&text, register));
        }
    }
    Ok(pii::found_list_sv(&findings))
}

/// The names of the copy's register (live areas, places, organisations, event types), sorted:
/// what [`Register`] is built from here and in [`super::Store::pii_register`].
pub(crate) fn register_names(conn: &Connection) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for kind in REGISTER_KINDS {
        let Some(field) = kind.name_field() else {
            continue;
        };
        let sql = format!(
            "SELECT {field} FROM {} WHERE deleted = 0 AND {field} IS NOT NULL",
            kind.table()
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        names.extend(rows.collect::<rusqlite::Result<Vec<_>>>()?);
    }
    names.sort();
    Ok(names)
}

/// The register of these names: built once per set of names, as its pattern costs more than
/// linting a record (a write of one record should not pay for it).
pub(crate) fn register_of(names: Vec<String>) -> Arc<Register> {
    static LAST: Mutex<Option<(Vec<String>, Arc<Register>)>> = Mutex::new(None);
    let mut last = LAST.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((known, register)) = last.as_ref()
        && *known == names
    {
        return register.clone();
    }
    let register = Arc::new(Register::from_names(names.iter().map(String::as_str)));
    *last = Some((names, register.clone()));
    register
}

impl super::Store {
    /// What the personal-data check found in a record's text ("namn (”Kalle”)"), when its
    /// flag is set: the mark on list rows and the warning in details.
    pub fn personal_data_found(&self, id: Id) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .prepare_cached("SELECT found FROM pii_flag WHERE entity_id = ?1")?
            .query_row([id.to_string()], |r| r.get(0))
            .optional()?)
    }
}
