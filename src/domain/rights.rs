//! Who may write what: the one rule every op is judged by, whether a form here made it or a
//! partner's bundle brought it (see `exchange::rules` for the invariant it serves).
//!
//! - a partner may create records (it becomes their owner) and change, delete and restore the
//!   records it owns, every field;
//! - in a record another partner owns it may change only the fields of shared work listed in
//!   the fields marked `[shared]` in their entity block and settle conflicts on them; never delete, restore or reclassify it;
//! - records derived from an outside identifier ([`is_common`]: police events, taxonomy
//!   entries) belong to no partner: every copy makes them itself from the same source, and a
//!   partner's op on one changes nothing.

use super::entity::EntityKind;
use super::id::Id;
use super::op::{Op, OpKind};
use crate::i18n::{Said, said};

/// Whether `field` of a `kind` record is shared work that non-owners may change (marked
/// `[shared]` in the entity block).
pub fn is_shared_field(kind: EntityKind, field: &str) -> bool {
    kind.field(field).is_some_and(|f| f.flags.shared)
}

/// The shared fields of a kind, for messages ("status, result").
pub fn shared_fields(kind: EntityKind) -> Vec<&'static str> {
    kind.shared_fields().map(|f| f.name).collect()
}

/// Whether a record is derived from an outside identifier and so belongs to no partner: a
/// police event (its id comes from the police's event id) or a taxonomy entry (its id comes from
/// its code in `data/`). Such ids are name-based (UUIDv5), while a record a person creates gets
/// a fresh UUIDv7, so a partner cannot take one over by creating it first: whatever a partner
/// sends about such a record is kept as history only, and every copy makes and updates its own
/// from the source.
pub fn is_common(kind: EntityKind, id: Id) -> bool {
    matches!(
        kind,
        EntityKind::PoliceEvent
            | EntityKind::EventType
            | EntityKind::Theme
            | EntityKind::Factor
            | EntityKind::Term
    ) && id.is_name_based()
}

/// What a copy does with a partner's op that the record-independent rules let through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Apply it.
    Apply,
    /// Its record is not here yet: keep it, unapplied and unshown, until the create arrives,
    /// then judge it again.
    Park,
    /// Log it as history, change nothing (an op on a record that belongs to no partner).
    HistoryOnly,
}

/// "ändring nr 12 (åtgärd 0193abcd)": how a message names an op.
pub fn describe(op: &Op) -> Said {
    said!(
        "rights-op",
        seq = op.origin_seq.to_string(),
        id = op.entity_id.short()
    )
    .with_label("kind", op.entity)
}

/// A refusal of `op`: the message `id`, which names the op as `$op`.
fn refused(op: &Op, id: &'static str) -> Said {
    said!(id).with_said("op", describe(op))
}

/// Judges an op from `author` given its record's owner here (None: not here). Ownership only:
/// the record-independent rules (sender, classification, values) are checked apart.
/// The error is the end of a sentence saying what was not allowed.
pub fn judge_ownership(op: &Op, author: Id, owner: Option<Id>) -> Result<Verdict, Said> {
    if is_common(op.entity, op.entity_id) {
        // A taxonomy entry a partner refers to and this copy lacks (it never loaded the
        // taxonomies) is taken in, so references to it hold; everything else is history.
        let needed_taxonomy =
            op.kind == OpKind::Create && owner.is_none() && op.entity != EntityKind::PoliceEvent;
        return Ok(if needed_taxonomy {
            Verdict::Apply
        } else {
            Verdict::HistoryOnly
        });
    }
    match (op.kind, owner) {
        (OpKind::Purge, _) => Err(refused(op, "rights-purge")),
        (OpKind::Create, None) => Ok(Verdict::Apply),
        (OpKind::Create, Some(_)) => Err(refused(op, "rights-exists")),
        (_, None) => Ok(Verdict::Park),
        (_, Some(owner)) if owner == author => Ok(Verdict::Apply),
        (OpKind::Set | OpKind::Resolve, Some(_)) => {
            let field = op.field.as_deref().unwrap_or_default();
            if is_shared_field(op.entity, field) {
                Ok(Verdict::Apply)
            } else {
                Err(refused(op, "rights-field-of-other")
                    .with_said("field", said!("rights-field", field = field.to_string())))
            }
        }
        (OpKind::Delete | OpKind::Undelete, Some(_)) => Err(refused(op, "rights-delete-of-other")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Classification, Digest32, Hlc};

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
    fn the_shared_fields_are_the_shared_work_of_the_weekly_loop() {
        assert_eq!(
            shared_fields(EntityKind::Action),
            ["status", "result", "done_on"]
        );
        assert_eq!(shared_fields(EntityKind::PromiseActivity), ["status"]);
        assert_eq!(shared_fields(EntityKind::Priority), ["status"]);
        assert_eq!(shared_fields(EntityKind::Observation), ["review_status"]);
        assert!(shared_fields(EntityKind::Area).is_empty());
        assert!(!is_shared_field(EntityKind::Action, "title"));
    }

    #[test]
    fn owners_write_anything_others_only_shared_fields() {
        let (sender, other) = (Id::new(), Id::new());
        let judge = |o: &Op, owner| judge_ownership(o, sender, owner);
        assert_eq!(
            judge(&op(OpKind::Create, None, sender), None),
            Ok(Verdict::Apply)
        );
        assert!(judge(&op(OpKind::Create, None, sender), Some(other)).is_err());
        assert!(judge(&op(OpKind::Create, None, sender), Some(sender)).is_err());
        assert_eq!(
            judge(&op(OpKind::Set, Some("title"), sender), Some(sender)),
            Ok(Verdict::Apply)
        );
        assert_eq!(
            judge(&op(OpKind::Set, Some("status"), sender), Some(other)),
            Ok(Verdict::Apply)
        );
        assert!(judge(&op(OpKind::Set, Some("title"), sender), Some(other)).is_err());
        assert!(judge(&op(OpKind::Delete, None, sender), Some(other)).is_err());
        assert!(
            judge(
                &op(OpKind::Set, Some("classification"), sender),
                Some(other)
            )
            .is_err()
        );
        assert!(judge(&op(OpKind::Purge, None, sender), Some(sender)).is_err());
        assert_eq!(
            judge(&op(OpKind::Delete, None, sender), None),
            Ok(Verdict::Park),
            "not judged before its record is here"
        );
    }

    #[test]
    fn records_derived_from_outside_ids_belong_to_nobody() {
        let sender = Id::new();
        let mut squat = op(OpKind::Create, None, sender);
        squat.entity = EntityKind::PoliceEvent;
        squat.entity_id = Id::from_name("police_event", "650297");
        assert!(is_common(squat.entity, squat.entity_id));
        assert_eq!(
            judge_ownership(&squat, sender, None),
            Ok(Verdict::HistoryOnly)
        );
        // A police event with a fresh id is no one's squat: an ordinary (partner's) record.
        assert!(!is_common(EntityKind::PoliceEvent, Id::new()));
        // Demo records have name-based ids too, but of kinds a partner owns.
        assert!(!is_common(
            EntityKind::Action,
            Id::from_name("demo", "action:1")
        ));
        let mut taxonomy = op(OpKind::Create, None, sender);
        taxonomy.entity = EntityKind::EventType;
        taxonomy.entity_id = Id::from_name("event_type", "brand");
        assert_eq!(judge_ownership(&taxonomy, sender, None), Ok(Verdict::Apply));
        assert_eq!(
            judge_ownership(&taxonomy, sender, Some(sender)),
            Ok(Verdict::HistoryOnly)
        );
    }
}
