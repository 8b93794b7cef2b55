//! Checking an untrusted bundle before anything of it is used: a trusted, unrevoked key; the
//! signature over the raw payload; the strict parse; sender and recipient; and the carried
//! stretch of the sender's hash chain against what this copy has received before.

use super::bundle::{self, Payload};
use super::keys::PublicKeyToken;
use super::{Result, reject};
use crate::domain::{Digest32, Op, ValueText};
use crate::i18n::said;
use crate::store::Store;
use crate::store::partners::{ChainMark, TrustedPartner};

/// How far ahead of ours a partner's clock may be before its bundle is refused (a day ahead
/// is only warned about, in the preview). A week covers a wrong date or time zone set by hand;
/// more would pin our clock (it never goes back) that far ahead.
const MAX_CLOCK_AHEAD_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// The most ops one bundle may carry: a year of a municipality's work is about 20,000, and a
/// first bundle after ten years of use stays well below this.
pub const MAX_BUNDLE_OPS: usize = 1_000_000;

/// A bundle that passed signature, parse and chain checks.
pub(super) struct Verified {
    pub payload: Payload,
    pub key: TrustedPartner,
    pub payload_hash: Digest32,
    /// The digest of each op's value as hashed, in the order of `payload.ops`. The import
    /// writes each value's text again as it logs the op (the same text: see
    /// [`ValueText::write`]) rather than holding a year's values twice.
    pub value_hashes: Vec<Digest32>,
}

/// Signature, strict parse, sender, recipient and chain.
pub(super) fn verify(store: &Store, bytes: &[u8]) -> Result<Verified> {
    let sealed = bundle::open(bytes)?;
    let token = PublicKeyToken::parse(sealed.key_token)
        .ok()
        .filter(|t| t.to_token() == sealed.key_token)
        .ok_or_else(|| reject(said!("error-bundle-bad-key")))?;
    let key = store.trusted_key(&token.to_token())?.ok_or_else(|| {
        reject(said!(
            "error-bundle-unknown-key",
            fingerprint = token.fingerprint()
        ))
    })?;
    if let Some(at) = &key.revoked_at {
        return Err(reject(said!(
            "error-bundle-revoked-key",
            partner = key.name.as_str(),
            since = super::import::short_time(at)
        )));
    }
    sealed.verify(&token)?;
    let body = sealed.payload()?;
    let payload = bundle::parse_payload(&body)?;
    // The JSON text (19 MB for a year) is not needed once parsed: free it before the ops are
    // hashed and imported, which is when an import needs the most memory.
    let payload_hash = Digest32::of(&body);
    drop(body);
    if payload.producer.partner_id != key.partner_id {
        return Err(reject(said!(
            "error-bundle-other-sender",
            partner = key.name.as_str()
        )));
    }
    if Some(payload.recipient.partner_id) != store.partner_id() {
        return Err(reject(said!(
            "error-bundle-other-recipient",
            recipient = payload.recipient.name.as_str()
        )));
    }
    let mark = store
        .received_chains()?
        .into_iter()
        .find(|(o, _)| *o == key.partner_id)
        .map(|(_, m)| m);
    let value_hashes = check_chain(&payload, mark, &key.name)?;
    Ok(Verified {
        payload_hash,
        payload,
        key,
        value_hashes,
    })
}

/// The chain check and the write rule on an untrusted payload, with no store and no key: what
/// the fuzz target `write_rules` drives. `have` is how far this copy holds the sender's chain.
/// Returns how many ops the rules would apply, park or keep as history (the owner of every
/// record taken to be the sender, then another partner, then nobody).
#[doc(hidden)]
pub fn judge_untrusted(p: &Payload, have: Option<ChainMark>) -> Result<usize> {
    check_chain(p, have, &p.producer.name)?;
    let sender = p.producer.partner_id;
    let other = p.recipient.partner_id;
    let mut allowed = 0;
    for op in &p.ops {
        for owner in [Some(sender), Some(other), None] {
            if super::rules::may_write(op, sender, owner).is_ok() {
                allowed += 1;
            }
        }
    }
    Ok(allowed)
}

/// The carried stretch of the sender's chain must be whole, hash-linked, and continue exactly
/// where this copy's record of it ends (a gap means a bundle in between was never imported).
/// Returns the digest of each op's value.
fn check_chain(p: &Payload, mark: Option<ChainMark>, sender: &str) -> Result<Vec<Digest32>> {
    if p.from_seq < 0 || p.to_seq < p.from_seq {
        return Err(reject(said!("error-bundle-bad-seqs")));
    }
    if p.ops.len() + p.withheld.len() > MAX_BUNDLE_OPS {
        return Err(reject(said!(
            "error-bundle-too-many-ops",
            count = p.ops.len() + p.withheld.len(),
            limit = MAX_BUNDLE_OPS,
            sender = sender
        )));
    }
    let (value_hashes, hash_ok) = hash_ops(&p.ops);
    let latest_sane = chrono::Utc::now().timestamp_millis() + MAX_CLOCK_AHEAD_MS;
    let mut links: Vec<(i64, Digest32, Digest32)> =
        Vec::with_capacity(p.ops.len() + p.withheld.len());
    for (op, hash_ok) in p.ops.iter().zip(hash_ok) {
        if op.origin != p.producer.partner_id {
            return Err(reject(said!(
                "error-bundle-foreign-op",
                seq = op.origin_seq.to_string()
            )));
        }
        // A clock far ahead would become ours (the clock never goes back), and every edit
        // made here afterwards would carry that time: refuse it, don't just warn.
        if op.hlc.0 < 0 || op.hlc.wall_ms() > latest_sane {
            let seq = op.origin_seq.to_string();
            return Err(reject(match op.hlc.to_datetime() {
                Some(t) => said!(
                    "error-bundle-clock-far-ahead",
                    seq = seq,
                    date = t.format("%Y-%m-%d").to_string(),
                    sender = sender
                ),
                None => said!(
                    "error-bundle-clock-unknown-time",
                    seq = seq,
                    sender = sender
                ),
            }));
        }
        if !hash_ok {
            return Err(reject(said!(
                "error-bundle-bad-checksum",
                seq = op.origin_seq.to_string()
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
        return Err(reject(said!("error-bundle-chain-gaps")));
    }
    if links.windows(2).any(|w| w[1].1 != w[0].2) {
        return Err(reject(said!("error-bundle-chain-broken")));
    }
    if let Some(last) = links.last()
        && last.2 != p.head_hash
    {
        return Err(reject(said!("error-bundle-chain-broken")));
    }
    let (have_seq, have_hash) = mark
        .map(|m| (m.seq, m.hash))
        .unwrap_or((0, Digest32::default()));
    if p.from_seq > have_seq {
        return Err(reject(said!(
            "error-bundle-missing-before",
            count = p.from_seq - have_seq,
            seqs = crate::i18n::range(have_seq + 1, p.from_seq),
            sender = sender
        )));
    }
    // The stretch starts at the beginning of the chain, or where our record of it ends, or
    // overlaps it: in each case it must continue exactly the chain we already hold.
    let starts_ok = match p.from_seq {
        0 => links.first().is_none_or(|l| l.1 == Digest32::default()),
        from if from == have_seq => links.first().is_none_or(|l| l.1 == have_hash),
        _ => true,
    };
    let overlap_ok = have_seq <= p.from_seq
        || links
            .iter()
            .find(|l| l.0 == have_seq)
            .is_none_or(|l| l.2 == have_hash);
    let anchor_ok = starts_ok && overlap_ok;
    if !anchor_ok {
        return Err(reject(said!(
            "error-bundle-chain-mismatch",
            sender = sender
        )));
    }
    Ok(value_hashes)
}

/// Each op's value digest, and whether the op's hash matches its content. Serialising and
/// hashing every value is the bulk of checking a large bundle, and the ops are independent,
/// so the work is shared out over the cores. Each worker writes the values into one buffer
/// and keeps only their digests.
fn hash_ops(ops: &[Op]) -> (Vec<Digest32>, Vec<bool>) {
    let hash_all = |part: &[Op]| {
        let mut buf = String::new();
        part.iter()
            .map(|op| {
                let value_hash = ValueText::write(op.value.as_ref(), &mut buf);
                (value_hash, op.hash == op.compute_hash_with(value_hash))
            })
            .collect::<Vec<_>>()
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    // Small bundles are not worth a thread.
    let chunk = ops.len().div_ceil(threads).max(512);
    if chunk >= ops.len() {
        return hash_all(ops).into_iter().unzip();
    }
    std::thread::scope(|scope| {
        let workers: Vec<_> = ops
            .chunks(chunk)
            .map(|part| scope.spawn(move || hash_all(part)))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .unzip()
    })
}
