//! This copy's partner identity, the trust list, and the record of bundles sent and received.
//! Every change to identity or trust is written to the audit log in the same transaction.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::Store;
use super::error::{Result, StoreError};
use crate::domain::{Digest32, Id};

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// This copy's identity as recorded in the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OwnIdentity {
    pub partner_id: Id,
    pub name: String,
    /// The public key token (see `exchange::keys`).
    pub public_key: String,
    pub created_at: String,
}

/// One key on the trust list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrustedPartner {
    pub partner_id: Id,
    pub name: String,
    pub public_key: String,
    pub trusted_at: String,
    pub revoked_at: Option<String>,
}

impl TrustedPartner {
    pub fn is_revoked(&self) -> bool {
        self.revoked_at.is_some()
    }
}

/// A bundle as recorded when it was imported or exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BundleLogEntry {
    pub bundle_id: Id,
    pub partner_id: Id,
    pub created_at: String,
    /// When it was imported (received) or written (sent).
    pub at: String,
    pub from_seq: i64,
    pub to_seq: i64,
    pub op_count: i64,
    /// New ops (received) or withheld links (sent).
    pub extra_count: i64,
}

/// The end of a partner's hash chain as far as this copy has received it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ChainMark {
    pub seq: i64,
    pub hash: Digest32,
}

fn trusted_from_row(
    r: &rusqlite::Row<'_>,
) -> rusqlite::Result<(String, String, String, String, Option<String>)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

const TRUSTED_COLUMNS: &str = "partner_id, name, public_key, trusted_at, revoked_at";

fn to_trusted(row: (String, String, String, String, Option<String>)) -> Option<TrustedPartner> {
    Some(TrustedPartner {
        partner_id: row.0.parse().ok()?,
        name: row.1,
        public_key: row.2,
        trusted_at: row.3,
        revoked_at: row.4,
    })
}

impl Store {
    pub fn own_identity(&self) -> Result<Option<OwnIdentity>> {
        let row: Option<(String, String, String, String)> = self
            .conn
            .query_row(
                "SELECT partner_id, name, public_key, created_at FROM partner_identity WHERE singleton = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        Ok(row.and_then(|(id, name, public_key, created_at)| {
            Some(OwnIdentity {
                partner_id: id.parse().ok()?,
                name,
                public_key,
                created_at,
            })
        }))
    }

    /// Records this copy's identity (once) and audits it.
    pub fn set_own_identity(&mut self, name: &str, public_key: &str) -> Result<OwnIdentity> {
        let partner_id = self.partner_id.ok_or(StoreError::ReadOnly)?;
        let created_at = now();
        self.write(|w| {
            w.tx.execute(
                "INSERT INTO partner_identity (singleton, partner_id, name, public_key, created_at) VALUES (1, ?1, ?2, ?3, ?4)",
                params![partner_id.to_string(), name, public_key, created_at],
            )?;
            w.audit(
                "partner_init",
                serde_json::json!({ "partner_id": partner_id, "name": name, "public_key": public_key }),
            )
        })?;
        Ok(OwnIdentity {
            partner_id,
            name: name.into(),
            public_key: public_key.into(),
            created_at,
        })
    }

    /// Replaces this copy's public key (a new key after the old one was lost).
    pub fn replace_own_key(&mut self, public_key: &str) -> Result<OwnIdentity> {
        self.write(|w| {
            let n = w.tx.execute(
                "UPDATE partner_identity SET public_key = ?1 WHERE singleton = 1",
                [public_key],
            )?;
            if n == 0 {
                return Err(no_identity());
            }
            w.audit(
                "partner_new_key",
                serde_json::json!({ "public_key": public_key }),
            )
        })?;
        self.own_identity()?.ok_or_else(no_identity)
    }

    /// Every key ever trusted, active ones first, by name.
    pub fn trusted_partners(&self) -> Result<Vec<TrustedPartner>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {TRUSTED_COLUMNS} FROM trusted_partner ORDER BY revoked_at IS NOT NULL, name COLLATE sv, trusted_at"
        ))?;
        let rows = stmt
            .query_map([], trusted_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows.into_iter().filter_map(to_trusted).collect())
    }

    /// The trust-list entry of a key, revoked or not.
    pub fn trusted_key(&self, public_key: &str) -> Result<Option<TrustedPartner>> {
        let row = self
            .conn
            .query_row(
                &format!("SELECT {TRUSTED_COLUMNS} FROM trusted_partner WHERE public_key = ?1"),
                [public_key],
                trusted_from_row,
            )
            .optional()?;
        Ok(row.and_then(to_trusted))
    }

    /// Puts a key on the trust list (or trusts a revoked key again), audited.
    pub fn trust_partner(&mut self, partner_id: Id, name: &str, public_key: &str) -> Result<()> {
        let at = now();
        self.write(|w| {
            w.tx.execute(
                "INSERT INTO trusted_partner (public_key, partner_id, name, trusted_at) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (public_key) DO UPDATE SET name = excluded.name, trusted_at = excluded.trusted_at, revoked_at = NULL",
                params![public_key, partner_id.to_string(), name, at],
            )?;
            w.audit(
                "partner_trust",
                serde_json::json!({ "partner_id": partner_id, "name": name, "public_key": public_key }),
            )
        })
    }

    /// Revokes every active key of a partner by name; returns how many. The rows stay, so what
    /// was imported under them stays traceable.
    pub fn untrust_partner(&mut self, name: &str) -> Result<usize> {
        let at = now();
        self.write(|w| {
            let n = w.tx.execute(
                "UPDATE trusted_partner SET revoked_at = ?2 WHERE name = ?1 COLLATE NOCASE AND revoked_at IS NULL",
                params![name, at],
            )?;
            if n > 0 {
                w.audit("partner_untrust", serde_json::json!({ "name": name, "keys": n }))?;
            }
            Ok(n)
        })
    }

    /// How far bundles written for a partner have carried this copy's chain (0: none yet),
    /// whether or not the partner has confirmed them.
    pub fn sent_up_to(&self, partner_id: Id) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT coalesce(max(to_seq), 0) FROM bundle_sent WHERE recipient = ?1",
            [partner_id.to_string()],
            |r| r.get(0),
        )?)
    }

    /// How far a partner has confirmed receiving this copy's ops.
    pub fn partner_ack(&self, partner_id: Id) -> Result<i64> {
        Ok(self
            .conn
            .query_row(
                "SELECT acked_seq FROM partner_ack WHERE partner_id = ?1",
                [partner_id.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0))
    }

    /// How far each other origin's chain has been received here.
    pub fn received_chains(&self) -> Result<Vec<(Id, ChainMark)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT origin, seq, hash FROM received_chain ORDER BY origin")?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(o, seq, h)| {
                Some((
                    o.parse().ok()?,
                    ChainMark {
                        seq,
                        hash: Digest32::from_slice(&h)?,
                    },
                ))
            })
            .collect())
    }

    /// The imported bundle with this id, if any.
    pub fn received_bundle(&self, bundle_id: Id) -> Result<Option<(BundleLogEntry, Digest32)>> {
        let row = self
            .conn
            .query_row(
                "SELECT bundle_id, sender, created_at, imported_at, from_seq, to_seq, op_count, new_count, payload_hash \
                 FROM bundle_received WHERE bundle_id = ?1",
                [bundle_id.to_string()],
                |r| Ok((log_row(r)?, r.get::<_, Vec<u8>>(8)?)),
            )
            .optional()?;
        Ok(row.and_then(|(e, h)| Some((e?, Digest32::from_slice(&h)?))))
    }

    /// The newest bundle received from a partner.
    pub fn last_bundle_received(&self, partner_id: Id) -> Result<Option<BundleLogEntry>> {
        let row = self
            .conn
            .query_row(
                "SELECT bundle_id, sender, created_at, imported_at, from_seq, to_seq, op_count, new_count \
                 FROM bundle_received WHERE sender = ?1 ORDER BY imported_at DESC LIMIT 1",
                [partner_id.to_string()],
                log_row,
            )
            .optional()?;
        Ok(row.flatten())
    }

    /// The newest bundle sent to a partner.
    pub fn last_bundle_sent(&self, partner_id: Id) -> Result<Option<BundleLogEntry>> {
        let row = self
            .conn
            .query_row(
                "SELECT bundle_id, recipient, created_at, created_at, from_seq, to_seq, op_count, withheld_count \
                 FROM bundle_sent WHERE recipient = ?1 ORDER BY created_at DESC LIMIT 1",
                [partner_id.to_string()],
                log_row,
            )
            .optional()?;
        Ok(row.flatten())
    }

    /// Records a bundle written for a partner, with its audit entry, in one transaction.
    pub fn record_bundle_sent(&mut self, entry: &BundleLogEntry, file: &str) -> Result<()> {
        self.write(|w| {
            w.tx.execute(
                "INSERT INTO bundle_sent (bundle_id, recipient, created_at, from_seq, to_seq, op_count, withheld_count, file) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    entry.bundle_id.to_string(),
                    entry.partner_id.to_string(),
                    entry.created_at,
                    entry.from_seq,
                    entry.to_seq,
                    entry.op_count,
                    entry.extra_count,
                    file
                ],
            )?;
            w.audit(
                "export",
                serde_json::json!({
                    "bundle_id": entry.bundle_id, "recipient": entry.partner_id, "file": file,
                    "from_seq": entry.from_seq, "to_seq": entry.to_seq,
                    "ops": entry.op_count, "withheld": entry.extra_count,
                }),
            )
        })
    }
}

fn log_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Option<BundleLogEntry>> {
    let (id, partner): (String, String) = (r.get(0)?, r.get(1)?);
    Ok(match (id.parse(), partner.parse()) {
        (Ok(bundle_id), Ok(partner_id)) => Some(BundleLogEntry {
            bundle_id,
            partner_id,
            created_at: r.get(2)?,
            at: r.get(3)?,
            from_seq: r.get(4)?,
            to_seq: r.get(5)?,
            op_count: r.get(6)?,
            extra_count: r.get(7)?,
        }),
        _ => None,
    })
}

/// This copy was never given a partner identity.
fn no_identity() -> StoreError {
    StoreError::Said(crate::i18n::said!("error-store-no-identity"))
}
