//! Adversarial bundles: each is rejected whole, the data stays as it was (a dump of every table
//! but the audit log is compared), and the rejection is written to the audit log.

use crate::common;
use crate::support;

use lagesbild::domain::*;
use lagesbild::exchange::bundle::{self, Payload};
use lagesbild::exchange::export;
use lagesbild::exchange::import::ImportOutcome;
use lagesbild::exchange::keys::{OwnKey, key_path};
use lagesbild::exchange::partner;
use support::*;

fn signed_by(copy: &Copy, payload: &Payload) -> Vec<u8> {
    let key = OwnKey::load(&key_path(&copy.path())).expect("key");
    let token = key.public(copy.store.partner_id().expect("id"));
    bundle::encode(payload, &key, &token)
}

// ------------------------------------------------------------------------------------------
// Adversarial bundles: each rejected whole, the data unchanged, the rejection audited.

fn assert_rejected(to: &mut Copy, bytes: &[u8], expect: &str) {
    let before = dump(&to.path());
    let file = to.dir.path().join("angrepp.lagesbild");
    std::fs::write(&file, bytes).expect("write");
    let audits = audit_count(&to.path());
    let result = lagesbild::exchange::import::import_file(&mut to.store, &file, Default::default());
    let reason = rejection(result);
    assert!(reason.contains(expect), "expected “{expect}” in “{reason}”");
    assert_eq!(
        before,
        dump(&to.path()),
        "data changed by a rejected bundle"
    );
    assert_eq!(
        audit_count(&to.path()),
        audits + 1,
        "the rejection is audited"
    );
    let last = to.store.audit_entries(1).expect("audit");
    assert_eq!(last[0].event, "import_rejected");
}

#[test]
fn a_bundle_signed_by_an_unknown_key_is_rejected() {
    let (mut a, mut b) = kommun_and_polis();
    let mut stranger = copy("Okänd");
    introduce(&mut [&mut stranger, &mut b]);
    common::world(&mut stranger.store);
    let bytes = bundle(&mut stranger, &b);
    // Valid for b's copy, but a never trusted this key.
    let mut p = payload_of(&bytes);
    p.recipient.partner_id = a.store.partner_id().expect("id");
    assert_rejected(&mut a, &signed_by(&stranger, &p), "inte finns i er lista");
}

#[test]
fn a_bundle_signed_by_a_revoked_key_is_rejected_and_earlier_imports_stay() {
    let (mut a, mut b) = kommun_and_polis();
    common::world(&mut a.store);
    let first = bundle(&mut a, &b);
    receive(&mut b, &first).expect("import");
    let orgs = b.store.all::<Organisation>().expect("orgs").len();
    partner::untrust(&mut b.store, "Tyresö kommun").expect("untrust");
    a.store
        .write(|x| x.create(&common::organisation("Räddningstjänsten")))
        .expect("write");
    let later = bundle(&mut a, &b);
    assert_rejected(&mut b, &later, "återkallad");
    assert_eq!(b.store.all::<Organisation>().expect("orgs").len(), orgs);
    assert!(b.store.trusted_partners().expect("list")[0].is_revoked());
}

#[test]
fn a_bundle_whose_producer_is_not_the_signer_is_rejected() {
    let mut a = copy("Tyresö kommun");
    let mut b = copy("Lokalpolisområde Nacka");
    let mut c = copy("Tyresö Bostäder");
    introduce(&mut [&mut a, &mut b, &mut c]);
    common::world(&mut c.store);
    let mut p = payload_of(&bundle(&mut c, &a));
    // b signs c's ops, claiming to be c.
    assert_rejected(&mut a, &signed_by(&b, &p), "annan avsändare");
    // b signs c's ops as itself.
    p.producer.partner_id = b.store.partner_id().expect("id");
    assert_rejected(&mut a, &signed_by(&b, &p), "annan part än avsändaren");
}

#[test]
fn a_bundle_for_another_recipient_is_rejected() {
    let mut a = copy("Tyresö kommun");
    let mut b = copy("Lokalpolisområde Nacka");
    let mut c = copy("Tyresö Bostäder");
    introduce(&mut [&mut a, &mut b, &mut c]);
    common::world(&mut a.store);
    let for_b = bundle(&mut a, &b);
    assert_rejected(&mut c, &for_b, "inte till den här kopian");
}

#[test]
fn an_edit_of_a_field_the_sender_may_not_write_is_rejected() {
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let act = common::action(&w, "Belysning", ActionStatus::Foreslagen, None);
    a.store.write(|x| x.create(&act)).expect("create");
    let first = bundle(&mut a, &b);
    receive(&mut b, &first).expect("b");
    // The police may move the status, but not rename the kommun's action: its own copy refuses
    // to write it (its chain would be refused from then on) ...
    let local = b
        .store
        .write(|x| x.set(EntityKind::Action, act.id, "title", "Annan titel"))
        .expect_err("refused locally");
    assert!(
        local
            .to_string()
            .contains("bara den kan ändra fältet ”title”"),
        "{local}"
    );
    // ... and a forged one is refused on import.
    forge(
        &b,
        EntityKind::Action,
        act.id,
        OpKind::Set,
        Some("title"),
        Some("Annan titel".into()),
    );
    let bytes = bundle(&mut b, &a);
    assert_rejected(&mut a, &bytes, "ändrar fältet ”title”");
    // Nor delete it.
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let act = common::action(&w, "Belysning", ActionStatus::Foreslagen, None);
    a.store.write(|x| x.create(&act)).expect("create");
    let first = bundle(&mut a, &b);
    receive(&mut b, &first).expect("b");
    assert!(
        b.store
            .write(|x| x.delete(EntityKind::Action, act.id))
            .is_err()
    );
    forge(&b, EntityKind::Action, act.id, OpKind::Delete, None, None);
    let bytes = bundle(&mut b, &a);
    assert_rejected(&mut a, &bytes, "tar bort");
}

#[test]
fn a_replay_under_another_bundle_id_is_rejected() {
    let (mut a, mut b) = kommun_and_polis();
    common::world(&mut a.store);
    let bytes = bundle(&mut a, &b);
    receive(&mut b, &bytes).expect("original");
    // Someone edits the id in the file: the signature no longer matches.
    let p = payload_of(&bytes);
    let replay = edit_payload(&bytes, |json| {
        json.replace(&p.bundle_id.to_string(), &Id::new().to_string())
    });
    assert_rejected(&mut b, &replay, "signaturen stämmer inte");
    // The same id with other content, even correctly signed, is refused too.
    let mut other = p.clone();
    other.created_at = "2026-11-20T08:00:00.000Z".into();
    assert_rejected(&mut b, &signed_by(&a, &other), "samma id");
}

#[test]
fn a_broken_hash_chain_is_rejected() {
    let (mut a, mut b) = kommun_and_polis();
    common::world(&mut a.store);
    let mut p = payload_of(&bundle(&mut a, &b));
    // Take out the second op and re-seal the third so that each op verifies on its own.
    let removed = p.ops.remove(1);
    p.to_seq -= 1;
    for op in p.ops.iter_mut().skip(1) {
        op.origin_seq -= 1;
        *op = op.clone().seal();
    }
    let _ = removed;
    assert_rejected(&mut b, &signed_by(&a, &p), "bruten");
    // A tampered op value without a new hash.
    let mut p = payload_of(&bundle(&mut a, &b));
    p.ops[0].actor = "någon annan".into();
    assert_rejected(&mut b, &signed_by(&a, &p), "kontrollsumma");
}

#[test]
fn a_gap_in_the_senders_sequence_is_reported_as_missing_bundles() {
    let (mut a, mut b) = kommun_and_polis();
    common::world(&mut a.store);
    a.store
        .write(|x| x.create(&common::organisation("Skolan")))
        .expect("more");
    let recipient = partner::active_by_name(&a.store, &b.name).expect("b");
    // A bundle that starts after op 2, as if an earlier bundle had been acknowledged.
    let (_, bytes) = export::build(&a.store, &recipient, 2).expect("build");
    assert_rejected(&mut b, &bytes, "det saknas ändringar nr 1–2");
}

#[test]
fn a_bundle_from_a_future_schema_is_rejected() {
    let (mut a, mut b) = kommun_and_polis();
    common::world(&mut a.store);
    let p = payload_of(&bundle(&mut a, &b));
    let mut json = serde_json::to_value(&p).expect("json");
    json["schema_version"] = (bundle::SCHEMA_VERSION + 1).into();
    json["new_field"] = "x".into();
    let body = serde_json::to_vec(&json).expect("bytes");
    let key = OwnKey::load(&key_path(&a.path())).expect("key");
    let token = key.public(a.store.partner_id().expect("id"));
    let mut bytes = format!(
        "{}\nnyckel: {}\nsignatur: {}\n\n",
        bundle::MAGIC,
        token.to_token(),
        hex::encode(key.sign(&body).to_bytes())
    )
    .into_bytes();
    bytes.extend_from_slice(&body);
    assert_rejected(&mut b, &bytes, "nyare version");
}

#[test]
fn a_sender_clock_far_ahead_gives_a_warning() {
    let (mut a, mut b) = kommun_and_polis();
    let ahead = Hlc::from_parts(chrono::Utc::now().timestamp_millis() + 3 * 86_400_000, 0);
    a.store
        .set_setting("hlc", &ahead.0.to_string())
        .expect("clock");
    common::world(&mut a.store);
    let bytes = bundle(&mut a, &b);
    let ImportOutcome::Imported { preview, .. } = receive(&mut b, &bytes).expect("import") else {
        panic!()
    };
    assert!(
        preview
            .clock_warning
            .as_deref()
            .unwrap_or_default()
            .contains("före er")
    );
}

#[test]
fn a_sender_clock_years_ahead_is_rejected_so_ours_is_not_pinned_there() {
    let (mut a, mut b) = kommun_and_polis();
    // Near the end of the clock's range: adopted, it would have made every later local edit
    // here overflow (or sort before everything).
    let absurd = Hlc(i64::MAX - 1);
    a.store
        .set_setting("hlc", &absurd.0.to_string())
        .expect("clock");
    common::world(&mut a.store);
    let bytes = bundle(&mut a, &b);
    assert_rejected(&mut b, &bytes, "orimlig tidpunkt");
    // And the local clock still ticks forward for the next edit.
    let org = common::world(&mut b.store).org;
    assert!(
        b.store
            .history(org)
            .expect("history")
            .iter()
            .all(|h| h.at.is_some_and(|t| t.timestamp() > 0))
    );
}

#[test]
fn a_rewritten_history_is_rejected() {
    let (mut a, mut b) = kommun_and_polis();
    common::world(&mut a.store);
    let first = bundle(&mut a, &b);
    receive(&mut b, &first).expect("original");
    // The sender re-signs the same stretch with its last op changed (and re-sealed).
    let mut p = payload_of(&first);
    p.bundle_id = Id::new();
    let last = p.ops.len() - 1;
    p.ops[last].actor = "någon annan".into();
    p.ops[last] = p.ops[last].clone().seal();
    p.head_hash = p.ops[last].hash;
    assert_rejected(&mut b, &signed_by(&a, &p), "hänger inte ihop");
}
