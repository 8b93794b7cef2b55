//! Importing a partner's bundle, in the order the checks must run:
//! size limit → signature by a trusted, unrevoked key → strict parse → sender, recipient and
//! chain → every op against the write rule → preview (a dry run) → backup → one transaction.
//! Any failure rejects the whole bundle, leaves the data unchanged and is recorded in the audit
//! log. A bundle imported before is reported as such, not as an error.

use std::path::Path;

use serde::Serialize;

use super::bundle::{self, MAX_BUNDLE_BYTES, Payload};
use super::keys::PublicKeyToken;
use super::partner::display_name;
use super::rules::may_write;
use super::{ExchangeError, Result};
use crate::domain::{Digest32, Id};
use crate::store::Store;
use crate::store::import::{ImportCounts, ImportError, IncomingBundle};
use crate::store::partners::{ChainMark, TrustedPartner};

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
}

impl ImportPreview {
    /// "12 nya, 40 redan importerade, 2 konflikter".
    pub fn summary_sv(&self) -> String {
        let c = &self.counts;
        format!(
            "{} nya, {} redan importerade, {} {}",
            c.new,
            c.already,
            c.conflicts,
            if c.conflicts == 1 {
                "konflikt"
            } else {
                "konflikter"
            }
        )
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
    pub fn summary_sv(&self) -> String {
        match self {
            ImportOutcome::Preview(p) => format!(
                "Paket från {} (skrivet {}): {}. Inget är importerat än.",
                p.sender,
                short_time(&p.created_at),
                p.summary_sv()
            ),
            ImportOutcome::Imported { preview, .. } => format!(
                "Importerat från {}: {}.",
                preview.sender,
                preview.summary_sv()
            ),
            ImportOutcome::AlreadyImported { at, sender } => {
                format!(
                    "Paketet från {sender} är redan importerat {}.",
                    short_time(at)
                )
            }
        }
    }
}

fn short_time(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| {
            t.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| rfc3339.to_string())
}

fn reject(reason: impl Into<String>) -> ExchangeError {
    ExchangeError::Rejected(reason.into())
}

/// Reads a bundle file (refusing one over the size limit before reading it) and imports it.
pub fn import_file(
    store: &mut Store,
    file: &Path,
    options: ImportOptions,
) -> Result<ImportOutcome> {
    let size = std::fs::metadata(file).map(|m| m.len()).map_err(|e| {
        ExchangeError::User(if e.kind() == std::io::ErrorKind::NotFound {
            format!("Filen {} finns inte. Kontrollera sökvägen.", file.display())
        } else {
            format!(
                "Kunde inte läsa {}: {e}. Kontrollera sökvägen och att du får läsa filen.",
                file.display()
            )
        })
    })?;
    if size > MAX_BUNDLE_BYTES {
        let err = reject(format!(
            "filen är {} MB, större än de {} MB ett paket får vara",
            size / 1_000_000,
            MAX_BUNDLE_BYTES / 1_000_000
        ));
        record_rejection(store, file, None, &err)?;
        return Err(err);
    }
    let bytes = std::fs::read(file)?;
    let result = import_bytes(store, &bytes, options);
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

/// A bundle that passed signature, parse and chain checks.
struct Verified {
    payload: Payload,
    key: TrustedPartner,
    payload_hash: Digest32,
}

/// Imports a bundle held in memory. Rejections are returned, not audited (see `import_file`).
pub fn import_bytes(
    store: &mut Store,
    bytes: &[u8],
    options: ImportOptions,
) -> Result<ImportOutcome> {
    if bytes.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(reject("filen är större än ett paket får vara"));
    }
    let verified = verify(store, bytes)?;
    let partners = store.trusted_partners()?;
    let p = &verified.payload;
    let sender = verified.key.name.clone();
    if let Some((entry, hash)) = store.received_bundle(p.bundle_id)? {
        if hash == verified.payload_hash {
            return Ok(ImportOutcome::AlreadyImported {
                at: entry.at,
                sender,
            });
        }
        return Err(reject(format!(
            "ett annat paket med samma id ({}) är redan importerat; det här är en förfalskning eller ett fel hos {sender}",
            p.bundle_id.short()
        )));
    }
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
        "ops": p.ops.len(), "withheld": p.withheld.len(), "sender_audit_head": p.audit_head,
    });
    let behind = partners_behind(store, p)?;
    let incoming = IncomingBundle {
        bundle_id: p.bundle_id,
        sender: sender_id,
        public_key: &verified.key.public_key,
        created_at: &p.created_at,
        from_seq: p.from_seq,
        to_seq: p.to_seq,
        ops: &p.ops,
        withheld: &p.withheld,
        head_hash: p.head_hash,
        sender_acks_us: acks_us,
        payload_hash: verified.payload_hash,
        records_may_be_withheld: behind.is_empty(),
        audit_detail,
    };
    let rule = |op: &crate::domain::Op, owner: Option<Id>| may_write(op, sender_id, owner);
    let explain = |e: ImportError| -> ExchangeError {
        match e {
            ImportError::Store(s) => match s {
                crate::store::StoreError::Sqlite(_) | crate::store::StoreError::Io(_) => {
                    ExchangeError::Store(s)
                }
                other => reject(format!("en ändring går inte att tillämpa: {other}")),
            },
            ImportError::MissingRecord(_) | ImportError::MissingReferences => {
                reject(missing_message(&behind, &sender, &partners, &e))
            }
            other => reject(other.to_string()),
        }
    };
    let preview = |counts| ImportPreview {
        bundle_id: p.bundle_id,
        sender: sender.clone(),
        sender_id,
        created_at: p.created_at.clone(),
        op_count: p.ops.len(),
        counts,
        clock_warning: clock_warning(p),
    };
    if options.dry_run {
        // The preview runs the whole import and rolls it back, so its counts are exact.
        let counts = store
            .import_bundle(&incoming, &rule, true)
            .map_err(explain)?;
        return Ok(ImportOutcome::Preview(preview(counts)));
    }
    let backup = if options.backup {
        Some(store.backup_beside("fore-import")?.display().to_string())
    } else {
        None
    };
    let counts = store
        .import_bundle(&incoming, &rule, false)
        .map_err(explain)?;
    Ok(ImportOutcome::Imported {
        preview: preview(counts),
        backup,
    })
}

/// Signature, strict parse, sender, recipient and chain.
fn verify(store: &Store, bytes: &[u8]) -> Result<Verified> {
    let sealed = bundle::open(bytes)?;
    let token = PublicKeyToken::parse(sealed.key_token)
        .ok()
        .filter(|t| t.to_token() == sealed.key_token)
        .ok_or_else(|| reject("paketet anger en nyckel med fel form"))?;
    let key = store
        .trusted_key(&token.to_token())?
        .ok_or_else(|| reject(format!(
            "paketet är signerat med en nyckel som inte finns i er lista över betrodda partner (fingeravtryck {}). Kontrollera nyckeln med avsändaren per telefon och lägg till den med lagesbild partner trust",
            token.fingerprint()
        )))?;
    if let Some(at) = &key.revoked_at {
        return Err(reject(format!(
            "nyckeln som paketet är signerat med ({}) är återkallad sedan {}",
            key.name,
            short_time(at)
        )));
    }
    sealed.verify(&token)?;
    let payload = bundle::parse_payload(sealed.payload)?;
    if payload.producer.partner_id != key.partner_id {
        return Err(reject(format!(
            "paketet uppger en annan avsändare än den som signerat det ({})",
            key.name
        )));
    }
    if Some(payload.recipient.partner_id) != store.partner_id() {
        return Err(reject(format!(
            "paketet är skrivet till {}, inte till den här kopian",
            payload.recipient.name
        )));
    }
    let mark = store
        .received_chains()?
        .into_iter()
        .find(|(o, _)| *o == key.partner_id)
        .map(|(_, m)| m);
    check_chain(&payload, mark, &key.name)?;
    Ok(Verified {
        payload_hash: Digest32::of(sealed.payload),
        payload,
        key,
    })
}

/// The carried stretch of the sender's chain must be whole, hash-linked, and continue exactly
/// where this copy's record of it ends (a gap means a bundle in between was never imported).
fn check_chain(p: &Payload, mark: Option<ChainMark>, sender: &str) -> Result<()> {
    if p.from_seq < 0 || p.to_seq < p.from_seq {
        return Err(reject("paketets ändringsnummer är orimliga"));
    }
    let mut links: Vec<(i64, Digest32, Digest32)> =
        Vec::with_capacity(p.ops.len() + p.withheld.len());
    for op in &p.ops {
        if op.origin != p.producer.partner_id {
            return Err(reject(format!(
                "ändring nr {} är gjord av en annan part än avsändaren; paket får bara innehålla avsändarens egna ändringar",
                op.origin_seq
            )));
        }
        if !op.verify_hash() {
            return Err(reject(format!(
                "ändring nr {} stämmer inte med sin kontrollsumma",
                op.origin_seq
            )));
        }
        links.push((op.origin_seq, op.prev_hash, op.hash));
    }
    links.extend(
        p.withheld
            .iter()
            .map(|w| (w.origin_seq, w.prev_hash, w.hash)),
    );
    links.sort_by_key(|l| l.0);
    let expected = p.to_seq - p.from_seq;
    let contiguous = links.len() as i64 == expected
        && links
            .iter()
            .enumerate()
            .all(|(i, l)| l.0 == p.from_seq + 1 + i as i64);
    if !contiguous {
        return Err(reject(
            "paketets kedja av ändringar har luckor eller dubbletter",
        ));
    }
    if links.windows(2).any(|w| w[1].1 != w[0].2) {
        return Err(reject("paketets kedja av kontrollsummor är bruten"));
    }
    if let Some(last) = links.last()
        && last.2 != p.head_hash
    {
        return Err(reject("paketets kedja av kontrollsummor är bruten"));
    }
    let (have_seq, have_hash) = mark
        .map(|m| (m.seq, m.hash))
        .unwrap_or((0, Digest32::default()));
    if p.from_seq > have_seq {
        return Err(reject(format!(
            "det saknas ändringar nr {}–{} från {sender}: ett tidigare paket har inte importerats här. Importera det paketet först, eller be {sender} exportera ett nytt paket till er (det tar med allt ni inte har bekräftat)",
            have_seq + 1,
            p.from_seq
        )));
    }
    let anchor_ok = if p.from_seq == 0 {
        links.first().is_none_or(|l| l.1 == Digest32::default())
    } else if p.from_seq == have_seq {
        links.first().is_none_or(|l| l.1 == have_hash)
    } else {
        match links.iter().find(|l| l.0 == have_seq) {
            Some(l) => l.2 == have_hash,
            None => true,
        }
    };
    if !anchor_ok {
        return Err(reject(format!(
            "paketets kedja hänger inte ihop med det ni tidigare fått från {sender}"
        )));
    }
    Ok(())
}

fn clock_warning(p: &Payload) -> Option<String> {
    let newest = p.ops.iter().map(|o| o.hlc).max()?.max(p.producer_clock);
    let ahead_ms = newest.wall_ms() - chrono::Utc::now().timestamp_millis();
    (ahead_ms > 24 * 3600 * 1000).then(|| {
        format!(
            "Varning: {}s klocka går {} timmar före er. Ändringarna ordnas ändå rätt, men be dem kontrollera datorns klocka.",
            p.producer.name,
            ahead_ms / 3_600_000
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
) -> String {
    if behind.is_empty() {
        format!(
            "{e}; {sender} hänvisar till poster som varken finns här eller i paketet. Be {sender} kontakta förvaltaren av lagesbild"
        )
    } else {
        let names: Vec<String> = behind
            .iter()
            .map(|id| display_name(partners, *id))
            .collect();
        format!(
            "{e}. Importera först det senaste paketet från {} (som {sender} redan har tagit emot), och importera sedan det här igen",
            names.join(" och ")
        )
    }
}
