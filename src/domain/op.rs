//! Operations: the one way anything changes. The tables are a projection of the op log.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::classification::Classification;
use super::entity::EntityKind;
use super::hlc::Hlc;
use super::id::Id;
use super::vocab::vocabulary;
use std::fmt;

vocabulary! {
    OpKind, "op-kind" {
        Create = "create";
        Set = "set";
        Delete = "delete";
        Undelete = "undelete";
        /// A person chose between conflicting values; names the ops it settles.
        Resolve = "resolve";
        /// Gallring: content removed, id and hashes kept.
        Purge = "purge";
    }
}

/// A SHA-256 digest, shown and exchanged as hex.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize)]
#[serde(try_from = "String")]
pub struct Digest32(pub [u8; 32]);

/// The same hex text as `String::from`, written from the stack: every op hash serialises two
/// digests, so a year's import would otherwise make 40,000 short-lived strings.
impl Serialize for Digest32 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut hex = [0u8; 64];
        hex::encode_to_slice(self.0, &mut hex).map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(std::str::from_utf8(&hex).map_err(serde::ser::Error::custom)?)
    }
}

impl fmt::Debug for Digest32 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", &hex::encode(self.0)[..12])
    }
}

impl fmt::Display for Digest32 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl From<Digest32> for String {
    fn from(d: Digest32) -> String {
        hex::encode(d.0)
    }
}

impl TryFrom<String> for Digest32 {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        let bytes = hex::decode(&s).map_err(|e| e.to_string())?;
        let arr: [u8; 32] = bytes
            .try_into()
            .map_err(|_| crate::i18n::t!(super::Lang::Sv, "error-digest-length"))?;
        Ok(Digest32(arr))
    }
}

impl Digest32 {
    pub fn of(bytes: &[u8]) -> Self {
        Digest32(Sha256::digest(bytes).into())
    }

    pub fn from_slice(bytes: &[u8]) -> Option<Self> {
        bytes.try_into().ok().map(Digest32)
    }
}

/// One change, as logged and exchanged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Op {
    pub op_id: Id,
    /// The partner whose copy made the change.
    pub origin: Id,
    /// Gap-free sequence number per origin.
    pub origin_seq: i64,
    pub hlc: Hlc,
    /// The user or function that made the change.
    pub actor: String,
    pub entity: EntityKind,
    pub entity_id: Id,
    pub kind: OpKind,
    pub field: Option<String>,
    pub value: Option<serde_json::Value>,
    /// For a set: the op whose value of this field the author saw and replaced. Two sets with
    /// the same base are concurrent: neither author had seen the other.
    pub base_op: Option<Id>,
    pub classification: Classification,
    /// The hash of the previous op from the same origin (zeros for the first).
    pub prev_hash: Digest32,
    pub hash: Digest32,
}

/// The part of an op that its hash covers, in a fixed order.
#[derive(Serialize)]
struct Hashed<'a> {
    op_id: &'a Id,
    origin: &'a Id,
    origin_seq: i64,
    hlc: Hlc,
    actor: &'a str,
    entity: EntityKind,
    entity_id: &'a Id,
    kind: OpKind,
    field: Option<&'a str>,
    value_hash: Digest32,
    base_op: Option<&'a Id>,
    classification: Classification,
    prev_hash: Digest32,
}

impl Op {
    /// The digest of the value alone. Kept beside the op so a purged value still verifies.
    pub fn value_hash(value: Option<&serde_json::Value>) -> Digest32 {
        ValueText::of(value).hash
    }

    /// The hash of this op given its value's digest: sha256 over the canonical JSON of the
    /// header, the value digest and the previous hash.
    pub fn compute_hash_with(&self, value_hash: Digest32) -> Digest32 {
        let h = Hashed {
            op_id: &self.op_id,
            origin: &self.origin,
            origin_seq: self.origin_seq,
            hlc: self.hlc,
            actor: &self.actor,
            entity: self.entity,
            entity_id: &self.entity_id,
            kind: self.kind,
            field: self.field.as_deref(),
            value_hash,
            base_op: self.base_op.as_ref(),
            classification: self.classification,
            prev_hash: self.prev_hash,
        };
        // The header's JSON goes straight into the hash: the same bytes as `to_string`, without
        // building the string. Serialising these types cannot fail; should it, the digest of
        // nothing matches no op.
        let mut hasher = HashWriter(Sha256::new());
        match serde_json::to_writer(&mut hasher, &h) {
            Ok(()) => Digest32(hasher.0.finalize().into()),
            Err(_) => Digest32::of(b""),
        }
    }

    pub fn compute_hash(&self) -> Digest32 {
        self.compute_hash_with(Op::value_hash(self.value.as_ref()))
    }

    /// Sets `hash` from the content; call after every other field is final.
    pub fn seal(self) -> Self {
        let value = ValueText::of(self.value.as_ref());
        self.seal_with(&value)
    }

    /// Sets `hash` given the value's text (serialised once, then logged as it was hashed).
    pub fn seal_with(mut self, value: &ValueText) -> Self {
        self.hash = self.compute_hash_with(value.hash);
        self
    }

    pub fn verify_hash(&self) -> bool {
        self.verify_hash_with(&ValueText::of(self.value.as_ref()))
    }

    pub fn verify_hash_with(&self, value: &ValueText) -> bool {
        self.hash == self.compute_hash_with(value.hash)
    }
}

/// Feeds whatever is written into a SHA-256.
struct HashWriter(Sha256);

impl std::io::Write for HashWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.update(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An op's value as the log stores it: its JSON text and the digest of that text. Made once
/// per op, because serialising a large record is a good part of what logging it costs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ValueText {
    pub text: Option<String>,
    pub hash: Digest32,
}

impl ValueText {
    /// The digest [`ValueText::of`] gives, with the text written into `buf` (cleared first,
    /// left empty for no value) instead of a new string: checking or logging many ops reuses
    /// one buffer.
    pub fn write(value: Option<&serde_json::Value>, buf: &mut String) -> Digest32 {
        if !Self::write_text(value, buf) {
            return Digest32::default();
        }
        Digest32::of(buf.as_bytes())
    }

    /// Only the text of [`ValueText::write`] (for logging an op whose digest was checked):
    /// false, and `buf` empty, for no value.
    pub fn write_text(value: Option<&serde_json::Value>, buf: &mut String) -> bool {
        use std::fmt::Write as _;
        buf.clear();
        let Some(v) = value else {
            return false;
        };
        // `Value`'s Display is `to_string`'s compact form: the text `of` hashes and logs.
        // Writing to a String cannot fail; should it, the digest of nothing matches no op.
        if write!(buf, "{v}").is_err() {
            buf.clear();
        }
        true
    }

    pub fn of(value: Option<&serde_json::Value>) -> Self {
        match value {
            None => ValueText::default(),
            Some(v) => {
                let text = v.to_string();
                ValueText {
                    hash: Digest32::of(text.as_bytes()),
                    text: Some(text),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writing_a_value_gives_the_text_and_digest_of_value_text() {
        let mut buf = String::from("left over");
        for value in [
            None,
            Some(serde_json::json!("Klotter på gångtunneln")),
            Some(serde_json::json!({"b": [1, "två"], "a": null, "c": 1.5})),
        ] {
            let of = ValueText::of(value.as_ref());
            assert_eq!(ValueText::write(value.as_ref(), &mut buf), of.hash);
            assert_eq!(buf, of.text.unwrap_or_default());
        }
    }

    fn sample() -> Op {
        Op {
            op_id: Id::new(),
            origin: Id::new(),
            origin_seq: 1,
            hlc: Hlc::from_parts(1_700_000_000_000, 0),
            actor: "trygghetssamordnare".into(),
            entity: EntityKind::Observation,
            entity_id: Id::new(),
            kind: OpKind::Set,
            field: Some("description".into()),
            value: Some(serde_json::json!("Klotter på gångtunneln")),
            base_op: None,
            classification: Classification::Begransad,
            prev_hash: Digest32::default(),
            hash: Digest32::default(),
        }
        .seal()
    }

    /// The header is hashed as it streams out of the serialiser; the digest must stay the one
    /// of the JSON text (the form every logged and exchanged op was hashed in), and a digest
    /// still serialises as its hex text.
    #[test]
    fn the_streamed_header_hash_is_the_hash_of_the_header_json() {
        let mut op = sample();
        op.base_op = Some(Id::new());
        op.prev_hash = Digest32([0xab; 32]);
        for op in [sample(), op] {
            let value_hash = Op::value_hash(op.value.as_ref());
            let header = Hashed {
                op_id: &op.op_id,
                origin: &op.origin,
                origin_seq: op.origin_seq,
                hlc: op.hlc,
                actor: &op.actor,
                entity: op.entity,
                entity_id: &op.entity_id,
                kind: op.kind,
                field: op.field.as_deref(),
                value_hash,
                base_op: op.base_op.as_ref(),
                classification: op.classification,
                prev_hash: op.prev_hash,
            };
            let json = serde_json::to_string(&header).expect("json");
            assert!(json.contains(&String::from(op.prev_hash)), "{json}");
            assert_eq!(
                op.compute_hash_with(value_hash),
                Digest32::of(json.as_bytes())
            );
        }
        let digest = Digest32([0x5c; 32]);
        assert_eq!(
            serde_json::to_string(&digest).expect("json"),
            format!("\"{}\"", "5c".repeat(32))
        );
        let back: Digest32 =
            serde_json::from_str(&format!("\"{}\"", "5c".repeat(32))).expect("parse");
        assert_eq!(back, digest);
    }

    #[test]
    fn the_hash_covers_every_field() {
        let op = sample();
        assert!(op.verify_hash());
        let mut changed = op.clone();
        changed.value = Some(serde_json::json!("Klotter på gångtunnel"));
        assert!(!changed.verify_hash());
        let mut changed = op.clone();
        changed.classification = Classification::Oppen;
        assert!(!changed.verify_hash());
        let mut changed = op.clone();
        changed.origin_seq = 2;
        assert!(!changed.verify_hash());
    }

    #[test]
    fn ops_round_trip_through_json_and_reject_unknown_fields() {
        let op = sample();
        let json = serde_json::to_string(&op).unwrap_or_default();
        let back: Result<Op, _> = serde_json::from_str(&json);
        assert_eq!(back.ok().as_ref(), Some(&op));
        let tampered = json.replacen('{', "{\"extra\":1,", 1);
        assert!(serde_json::from_str::<Op>(&tampered).is_err());
    }
}
