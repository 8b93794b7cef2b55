//! Codes of the vocabularies users may extend (`organisation.kind`, `area.kind`, `place.kind`)
//! are stored as text, not as references, so no foreign key holds them. They are checked here
//! against this copy's `term` table: on every local write, on every import (one bad code
//! rejects the bundle, like any other bad value) and in `check`.
//!
//! **A copy that holds no term of a vocabulary** (it never loaded the taxonomies, e.g. a copy
//! made with `partner init` alone) does not judge that vocabulary's codes: it has nothing to
//! judge them by, and refusing would cut off every partner. It is not left that way for long:
//! a partner's bundle carries the partner's own taxonomy creates (see `outgoing`) ahead of the
//! records that use them, and they are applied here when missing (see `rights`), so from its
//! first import on the copy judges codes like every other. Every copy loads its terms from the
//! same `data/`, so an honest partner (whose own writes pass this check) only ever sends codes
//! that its partners hold too; a code that arrives unknown is refused with the reason.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;

use super::error::Result;
use crate::domain::{EntityKind, Op, OpKind};
use crate::i18n::{Said, said};

/// The field that holds a code, in each kind that has one.
pub(crate) const CODE_FIELD: &str = "kind";

/// The vocabulary whose code a record of `kind` holds in [`CODE_FIELD`], and the message id
/// that names that vocabulary.
pub(crate) fn vocabulary_of(kind: EntityKind) -> Option<(&'static str, &'static str)> {
    match kind {
        EntityKind::Organisation => Some(("organisation_kind", "error-store-terms-organisation")),
        EntityKind::Area => Some(("area_kind", "error-store-terms-area")),
        EntityKind::Place => Some(("place_kind", "error-store-terms-place")),
        _ => None,
    }
}

/// The code an op writes into a [`CODE_FIELD`], if it writes one (a create, or a set or a
/// resolve of that field). A value that is not text is left to the value check.
fn code_written(op: &Op) -> Option<&str> {
    let value = op.value.as_ref()?;
    let field_is_code = op.field.as_deref() == Some(CODE_FIELD);
    let code = match op.kind {
        OpKind::Create => value.get(CODE_FIELD)?,
        OpKind::Set if field_is_code => value,
        OpKind::Resolve if field_is_code => value.get("value")?,
        _ => return None,
    };
    code.as_str()
}

/// Whether the op's code (if it writes one) is a term of its vocabulary here. The error is the
/// end of a sentence naming the field, the code and the vocabulary.
pub(crate) fn check_op(conn: &Connection, op: &Op) -> Result<std::result::Result<(), Said>> {
    let (Some((vocabulary, named)), Some(code)) = (vocabulary_of(op.entity), code_written(op))
    else {
        return Ok(Ok(()));
    };
    // One row always; NULL when the vocabulary has no term here.
    let known: Option<bool> = conn
        .prepare_cached("SELECT max(code = ?2) FROM term WHERE vocabulary = ?1 AND deleted = 0")?
        .query_row(rusqlite::params![vocabulary, code], |r| r.get(0))?;
    // None: no term of the vocabulary here, so nothing to judge by (see the module's note).
    Ok(match known {
        Some(false) => Err(unknown(code, named)),
        _ => Ok(()),
    })
}

fn unknown(code: &str, vocabulary: &'static str) -> Said {
    said!(
        "error-store-unknown-term",
        field = CODE_FIELD,
        code = code.to_string()
    )
    .with_said("vocabulary", said!(vocabulary))
}

/// Every vocabulary's codes here, for checking a whole table (`check`). A vocabulary with no
/// term here is absent: its codes are not judged.
pub(crate) struct KnownCodes(HashMap<String, HashSet<String>>);

impl KnownCodes {
    pub(crate) fn load(conn: &Connection) -> Result<Self> {
        let mut stmt = conn.prepare("SELECT vocabulary, code FROM term WHERE deleted = 0")?;
        let mut rows = stmt.query([])?;
        let mut codes: HashMap<String, HashSet<String>> = HashMap::new();
        while let Some(row) = rows.next()? {
            codes.entry(row.get(0)?).or_default().insert(row.get(1)?);
        }
        Ok(KnownCodes(codes))
    }

    /// Why `value` (the stored [`CODE_FIELD`] of a `kind` record) is not a code here, if it
    /// is not.
    pub(crate) fn problem(&self, kind: EntityKind, value: &serde_json::Value) -> Option<Said> {
        let (vocabulary, named) = vocabulary_of(kind)?;
        let code = value.as_str()?;
        let codes = self.0.get(vocabulary)?;
        (!codes.contains(code)).then(|| unknown(code, named))
    }
}
