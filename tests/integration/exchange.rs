//! Partner exchange between real copies: both ways, re-import, conflicts and their resolution,
//! classification, and a third partner's records that are missing.

use crate::common;
use crate::support;

use lagesbild::domain::*;
use lagesbild::exchange::import::ImportOutcome;
use lagesbild::exchange::screen::{self, Choice};
use support::*;

#[test]
fn two_copies_exchange_both_ways_and_see_the_same_shared_data() {
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let obs = common::observation(&w, common::day(2026, 11, 16), "Klotter vid gångtunneln");
    let mut secret = common::observation(&w, common::day(2026, 11, 17), "Internt underlag");
    secret.classification = Classification::Intern;
    a.store
        .write(|x| {
            x.create(&obs)?;
            x.create(&secret)
        })
        .expect("write");

    let to_b = bundle(&mut a, &b);
    let outcome = receive(&mut b, &to_b).expect("import");
    let ImportOutcome::Imported { preview, .. } = &outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(preview.counts.new, 5, "world (4) + the shared observation");
    assert_eq!(preview.counts.withheld, 1);
    assert!(b.store.get::<Observation>(obs.id).expect("get").is_some());
    assert!(
        b.store
            .get::<Observation>(secret.id)
            .expect("get")
            .is_none()
    );

    // The police adds an action on the kommun's area and moves the observation's review on.
    let act = common::action(
        &w,
        "Extra patrullering kvällstid",
        ActionStatus::Foreslagen,
        None,
    );
    b.store
        .write(|x| {
            x.create(&act)?;
            x.set(
                EntityKind::Observation,
                obs.id,
                "review_status",
                ReviewStatus::Granskad,
            )
        })
        .expect("police writes");
    let to_a = bundle(&mut b, &a);
    receive(&mut a, &to_a).expect("import back");
    assert_eq!(
        a.store
            .require::<Observation>(obs.id)
            .expect("obs")
            .review_status,
        ReviewStatus::Granskad
    );
    // Both see the same shared data (the intern observation exists only at the kommun).
    let (sa, sb) = (shared_data(&a.path()), shared_data(&b.path()));
    assert_eq!(sa, sb);
    assert!(
        a.store
            .get::<Observation>(secret.id)
            .expect("get")
            .is_some()
    );

    // The next export to the police is incremental: it starts after what the police confirmed.
    let again = payload_of(&bundle(&mut a, &b));
    assert!(
        again.ops.is_empty() && again.from_seq == again.to_seq,
        "{:?}",
        (again.from_seq, again.to_seq)
    );
    assert!(a.store.check().expect("check").ok());
    assert!(
        b.store.check().expect("check").ok(),
        "{:?}",
        b.store.check().expect("check")
    );
}

#[test]
fn reimporting_a_bundle_says_already_imported_and_changes_nothing() {
    let (mut a, mut b) = kommun_and_polis();
    common::world(&mut a.store);
    let bytes = bundle(&mut a, &b);
    receive(&mut b, &bytes).expect("first");
    let before = dump(&b.path());
    let again = receive(&mut b, &bytes).expect("second");
    assert!(
        matches!(again, ImportOutcome::AlreadyImported { .. }),
        "{again:?}"
    );
    assert!(again.summary_sv().contains("redan importerat"));
    assert_eq!(before, dump(&b.path()));
}

#[test]
fn a_dry_run_counts_exactly_and_changes_nothing() {
    let (mut a, mut b) = kommun_and_polis();
    common::world(&mut a.store);
    let bytes = bundle(&mut a, &b);
    let file = b.dir.path().join("in.lagesbild");
    std::fs::write(&file, &bytes).expect("write");
    let before = dump(&b.path());
    let outcome = lagesbild::exchange::import::import_file(
        &mut b.store,
        &file,
        lagesbild::exchange::import::ImportOptions {
            dry_run: true,
            backup: true,
        },
    )
    .expect("preview");
    let ImportOutcome::Preview(p) = outcome else {
        panic!()
    };
    assert_eq!(p.summary_sv(), "4 nya, 0 redan importerade, 0 konflikter");
    assert_eq!(before, dump(&b.path()));
    // The real import takes a backup beside the database first.
    let outcome = lagesbild::exchange::import::import_file(&mut b.store, &file, Default::default())
        .expect("import");
    let ImportOutcome::Imported {
        backup: Some(backup),
        ..
    } = outcome
    else {
        panic!()
    };
    assert!(std::path::Path::new(&backup).exists());
    assert_eq!(std::path::Path::new(&backup).parent(), b.path().parent());
}

#[test]
fn concurrent_edits_become_a_conflict_that_a_person_resolves_on_both_sides() {
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let act = common::action(
        &w,
        "Belysning i gångtunneln",
        ActionStatus::Foreslagen,
        None,
    );
    a.store.write(|x| x.create(&act)).expect("create");
    let first = bundle(&mut a, &b);
    receive(&mut b, &first).expect("b has it");

    // Both change the status before hearing from the other.
    a.store
        .write(|x| x.set(EntityKind::Action, act.id, "status", ActionStatus::Pagar))
        .expect("a");
    b.store
        .write(|x| x.set(EntityKind::Action, act.id, "status", ActionStatus::Beslutad))
        .expect("b");
    let to_b = bundle(&mut a, &b);
    let to_a = bundle(&mut b, &a);
    let ImportOutcome::Imported { preview, .. } = receive(&mut a, &to_a).expect("a imports") else {
        panic!()
    };
    assert_eq!(preview.counts.conflicts, 1);
    receive(&mut b, &to_b).expect("b imports");
    let (ca, cb) = (
        screen::conflicts(&a.store, false).expect("a"),
        screen::conflicts(&b.store, false).expect("b"),
    );
    assert_eq!(ca.len(), 1);
    assert_eq!(cb.len(), 1);
    assert_eq!(ca[0].id, cb[0].id, "both copies list the same conflict");
    assert_eq!(ca[0].field, "status");
    let mut both = [ca[0].current.shown.clone(), ca[0].other.shown.clone()];
    both.sort();
    // Shown as people say them, not as the stored codes ("pagar").
    assert_eq!(both, ["beslutad".to_string(), "pågår".to_string()]);
    // Same provisional winner in both copies.
    assert_eq!(
        a.store.require::<Action>(act.id).expect("a").status,
        b.store.require::<Action>(act.id).expect("b").status
    );

    // The kommun chooses the police's value; the resolution travels to the police.
    let other_value = ca[0].other.value.clone().expect("a value");
    screen::resolve(&mut a.store, ca[0].id, Choice::TakeOther).expect("resolve");
    assert!(screen::conflicts(&a.store, false).expect("a").is_empty());
    let resolved = bundle(&mut a, &b);
    receive(&mut b, &resolved).expect("b gets the resolution");
    assert!(screen::conflicts(&b.store, false).expect("b").is_empty());
    let all = screen::conflicts(&b.store, true).expect("b all");
    assert!(!all[0].open);
    for c in [&a, &b] {
        assert_eq!(
            serde_json::to_value(c.store.require::<Action>(act.id).expect("act").status)
                .expect("json"),
            other_value
        );
    }
    assert_eq!(shared_data(&a.path()), shared_data(&b.path()));
}

#[test]
fn free_text_edited_on_both_sides_is_listed_not_merged() {
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let act = common::action(&w, "Trygghetsvandring", ActionStatus::Pagar, None);
    a.store.write(|x| x.create(&act)).expect("create");
    let first = bundle(&mut a, &b);
    receive(&mut b, &first).expect("b");
    // Both write the result text (a shared field) without having seen the other's.
    a.store
        .write(|x| x.set(EntityKind::Action, act.id, "result", "Fyra lampor lagade."))
        .expect("a");
    b.store
        .write(|x| {
            x.set(
                EntityKind::Action,
                act.id,
                "result",
                "Färre larm kvällstid.",
            )
        })
        .expect("b");
    let (to_b, to_a) = (bundle(&mut a, &b), bundle(&mut b, &a));
    receive(&mut a, &to_a).expect("a");
    receive(&mut b, &to_b).expect("b");
    for c in [&a, &b] {
        let list = screen::conflicts(&c.store, false).expect("list");
        assert_eq!(list.len(), 1);
        let result = c.store.require::<Action>(act.id).expect("act").result;
        // One of the two texts, whole; never a mix.
        assert!(result == "Fyra lampor lagade." || result == "Färre larm kvällstid.");
        assert_ne!(list[0].current.shown, list[0].other.shown);
    }
    // The owner editing twice in a row is no conflict.
    a.store
        .write(|x| x.set(EntityKind::Action, act.id, "description", "Kvällstid"))
        .expect("a1");
    a.store
        .write(|x| {
            x.set(
                EntityKind::Action,
                act.id,
                "description",
                "Kvällstid, med räddningstjänsten",
            )
        })
        .expect("a2");
    let to_b = bundle(&mut a, &b);
    let ImportOutcome::Imported { preview, .. } = receive(&mut b, &to_b).expect("b") else {
        panic!()
    };
    assert_eq!(preview.counts.conflicts, 0);
}

#[test]
fn a_delete_racing_an_edit_is_a_conflict() {
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let act = common::action(&w, "Städning av torget", ActionStatus::Foreslagen, None);
    a.store.write(|x| x.create(&act)).expect("create");
    let first = bundle(&mut a, &b);
    receive(&mut b, &first).expect("b");
    b.store
        .write(|x| x.set(EntityKind::Action, act.id, "status", ActionStatus::Pagar))
        .expect("edit");
    a.store
        .write(|x| x.delete(EntityKind::Action, act.id))
        .expect("delete");
    let to_a = bundle(&mut b, &a);
    let to_b = bundle(&mut a, &b);
    receive(&mut a, &to_a).expect("a");
    receive(&mut b, &to_b).expect("b");
    for c in [&a, &b] {
        let list = screen::conflicts(&c.store, false).expect("list");
        assert_eq!(list.len(), 1, "{}", c.name);
        assert!(list[0].is_delete_race);
        assert_eq!(list[0].current.shown, "borttagen");
    }
    // The kommun restores the action with the police's edit.
    let id = screen::conflicts(&a.store, false).expect("a")[0].id;
    screen::resolve(&mut a.store, id, Choice::TakeOther).expect("restore");
    assert!(
        !a.store
            .is_deleted(EntityKind::Action, act.id)
            .expect("deleted?")
    );
    let back = bundle(&mut a, &b);
    receive(&mut b, &back).expect("b");
    assert!(
        !b.store
            .is_deleted(EntityKind::Action, act.id)
            .expect("deleted?")
    );
    assert_eq!(
        b.store.require::<Action>(act.id).expect("act").status,
        ActionStatus::Pagar
    );
    assert!(screen::conflicts(&b.store, false).expect("b").is_empty());
}

#[test]
fn a_sequential_edit_then_delete_is_not_a_conflict() {
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let act = common::action(&w, "Städning", ActionStatus::Foreslagen, None);
    a.store.write(|x| x.create(&act)).expect("create");
    let first = bundle(&mut a, &b);
    receive(&mut b, &first).expect("b");
    b.store
        .write(|x| {
            x.set(
                EntityKind::Action,
                act.id,
                "status",
                ActionStatus::Genomford,
            )
        })
        .expect("edit");
    let to_a = bundle(&mut b, &a);
    receive(&mut a, &to_a).expect("a sees the edit");
    a.store
        .write(|x| x.delete(EntityKind::Action, act.id))
        .expect("then deletes");
    let to_b = bundle(&mut a, &b);
    receive(&mut b, &to_b).expect("b");
    assert!(screen::conflicts(&b.store, false).expect("b").is_empty());
    assert!(
        b.store
            .is_deleted(EntityKind::Action, act.id)
            .expect("deleted")
    );
}

#[test]
fn records_that_were_ever_intern_never_leave() {
    let (mut a, b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let mut was_intern = common::observation(&w, common::day(2026, 11, 16), "Först internt");
    was_intern.classification = Classification::Intern;
    let becomes_intern = common::observation(&w, common::day(2026, 11, 16), "Blir internt");
    a.store
        .write(|x| {
            x.create(&was_intern)?;
            x.create(&becomes_intern)?;
            x.set(
                EntityKind::Observation,
                was_intern.id,
                "classification",
                Classification::Begransad,
            )?;
            x.set(
                EntityKind::Observation,
                becomes_intern.id,
                "classification",
                Classification::Intern,
            )
        })
        .expect("write");
    let p = payload_of(&bundle(&mut a, &b));
    assert!(
        p.ops
            .iter()
            .all(|o| o.entity_id != was_intern.id && o.entity_id != becomes_intern.id)
    );
    assert!(
        p.ops
            .iter()
            .all(|o| o.classification != Classification::Intern)
    );
    assert_eq!(p.withheld.len(), 4);
}

#[test]
fn a_bundle_needing_a_third_partners_records_names_that_partner() {
    let mut a = copy("Tyresö kommun");
    let mut b = copy("Lokalpolisområde Nacka");
    let mut c = copy("Tyresö Bostäder");
    introduce(&mut [&mut a, &mut b, &mut c]);
    let w = common::world(&mut c.store);
    let from_c = bundle(&mut c, &b);
    receive(&mut b, &from_c).expect("b has the housing company's world");
    let obs = common::observation(
        &w,
        common::day(2026, 11, 18),
        "Trasig belysning i trapphuset",
    );
    b.store.write(|x| x.create(&obs)).expect("b writes");
    let from_b = bundle(&mut b, &a);
    let before = dump(&a.path());
    let reason = rejection(receive(&mut a, &from_b));
    assert!(reason.contains("Tyresö Bostäder"), "{reason}");
    assert_eq!(before, dump(&a.path()));
    let c_to_a = bundle(&mut c, &a);
    receive(&mut a, &c_to_a).expect("a gets the housing company's records");
    receive(&mut a, &from_b).expect("now the police's bundle fits");
    assert!(a.store.get::<Observation>(obs.id).expect("get").is_some());
}

#[test]
fn a_partner_restored_from_backup_gets_what_it_lost_with_the_next_bundle() {
    let (mut a, b) = kommun_and_polis();
    let mut b = b;
    let backup = b.store.backup_beside("test").expect("backup");
    common::world(&mut a.store);
    let first = bundle(&mut a, &b);
    receive(&mut b, &first).expect("b imports");
    let ack = bundle(&mut b, &a);
    receive(&mut a, &ack).expect("a learns what b has");
    a.store
        .write(|x| x.create(&common::organisation("Skolan")))
        .expect("more");
    // The police's disk fails; it restores yesterday's backup (before the first bundle).
    let support::Copy { dir, store, name } = b;
    drop(store);
    std::fs::copy(&backup, dir.path().join("lagesbild.db")).expect("restore");
    let _ = std::fs::remove_file(dir.path().join("lagesbild.db-wal"));
    let store = lagesbild::store::Store::open(
        &dir.path().join("lagesbild.db"),
        lagesbild::store::Access::ReadWrite,
    )
    .expect("reopen");
    let mut b = support::Copy { dir, store, name };
    let incremental = bundle(&mut a, &b);
    let reason = rejection(receive(&mut b, &incremental));
    assert!(reason.contains("det saknas ändringar nr 1–4"), "{reason}");
    // The police's next bundle says what it has now; the kommun's next export starts there.
    let now = bundle(&mut b, &a);
    receive(&mut a, &now).expect("a");
    let full = bundle(&mut a, &b);
    receive(&mut b, &full).expect("b catches up");
    assert_eq!(b.store.all::<Organisation>().expect("orgs").len(), 2);
}
