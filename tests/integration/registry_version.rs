//! A field or a kind added to the registry changes what ops carry, and an older copy refuses
//! what it does not know: docs/utbytesformat.md rule 3 then asks for a raised container and
//! payload schema and a new fixture. Nothing else would remind whoever adds the field, so the
//! registry's shape (every kind, its fields, their types and codes) is pinned here to the
//! payload schema it was released under. When this fails: follow rule 3 (raise
//! `CONTAINER_VERSION`, `SCHEMA_VERSION` and `MIN_READER_VERSION` in `exchange/bundle.rs`, add
//! the fixture), then pin the new shape with the digest the failure prints.

use lagesbild::domain::{EntityKind, Vocabulary};
use lagesbild::exchange::bundle::SCHEMA_VERSION;
use sha2::{Digest, Sha256};

/// The payload schema and the digest of the registry's shape it was released with.
const PINNED: (u32, &str) = (
    4,
    "6ae3154285d0d3e586fe92d77b6cd198ba5d2a612dd209c10d5070b20c3b4604",
);

/// One line per field: kind, field, type, optional, what it refers to, its codes.
fn shape() -> String {
    let mut lines = Vec::new();
    for kind in EntityKind::ALL {
        for def in kind.fields() {
            lines.push(format!(
                "{} {} {:?} {} {:?} {}",
                kind.code(),
                def.name,
                def.ty,
                def.optional,
                def.flags.refers.map(|k| k.code()),
                def.codes.join(",")
            ));
        }
    }
    lines.join("\n")
}

#[test]
fn the_registry_changes_only_with_a_raised_payload_schema() {
    let digest = hex::encode(Sha256::digest(shape().as_bytes()));
    assert_eq!(
        (SCHEMA_VERSION, digest.as_str()),
        PINNED,
        "The registry's fields changed (a field, a type or a code): ops may now carry what an \
         older copy refuses. Follow docs/utbytesformat.md rule 3 (raise the container version, \
         the payload schema and the oldest reader; add a fixture), then pin \
         ({SCHEMA_VERSION}, \"{digest}\") in tests/integration/registry_version.rs."
    );
}
