//! The bundle file: a short text header naming the signing key and the signature, then the
//! signed JSON payload. The signature is checked over the raw payload bytes before any of the
//! payload is parsed; then the payload is parsed strictly (unknown fields, schema version,
//! nesting depth and sizes are all limits).
//!
//! ```text
//! LAGESBILD-UTBYTE 1
//! nyckel: lagesbild-nyckel:<partner id>:<key hex>
//! signatur: <128 hex>
//!
//! {"format":"lagesbild-utbyte","schema_version":1,…}
//! ```

use ed25519_dalek::Signature;
use serde::{Deserialize, Serialize};

use super::keys::{OwnKey, PublicKeyToken};
use super::{ExchangeError, reject};
use crate::domain::{Digest32, Hlc, Id, Op};
use crate::store::outgoing::WithheldLink;

pub const MAGIC: &str = "LAGESBILD-UTBYTE 1";
pub const FORMAT: &str = "lagesbild-utbyte";
/// The payload schema this build writes.
pub const SCHEMA_VERSION: u32 = 1;
/// The oldest reader that understands what this build writes.
pub const MIN_READER_VERSION: u32 = 1;
/// No bundle file may be larger than this.
pub const MAX_BUNDLE_BYTES: u64 = 128 * 1024 * 1024;
/// JSON nesting allowed in a payload (an op value is a record of lists of texts).
pub const MAX_DEPTH: usize = 10;
pub const MAX_TEXT: usize = 200;
pub const MAX_VALUE_BYTES: usize = 1024 * 1024;

/// One side of an exchange.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub partner_id: Id,
    pub name: String,
}

/// How far the producer has received one origin's chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Received {
    pub origin: Id,
    pub seq: i64,
}

/// The signed content of a bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    pub format: String,
    pub schema_version: u32,
    pub min_reader_version: u32,
    pub bundle_id: Id,
    pub producer: Party,
    pub recipient: Party,
    pub created_at: String,
    /// The producer's clock when it wrote the bundle.
    pub producer_clock: Hlc,
    /// What the producer has received from each partner (incremental exports, missing bundles).
    pub received: Vec<Received>,
    /// The head of the producer's audit chain.
    pub audit_head: Digest32,
    /// The stretch of the producer's chain this bundle carries: every link after `from_seq` up
    /// to `to_seq`, each either in `ops` or in `withheld`.
    pub from_seq: i64,
    pub to_seq: i64,
    pub head_hash: Digest32,
    pub ops: Vec<Op>,
    pub withheld: Vec<WithheldLink>,
}

/// Only the version fields, read before the strict parse so a newer bundle gets the right message.
#[derive(Deserialize)]
struct Versions {
    format: String,
    schema_version: u32,
    min_reader_version: u32,
}

/// Signs and writes a payload as a bundle file's bytes.
pub fn encode(payload: &Payload, key: &OwnKey, token: &PublicKeyToken) -> Vec<u8> {
    let body = serde_json::to_vec(payload).unwrap_or_default();
    let signature = key.sign(&body);
    let mut out = format!(
        "{MAGIC}\nnyckel: {}\nsignatur: {}\n\n",
        token.to_token(),
        hex::encode(signature.to_bytes())
    )
    .into_bytes();
    out.extend_from_slice(&body);
    out
}

/// A bundle whose header has been read but whose payload is not yet trusted.
pub struct Sealed<'a> {
    pub key_token: &'a str,
    pub signature: Signature,
    pub payload: &'a [u8],
}

fn line<'a>(bytes: &'a [u8], at: &mut usize) -> Option<&'a str> {
    let rest = bytes.get(*at..)?;
    let end = rest.iter().position(|&b| b == b'\n')?;
    *at += end + 1;
    std::str::from_utf8(&rest[..end]).ok()
}

/// Splits a bundle file into key, signature and payload; touches nothing in the payload.
pub fn open(bytes: &[u8]) -> Result<Sealed<'_>, ExchangeError> {
    let not_a_bundle =
        || reject("filen är inte ett utbytespaket från lagesbild (huvudet saknas eller är skadat)");
    let mut at = 0;
    if line(bytes, &mut at) != Some(MAGIC) {
        return Err(not_a_bundle());
    }
    let key_token = line(bytes, &mut at)
        .and_then(|l| l.strip_prefix("nyckel: "))
        .ok_or_else(not_a_bundle)?;
    let sig_hex = line(bytes, &mut at)
        .and_then(|l| l.strip_prefix("signatur: "))
        // Lower-case hex only, so that no other spelling of the same signature is accepted.
        .filter(|s| s.len() == 128 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
        .ok_or_else(not_a_bundle)?;
    if line(bytes, &mut at) != Some("") {
        return Err(not_a_bundle());
    }
    let sig: [u8; 64] = hex::decode(sig_hex)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(not_a_bundle)?;
    Ok(Sealed {
        key_token,
        signature: Signature::from_bytes(&sig),
        payload: &bytes[at..],
    })
}

impl Sealed<'_> {
    /// Checks the signature over the raw payload with a key the caller trusts.
    pub fn verify(&self, key: &PublicKeyToken) -> Result<(), ExchangeError> {
        key.key
            .verify_strict(self.payload, &self.signature)
            .map_err(|_| reject("signaturen stämmer inte: paketet har ändrats efter att det skrevs, eller är inte skrivet med den nyckel det uppger"))
    }
}

/// The deepest nesting of arrays and objects in JSON text (strings are skipped).
pub fn json_depth(bytes: &[u8]) -> usize {
    let (mut depth, mut max, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for &b in bytes {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                max = max.max(depth);
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// Parses a verified payload strictly: format, versions, nesting, fields and sizes.
pub fn parse_payload(bytes: &[u8]) -> Result<Payload, ExchangeError> {
    if json_depth(bytes) > MAX_DEPTH {
        return Err(reject("innehållet är för djupt nästlat"));
    }
    // The strict parse first (one pass over a large payload); only when it fails is the
    // version read on its own, so that a newer bundle is refused for the right reason.
    let strict: Result<Payload, _> = serde_json::from_slice(bytes);
    let versions = match &strict {
        Ok(p) => Versions {
            format: p.format.clone(),
            schema_version: p.schema_version,
            min_reader_version: p.min_reader_version,
        },
        Err(_) => serde_json::from_slice(bytes)
            .map_err(|e| reject(format!("innehållet går inte att läsa ({e})")))?,
    };
    if versions.format != FORMAT {
        return Err(reject("filen är inte ett utbytespaket från lagesbild"));
    }
    if versions.schema_version > SCHEMA_VERSION || versions.min_reader_version > SCHEMA_VERSION {
        return Err(reject(format!(
            "paketet är skapat av en nyare version av lagesbild (format {}; den här versionen läser till och med {}). Uppdatera lagesbild och importera igen",
            versions.schema_version, SCHEMA_VERSION
        )));
    }
    let payload = strict.map_err(|e| reject(format!("innehållet följer inte formatet ({e})")))?;
    check_sizes(&payload)?;
    Ok(payload)
}

/// The bytes of text in a JSON value, without serialising it.
fn text_bytes(v: &serde_json::Value) -> usize {
    match v {
        serde_json::Value::String(s) => s.len(),
        serde_json::Value::Array(a) => a.iter().map(text_bytes).sum(),
        serde_json::Value::Object(o) => o.iter().map(|(k, v)| k.len() + text_bytes(v)).sum(),
        _ => 8,
    }
}

fn check_sizes(p: &Payload) -> Result<(), ExchangeError> {
    let too_long = |s: &str| s.chars().count() > MAX_TEXT;
    if too_long(&p.producer.name) || too_long(&p.recipient.name) || too_long(&p.created_at) {
        return Err(reject("ett namn i paketet är orimligt långt"));
    }
    for op in &p.ops {
        let value_len = op.value.as_ref().map(text_bytes).unwrap_or(0);
        if too_long(&op.actor)
            || op.field.as_deref().is_some_and(too_long)
            || value_len > MAX_VALUE_BYTES
        {
            return Err(reject(format!(
                "ändring nr {} är orimligt stor",
                op.origin_seq
            )));
        }
    }
    Ok(())
}

/// Runs every parsing stage an untrusted file reaches, without a key: the header split, then the
/// payload parse (as if the signature had verified). For the fuzz target and its corpus test.
pub fn parse_untrusted(bytes: &[u8]) -> Result<Payload, ExchangeError> {
    let sealed = open(bytes)?;
    parse_payload(sealed.payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_brackets_outside_strings_only() {
        assert_eq!(json_depth(br#"{"a":[1,{"b":2}]}"#), 3);
        assert_eq!(json_depth(br#"{"a":"[[[[\"]]]]"}"#), 1);
        assert_eq!(json_depth(b"[[[[[[[[[[[["), 12);
    }

    #[test]
    fn a_header_must_be_exact() {
        assert!(open(b"").is_err());
        assert!(open(b"LAGESBILD-UTBYTE 2\nnyckel: x\nsignatur: y\n\n{}").is_err());
        let sig = "ab".repeat(64);
        assert!(open(format!("{MAGIC}\nnyckel: x\nsignatur: {sig}\n\n{{}}").as_bytes()).is_ok());
        let upper = sig.to_uppercase();
        assert!(open(format!("{MAGIC}\nnyckel: x\nsignatur: {upper}\n\n{{}}").as_bytes()).is_err());
        assert!(open(format!("{MAGIC}\nnyckel: x\nsignatur: {sig}\n{{}}").as_bytes()).is_err());
    }
}
