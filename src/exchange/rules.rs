//! The rules a partner's op is judged by, and the invariant they keep.
//!
//! # The invariant
//!
//! *Every op a copy produces is accepted by every partner that accepted the ops it rests on.*
//!
//! A bundle is refused whole when one op in it is refused, and a partner's chain cannot skip an
//! op, so one refused op would cut its author off for good. The invariant holds because:
//!
//! - **one rule for both sides**: the write rule ([`crate::domain::rights`]) and the value check
//!   ([`crate::domain::validate`]) live in `domain/`; the local write path (`store::write`)
//!   refuses what a partner would refuse, and the exporter withholds what must not leave
//!   (intern, purges, records derived from outside ids, records that refer to withheld ones);
//! - **the same verdict in every copy**: a rule that needs the record (its owner) waits for the
//!   record: an op whose record has not arrived is *parked* (stored, not applied, not shown, not
//!   counted as new) and judged when the create arrives. Rules that need nothing but the op
//!   ([`judge_now`]: sender = origin, not intern, not a purge, known fields, valid values) apply
//!   at once. A parked op that turns out forbidden is *refused*: it stays in the log unapplied
//!   (the sender's chain still verifies), the refusal is audited, and the bundle that brought the
//!   create is imported as usual, so a hostile partner cannot block an honest one by parking;
//! - **nobody owns a derived id**: police events and taxonomy entries get ids from outside
//!   identifiers (the police id, a code in `data/`); no partner owns them, so a partner that
//!   creates one first squats nothing, and the owner's own `polisen import` stays its own;
//! - **conflict resolution stays within the resolver's rights**: a resolve op settles only the
//!   conflicts of the field it names; a delete race is settled by the record's owner with a
//!   resolve of `deleted`, and by anyone else (who may not delete or restore it) with a resolve
//!   of the edited, shared field that leaves the record deleted. Restoring it is the owner's;
//! - **one partner never conflicts with itself**: its later op has seen its earlier ones;
//! - **time**: an op more than seven days ahead of our clock is refused (a day ahead is warned
//!   about), so no partner can pin our clock.
//!
//! Property tests (`tests/integration/exchange_props.rs`) check the invariant, convergence and
//! order independence with deletes, third-party resolves and police imports on three copies.

pub use crate::domain::rights::{Verdict, is_shared_field};
use crate::domain::rights::{describe, judge_ownership};
use crate::domain::{Classification, Id, Op, OpKind};
use crate::i18n::{Said, said};

/// The rules that need nothing but the op and its sender: they apply at once to every op,
/// whether or not its record is here. The error is the end of a Swedish sentence.
pub fn judge_now(op: &Op, sender: Id) -> Result<(), Said> {
    // Named only when refused: judging a year's ops should not name 20,000 of them.
    let refused = |id: &'static str| said!(id).with_said("op", describe(op));
    if op.origin != sender {
        return Err(refused("rights-not-the-senders"));
    }
    if op.classification == Classification::Intern {
        return Err(refused("rights-intern"));
    }
    if op.kind == OpKind::Purge {
        return Err(refused("rights-purge"));
    }
    crate::domain::validate::op_values(op)
        .map_err(|reason| refused("rights-bad-value").with_said("reason", reason))
}

/// Judges one op of a bundle from `sender` given the record's owner here (None: not here yet).
pub fn may_write(op: &Op, sender: Id, owner: Option<Id>) -> Result<Verdict, Said> {
    judge_now(op, sender)?;
    judge_ownership(op, sender, owner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Digest32, EntityKind, Hlc};

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
            value: Some(serde_json::json!("pagar")),
            base_op: None,
            classification: Classification::Begransad,
            prev_hash: Digest32::default(),
            hash: Digest32::default(),
        }
    }

    #[test]
    fn the_rules_that_need_no_record_apply_even_before_it_arrives() {
        let (sender, other) = (Id::new(), Id::new());
        assert_eq!(
            may_write(&op(OpKind::Set, Some("status"), sender), sender, None),
            Ok(Verdict::Park)
        );
        assert!(may_write(&op(OpKind::Set, Some("status"), other), sender, None).is_err());
        let mut internal = op(OpKind::Set, Some("status"), sender);
        internal.classification = Classification::Intern;
        assert!(may_write(&internal, sender, None).is_err());
        assert!(may_write(&op(OpKind::Purge, None, sender), sender, None).is_err());
        assert!(may_write(&op(OpKind::Set, Some("okänt"), sender), sender, None).is_err());
        let mut bad = op(OpKind::Set, Some("status"), sender);
        bad.value = Some(serde_json::json!("hackad"));
        let reason = may_write(&bad, sender, None)
            .expect_err("bad value")
            .to_string();
        assert!(reason.contains("”status”"), "{reason}");
    }
}
