//! Applying a partner's verified bundle: all of it in one transaction, or nothing.
//!
//! The exchange layer has already checked the signature, the format and the chain; here each op
//! is judged by the write rule (with the record's owner, which only the database knows) and
//! logged with the bundle id; then it is applied (last writer wins per field), parked until its
//! record arrives, or kept as history only (see `held`). Conflicts are brought up to date once
//! per touched record at the end.

use std::collections::{HashMap, HashSet};

use rusqlite::{OptionalExtension, TransactionBehavior, params};

use super::error::StoreError;
use super::held::{self, Held};
use super::outgoing::WithheldLink;
use super::{Store, apply, audit, conflicts, meta, oplog};
use crate::domain::rights::{self, Verdict};
use crate::domain::{Digest32, Hlc, Id, Op, OpKind, ValueText};
use crate::i18n::{Said, said};

/// A verified bundle, ready to apply.
pub struct IncomingBundle<'a> {
    pub bundle_id: Id,
    pub sender: Id,
    pub public_key: &'a str,
    pub created_at: &'a str,
    pub from_seq: i64,
    pub to_seq: i64,
    /// Taken by value: each op is dropped once it is logged and applied.
    pub ops: Vec<Op>,
    /// The digest of each op's value, in the order of `ops` (the exchange layer made them when
    /// it checked the hashes). The value's text is written again as the op is logged.
    pub value_hashes: Vec<Digest32>,
    pub withheld: &'a [WithheldLink],
    /// The hash of the last link (`to_seq`).
    pub head_hash: Digest32,
    /// How far the sender says it has received this copy's ops.
    pub sender_acks_us: i64,
    pub payload_hash: Digest32,
    /// Extra facts for the audit entry.
    pub audit_detail: serde_json::Value,
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportCounts {
    pub new: usize,
    pub already: usize,
    pub conflicts: usize,
    pub withheld: usize,
    /// Ops whose record has not arrived (or was kept from this copy): stored, not applied,
    /// judged when the record's create arrives.
    pub parked: usize,
    /// Ops parked earlier, judged now that their record arrived, and not allowed.
    pub refused: usize,
    /// Ops on records derived from outside ids (police events, taxonomies): history only.
    pub history_only: usize,
}

/// Why the store refused a bundle. The exchange layer puts each into a sentence; `said` is
/// the reason in the catalogue's terms (`Display` is Swedish).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Forbidden(Said),
    #[error("{}", self.said().map(|s| s.to_string()).unwrap_or_default())]
    MissingReferences,
    #[error("{}", self.said().map(|s| s.to_string()).unwrap_or_default())]
    Divergent(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ImportError {
    fn from(e: rusqlite::Error) -> Self {
        ImportError::Store(StoreError::Sqlite(e))
    }
}

/// Judges one op by the write rule, given its record's owner here (None: not here).
impl ImportError {
    /// The refusal as a catalogue message; `None` for a failure of the store itself.
    pub fn said(&self) -> Option<Said> {
        match self {
            ImportError::Forbidden(said) => Some(said.clone()),
            ImportError::MissingReferences => Some(said!("error-store-missing-references")),
            ImportError::Divergent(op) => Some(said!("error-store-divergent", op = op.as_str())),
            ImportError::Store(StoreError::Said(said)) => Some(said.clone()),
            ImportError::Store(_) => None,
        }
    }
}

pub type WriteRule<'a> = &'a dyn Fn(&Op, Option<Id>) -> Result<Verdict, Said>;

/// SQLite's page cache while an import runs, in KiB (the connection's is `open::CACHE_KIB`).
const IMPORT_CACHE_KIB: i64 = 16_000;

/// What the import loop asks of every op, kept in memory for the length of one import instead
/// of a query per op: each record's owner (looked up once, then set by the creates applied),
/// and which records have ops parked until they arrive.
struct Known {
    owners: HashMap<Id, Option<Id>>,
    parked: HashSet<Id>,
}

impl Known {
    fn load(conn: &rusqlite::Connection) -> Result<Self, ImportError> {
        let mut stmt =
            conn.prepare("SELECT DISTINCT entity_id FROM held_op WHERE reason = 'parked'")?;
        let ids = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut parked = HashSet::new();
        for id in ids {
            // An id that does not parse names no record an op of a bundle can have.
            if let Ok(id) = id?.parse() {
                parked.insert(id);
            }
        }
        Ok(Known {
            owners: HashMap::new(),
            parked,
        })
    }

    /// The record's owner here; None: not here (yet).
    fn owner(&mut self, conn: &rusqlite::Connection, id: Id) -> Result<Option<Id>, ImportError> {
        if let Some(owner) = self.owners.get(&id) {
            return Ok(*owner);
        }
        let owner: Option<String> = conn
            .prepare_cached("SELECT owner FROM record WHERE id = ?1")?
            .query_row([id.to_string()], |r| r.get(0))
            .optional()?;
        let owner = owner.and_then(|o| o.parse().ok());
        self.owners.insert(id, owner);
        Ok(owner)
    }

    /// A create was applied: its origin owns the record now.
    fn created(&mut self, op: &Op) {
        self.owners.insert(op.entity_id, Some(op.origin));
    }
}

fn is_foreign_key_failure(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY)
}

impl Store {
    /// Applies a verified bundle. With `dry_run` everything is done and then rolled back, so the
    /// counts are exact and the database is untouched.
    pub fn import_bundle(
        &mut self,
        bundle: IncomingBundle<'_>,
        rule: WriteRule<'_>,
        dry_run: bool,
    ) -> Result<ImportCounts, ImportError> {
        // A smaller page cache for the import: its transaction writes each page mostly once,
        // and the cache would otherwise grow to its full size beside the bundle's ops.
        self.conn
            .pragma_update(None, "cache_size", -IMPORT_CACHE_KIB)?;
        let result = self.import_in_one_transaction(bundle, rule, dry_run);
        let restored = self
            .conn
            .pragma_update(None, "cache_size", -super::open::CACHE_KIB);
        let counts = result?;
        restored?;
        Ok(counts)
    }

    fn import_in_one_transaction(
        &mut self,
        bundle: IncomingBundle<'_>,
        rule: WriteRule<'_>,
        dry_run: bool,
    ) -> Result<ImportCounts, ImportError> {
        let actor = self.actor.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mark: Option<i64> = tx
            .query_row(
                "SELECT seq FROM received_chain WHERE origin = ?1",
                [bundle.sender.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        let watermark = mark.unwrap_or(0);
        let mut counts = ImportCounts::default();
        let open_before = conflicts::open_count(&tx)?;
        let mut max_hlc = Hlc::default();
        if bundle.value_hashes.len() != bundle.ops.len() {
            return Err(ImportError::Store(StoreError::Said(said!(
                "error-store-bundle-mismatch"
            ))));
        }
        let receipt = oplog::Receipt::bundle(bundle.bundle_id);
        let mut touched = conflicts::Touched::default();
        let op_count = bundle.ops.len();
        let IncomingBundle {
            ops, value_hashes, ..
        } = bundle;
        let mut value_text = String::new();
        let mut known = Known::load(&tx)?;
        for (op, value_hash) in ops.into_iter().zip(value_hashes) {
            let op = &op;
            max_hlc = max_hlc.max(op.hlc);
            let stored: Option<Vec<u8>> = tx
                .prepare_cached("SELECT hash FROM op_log WHERE op_id = ?1")?
                .query_row([op.op_id.to_string()], |r| r.get(0))
                .optional()?;
            if let Some(hash) = stored {
                if Digest32::from_slice(&hash) != Some(op.hash) {
                    return Err(ImportError::Divergent(op.op_id.short()));
                }
                counts.already += 1;
                continue;
            }
            if op.origin_seq <= watermark {
                // Withheld when we received this stretch; it stays as it was.
                counts.already += 1;
                continue;
            }
            let owner = known.owner(&tx, op.entity_id)?;
            let verdict = rule(op, owner).map_err(ImportError::Forbidden)?;
            // Judged like a form here would judge it, whether applied now or parked.
            super::term_codes::check_op(&tx, op)?.map_err(|reason| {
                ImportError::Forbidden(
                    said!("rights-bad-value")
                        .with_said("op", rights::describe(op))
                        .with_said("reason", reason),
                )
            })?;
            // The text whose digest the exchange layer checked (see `ValueText::write`), not hashed again.
            let has_value = ValueText::write_text(op.value.as_ref(), &mut value_text);
            let text = has_value.then_some(value_text.as_str());
            oplog::append_text(&tx, op, text, value_hash, &receipt)?;
            match verdict {
                Verdict::Apply => {
                    // Any error ends the import, so a failed insert may roll back all of it.
                    apply::apply_ending(&tx, op, apply::OnFailure::RollBack)?;
                    touched.note(op);
                    counts.new += 1;
                    if op.kind == OpKind::Create {
                        known.created(op);
                    }
                    if op.kind == OpKind::Create && known.parked.contains(&op.entity_id) {
                        let released = held::release_parked(&tx, op.entity_id, op.origin, &actor)?;
                        for op in &released.applied {
                            touched.note(op);
                        }
                        counts.new += released.applied.len();
                        counts.refused += released.refused;
                    }
                }
                Verdict::Park => {
                    held::hold(&tx, op, Held::Parked)?;
                    known.parked.insert(op.entity_id);
                    counts.parked += 1;
                }
                Verdict::HistoryOnly => {
                    held::hold(&tx, op, Held::Common)?;
                    counts.history_only += 1;
                }
            }
        }
        touched.refresh(&tx)?;
        counts.conflicts = conflicts::open_count(&tx)?.saturating_sub(open_before);
        for link in bundle.withheld {
            if link.origin_seq > watermark {
                tx.prepare_cached(
                    "INSERT OR IGNORE INTO withheld_op (origin, origin_seq, prev_hash, hash) VALUES (?1, ?2, ?3, ?4)",
                )?
                .execute(params![
                    bundle.sender.to_string(),
                    link.origin_seq,
                    &link.prev_hash.0[..],
                    &link.hash.0[..]
                ])?;
                counts.withheld += 1;
            }
        }
        if bundle.to_seq > watermark {
            tx.execute(
                "INSERT INTO received_chain (origin, seq, hash) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (origin) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
                params![
                    bundle.sender.to_string(),
                    bundle.to_seq,
                    &bundle.head_hash.0[..]
                ],
            )?;
        }
        // What the sender says now, even if lower than before: after a restore from backup it
        // has lost some of our ops, and the next export must send them again.
        tx.execute(
            "INSERT INTO partner_ack (partner_id, acked_seq) VALUES (?1, ?2) \
             ON CONFLICT (partner_id) DO UPDATE SET acked_seq = excluded.acked_seq",
            params![bundle.sender.to_string(), bundle.sender_acks_us],
        )?;
        let local = Hlc(meta::get(&tx, meta::HLC)?
            .and_then(|h| h.parse().ok())
            .unwrap_or(0));
        meta::set(&tx, meta::HLC, &Hlc::observe(local, max_hlc).0.to_string())?;
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        tx.execute(
            "INSERT INTO bundle_received (bundle_id, sender, public_key, created_at, imported_at, from_seq, to_seq, \
             op_count, new_count, conflict_count, payload_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                bundle.bundle_id.to_string(),
                bundle.sender.to_string(),
                bundle.public_key,
                bundle.created_at,
                now,
                bundle.from_seq,
                bundle.to_seq,
                op_count as i64,
                counts.new as i64,
                counts.conflicts as i64,
                &bundle.payload_hash.0[..]
            ],
        )?;
        let mut detail = bundle.audit_detail.clone();
        if let serde_json::Value::Object(map) = &mut detail {
            map.insert(
                "counts".into(),
                serde_json::to_value(counts).unwrap_or_default(),
            );
        }
        audit::append(&tx, &actor, "import", &detail)?;
        super::search::flush_pending(&tx)?;
        super::pii_flags::flush_pending(&tx)?;
        if dry_run {
            let broken: Option<String> = tx
                .query_row(
                    "SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1",
                    [],
                    |r| r.get(0),
                )
                .optional()?;
            tx.rollback()?;
            return match broken {
                Some(_) => Err(ImportError::MissingReferences),
                None => Ok(counts),
            };
        }
        match tx.commit() {
            Ok(()) => Ok(counts),
            Err(e) if is_foreign_key_failure(&e) => Err(ImportError::MissingReferences),
            Err(e) => Err(e.into()),
        }
    }
}
