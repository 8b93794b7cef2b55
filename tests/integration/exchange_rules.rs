//! One rule for every op (issue 9): what a trusted but hostile partner could do with correctly
//! signed bundles, and what ordinary use on three copies did to the chains.

use crate::common;
use crate::support;

use lagesbild::domain::municipality::Municipalities;
use lagesbild::domain::*;
use lagesbild::exchange::import::ImportOutcome;
use lagesbild::exchange::screen::{self, Choice};
use lagesbild::sources::polisen;
use serde_json::json;
use support::*;

fn imported(outcome: ImportOutcome) -> lagesbild::store::import::ImportCounts {
    match outcome {
        ImportOutcome::Imported { preview, .. } => preview.counts,
        other => panic!("expected an import, got {other:?}"),
    }
}

/// A bundle from `from` to `to`, imported at once.
fn send(from: &mut Copy, to: &mut Copy) -> lagesbild::exchange::Result<ImportOutcome> {
    let bytes = bundle(from, to);
    receive(to, &bytes)
}

fn three() -> (Copy, Copy, Copy) {
    let mut a = copy("Tyresö kommun");
    let mut b = copy("Lokalpolisområde Nacka");
    let mut c = copy("Tyresö Bostäder");
    introduce(&mut [&mut a, &mut b, &mut c]);
    (a, b, c)
}

/// The kommun (a) owns an action that b and c have too.
fn shared_action(a: &mut Copy, others: &mut [&mut Copy]) -> Action {
    let w = common::world(&mut a.store);
    let act = common::action(&w, "Belysning vid torget", ActionStatus::Beslutad, None);
    a.store.write(|x| x.create(&act)).expect("create");
    for o in others.iter_mut() {
        let bytes = bundle(a, o);
        receive(o, &bytes).expect("receive the action");
    }
    act
}

fn import_feed(copy: &mut Copy) {
    polisen::import_text(
        &mut copy.store,
        &common::police::demo_feed(),
        &Municipalities::new(&["Sjöviks kommun"]),
        "test",
    )
    .expect("feed");
}

// Found 2: a third copy settling a delete race produces ops its partners accept.
#[test]
fn a_third_partner_settles_a_delete_race_with_an_op_everyone_accepts() {
    let (mut a, mut b, mut c) = three();
    let act = shared_action(&mut a, &mut [&mut b, &mut c]);
    b.store
        .write(|x| x.set(EntityKind::Action, act.id, "status", ActionStatus::Pagar))
        .expect("b moves the status");
    a.store
        .write(|x| x.delete(EntityKind::Action, act.id))
        .expect("a deletes its action");
    let (a_to_c, b_to_c) = (bundle(&mut a, &c), bundle(&mut b, &c));
    receive(&mut c, &a_to_c).expect("c gets the delete");
    receive(&mut c, &b_to_c).expect("c gets the edit");
    let conflicts = screen::conflicts(&c.store, false).expect("list");
    assert_eq!(conflicts.len(), 1);
    assert!(conflicts[0].is_delete_race);
    // Restoring the kommun's record is the kommun's: c is told so, and nothing is written.
    let refused = screen::resolve(&mut c.store, conflicts[0].id, Choice::TakeOther)
        .expect_err("only the owner restores");
    assert!(refused.to_string().contains("Tyresö kommun"), "{refused}");
    screen::resolve(&mut c.store, conflicts[0].id, Choice::KeepCurrent).expect("keep");
    assert!(screen::conflicts(&c.store, false).expect("c").is_empty());
    // Both partners accept c's settlement, and c's later bundles too.
    let (c_to_a, c_to_b) = (bundle(&mut c, &a), bundle(&mut c, &b));
    send(&mut b, &mut a).expect("a gets b's edit");
    send(&mut a, &mut b).expect("b gets a's delete");
    receive(&mut a, &c_to_a).expect("a accepts c's settlement");
    receive(&mut b, &c_to_b).expect("b accepts c's settlement");
    c.store
        .write(|x| x.create(&common::organisation("Skolan")))
        .expect("c goes on");
    send(&mut c, &mut a).expect("a accepts c's next bundle");
    for copy in [&a, &b, &c] {
        assert!(
            copy.store
                .is_deleted(EntityKind::Action, act.id)
                .expect("deleted?")
        );
        assert!(
            screen::conflicts(&copy.store, false)
                .expect("list")
                .is_empty(),
            "{} sees the race settled",
            copy.name
        );
    }
}

// Found 3: an op whose record has not arrived is parked, then judged by the same rule.
#[test]
fn ops_before_their_record_are_parked_then_judged_by_the_same_rule() {
    let (mut a, mut b, mut c) = three();
    let act = shared_action(&mut a, &mut [&mut b]);
    // b moves the status (allowed) and forges a delete of the kommun's action (not allowed);
    // c has not received the action yet.
    b.store
        .write(|x| x.set(EntityKind::Action, act.id, "status", ActionStatus::Pagar))
        .expect("b moves the status");
    forge(&b, EntityKind::Action, act.id, OpKind::Delete, None, None);
    let counts = imported(send(&mut b, &mut c).expect("parked, not refused"));
    assert_eq!((counts.new, counts.parked), (0, 2), "{counts:?}");
    assert!(c.store.get::<Action>(act.id).expect("get").is_none());
    assert!(
        c.store.history(act.id).expect("history").is_empty(),
        "not shown"
    );
    // Waiting is told apart from waiting long: only ops older than the cut-off are named, with
    // how many, since when, from whom and what to do.
    let stamp = |days: i64| {
        (chrono::Utc::now() + chrono::Duration::days(days))
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
    };
    assert!(
        c.store
            .long_waiting(&stamp(-1))
            .expect("waiting")
            .is_empty()
    );
    let waiting = c.store.long_waiting(&stamp(1)).expect("waiting");
    assert_eq!(waiting.len(), 1, "{waiting:?}");
    assert_eq!(
        (waiting[0].origin, waiting[0].count),
        (b.store.partner_id().expect("b"), 2)
    );
    let partners = c.store.trusted_partners().expect("partners");
    let note = lagesbild::exchange::import::waiting_note(&waiting, &partners).expect("a note");
    for expected in [
        "2 ändringar",
        "Lokalpolisområde Nacka",
        "väntat sedan",
        "fråga",
    ] {
        assert!(note.contains(expected), "{expected}: {note}");
    }
    // The record arrives: the status change applies, the delete is refused and audited.
    let counts = imported(send(&mut a, &mut c).expect("a's bundle"));
    assert_eq!(counts.refused, 1, "{counts:?}");
    assert_eq!(counts.conflicts, 0, "{counts:?}");
    let here = c.store.require::<Action>(act.id).expect("the action");
    assert_eq!(here.status, ActionStatus::Pagar);
    assert!(
        !c.store
            .is_deleted(EntityKind::Action, act.id)
            .expect("deleted?")
    );
    assert!(
        c.store
            .audit_entries(20)
            .expect("audit")
            .iter()
            .any(|e| e.event == "op_refused"),
        "the refusal is audited"
    );
    let check = c.store.check().expect("check");
    assert!(check.ok(), "{:?}", check.items);
    assert!(
        c.store.long_waiting(&stamp(1)).expect("waiting").is_empty(),
        "none wait now"
    );
}

// Found 3: the rules that need no record apply at once to ops on records not here.
#[test]
fn an_op_on_a_record_not_here_is_still_checked_for_what_needs_no_record() {
    let (mut a, mut b, mut c) = three();
    let act = shared_action(&mut a, &mut [&mut b]);
    forge(
        &b,
        EntityKind::Action,
        act.id,
        OpKind::Set,
        Some("hemligt_fält"),
        Some(json!("x")),
    );
    let reason = rejection(send(&mut b, &mut c));
    assert!(reason.contains("okänt fält"), "{reason}");
    let (mut a, mut b, mut c) = three();
    let act = shared_action(&mut a, &mut [&mut b]);
    forge(
        &b,
        EntityKind::Action,
        act.id,
        OpKind::Set,
        Some("status"),
        Some(json!("hackad")),
    );
    let reason = rejection(send(&mut b, &mut c));
    assert!(reason.contains("”hackad”"), "{reason}");
}

// Found 4: a partner creating a police event first squats nothing.
#[test]
fn a_police_event_created_first_by_a_partner_squats_nothing() {
    let (mut a, mut b) = kommun_and_polis();
    import_feed(&mut a);
    let event = a.store.all::<PoliceEvent>().expect("events")[0].clone();
    let mut fake = serde_json::to_value(&event).expect("json");
    fake["summary"] = json!("Påhittad sammanfattning med en länk någon annanstans.");
    fake["url"] = json!("https://example.invalid/falsk");
    if let serde_json::Value::Object(map) = &mut fake {
        map.remove("id");
        map.remove("classification");
    }
    let squat = forge(
        &a,
        EntityKind::PoliceEvent,
        event.id,
        OpKind::Create,
        None,
        Some(fake),
    );
    let squatting = bundle_with_withheld_op(&mut a, &b, &squat);
    let counts = imported(receive(&mut b, &squatting).expect("history only"));
    assert_eq!((counts.new, counts.history_only), (0, 1), "{counts:?}");
    assert!(b.store.get::<PoliceEvent>(event.id).expect("get").is_none());
    // The victim's ordinary feed import makes its own record, and its chain stays accepted.
    import_feed(&mut b);
    let mine = b
        .store
        .require::<PoliceEvent>(event.id)
        .expect("own record");
    assert_eq!(mine.summary, event.summary);
    send(&mut b, &mut a).expect("the squatter accepts the victim's chain");
    // A later edit from the squatter changes nothing either.
    let edit = forge(
        &a,
        EntityKind::PoliceEvent,
        event.id,
        OpKind::Set,
        Some("summary"),
        Some(json!("Ändrad")),
    );
    let editing = bundle_with_withheld_op(&mut a, &b, &edit);
    let counts = imported(receive(&mut b, &editing).expect("b"));
    assert_eq!(counts.history_only, 1, "{counts:?}");
    assert_eq!(
        b.store
            .require::<PoliceEvent>(event.id)
            .expect("own")
            .summary,
        event.summary
    );
    assert_eq!(
        b.store.history(event.id).expect("history").len(),
        1,
        "one ”skapad”"
    );
}

// Found 5: a value a form would refuse is refused on import, naming record and field.
#[test]
fn values_are_checked_like_a_form_on_import() {
    for (field, value, expect) in [
        ("status", json!("hackad"), "”hackad”"),
        ("done_on", json!("inte-ett-datum"), "ett datum"),
        ("title", json!(42), "en text"),
    ] {
        let (mut a, mut b) = kommun_and_polis();
        let act = shared_action(&mut a, &mut [&mut b]);
        forge(
            &a,
            EntityKind::Action,
            act.id,
            OpKind::Set,
            Some(field),
            Some(value),
        );
        let before = dump(&b.path());
        let reason = rejection(send(&mut a, &mut b));
        assert!(reason.contains(expect), "{reason}");
        assert!(reason.contains(&format!("”{field}”")), "{reason}");
        assert!(
            reason.contains(&act.id.short()),
            "names the record: {reason}"
        );
        assert_eq!(before, dump(&b.path()));
    }
}

#[test]
fn check_finds_a_stored_value_that_does_not_parse() {
    let (mut a, mut b) = kommun_and_polis();
    let act = shared_action(&mut a, &mut [&mut b]);
    let conn = rusqlite::Connection::open(a.path()).expect("open");
    conn.execute(
        "UPDATE action SET done_on = 'inte-ett-datum' WHERE id = ?1",
        [act.id.to_string()],
    )
    .expect("edit behind the app's back");
    let report = a.store.check().expect("check");
    let item = report
        .items
        .iter()
        .find(|i| i.name.to_string() == "värden")
        .expect("a values item");
    assert!(!item.ok);
    assert!(
        item.detail.to_string().contains("”done_on”"),
        "{}",
        item.detail
    );
    assert!(
        item.detail.to_string().contains(&act.id.short()),
        "{}",
        item.detail
    );
}

// Found 6: a create on an id that is here is refused, for every kind.
#[test]
fn a_create_on_an_existing_id_is_refused() {
    let (mut a, mut b) = kommun_and_polis();
    let act = shared_action(&mut a, &mut [&mut b]);
    let mut other = serde_json::to_value(&act).expect("json");
    other["title"] = json!("Annan text");
    if let serde_json::Value::Object(map) = &mut other {
        map.remove("id");
        map.remove("classification");
    }
    forge(
        &a,
        EntityKind::Action,
        act.id,
        OpKind::Create,
        None,
        Some(other),
    );
    let refused = send(&mut a, &mut b);
    // The refusal is a message, worded in the reader's language down to the rule's reason.
    let english = match &refused {
        Err(e) => lagesbild::i18n::Localized::message(e, lagesbild::domain::Lang::En),
        Ok(_) => String::new(),
    };
    let reason = rejection(refused);
    assert!(
        reason.contains("skapar en post som redan finns"),
        "{reason}"
    );
    assert!(
        english.contains("(action ") && english.contains("creates a record that exists already"),
        "{english}"
    );
    assert!(!english.contains("ändring nr"), "{english}");
    let creates = b
        .store
        .history(act.id)
        .expect("history")
        .iter()
        .filter(|h| h.kind == OpKind::Create)
        .count();
    assert_eq!(creates, 1);
}

// Found 7: a resolve settles only the conflicts of the field it names.
#[test]
fn a_resolve_settles_only_the_field_it_names() {
    let (mut a, mut b) = kommun_and_polis();
    let act = shared_action(&mut a, &mut [&mut b]);
    a.store
        .write(|x| x.set(EntityKind::Action, act.id, "result", "Lamporna lagade."))
        .expect("a");
    b.store
        .write(|x| x.set(EntityKind::Action, act.id, "result", "Färre larm."))
        .expect("b");
    let (to_b, to_a) = (bundle(&mut a, &b), bundle(&mut b, &a));
    receive(&mut a, &to_a).expect("a");
    receive(&mut b, &to_b).expect("b");
    let conflict = screen::conflicts(&b.store, false).expect("b")[0].clone();
    assert_eq!(conflict.field, "result");
    let (w, l) = (conflict.current.op_id, conflict.other.op_id);
    // A resolve of "status" that names the two result ops.
    forge(
        &a,
        EntityKind::Action,
        act.id,
        OpKind::Resolve,
        Some("status"),
        Some(json!({"value": "beslutad", "settles": [w.to_string(), l.to_string()]})),
    );
    send(&mut a, &mut b).expect("b");
    let open = screen::conflicts(&b.store, false).expect("b");
    assert_eq!(open.len(), 1, "the result conflict is still open");
    assert_eq!(open[0].field, "result");
}

// Found 8: one partner's own successive edits never conflict.
#[test]
fn a_partners_own_successive_edits_never_conflict() {
    let (mut a, mut b) = kommun_and_polis();
    let act = shared_action(&mut a, &mut [&mut b]);
    // A hand-made bundle: 200 edits of one field, none naming the one before.
    for i in 0..200 {
        forge(
            &a,
            EntityKind::Action,
            act.id,
            OpKind::Set,
            Some("result"),
            Some(json!(format!("Steg {i}"))),
        );
    }
    let counts = imported(send(&mut a, &mut b).expect("b"));
    assert_eq!((counts.new, counts.conflicts), (200, 0), "{counts:?}");
    assert_eq!(
        b.store.require::<Action>(act.id).expect("act").result,
        "Steg 199"
    );
}

// The clock rule: more than a week ahead is refused.
#[test]
fn a_clock_more_than_a_week_ahead_is_refused() {
    let (mut a, mut b) = kommun_and_polis();
    let ahead = Hlc::from_parts(chrono::Utc::now().timestamp_millis() + 8 * 86_400_000, 0);
    a.store
        .set_setting("hlc", &ahead.0.to_string())
        .expect("clock");
    common::world(&mut a.store);
    let reason = rejection(send(&mut a, &mut b));
    assert!(reason.contains("mer än en vecka"), "{reason}");
}

// Found 12: making a referenced record intern warns, and a new partner can import what it gets.
#[test]
fn a_record_made_intern_takes_what_refers_to_it_along() {
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let obs = common::observation(&w, common::day(2026, 11, 18), "Klotter vid busshållplatsen");
    a.store.write(|x| x.create(&obs)).expect("observation");
    let warnings = a
        .store
        .write(|x| {
            x.set(
                EntityKind::Area,
                w.area,
                "classification",
                Classification::Intern,
            )?;
            Ok(x.warnings().to_vec())
        })
        .expect("intern");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].to_string().contains("hänvisar till den"),
        "{warnings:?}"
    );
    let counts = imported(send(&mut a, &mut b).expect("a new partner imports"));
    assert!(counts.new > 0);
    assert!(b.store.get::<Area>(w.area).expect("area").is_none());
    assert!(b.store.get::<Place>(w.place).expect("place").is_none());
    assert!(b.store.get::<Observation>(obs.id).expect("obs").is_none());
    assert!(b.store.get::<Organisation>(w.org).expect("org").is_some());
    assert!(b.store.check().expect("check").ok());
}
