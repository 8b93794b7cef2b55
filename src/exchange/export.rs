//! Writing a bundle for one partner: this copy's own ops that partner has not confirmed yet,
//! with everything internal withheld (see `store::outgoing`), signed as a whole.

use std::path::Path;

use serde::Serialize;

use super::Result;
use super::bundle::{self, FORMAT, MIN_READER_VERSION, Party, Payload, Received, SCHEMA_VERSION};
use super::partner::{active_by_name, own_key};
use crate::domain::{Hlc, Id, Lang};
use crate::files::{WriteOptions, write_file};
use crate::i18n::t;
use crate::store::Store;
use crate::store::partners::{BundleLogEntry, TrustedPartner};

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportReport {
    pub bundle_id: Id,
    pub recipient: String,
    pub file: String,
    pub op_count: usize,
    pub withheld: usize,
    pub from_seq: i64,
    pub to_seq: i64,
}

impl ExportReport {
    /// One line for the CLI and the screen: to whom, where, which changes.
    pub fn summary(&self, lang: Lang) -> String {
        let (partner, file) = (self.recipient.as_str(), self.file.as_str());
        if self.to_seq == self.from_seq {
            return t!(
                lang,
                "exchange-export-nothing-new",
                partner = partner,
                file = file
            );
        }
        t!(
            lang,
            "exchange-export-saved",
            partner = partner,
            file = file,
            count = self.op_count,
            seqs = crate::i18n::range(self.from_seq + 1, self.to_seq),
            withheld = self.withheld
        )
    }

    /// [`ExportReport::summary`] in Swedish.
    pub fn summary_sv(&self) -> String {
        self.summary(Lang::Sv)
    }
}

/// Builds the signed bytes of a bundle for `recipient` carrying this copy's chain after
/// `since_seq`. Writes nothing. Refused while a record it carries holds flagged, unconfirmed
/// free text (see `personal_data`).
pub fn build(
    store: &Store,
    recipient: &TrustedPartner,
    since_seq: i64,
) -> Result<(Payload, Vec<u8>)> {
    let (identity, key, token) = own_key(store)?;
    let sent_up_to = store.sent_up_to(recipient.partner_id)?;
    let segment = store.outgoing(since_seq, sent_up_to)?;
    super::personal_data::check_outgoing(store, &segment.ops)?;
    let head_hash = segment
        .ops
        .iter()
        .map(|o| (o.origin_seq, o.hash))
        .chain(segment.withheld.iter().map(|w| (w.origin_seq, w.hash)))
        .max_by_key(|(seq, _)| *seq)
        .map(|(_, h)| h)
        .unwrap_or_default();
    let received = store
        .received_chains()?
        .into_iter()
        .map(|(origin, mark)| Received {
            origin,
            seq: mark.seq,
        })
        .collect();
    let clock = Hlc(store
        .setting(crate::store::meta::HLC)?
        .and_then(|h| h.parse().ok())
        .unwrap_or(0));
    let payload = Payload {
        format: FORMAT.into(),
        schema_version: SCHEMA_VERSION,
        min_reader_version: MIN_READER_VERSION,
        bundle_id: Id::new(),
        producer: Party {
            partner_id: identity.partner_id,
            name: identity.name.clone(),
        },
        recipient: Party {
            partner_id: recipient.partner_id,
            name: recipient.name.clone(),
        },
        created_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        producer_clock: clock,
        received,
        audit_head: store.audit_head()?,
        from_seq: segment.from_seq,
        to_seq: segment.to_seq,
        head_hash,
        ops: segment.ops,
        withheld: segment.withheld,
    };
    let bytes = bundle::encode(&payload, &key, &token);
    Ok((payload, bytes))
}

/// Exports a bundle for the trusted partner named `to` into `file` (replacing an existing file
/// only with `overwrite`), records it and audits it.
pub fn export_to(
    store: &mut Store,
    to: &str,
    file: &Path,
    overwrite: bool,
) -> Result<ExportReport> {
    export_to_with(store, to, file, overwrite, &mut || true)
}

/// As [`export_to`]; `go_on` is asked once the bundle is built, before its file is written:
/// a no stops with [`ExchangeError::Cancelled`], no file written and nothing recorded.
pub fn export_to_with(
    store: &mut Store,
    to: &str,
    file: &Path,
    overwrite: bool,
    go_on: &mut dyn FnMut() -> bool,
) -> Result<ExportReport> {
    let recipient = active_by_name(store, to)?;
    let since = store.partner_ack(recipient.partner_id)?;
    let (payload, bytes) = build(store, &recipient, since)?;
    if !go_on() {
        return Err(super::ExchangeError::Cancelled);
    }
    write_file(
        file,
        &bytes,
        &WriteOptions::beside_database(store.path(), overwrite),
    )?;
    let entry = BundleLogEntry {
        bundle_id: payload.bundle_id,
        partner_id: recipient.partner_id,
        created_at: payload.created_at.clone(),
        at: payload.created_at.clone(),
        from_seq: payload.from_seq,
        to_seq: payload.to_seq,
        op_count: payload.ops.len() as i64,
        extra_count: payload.withheld.len() as i64,
    };
    let shown = file.display().to_string();
    store.record_bundle_sent(&entry, &shown)?;
    Ok(ExportReport {
        bundle_id: payload.bundle_id,
        recipient: recipient.name,
        file: shown,
        op_count: payload.ops.len(),
        withheld: payload.withheld.len(),
        from_seq: payload.from_seq,
        to_seq: payload.to_seq,
    })
}
