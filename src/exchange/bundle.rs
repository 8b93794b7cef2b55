//! The bundle file: a short text header naming the program that wrote it, the signing key and
//! the signature, then the JSON payload compressed with zstd. The signature is checked over the
//! program line and the compressed payload as they are in the file, before anything is
//! decompressed or parsed; then the payload is decompressed through a size limit and parsed
//! strictly (unknown fields, schema version, nesting depth and sizes are all limits).
//!
//! ```text
//! LAGESBILD-UTBYTE 5
//! skapad-av: lagesbild 0.4.0
//! nyckel: lagesbild-nyckel:<partner id>:<key hex>
//! signatur: <128 hex>
//! komprimering: zstd
//!
//! <zstd frame of {"format":"lagesbild-utbyte","schema_version":2,…}>
//! ```
//!
//! Why the compressed bytes are signed, not the JSON inside them: every byte of the file is then
//! covered (the other header lines must have their exact form), so a changed byte is always
//! refused, although zstd could decode some changed streams to the same JSON; and nothing from
//! an unknown sender is ever decompressed, so a "zstd bomb" could only come from a trusted
//! partner, and even then stops at the limit. The first container (`LAGESBILD-UTBYTE 1`: no
//! program line, no compression, the JSON signed) is still read. A bundle's identity (its payload
//! hash) is the hash of the JSON in both. Versions and what an older copy does with a newer
//! bundle: docs/utbytesformat.md.

use std::borrow::Cow;
use std::io::{Read, Write};

use ed25519_dalek::Signature;
use serde::{Deserialize, Serialize};

use super::keys::{OwnKey, PublicKeyToken};
use super::{ExchangeError, reject};
use crate::domain::{Digest32, Hlc, Id, Op};
use crate::i18n::said;
use crate::store::outgoing::WithheldLink;

/// The first container: the JSON payload as it is. Still read.
pub const MAGIC: &str = "LAGESBILD-UTBYTE 1";
/// The first line of every container: this, then the container version.
const MAGIC_PREFIX: &str = "LAGESBILD-UTBYTE ";
/// The container this build writes. 3, 4 and 5 have container 2's layout. 3 was raised because
/// its ops may carry fields a 0.1 reader does not know (`active` on ten kinds); 4 because they
/// may carry a kind and a code a 0.2 reader does not know (the meeting series, a cancelled
/// meeting's status `installt`); 5 because they may carry fields a 0.3 reader does not know
/// (a series' `member_ids`, a meeting's `series_id`). So an older reader refuses the bundle by
/// its first line and names the version to install (docs/utbytesformat.md).
pub const CONTAINER_VERSION: u32 = 5;
/// The first container with the program line and a zstd payload.
const FIRST_COMPRESSED_CONTAINER: u32 = 2;
/// The second line from container 2 on: the program version that wrote the bundle, so that an
/// older copy can name the version to install. Signed together with the payload.
const PRODUCER_PREFIX: &str = "skapad-av: lagesbild ";
const COMPRESSION_LINE: &str = "komprimering: zstd";
/// zstd's level: a year of a municipality's changes (19 MB of JSON) fits in an e-mail.
const ZSTD_LEVEL: i32 = 12;
pub const FORMAT: &str = "lagesbild-utbyte";
/// The payload schema this build writes (2: the `active` field on problems, causes, plan items,
/// goals, indicators, agreements, citizen promises, factors, inspections and findings; 3: the
/// meeting series and a meeting's status `installt`; 4: a series' members and a meeting's
/// series).
pub const SCHEMA_VERSION: u32 = 4;
/// The oldest reader that understands what this build writes.
pub const MIN_READER_VERSION: u32 = 4;
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

/// Signs and writes a payload as a bundle file's bytes (the current container).
pub fn encode(payload: &Payload, key: &OwnKey, token: &PublicKeyToken) -> Vec<u8> {
    let body = serde_json::to_vec(payload).unwrap_or_default();
    match compress(&body) {
        Ok(packed) => {
            // From container 3 on the container line is signed too, so that no byte of a
            // bundle can change (container 2 and 3 have one layout).
            let signed_head = format!(
                "{MAGIC_PREFIX}{CONTAINER_VERSION}\n{PRODUCER_PREFIX}{}\n",
                env!("CARGO_PKG_VERSION")
            );
            let signature = key.sign(&signed_message(signed_head.as_bytes(), &packed));
            let mut out = format!(
                "{signed_head}nyckel: {}\nsignatur: {}\n{COMPRESSION_LINE}\n\n",
                token.to_token(),
                hex::encode(signature.to_bytes())
            )
            .into_bytes();
            out.extend_from_slice(&packed);
            out
        }
        // Compressing into memory does not fail short of running out of it; should it, the
        // first container carries the same payload, only larger.
        Err(_) => encode_uncompressed(&body, key, token),
    }
}

/// The first container (`LAGESBILD-UTBYTE 1`): the payload as it is.
fn encode_uncompressed(body: &[u8], key: &OwnKey, token: &PublicKeyToken) -> Vec<u8> {
    let signature = key.sign(body);
    let mut out = format!(
        "{MAGIC}\nnyckel: {}\nsignatur: {}\n\n",
        token.to_token(),
        hex::encode(signature.to_bytes())
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

fn compress(body: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = zstd::stream::write::Encoder::new(Vec::new(), ZSTD_LEVEL)?;
    encoder.include_checksum(true)?;
    encoder.set_pledged_src_size(Some(body.len() as u64))?;
    encoder.write_all(body)?;
    encoder.finish()
}

/// The payload, decompressed through the size limit.
fn decompress(packed: &[u8]) -> Result<Vec<u8>, ExchangeError> {
    decompress_limited(packed, MAX_BUNDLE_BYTES)
}

fn decompress_limited(packed: &[u8], limit: u64) -> Result<Vec<u8>, ExchangeError> {
    let broken = || reject(said!("error-bundle-unpack"));
    let decoder = zstd::stream::read::Decoder::with_buffer(packed).map_err(|_| broken())?;
    // The frame names its size (the writer pledges it): one allocation of that size instead of
    // a doubling buffer, but never more than the limit, whatever a frame claims.
    let announced = zstd::zstd_safe::get_frame_content_size(packed)
        .ok()
        .flatten()
        .unwrap_or(0);
    let mut body = Vec::with_capacity(announced.min(limit + 1) as usize);
    decoder
        .take(limit + 1)
        .read_to_end(&mut body)
        .map_err(|_| broken())?;
    if body.len() as u64 > limit {
        return Err(reject(said!(
            "error-bundle-unpacked-too-large",
            limit = limit / 1_000_000
        )));
    }
    Ok(body)
}

/// What the signature covers: the program line and the compressed payload (container 2 on), or
/// the payload (container 1).
fn signed_message<'a>(prefix: &[u8], body: &'a [u8]) -> Cow<'a, [u8]> {
    if prefix.is_empty() {
        Cow::Borrowed(body)
    } else {
        Cow::Owned([prefix, body].concat())
    }
}

/// A bundle whose header has been read but whose payload is not yet trusted.
pub struct Sealed<'a> {
    pub key_token: &'a str,
    pub signature: Signature,
    /// The program version that wrote the bundle (container 2 on).
    pub producer_version: Option<&'a str>,
    /// The signed header line before the payload (empty in the first container).
    signed_prefix: &'a [u8],
    /// The payload as it is in the file: compressed from container 2 on.
    raw: &'a [u8],
    compressed: bool,
}

fn line<'a>(bytes: &'a [u8], at: &mut usize) -> Option<&'a str> {
    let rest = bytes.get(*at..)?;
    let end = rest.iter().position(|&b| b == b'\n')?;
    *at += end + 1;
    std::str::from_utf8(&rest[..end]).ok()
}

/// Splits a bundle file into key, signature and payload; touches nothing in the payload.
pub fn open(bytes: &[u8]) -> Result<Sealed<'_>, ExchangeError> {
    let not_a_bundle = || reject(said!("error-bundle-no-header"));
    let mut at = 0;
    let container = line(bytes, &mut at)
        .and_then(|l| l.strip_prefix(MAGIC_PREFIX))
        // One spelling per number: digits only, no leading zero.
        .filter(|n| !n.starts_with('0') && n.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|n| n.parse::<u32>().ok())
        .ok_or_else(not_a_bundle)?;
    let (producer_version, signed_prefix) = match container {
        1 => (None, &bytes[..0]),
        FIRST_COMPRESSED_CONTAINER..=CONTAINER_VERSION => {
            // Container 2 signs the program line; from 3 on, the container line as well.
            let start = if container == FIRST_COMPRESSED_CONTAINER {
                at
            } else {
                0
            };
            let version = line(bytes, &mut at)
                .and_then(|l| l.strip_prefix(PRODUCER_PREFIX))
                .filter(|v| is_version(v))
                .ok_or_else(not_a_bundle)?;
            (Some(version), &bytes[start..at])
        }
        newer => {
            let version = line(bytes, &mut at)
                .and_then(|l| l.strip_prefix(PRODUCER_PREFIX))
                .filter(|v| is_version(v));
            return Err(reject(match version {
                Some(v) => said!(
                    "error-bundle-newer-container-by",
                    version = v,
                    newer = newer.to_string(),
                    supported = CONTAINER_VERSION.to_string()
                ),
                None => said!(
                    "error-bundle-newer-container",
                    newer = newer.to_string(),
                    supported = CONTAINER_VERSION.to_string()
                ),
            }));
        }
    };
    let key_token = line(bytes, &mut at)
        .and_then(|l| l.strip_prefix("nyckel: "))
        .ok_or_else(not_a_bundle)?;
    let sig_hex = line(bytes, &mut at)
        .and_then(|l| l.strip_prefix("signatur: "))
        // Lower-case hex only, so that no other spelling of the same signature is accepted.
        .filter(|s| s.len() == 128 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
        .ok_or_else(not_a_bundle)?;
    let compressed = container >= FIRST_COMPRESSED_CONTAINER;
    if compressed && line(bytes, &mut at) != Some(COMPRESSION_LINE) {
        return Err(not_a_bundle());
    }
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
        producer_version,
        signed_prefix,
        raw: &bytes[at..],
        compressed,
    })
}

impl<'a> Sealed<'a> {
    /// The JSON payload: decompressed (through the size limit) from container 2 on. Call it
    /// after [`Sealed::verify`].
    pub fn payload(&self) -> Result<Cow<'a, [u8]>, ExchangeError> {
        if self.compressed {
            Ok(Cow::Owned(decompress(self.raw)?))
        } else {
            Ok(Cow::Borrowed(self.raw))
        }
    }
}

/// `1.2.3`: digits and dots, short.
fn is_version(v: &str) -> bool {
    (1..=32).contains(&v.len())
        && v.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && v.split('.').all(|p| !p.is_empty())
}

impl Sealed<'_> {
    /// Checks the signature over the payload as it is in the file (and the program line) with a
    /// key the caller trusts.
    pub fn verify(&self, key: &PublicKeyToken) -> Result<(), ExchangeError> {
        key.key
            .verify_strict(
                &signed_message(self.signed_prefix, self.raw),
                &self.signature,
            )
            .map_err(|_| reject(said!("error-bundle-bad-signature")))
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
        return Err(reject(said!("error-bundle-too-deep")));
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
            .map_err(|e| reject(said!("error-bundle-unreadable", reason = e.to_string())))?,
    };
    if versions.format != FORMAT {
        return Err(reject(said!("error-bundle-not-a-bundle")));
    }
    if versions.schema_version > SCHEMA_VERSION || versions.min_reader_version > SCHEMA_VERSION {
        return Err(reject(said!(
            "error-bundle-newer-format",
            format = versions.schema_version.to_string(),
            supported = SCHEMA_VERSION.to_string()
        )));
    }
    let payload =
        strict.map_err(|e| reject(said!("error-bundle-bad-format", reason = e.to_string())))?;
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
        return Err(reject(said!("error-bundle-name-too-long")));
    }
    for op in &p.ops {
        let value_len = op.value.as_ref().map(text_bytes).unwrap_or(0);
        if too_long(&op.actor)
            || op.field.as_deref().is_some_and(too_long)
            || value_len > MAX_VALUE_BYTES
        {
            return Err(reject(said!(
                "error-bundle-op-too-large",
                seq = op.origin_seq.to_string()
            )));
        }
    }
    Ok(())
}

/// Runs every parsing stage an untrusted file reaches, without a key: the header split, then the
/// payload parse (as if the signature had verified). For the fuzz target and its corpus test.
pub fn parse_untrusted(bytes: &[u8]) -> Result<Payload, ExchangeError> {
    let sealed = open(bytes)?;
    parse_payload(&sealed.payload()?)
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
        assert!(
            open(format!("LAGESBILD-UTBYTE 01\nnyckel: x\nsignatur: {sig}\n\n{{}}").as_bytes())
                .is_err()
        );
    }

    #[test]
    fn the_current_container_is_compressed_and_signed_with_its_program_line() {
        let key = OwnKey::generate().expect("key");
        let token = key.public(Id::new());
        let payload = Payload {
            format: FORMAT.into(),
            schema_version: SCHEMA_VERSION,
            min_reader_version: MIN_READER_VERSION,
            bundle_id: Id::new(),
            producer: Party {
                partner_id: token.partner_id,
                name: "Sjöviks kommun".into(),
            },
            recipient: Party {
                partner_id: Id::new(),
                name: "Polisen Sjövik".into(),
            },
            created_at: "2026-11-19T10:00:00.000Z".into(),
            producer_clock: Hlc(0),
            received: Vec::new(),
            audit_head: Digest32::default(),
            from_seq: 0,
            to_seq: 0,
            head_hash: Digest32::default(),
            ops: Vec::new(),
            withheld: Vec::new(),
        };
        let bytes = encode(&payload, &key, &token);
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.starts_with(&format!(
            "LAGESBILD-UTBYTE {CONTAINER_VERSION}\nskapad-av: lagesbild {}\n",
            env!("CARGO_PKG_VERSION")
        )));
        let sealed = open(&bytes).expect("open");
        assert_eq!(sealed.producer_version, Some(env!("CARGO_PKG_VERSION")));
        sealed.verify(&token).expect("verifies");
        assert_eq!(
            parse_payload(&sealed.payload().expect("unpack")).expect("parse"),
            payload
        );
        // The program line is signed: another version in it breaks the signature.
        let end = header_len(&bytes);
        let header =
            String::from_utf8_lossy(&bytes[..end]).replacen(env!("CARGO_PKG_VERSION"), "9.9.9", 1);
        let forged = [header.as_bytes(), &bytes[end..]].concat();
        assert!(open(&forged).expect("opens").verify(&token).is_err());
    }

    fn header_len(bytes: &[u8]) -> usize {
        bytes
            .windows(2)
            .position(|w| w == b"\n\n")
            .map(|p| p + 2)
            .expect("header end")
    }

    #[test]
    fn a_newer_container_names_the_version_to_install() {
        let sig = "ab".repeat(64);
        let newer = format!(
            "LAGESBILD-UTBYTE {}\nskapad-av: lagesbild 4.2.0\nnyckel: x\nsignatur: {sig}\n\n",
            CONTAINER_VERSION + 1
        );
        let err = open(newer.as_bytes()).err().expect("refused").to_string();
        assert!(
            err.contains("Installera lagesbild 4.2.0 eller senare"),
            "{err}"
        );
    }

    #[test]
    fn a_zstd_bomb_is_refused_at_the_limit() {
        let bomb = compress(&vec![b' '; 3_000_000]).expect("compress");
        assert!(bomb.len() < 10_000);
        let err = decompress_limited(&bomb, 2_000_000)
            .expect_err("refused")
            .to_string();
        assert!(err.contains("större än de 2 MB"), "{err}");
        assert_eq!(
            decompress_limited(&bomb, 3_000_000).expect("fits").len(),
            3_000_000
        );
        assert!(decompress_limited(&bomb[..bomb.len() / 2], 3_000_000).is_err());
    }
}
