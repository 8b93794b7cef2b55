//! Importing a partner's bundle, in the order the checks must run:
//! size limit → signature by a trusted, unrevoked key → strict parse → sender, recipient and
//! chain → every op against the write rule → preview (a dry run) → backup → one transaction.
//! Any failure rejects the whole bundle, leaves the data unchanged and is recorded in the audit
//! log. A bundle imported before is reported as such, not as an error.

use std::path::Path;

use serde::Serialize;

use super::bundle::{MAX_BUNDLE_BYTES, Payload};
use super::partner::display_name;
use super::rules::may_write;
use super::{ExchangeError, Result, reject};
use crate::domain::Id;
use crate::domain::Lang;
use crate::i18n::{Said, said, t};
use crate::store::Store;
use crate::store::import::{ImportCounts, ImportError, IncomingBundle};
use crate::store::partners::TrustedPartner;

/// How to import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportOptions {
    /// Check and count only; change nothing (except the audit entry of a rejection).
    pub dry_run: bool,
    /// Take a backup beside the database before the transaction.
    pub backup: bool,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            dry_run: false,
            backup: true,
        }
    }
}

/// What a bundle brings (dry run) or brought.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportPreview {
    pub bundle_id: Id,
    pub sender: String,
    pub sender_id: Id,
    pub created_at: String,
    pub op_count: usize,
    pub counts: ImportCounts,
    /// Set when the sender's clock runs more than a day ahead of ours.
    pub clock_warning: Option<String>,
    /// Set when ops received earlier have waited [`WAIT_NOTED_AFTER_DAYS`] or more for
    /// records that have not come: how long, and what to do.
    pub waiting_note: Option<String>,
}

/// After this many days (two weekly meetings) a record that parked ops wait for is taken to
/// be one that may never come, and the import says so.
pub const WAIT_NOTED_AFTER_DAYS: i64 = 14;

/// What to tell about ops that have waited long for their record: per partner, how many, since
/// when, and what to do. None when nothing has waited that long.
pub fn waiting_note(
    waiting: &[crate::store::LongWaiting],
    partners: &[TrustedPartner],
) -> Option<String> {
    let lines: Vec<String> = waiting
        .iter()
        .map(|w| {
            let name = display_name(partners, w.origin);
            t!(
                Lang::Sv,
                "exchange-import-waiting",
                count = w.count,
                partner = name,
                since = short_time(&w.since)
            )
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

fn long_waiting_note(store: &Store, partners: &[TrustedPartner]) -> Result<Option<String>> {
    let before = (chrono::Utc::now() - chrono::Duration::days(WAIT_NOTED_AFTER_DAYS))
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    Ok(waiting_note(&store.long_waiting(&before)?, partners))
}

impl ImportPreview {
    /// "12 nya, 40 redan importerade, 2 konflikter" (and what waits for its record, or was
    /// refused when its record came, when there is any).
    pub fn summary(&self, lang: Lang) -> String {
        let c = &self.counts;
        let mut summary = t!(
            lang,
            "exchange-import-counts",
            new = c.new,
            already = c.already,
            conflicts = c.conflicts
        );
        if c.parked > 0 {
            summary.push_str(&t!(lang, "exchange-import-parked", count = c.parked));
        }
        if c.refused > 0 {
            summary.push_str(&t!(lang, "exchange-import-refused", count = c.refused));
        }
        summary
    }

    /// [`ImportPreview::summary`] in Swedish.
    pub fn summary_sv(&self) -> String {
        self.summary(Lang::Sv)
    }
}

/// The result of an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum ImportOutcome {
    /// Dry run: what would happen.
    Preview(ImportPreview),
    /// Imported; the backup taken before it.
    Imported {
        preview: ImportPreview,
        backup: Option<String>,
    },
    /// This bundle was imported before, at this time.
    AlreadyImported { at: String, sender: String },
}

impl ImportOutcome {
    /// Everything a person is told about this import, in order: the sender's clock when it
    /// runs ahead, the summary, and what has waited long for its record. The CLI prints a line
    /// each; the TUI shows them in the preview, so neither front end can leave one out.
    pub fn told(&self, lang: Lang) -> Vec<String> {
        let preview = match self {
            ImportOutcome::Preview(p) | ImportOutcome::Imported { preview: p, .. } => Some(p),
            ImportOutcome::AlreadyImported { .. } => None,
        };
        let mut lines = Vec::new();
        if let Some(w) = preview.and_then(|p| p.clock_warning.clone()) {
            lines.push(w);
        }
        lines.push(self.summary(lang));
        if let Some(note) = preview.and_then(|p| p.waiting_note.clone()) {
            lines.push(note);
        }
        lines
    }

    /// [`ImportOutcome::told`] in Swedish.
    pub fn told_sv(&self) -> Vec<String> {
        self.told(Lang::Sv)
    }

    /// One line: from whom, what it brings or brought.
    pub fn summary(&self, lang: Lang) -> String {
        match self {
            ImportOutcome::Preview(p) => t!(
                lang,
                "exchange-import-preview",
                sender = p.sender.as_str(),
                written = short_time(&p.created_at),
                counts = p.summary(lang)
            ),
            ImportOutcome::Imported { preview, .. } => t!(
                lang,
                "exchange-import-done",
                sender = preview.sender.as_str(),
                counts = preview.summary(lang)
            ),
            ImportOutcome::AlreadyImported { at, sender } => t!(
                lang,
                "exchange-import-again",
                sender = sender.as_str(),
                at = short_time(at)
            ),
        }
    }

    /// [`ImportOutcome::summary`] in Swedish.
    pub fn summary_sv(&self) -> String {
        self.summary(Lang::Sv)
    }
}

pub(super) fn short_time(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| {
            crate::domain::swedish_time::from_utc(&t)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| rfc3339.to_string())
}

/// Reads a bundle file (a regular file only, never more than the size limit) and imports it.
pub fn import_file(
    store: &mut Store,
    file: &Path,
    options: ImportOptions,
) -> Result<ImportOutcome> {
    import_file_with(store, file, options, &mut || true)
}

/// As [`import_file`]; `go_on` is asked after the checks and the backup, before the one
/// transaction: a no stops with [`ExchangeError::Cancelled`] and the database unchanged (the
/// backup stays, as after any import).
pub fn import_file_with(
    store: &mut Store,
    file: &Path,
    options: ImportOptions,
    go_on: &mut dyn FnMut() -> bool,
) -> Result<ImportOutcome> {
    let bytes = match crate::files::read_limited(file, MAX_BUNDLE_BYTES) {
        Ok(bytes) => bytes,
        Err(crate::files::FileError::TooLarge { size, .. }) => {
            let err = reject(said!(
                "error-bundle-file-too-large",
                size = size / 1_000_000,
                limit = MAX_BUNDLE_BYTES / 1_000_000
            ));
            record_rejection(store, file, None, &err)?;
            return Err(err);
        }
        Err(e) => return Err(e.into()),
    };
    let result = import_bytes_with(store, &bytes, options, go_on);
    if let Err(err @ ExchangeError::Rejected(_)) = &result {
        record_rejection(store, file, None, err)?;
    }
    result
}

fn record_rejection(
    store: &mut Store,
    file: &Path,
    bundle_id: Option<Id>,
    err: &ExchangeError,
) -> Result<()> {
    store.audit(
        "import_rejected",
        serde_json::json!({
            "file": file.display().to_string(),
            "bundle_id": bundle_id,
            "reason": err.to_string(),
        }),
    )?;
    Ok(())
}

/// Imports a bundle held in memory. Rejections are returned, not audited (see `import_file`).
pub fn import_bytes(
    store: &mut Store,
    bytes: &[u8],
    options: ImportOptions,
) -> Result<ImportOutcome> {
    import_bytes_with(store, bytes, options, &mut || true)
}

/// As [`import_bytes`], asking `go_on` before the transaction (see [`import_file_with`]).
fn import_bytes_with(
    store: &mut Store,
    bytes: &[u8],
    options: ImportOptions,
    go_on: &mut dyn FnMut() -> bool,
) -> Result<ImportOutcome> {
    if bytes.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(reject(said!("error-bundle-too-large")));
    }
    let super::verify::Verified {
        mut payload,
        key,
        payload_hash,
        value_hashes,
    } = super::verify::verify(store, bytes)?;
    let partners = store.trusted_partners()?;
    let sender = key.name.clone();
    if let Some((entry, hash)) = store.received_bundle(payload.bundle_id)? {
        if hash == payload_hash {
            return Ok(ImportOutcome::AlreadyImported {
                at: entry.at,
                sender,
            });
        }
        return Err(reject(said!(
            "error-bundle-forged-id",
            id = payload.bundle_id.short(),
            sender = sender
        )));
    }
    // The ops go to the store by value, which drops each one once it is logged and applied:
    // a year's parsed ops are tens of megabytes, and SQLite's cache fills while they go.
    let op_count = payload.ops.len();
    let clock_warning = clock_warning(&payload);
    let ops = std::mem::take(&mut payload.ops);
    let p = &payload;
    let sender_id = p.producer.partner_id;
    let own = store.partner_id();
    let acks_us = p
        .received
        .iter()
        .find(|r| Some(r.origin) == own)
        .map(|r| r.seq)
        .unwrap_or(0);
    let audit_detail = serde_json::json!({
        "bundle_id": p.bundle_id, "sender": sender_id, "sender_name": sender,
        "created_at": p.created_at, "from_seq": p.from_seq, "to_seq": p.to_seq,
        "ops": op_count, "withheld": p.withheld.len(), "sender_audit_head": p.audit_head,
    });
    let behind = partners_behind(store, p)?;
    let incoming = IncomingBundle {
        bundle_id: p.bundle_id,
        sender: sender_id,
        public_key: &key.public_key,
        created_at: &p.created_at,
        from_seq: p.from_seq,
        to_seq: p.to_seq,
        ops,
        value_hashes,
        withheld: &p.withheld,
        head_hash: p.head_hash,
        sender_acks_us: acks_us,
        payload_hash,
        audit_detail,
    };
    let rule = |op: &crate::domain::Op, owner: Option<Id>| may_write(op, sender_id, owner);
    let explain = |e: ImportError| -> ExchangeError {
        match e {
            ImportError::Store(s) => match s {
                crate::store::StoreError::Sqlite(_) | crate::store::StoreError::Io(_) => {
                    ExchangeError::Store(s)
                }
                other => {
                    reject(said!("error-bundle-op-not-applicable").with_error("reason", other))
                }
            },
            ImportError::MissingReferences => {
                reject(missing_message(&behind, &sender, &partners, &e))
            }
            other => reject(match other.said() {
                Some(reason) => said!("error-bundle-store-reason").with_said("reason", reason),
                None => said!("error-bundle-store-reason", reason = other.to_string()),
            }),
        }
    };
    let preview = |counts, waiting_note| ImportPreview {
        bundle_id: p.bundle_id,
        sender: sender.clone(),
        sender_id,
        created_at: p.created_at.clone(),
        op_count,
        counts,
        clock_warning: clock_warning.clone(),
        waiting_note,
    };
    if options.dry_run {
        // The preview runs the whole import and rolls it back, so its counts are exact.
        let counts = store
            .import_bundle(incoming, &rule, true)
            .map_err(explain)?;
        let note = long_waiting_note(store, &partners)?;
        return Ok(ImportOutcome::Preview(preview(counts, note)));
    }
    let backup = if options.backup {
        Some(store.backup_beside("fore-import")?.display().to_string())
    } else {
        None
    };
    if !go_on() {
        return Err(ExchangeError::Cancelled);
    }
    let counts = store
        .import_bundle(incoming, &rule, false)
        .map_err(explain)?;
    let note = long_waiting_note(store, &partners)?;
    Ok(ImportOutcome::Imported {
        preview: preview(counts, note),
        backup,
    })
}

fn clock_warning(p: &Payload) -> Option<String> {
    let newest = p.ops.iter().map(|o| o.hlc).max()?.max(p.producer_clock);
    let ahead_ms = newest.wall_ms() - chrono::Utc::now().timestamp_millis();
    (ahead_ms > 24 * 3600 * 1000).then(|| {
        t!(
            Lang::Sv,
            "exchange-import-clock-ahead",
            sender = p.producer.name.as_str(),
            hours = ahead_ms / 3_600_000
        )
    })
}

/// The other partners the sender has received more from than this copy has.
fn partners_behind(store: &Store, p: &Payload) -> Result<Vec<Id>> {
    let ours = store.received_chains()?;
    let own = store.partner_id();
    Ok(p.received
        .iter()
        .filter(|r| Some(r.origin) != own && r.origin != p.producer.partner_id)
        .filter(|r| {
            let have = ours
                .iter()
                .find(|(o, _)| *o == r.origin)
                .map(|(_, m)| m.seq)
                .unwrap_or(0);
            r.seq > have
        })
        .map(|r| r.origin)
        .collect())
}

/// Which partners' bundles to import first: those the sender has heard more from than we have.
fn missing_message(
    behind: &[Id],
    sender: &str,
    partners: &[TrustedPartner],
    e: &ImportError,
) -> Said {
    if behind.is_empty() {
        said!("error-bundle-dangling", sender = sender).with_said("reason", reason(e))
    } else {
        let names: Vec<String> = behind
            .iter()
            .map(|id| display_name(partners, *id))
            .collect();
        said!(
            "error-bundle-import-first",
            partners = names.join(", "),
            sender = sender
        )
        .with_said("reason", reason(e))
    }
}

/// Why the store refused, as a message (its failures have no message: their own words).
fn reason(e: &ImportError) -> Said {
    e.said()
        .unwrap_or_else(|| said!("error-bundle-store-reason", reason = e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_told_of_an_import_reaches_both_front_ends() {
        let preview = ImportPreview {
            bundle_id: Id::new(),
            sender: "Lokalpolisområde Exempelby".into(),
            sender_id: Id::new(),
            created_at: "2026-11-19T08:00:00.000Z".into(),
            op_count: 3,
            counts: ImportCounts {
                new: 1,
                parked: 2,
                ..ImportCounts::default()
            },
            clock_warning: Some("Avsändarens klocka går före.".into()),
            waiting_note: Some("2 ändringar har väntat sedan 2026-11-01.".into()),
        };
        let told = ImportOutcome::Preview(preview.clone()).told_sv();
        assert_eq!(told.len(), 3, "{told:?}");
        assert!(told[0].contains("klocka"), "{told:?}");
        assert!(told[1].contains("1 ny, 0 redan importerade"), "{told:?}");
        assert!(told[2].contains("väntat sedan"), "{told:?}");
        let imported = ImportOutcome::Imported {
            preview,
            backup: None,
        };
        assert!(imported.told_sv().iter().any(|l| l.contains("väntat")));
        let again = ImportOutcome::AlreadyImported {
            at: "2026-11-19T08:00:00.000Z".into(),
            sender: "Lokalpolisområde Exempelby".into(),
        };
        assert_eq!(again.told_sv().len(), 1);
    }
}
