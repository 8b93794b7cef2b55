//! The way out of the trap in issue 16: a deleted record whose earlier wording is flagged would
//! block every bundle for good (confirming it would send the personal data). Gallring (purge)
//! empties the record's values in this copy's log, keeps its ids and hashes, and its ops that
//! carried a value leave as withheld links: nothing flagged and unconfirmed ever leaves, and
//! the partner's copy still verifies the chain. All names and plates here are fictional.

use crate::common;
use crate::support;

use lagesbild::domain::*;
use lagesbild::exchange::{ExchangeError, export};
use support::*;

fn refusal(from: &mut Copy, to: &Copy) -> String {
    let file = from.dir.path().join("till-partner.lagesbild");
    match export::export_to(&mut from.store, &to.name, &file, true) {
        Err(ExchangeError::User(m)) => {
            assert!(!file.exists(), "no file is written");
            m
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// The bundle's JSON as text: what a partner (or anyone with the file) could read.
fn payload_text(bytes: &[u8]) -> String {
    let mut text = String::new();
    edit_payload(bytes, |json| {
        text = json.clone();
        json
    });
    text
}

fn description(
    kind: EntityKind,
    id: Id,
    text: &str,
) -> impl FnOnce(&mut lagesbild::store::Writer<'_>) -> lagesbild::store::Result<()> {
    let text = text.to_string();
    move |x| x.set(kind, id, "description", text.as_str())
}

fn assert_sound(copy: &Copy) {
    let report = copy.store.check().expect("check");
    assert!(report.ok(), "{:?}", report.items);
}

#[test]
fn created_flagged_and_deleted_in_one_segment_is_purged_and_never_leaves() {
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let obs = common::observation(
        &w,
        common::day(2026, 11, 16),
        "Testnamn: Kalle och Ahmed bråkade vid busshållplatsen.",
    );
    let clean = common::observation(&w, common::day(2026, 11, 16), "Klotter vid gångtunneln.");
    a.store
        .write(|x| {
            x.create(&obs)?;
            x.create(&clean)?;
            x.delete(EntityKind::Observation, obs.id)
        })
        .expect("write");

    // Refused, and the message names the way out.
    let message = refusal(&mut a, &b);
    assert!(message.contains(&obs.id.short()), "{message}");
    assert!(message.contains("lagesbild gallra"), "{message}");

    let purged = a
        .store
        .purge(EntityKind::Observation, obs.id)
        .expect("purge");
    assert!(purged.backup.exists(), "a backup is made first");
    assert!(purged.emptied >= 1);
    assert_sound(&a);

    let bytes = bundle(&mut a, &b);
    let p = payload_of(&bytes);
    assert!(
        p.ops.iter().all(|o| o.entity_id != obs.id),
        "the partner never saw the record: none of its ops leave"
    );
    assert!(p.ops.iter().any(|o| o.entity_id == clean.id));
    let text = payload_text(&bytes);
    assert!(!text.contains("Ahmed"), "{text}");
    receive(&mut b, &bytes).expect("the partner's copy verifies the chain");
    assert_sound(&b);
    assert_eq!(
        b.store
            .record_json(EntityKind::Observation, obs.id)
            .expect("read"),
        None
    );
}

#[test]
fn flagged_confirmed_edited_flagged_again_and_deleted() {
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let mut obs = common::observation(
        &w,
        common::day(2026, 11, 17),
        "Testnamn: Killen Omar sprang från väktarna vid torget.",
    );
    obs.pii_confirmed = true;
    a.store.write(|x| x.create(&obs)).expect("write");
    // Confirmed: it leaves, and the partner has it.
    let first = bundle(&mut a, &b);
    receive(&mut b, &first).expect("import");

    // Edited with new flagged wording (the confirmation no longer holds), then deleted.
    a.store
        .write(|x| {
            description(
                EntityKind::Observation,
                obs.id,
                "Testnamn: Pojken som heter Wilmer kastade sten.",
            )(x)?;
            x.set(EntityKind::Observation, obs.id, "pii_confirmed", false)?;
            x.delete(EntityKind::Observation, obs.id)
        })
        .expect("edit");
    // Not acknowledged yet, so the create (with "Omar", confirmed then, not now) is sent again
    // too: the refusal names the record by what it finds first.
    let message = refusal(&mut a, &b);
    assert!(message.contains(&obs.id.short()), "{message}");
    assert!(message.contains("lagesbild gallra"), "{message}");

    a.store
        .purge(EntityKind::Observation, obs.id)
        .expect("purge");
    assert_sound(&a);
    let bytes = bundle(&mut a, &b);
    let text = payload_text(&bytes);
    assert!(!text.contains("Wilmer") && !text.contains("Omar"), "{text}");
    let p = payload_of(&bytes);
    assert!(
        p.ops
            .iter()
            .any(|o| o.entity_id == obs.id && o.kind == OpKind::Delete),
        "the partner had the record: it hears that it is gone"
    );
    assert!(
        p.ops
            .iter()
            .all(|o| o.entity_id != obs.id || o.kind == OpKind::Delete)
    );
    receive(&mut b, &bytes).expect("import");
    assert_sound(&b);
    assert!(
        b.store
            .is_deleted(EntityKind::Observation, obs.id)
            .expect("read")
    );
}

#[test]
fn created_in_a_sent_segment_then_flagged_and_deleted() {
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let obs = common::observation(&w, common::day(2026, 11, 18), "En bil körde runt torget.");
    a.store.write(|x| x.create(&obs)).expect("write");
    let first = bundle(&mut a, &b);
    receive(&mut b, &first).expect("import");

    a.store
        .write(description(
            EntityKind::Observation,
            obs.id,
            "Bil med reg.nr abc 123 körde runt torget (fiktivt).",
        ))
        .expect("flagged edit");
    a.store
        .write(|x| x.delete(EntityKind::Observation, obs.id))
        .expect("delete");
    let message = refusal(&mut a, &b);
    assert!(message.contains("abc 123"), "{message}");

    // Purge needs a deleted record, and is final: no undelete afterwards.
    a.store
        .purge(EntityKind::Observation, obs.id)
        .expect("purge");
    let again = a.store.purge(EntityKind::Observation, obs.id);
    assert!(again.is_err(), "purged once only");
    let undelete = a
        .store
        .write(|x| x.undelete(EntityKind::Observation, obs.id));
    assert!(undelete.is_err(), "a purged record stays deleted");
    let history = a.store.history(obs.id).expect("history");
    assert!(
        history
            .iter()
            .all(|h| !format!("{h:?}").contains("abc 123")),
        "the wording is gone from this copy's log too"
    );
    assert_sound(&a);

    let bytes = bundle(&mut a, &b);
    assert!(!payload_text(&bytes).contains("abc 123"));
    receive(&mut b, &bytes).expect("import");
    assert_sound(&b);
    assert!(
        b.store
            .is_deleted(EntityKind::Observation, obs.id)
            .expect("read")
    );
    // The partner keeps the wording it was sent, which was clean.
    let theirs = b
        .store
        .record_json(EntityKind::Observation, obs.id)
        .expect("read")
        .expect("kept");
    assert_eq!(theirs["description"], "En bil körde runt torget.");
}

#[test]
fn only_a_deleted_record_can_be_purged() {
    let (mut a, _b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let obs = common::observation(&w, common::day(2026, 11, 19), "Klotter vid skolan.");
    a.store.write(|x| x.create(&obs)).expect("write");
    let refused = a.store.purge(EntityKind::Observation, obs.id);
    let message = refused.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("borttagen"), "{message}");
    assert!(
        !a.store
            .is_deleted(EntityKind::Observation, obs.id)
            .expect("read")
    );
    assert_eq!(
        a.store
            .record_json(EntityKind::Observation, obs.id)
            .expect("read")
            .expect("there")["description"],
        "Klotter vid skolan."
    );
}

#[test]
fn the_command_line_purges_only_a_deleted_record_and_check_still_passes() {
    let cli = crate::record_cli::Cli::init();
    let id = cli.create(&[
        "problem",
        "--title",
        "Oro vid torget",
        "--priority",
        "1",
        "--description",
        "Testtext som ska gallras: grannarna på torget.",
    ]);
    let refused = cli.fails(&["gallra", &id]);
    assert!(
        refused.contains("inte borttagen") && refused.contains("Inget har ändrats"),
        "{refused}"
    );
    cli.ok(&["delete", &id]);
    let said = cli.ok(&["gallra", &id]);
    assert!(
        said.contains("gallrad") && said.contains("en ändring") && said.contains("fore-gallring"),
        "{said}"
    );
    let history = cli.ok(&["history", &id]);
    assert!(!history.contains("grannarna"), "{history}");
    let checked = cli.ok(&["check"]);
    assert!(!checked.contains("stämmer inte"), "{checked}");
    let again = cli.fails(&["gallra", &id]);
    assert!(again.contains("redan gallrad"), "{again}");
}

/// Issue 16: a live record that refers to a deleted one keeps pointing at it; purging the
/// deleted one would leave the live record referring to a text that is gone (and, had it never
/// been sent, a partner would park the live record for good). The purge is refused, naming
/// the live record, and nothing changes; once the reference is gone, the purge goes through.
#[test]
fn a_record_a_live_record_refers_to_is_not_purged_and_the_refusal_names_the_referrer() {
    let (mut a, b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let original = common::observation(
        &w,
        common::day(2026, 11, 20),
        "Testnamn: Kalle och Ahmed bråkade vid kiosken.",
    );
    let mut copy = common::observation(&w, common::day(2026, 11, 20), "Bråk vid kiosken.");
    copy.duplicate_of_id = Some(original.id);
    a.store
        .write(|x| {
            x.create(&original)?;
            x.create(&copy)?;
            x.delete(EntityKind::Observation, original.id)
        })
        .expect("write");

    let message = a
        .store
        .purge(EntityKind::Observation, original.id)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(message.contains(&copy.id.short()), "{message}");
    assert!(message.contains("hänvisar"), "{message}");
    assert!(message.contains("Inget har ändrats"), "{message}");
    let kept = a
        .store
        .record_json(EntityKind::Observation, original.id)
        .expect("read")
        .expect("there");
    assert!(
        kept["description"]
            .as_str()
            .is_some_and(|d| d.contains("Ahmed")),
        "nothing was purged: {kept}"
    );

    a.store
        .write(|x| {
            x.set(
                EntityKind::Observation,
                copy.id,
                "duplicate_of_id",
                serde_json::Value::Null,
            )
        })
        .expect("the reference goes");
    a.store
        .purge(EntityKind::Observation, original.id)
        .expect("purged once nothing live refers to it");
    assert_sound(&a);
    let bytes = bundle(&mut a, &b);
    assert!(!payload_text(&bytes).contains("Ahmed"));
}
