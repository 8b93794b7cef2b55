//! Gallring (purge): a deleted record's content is emptied in this copy, for good. The way out
//! when a deleted record's earlier wording holds personal data (issue 16): such ops may not
//! leave in a bundle unconfirmed, and confirming would send the data.
//!
//! What stays and what goes:
//! - every op on the record that carried content (create, set, resolve) keeps its header and its
//!   value digest (`value_hash`) but loses its value: the hash chain still verifies (see
//!   `check_log_reader`, `Op::compute_hash_with`), and the op log's trigger allows exactly this
//!   one change;
//! - the delete and undelete ops carry no content and stay as they are, so a partner that had
//!   the record still hears that it is gone;
//! - the record's row keeps its structure (area, dates, codes) with its free text emptied, and
//!   the undo labels that named it say "gallrad" instead;
//! - a purge op marks it in the log. It never leaves the copy (`store::outgoing`): each partner
//!   purges its own copy. A purged record cannot be brought back.
//!
//! A record that live records still refer to is not purged: the refusal names them, and the
//! user takes the references away first (see [`Store::purge`]).
//!
//! A backup is written beside the database first (it still holds the text, and is pruned with
//! the other backups), and the purge is written to the audit log.

use std::path::PathBuf;

use rusqlite::params;

use super::error::{Result, StoreError};
use super::{Store, Writer};
use crate::domain::{Classification, EntityKind, Id, Lang, OpKind, Vocabulary};
use crate::i18n::{said, t};

/// What a purge did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Purged {
    /// The backup written before anything changed.
    pub backup: PathBuf,
    /// How many ops lost their value.
    pub emptied: usize,
}

impl Purged {
    /// "Iakttagelse 3f2a9c1e är gallrad: texten i 3 ändringar är tömd …": what the CLI and
    /// the TUI say after a purge.
    pub fn done_message(&self, lang: Lang, kind: EntityKind, id: Id) -> String {
        t!(
            lang,
            "purge-done",
            kind = crate::domain::text::capitalised(kind.label(lang)),
            id = id.short(),
            count = self.emptied,
            backup = self.backup.display().to_string()
        )
    }
}

impl Store {
    /// Purges a deleted record: see the module. Refused, with nothing changed, for a record that
    /// is not deleted or was purged before.
    pub fn purge(&mut self, kind: EntityKind, id: Id) -> Result<Purged> {
        if self.record_json(kind, id)?.is_none() {
            return Err(StoreError::NotFound {
                kind,
                id: id.to_string(),
            });
        }
        if is_purged(&self.conn, id)? {
            return Err(StoreError::Said(
                said!("purge-already", id = id.short()).with_label_capitalised("kind", kind),
            ));
        }
        if !self.is_deleted(kind, id)? {
            return Err(StoreError::Said(
                said!(
                    "purge-not-deleted",
                    id = id.short(),
                    full_id = id.to_string()
                )
                .with_label_capitalised("kind", kind),
            ));
        }
        // A live record pointing here would point at a text that is gone (and a partner that
        // never had this record would park it): the references go first, by the user's hand.
        let referrers = super::retire::referrers_on(&self.conn, id)?;
        if !referrers.is_empty() {
            return Err(StoreError::Said(
                said!("purge-referred", id = id.short(), count = referrers.len())
                    .with_label_capitalised("kind", kind)
                    .with_list(
                        "referrers",
                        super::retire::named_referrers(&referrers),
                        "; ",
                    ),
            ));
        }
        let backup = self.backup_beside("fore-gallring")?;
        let emptied = self.write(|w| w.purge(kind, id))?;
        Ok(Purged { backup, emptied })
    }
}

impl Writer<'_> {
    /// The purge itself, in this transaction; [`Store::purge`] checks and backs up first.
    fn purge(&mut self, kind: EntityKind, id: Id) -> Result<usize> {
        let emptied = self.tx.execute(
            "UPDATE op_log SET value = NULL \
             WHERE entity_id = ?1 AND kind IN ('create', 'set', 'resolve') AND value IS NOT NULL",
            [id.to_string()],
        )?;
        super::pii_flags::queue(&self.tx, kind, id)?;
        for field in kind.free_text_fields() {
            let column = field.name;
            self.tx.execute(
                &format!(
                    "UPDATE {} SET {column} = CASE WHEN {column} IS NULL THEN NULL ELSE '' END \
                     WHERE id = ?1",
                    kind.table()
                ),
                [id.to_string()],
            )?;
        }
        self.tx.execute(
            "UPDATE user_action SET label = ?2 WHERE EXISTS (SELECT 1 FROM op_log o \
             WHERE o.entity_id = ?1 AND o.origin = user_action.origin \
             AND o.origin_seq BETWEEN user_action.first_seq AND user_action.last_seq)",
            params![
                id.to_string(),
                t!(Lang::Sv, "purge-undo-label", kind = kind.label(Lang::Sv))
            ],
        )?;
        // No content, and classified intern: it is this copy's own bookkeeping.
        self.emit(
            kind,
            id,
            OpKind::Purge,
            None,
            None,
            Classification::Intern,
            None,
        )?;
        self.audit(
            "gallring",
            serde_json::json!({
                "entity": kind.code(),
                "entity_id": id.to_string(),
                "emptied_ops": emptied,
            }),
        )?;
        Ok(emptied)
    }
}

/// Whether the record was purged here.
pub(crate) fn is_purged(conn: &rusqlite::Connection, id: Id) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM op_log WHERE entity_id = ?1 AND kind = 'purge')",
        )?
        .query_row([id.to_string()], |r| r.get(0))?)
}
