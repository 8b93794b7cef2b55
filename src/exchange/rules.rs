//! What a partner may write in another partner's copy.
//!
//! The rule:
//! - a partner may create records (it becomes their owner) and may change and delete the records
//!   it owns, every field;
//! - in a record another partner owns it may change only the fields of shared work listed in
//!   [`SHARED_FIELDS`] (the progress of an action, a promise activity or a priority, the review
//!   of an observation) and settle conflicts on them; never delete, restore or reclassify it;
//! - gallring (purge) is never exchanged: each copy purges for itself;
//! - nothing classified intern may arrive at all.

use crate::domain::{Classification, EntityKind, Id, Op, OpKind, Vocabulary};

/// Fields of a record owned by someone else that any trusted partner may change.
pub const SHARED_FIELDS: &[(EntityKind, &[&str])] = &[
    (EntityKind::Action, &["status", "result", "done_on"]),
    (EntityKind::PromiseActivity, &["status"]),
    (EntityKind::Priority, &["status"]),
    (EntityKind::Observation, &["review_status"]),
];

/// Whether `field` of a `kind` record is shared work that non-owners may change.
pub fn is_shared_field(kind: EntityKind, field: &str) -> bool {
    SHARED_FIELDS
        .iter()
        .any(|(k, fields)| *k == kind && fields.contains(&field))
}

/// Checks one op of a bundle from `sender` given the record's owner here (None: not here yet).
/// The error is the end of a Swedish sentence saying what was not allowed.
pub fn may_write(op: &Op, sender: Id, owner: Option<Id>) -> Result<(), String> {
    let what = format!(
        "ändring nr {} ({} {})",
        op.origin_seq,
        op.entity.label_sv(),
        op.entity_id.short()
    );
    if op.origin != sender {
        return Err(format!("{what} är gjord av en annan part än avsändaren"));
    }
    if op.classification == Classification::Intern {
        return Err(format!(
            "{what} är klassad som intern och får inte lämna avsändaren"
        ));
    }
    match (op.kind, owner) {
        (OpKind::Purge, _) => Err(format!("{what} är en gallring, som varje part gör själv")),
        (OpKind::Create, None) => Ok(()),
        (OpKind::Create, Some(_)) => Err(format!("{what} skapar en post som redan finns")),
        (_, None) => Err(format!("{what} gäller en post som saknas här")),
        (_, Some(owner)) if owner == sender => Ok(()),
        (OpKind::Set | OpKind::Resolve, Some(_)) => {
            let field = op.field.as_deref().unwrap_or_default();
            if is_shared_field(op.entity, field) {
                Ok(())
            } else {
                Err(format!(
                    "{what} ändrar fältet ”{field}” i en post som en annan part äger, och det får avsändaren inte"
                ))
            }
        }
        (OpKind::Delete | OpKind::Undelete, Some(_)) => Err(format!(
            "{what} tar bort eller återställer en post som en annan part äger"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Digest32, Hlc};

    fn op(kind: OpKind, field: Option<&str>, origin: Id) -> Op {
        Op {
            op_id: Id::new(),
            origin,
            origin_seq: 1,
            hlc: Hlc::from_parts(1, 0),
            actor: "kommunpolis".into(),
            entity: EntityKind::Action,
            entity_id: Id::new(),
            kind,
            field: field.map(str::to_string),
            value: None,
            base_op: None,
            classification: Classification::Begransad,
            prev_hash: Digest32::default(),
            hash: Digest32::default(),
        }
    }

    #[test]
    fn owners_write_anything_others_only_shared_fields() {
        let (sender, other) = (Id::new(), Id::new());
        assert!(may_write(&op(OpKind::Create, None, sender), sender, None).is_ok());
        assert!(
            may_write(
                &op(OpKind::Set, Some("title"), sender),
                sender,
                Some(sender)
            )
            .is_ok()
        );
        assert!(
            may_write(
                &op(OpKind::Set, Some("status"), sender),
                sender,
                Some(other)
            )
            .is_ok()
        );
        assert!(may_write(&op(OpKind::Set, Some("title"), sender), sender, Some(other)).is_err());
        assert!(may_write(&op(OpKind::Delete, None, sender), sender, Some(other)).is_err());
        assert!(
            may_write(
                &op(OpKind::Set, Some("classification"), sender),
                sender,
                Some(other)
            )
            .is_err()
        );
        assert!(may_write(&op(OpKind::Purge, None, sender), sender, Some(sender)).is_err());
        assert!(
            may_write(
                &op(OpKind::Set, Some("status"), other),
                sender,
                Some(sender)
            )
            .is_err()
        );
        let mut internal = op(OpKind::Create, None, sender);
        internal.classification = Classification::Intern;
        assert!(may_write(&internal, sender, None).is_err());
    }
}
