//! Undo read from the op log (`store::undo`): a user action's ops are taken back with new ops,
//! after a restart too, walking further back on each undo, and never over a later edit.

use crate::common;
use crate::support::*;

use lagesbild::domain::*;
use lagesbild::store::undo::UndoOutcome;
use lagesbild::store::{Access, Store};

fn undone(outcome: UndoOutcome) -> String {
    match outcome {
        UndoOutcome::Undone { label } => label,
        other => panic!("expected an undo, got {other:?}"),
    }
}

fn refused(outcome: UndoOutcome) -> String {
    match outcome {
        UndoOutcome::Refused(why) => why,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// A copy with one action record, created as a user action.
fn with_action(name: &str) -> (Copy, Action) {
    let mut c = copy(name);
    let w = common::world(&mut c.store);
    let act = common::action(&w, "Belysning vid torget", ActionStatus::Beslutad, None);
    c.store
        .write_action("Åtgärd skapad", |x| x.create(&act))
        .expect("create");
    (c, act)
}

fn status(store: &Store, id: Id) -> ActionStatus {
    let a: Action = store.require(id).expect("action");
    a.status
}

#[test]
fn undo_walks_back_through_own_actions_and_survives_a_restart() {
    let (mut c, act) = with_action("Tyresö kommun");
    c.store
        .write_action("Status ändrad", |x| {
            x.set(EntityKind::Action, act.id, "status", ActionStatus::Pagar)
        })
        .expect("status");
    c.store
        .write_action("Beskrivning ändrad", |x| {
            x.set(EntityKind::Action, act.id, "description", "Fler lampor")
        })
        .expect("description");
    assert_eq!(
        c.store.last_undoable().expect("read").map(|a| a.label),
        Some("Beskrivning ändrad".to_string())
    );

    // A restart: the store is closed and opened again; undo reads what to do from the log.
    let path = c.path();
    let Copy {
        dir: _dir, store, ..
    } = c;
    drop(store);
    let mut store = Store::open(&path, Access::ReadWrite).expect("reopen");
    let ops_before = store.op_count().expect("count");

    assert_eq!(
        undone(store.undo_last().expect("undo")),
        "Beskrivning ändrad"
    );
    let a: Action = store.require(act.id).expect("action");
    assert_eq!(a.description, "");
    assert_eq!(a.status, ActionStatus::Pagar, "only the latest action");

    // Undoing again walks further back; it does not redo the undo.
    assert_eq!(undone(store.undo_last().expect("undo")), "Status ändrad");
    let a: Action = store.require(act.id).expect("action");
    assert_eq!(
        (a.status, a.description.as_str()),
        (ActionStatus::Beslutad, "")
    );

    // The create is taken back with a tombstone.
    assert_eq!(undone(store.undo_last().expect("undo")), "Åtgärd skapad");
    assert!(
        store
            .is_deleted(EntityKind::Action, act.id)
            .expect("deleted")
    );
    assert_eq!(store.undo_last().expect("undo"), UndoOutcome::Nothing);

    // Nothing was removed from the log: three undos, three new ops.
    assert_eq!(store.op_count().expect("count"), ops_before + 3);
}

#[test]
fn undoing_a_delete_restores_the_record() {
    let (mut c, act) = with_action("Tyresö kommun");
    c.store
        .write_action("Åtgärd borttagen", |x| {
            x.delete(EntityKind::Action, act.id)
        })
        .expect("delete");
    assert!(
        c.store
            .is_deleted(EntityKind::Action, act.id)
            .expect("read")
    );
    assert_eq!(
        undone(c.store.undo_last().expect("undo")),
        "Åtgärd borttagen"
    );
    assert!(
        !c.store
            .is_deleted(EntityKind::Action, act.id)
            .expect("read")
    );
}

#[test]
fn a_partners_later_edit_is_never_reverted() {
    let mut b = copy("Lokalpolisområde Nacka");
    let (mut a, act) = with_action("Tyresö kommun");
    introduce(&mut [&mut a, &mut b]);
    a.store
        .write_action("Status ändrad", |x| {
            x.set(EntityKind::Action, act.id, "status", ActionStatus::Pagar)
        })
        .expect("a moves the status");
    let bytes = bundle(&mut a, &b);
    receive(&mut b, &bytes).expect("b gets the action");
    // What b received is a's work, never b's to undo.
    assert_eq!(b.store.last_undoable().expect("read"), None);
    assert_eq!(b.store.undo_last().expect("undo"), UndoOutcome::Nothing);

    b.store
        .write(|x| {
            x.set(
                EntityKind::Action,
                act.id,
                "status",
                ActionStatus::Genomford,
            )
        })
        .expect("b moves it on");
    let bytes = bundle(&mut b, &a);
    receive(&mut a, &bytes).expect("a gets b's edit");
    assert_eq!(status(&a.store, act.id), ActionStatus::Genomford);

    let ops = a.store.op_count().expect("count");
    let why = refused(a.store.undo_last().expect("undo"));
    assert!(why.contains("Lokalpolisområde Nacka"), "{why}");
    assert!(why.contains("”status”"), "{why}");
    assert!(why.contains(&act.id.short()), "{why}");
    assert!(why.contains("Inget har ändrats"), "{why}");
    assert_eq!(status(&a.store, act.id), ActionStatus::Genomford);
    assert_eq!(a.store.op_count().expect("count"), ops, "nothing written");
    // Still refused, still there: the refusal marks nothing undone.
    assert_eq!(
        a.store.last_undoable().expect("read").map(|x| x.label),
        Some("Status ändrad".to_string())
    );
}

#[test]
fn a_later_op_outside_an_undoable_action_also_blocks_undo() {
    let (mut c, act) = with_action("Tyresö kommun");
    c.store
        .write_action("Beskrivning ändrad", |x| {
            x.set(EntityKind::Action, act.id, "description", "Fler lampor")
        })
        .expect("description");
    // A later write not made as a user action (an import, the command line).
    c.store
        .write(|x| x.set(EntityKind::Action, act.id, "description", "Ännu fler"))
        .expect("later");
    let why = refused(c.store.undo_last().expect("undo"));
    assert!(why.contains("”description”"), "{why}");
    assert!(why.contains("den här kopian"), "{why}");
    let a: Action = c.store.require(act.id).expect("action");
    assert_eq!(a.description, "Ännu fler");
}

#[test]
fn a_partners_edit_of_another_field_does_not_block_and_is_kept() {
    let mut b = copy("Lokalpolisområde Nacka");
    let (mut a, act) = with_action("Tyresö kommun");
    introduce(&mut [&mut a, &mut b]);
    a.store
        .write_action("Beskrivning ändrad", |x| {
            x.set(EntityKind::Action, act.id, "description", "Fler lampor")
        })
        .expect("a describes it");
    let bytes = bundle(&mut a, &b);
    receive(&mut b, &bytes).expect("b gets the action");
    b.store
        .write(|x| x.set(EntityKind::Action, act.id, "result", "Tre lampor uppsatta"))
        .expect("b notes a result");
    let bytes = bundle(&mut b, &a);
    receive(&mut a, &bytes).expect("a gets b's edit");

    assert_eq!(
        undone(a.store.undo_last().expect("undo")),
        "Beskrivning ändrad"
    );
    let now: Action = a.store.require(act.id).expect("action");
    assert_eq!(now.description, "", "a's own change taken back");
    assert_eq!(now.result, "Tre lampor uppsatta", "b's edit kept");
}
