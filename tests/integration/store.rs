//! The store against a real SQLite file: the op path, history, hash chains, tamper detection,
//! the writer lock and schema versions.

use crate::common;

use common::*;
use lagesbild::domain::*;
use lagesbild::store::queries::Page;
use lagesbild::store::queries::actions::ActionFilter;
use lagesbild::store::queries::observations::ObservationFilter;
use lagesbild::store::{Access, Store, StoreError};
use rusqlite::Connection;

#[test]
fn every_write_is_an_op_and_history_is_complete() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let before = db.store.op_count().expect("count");
    let obs = observation(&w, day(2026, 11, 17), "Klotter på gångtunneln");
    db.store.write(|tx| tx.create(&obs)).expect("create");
    db.store
        .write(|tx| {
            tx.set(
                EntityKind::Observation,
                obs.id,
                "description",
                "Omfattande klotter på gångtunneln",
            )?;
            tx.set(
                EntityKind::Observation,
                obs.id,
                "review_status",
                ReviewStatus::Granskad,
            )?;
            // Same value again: no op.
            tx.set(EntityKind::Observation, obs.id, "grade", Grade::Medel)
        })
        .expect("set");
    db.store
        .write(|tx| tx.delete(EntityKind::Observation, obs.id))
        .expect("delete");
    assert_eq!(db.store.op_count().expect("count"), before + 4);

    let stored: Observation = db.store.require(obs.id).expect("read");
    assert_eq!(stored.description, "Omfattande klotter på gångtunneln");
    assert_eq!(stored.review_status, ReviewStatus::Granskad);
    assert!(
        db.store
            .is_deleted(EntityKind::Observation, obs.id)
            .expect("deleted")
    );

    let history = db.store.history(obs.id).expect("history");
    let kinds: Vec<OpKind> = history.iter().map(|h| h.kind).collect();
    assert_eq!(
        kinds,
        [OpKind::Create, OpKind::Set, OpKind::Set, OpKind::Delete]
    );
    assert_eq!(history[1].field.as_deref(), Some("description"));
    assert_eq!(
        history[1].old,
        Some(serde_json::json!("Klotter på gångtunneln"))
    );
    assert_eq!(
        history[1].new,
        Some(serde_json::json!("Omfattande klotter på gångtunneln"))
    );
    assert_eq!(history[2].old, Some(serde_json::json!("ny")));
    assert!(
        history
            .iter()
            .all(|h| Some(h.origin) == db.store.partner_id())
    );

    let report = db.store.check().expect("check");
    assert!(report.ok(), "{report:?}");
}

#[test]
fn update_writes_one_op_per_changed_field_and_typed_reads_round_trip() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let mut a = action(
        &w,
        "Utökad belysning",
        ActionStatus::Beslutad,
        Some(day(2026, 11, 30)),
    );
    db.store.write(|tx| tx.create(&a)).expect("create");
    assert_eq!(db.store.require::<Action>(a.id).expect("read"), a);
    a.title = "Utökad belysning i gångtunneln".into();
    a.partner_org_ids = vec![w.org];
    a.classification = Classification::Intern;
    let changed = db.store.write(|tx| tx.update(&a)).expect("update");
    assert_eq!(changed, 3);
    assert_eq!(db.store.require::<Action>(a.id).expect("read"), a);
    let none = db.store.write(|tx| tx.update(&a)).expect("update");
    assert_eq!(none, 0);
}

#[test]
fn a_failed_write_changes_nothing() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let before = db.store.op_count().expect("count");
    let obs = observation(&w, day(2026, 11, 17), "Nedskräpning vid hållplatsen");
    let result = db.store.write(|tx| {
        tx.create(&obs)?;
        tx.set(EntityKind::Observation, obs.id, "no_such_field", "x")
    });
    assert!(matches!(result, Err(StoreError::UnknownField { .. })));
    assert_eq!(db.store.op_count().expect("count"), before);
    assert!(db.store.get::<Observation>(obs.id).expect("read").is_none());
    // A reference to a record that does not exist is refused at commit.
    let mut orphan = observation(&w, day(2026, 11, 17), "Brand i container");
    orphan.area_id = Id::new();
    assert!(db.store.write(|tx| tx.create(&orphan)).is_err());
    assert_eq!(db.store.op_count().expect("count"), before);
}

#[test]
fn invalid_values_are_refused_with_a_swedish_message() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let obs = observation(&w, day(2026, 11, 17), "Samling av ungdomar vid torget");
    db.store.write(|tx| tx.create(&obs)).expect("create");
    let err = db
        .store
        .write(|tx| tx.set(EntityKind::Observation, obs.id, "count_estimate", "många"))
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("heltal"), "{err}");
    let err = db
        .store
        .write(|tx| tx.set(EntityKind::Observation, obs.id, "classification", "hemlig"))
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("informationsklass"), "{err}");
}

#[test]
fn sqlite_and_the_domain_agree_on_iso_weeks() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let days = [
        day(2024, 12, 30),
        day(2027, 1, 1),
        day(2026, 11, 19),
        day(2021, 1, 3),
        day(2026, 12, 31),
        day(2020, 12, 31),
    ];
    let obs: Vec<Observation> = days
        .iter()
        .map(|d| observation(&w, *d, "Klotter"))
        .collect();
    db.store
        .write(|tx| {
            for o in &obs {
                tx.create(o)?;
            }
            Ok(())
        })
        .expect("create");
    for o in &obs {
        let filter = ObservationFilter {
            week: Some(o.week()),
            ..Default::default()
        };
        let rows = db
            .store
            .observations(&filter, Page::default())
            .expect("list");
        assert!(
            rows.iter()
                .any(|r| r.id == o.id && r.week == o.week().to_string()),
            "{}",
            o.occurred_on
        );
    }
}

#[test]
fn lists_filter_and_search() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let today = day(2026, 11, 19);
    let late = action(
        &w,
        "Röja buskage vid gångvägen",
        ActionStatus::Pagar,
        Some(day(2026, 11, 1)),
    );
    let on_time = action(
        &w,
        "Extra väktarrond fredag kväll",
        ActionStatus::Beslutad,
        Some(day(2026, 12, 1)),
    );
    let done = action(
        &w,
        "Sanera klotter",
        ActionStatus::Genomford,
        Some(day(2026, 10, 1)),
    );
    let o1 = observation(&w, day(2026, 11, 17), "Klotter på gångtunneln vid skolan");
    let o2 = observation(
        &w,
        day(2026, 11, 10),
        "Nedskräpning vid återvinningsstationen",
    );
    db.store
        .write(|tx| {
            for a in [&late, &on_time, &done] {
                tx.create(a)?;
            }
            tx.create(&o1)?;
            tx.create(&o2)
        })
        .expect("create");
    let overdue = db
        .store
        .actions(
            &ActionFilter {
                overdue_on: Some(today),
                ..Default::default()
            },
            today,
            Page::default(),
        )
        .expect("overdue");
    assert_eq!(overdue.iter().map(|a| a.id).collect::<Vec<_>>(), [late.id]);
    assert!(overdue[0].overdue);
    let open = db
        .store
        .actions(
            &ActionFilter {
                open_only: true,
                ..Default::default()
            },
            today,
            Page::default(),
        )
        .expect("open");
    assert_eq!(open.len(), 2);
    let owner = db
        .store
        .organisation_by_name("sjöviks")
        .expect("prefix match");
    assert_eq!(owner, w.org);
    let hits = db.store.search("gångtun", 10).expect("search");
    assert!(hits.iter().any(|h| h.id == o1.id));
    let text = ObservationFilter {
        text: Some("återvinning".into()),
        ..Default::default()
    };
    assert_eq!(
        db.store
            .observations(&text, Page::default())
            .expect("list")
            .len(),
        1
    );
    // Deleted records leave the search index.
    db.store
        .write(|tx| tx.delete(EntityKind::Observation, o1.id))
        .expect("delete");
    assert!(
        db.store
            .search("gångtunneln", 10)
            .expect("search")
            .is_empty()
    );
}

#[test]
fn a_hand_edited_row_makes_check_fail() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let obs = observation(&w, day(2026, 11, 17), "Klotter på gångtunneln");
    db.store.write(|tx| tx.create(&obs)).expect("create");
    db.store
        .audit("export", serde_json::json!({"fil": "protokoll.docx"}))
        .expect("audit");
    assert!(db.store.check().expect("check").ok());
    let path = db.path();
    drop(db.store);

    // 1. A projection row edited behind the app's back.
    let conn = Connection::open(&path).expect("open");
    conn.execute(
        "UPDATE observation SET description = 'ändrad' WHERE id = ?1",
        [obs.id.to_string()],
    )
    .expect("edit");
    drop(conn);
    let store = Store::open(&path, Access::ReadOnly).expect("open");
    let report = store.check().expect("check");
    assert!(!report.ok());
    assert!(
        report
            .items
            .iter()
            .any(|i| !i.ok && i.name.to_string() == "tabeller mot logg"),
        "{report:?}"
    );
    // One row: the count meets its noun in the singular, in both languages.
    let tables = report
        .items
        .iter()
        .find(|i| !i.ok)
        .map(|i| {
            (
                i.detail.to_string(),
                i.detail.text(lagesbild::domain::Lang::En),
            )
        })
        .unwrap_or_default();
    assert!(tables.0.contains("iakttagelse (en rad)"), "{tables:?}");
    assert!(tables.1.contains("observation (one row)"), "{tables:?}");
    drop(store);

    // 2. The op log itself, with its guard trigger removed.
    let conn = Connection::open(&path).expect("open");
    conn.execute(
        "UPDATE observation SET description = 'Klotter på gångtunneln' WHERE id = ?1",
        [obs.id.to_string()],
    )
    .expect("undo");
    conn.execute_batch("DROP TRIGGER op_log_no_update")
        .expect("drop trigger");
    conn.execute(
        "UPDATE op_log SET actor = 'någon annan' WHERE entity_id = ?1",
        [obs.id.to_string()],
    )
    .expect("edit");
    drop(conn);
    let report = Store::open(&path, Access::ReadOnly)
        .and_then(|s| s.check())
        .expect("check");
    assert!(
        report
            .items
            .iter()
            .any(|i| !i.ok && i.name.to_string() == "ändringslogg"),
        "{report:?}"
    );

    // 3. The audit log.
    let conn = Connection::open(&path).expect("open");
    conn.execute_batch("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = '{}'")
        .expect("edit");
    drop(conn);
    let report = Store::open(&path, Access::ReadOnly)
        .and_then(|s| s.check())
        .expect("check");
    assert!(
        report
            .items
            .iter()
            .any(|i| !i.ok && i.name.to_string() == "granskningslogg"),
        "{report:?}"
    );
}

#[test]
fn the_logs_refuse_changes() {
    let mut db = temp_store();
    world(&mut db.store);
    db.store
        .audit("export", serde_json::json!({}))
        .expect("audit");
    let conn = Connection::open(db.path()).expect("open");
    assert!(conn.execute("DELETE FROM op_log", []).is_err());
    assert!(conn.execute("UPDATE op_log SET actor = 'x'", []).is_err());
    assert!(conn.execute("DELETE FROM audit_log", []).is_err());
    assert!(
        conn.execute("UPDATE audit_log SET actor = 'x'", [])
            .is_err()
    );
}

#[test]
fn a_second_writer_is_refused_but_readers_work_beside_it() {
    let db = temp_store();
    let second = Store::open(&db.path(), Access::ReadWrite);
    let err = second.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(err.contains("används redan"), "{err}");
    let reader = Store::open(&db.path(), Access::ReadOnly).expect("reader");
    assert!(reader.stats().is_ok());
    let path = db.path();
    drop(db.store);
    assert!(
        Store::open(&path, Access::ReadWrite).is_ok(),
        "the lock goes with the writer"
    );
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let db = temp_store();
    let path = db.path();
    drop(db.store);
    let conn = Connection::open(&path).expect("open");
    conn.pragma_update(None, "user_version", 99).expect("bump");
    drop(conn);
    let err = Store::open(&path, Access::ReadWrite)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("nyare version"), "{err}");
    let err = Store::open(&path, Access::ReadOnly)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("nyare version"), "{err}");
}

#[test]
fn a_missing_database_is_not_created_by_readers() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("finns-inte.db");
    let err = Store::open(&path, Access::ReadOnly)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("finns inte"), "{err}");
    assert!(!path.exists());
}

#[test]
fn the_partner_id_and_the_clock_persist() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let id = db.store.partner_id();
    let path = db.path();
    let first_ops = db.store.history(w.org).expect("history");
    drop(db.store);
    let mut store = Store::open(&path, Access::ReadWrite).expect("reopen");
    assert_eq!(store.partner_id(), id);
    store
        .write(|tx| tx.set(EntityKind::Organisation, w.org, "active", false))
        .expect("set");
    let history = store.history(w.org).expect("history");
    assert!(history.last().map(|h| h.op_id) != first_ops.last().map(|h| h.op_id));
    assert!(store.check().expect("check").ok());
}

#[test]
fn search_follows_creates_edits_and_deletes_made_in_one_transaction() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let kept = observation(&w, day(2026, 11, 17), "Klotter på gångtunneln");
    let edited = observation(
        &w,
        day(2026, 11, 17),
        "Nedskräpning vid återvinningsstationen",
    );
    let gone = observation(
        &w,
        day(2026, 11, 17),
        "Trasig belysning vid busshållplatsen",
    );
    // Created, edited and deleted in the same transaction: the index gets only the end state.
    db.store
        .write(|tx| {
            tx.create(&kept)?;
            tx.create(&edited)?;
            tx.create(&gone)?;
            tx.set(
                EntityKind::Observation,
                edited.id,
                "description",
                serde_json::json!("Eldning i containern vid skolan"),
            )?;
            tx.delete(EntityKind::Observation, gone.id)?;
            Ok(())
        })
        .expect("write");
    let ids = |store: &Store, q: &str| -> Vec<Id> {
        store
            .search(q, 10)
            .expect("search")
            .into_iter()
            .map(|h| h.id)
            .collect()
    };
    assert_eq!(ids(&db.store, "gångtunneln"), vec![kept.id]);
    assert_eq!(ids(&db.store, "containern"), vec![edited.id]);
    assert!(
        ids(&db.store, "återvinningsstationen").is_empty(),
        "old text left the index"
    );
    assert!(
        ids(&db.store, "busshållplatsen").is_empty(),
        "deleted record is not found"
    );
    // Edited in a later transaction: the old entry is replaced, not added to.
    db.store
        .write(|tx| {
            tx.set(
                EntityKind::Observation,
                kept.id,
                "description",
                serde_json::json!("Klotter på fasaden"),
            )
            .map(|_| ())
        })
        .expect("edit");
    assert!(ids(&db.store, "gångtunneln").is_empty());
    assert_eq!(ids(&db.store, "fasaden"), vec![kept.id]);
    // Restored: found again.
    db.store
        .write(|tx| tx.undelete(EntityKind::Observation, gone.id).map(|_| ()))
        .expect("undelete");
    assert_eq!(ids(&db.store, "busshållplatsen"), vec![gone.id]);
    let path = db.path();
    drop(db.store);
    let conn = Connection::open(&path).expect("open");
    let (queued, indexed): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM search_pending), (SELECT count(*) FROM search WHERE entity = 'observation')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("count");
    assert_eq!(queued, 0, "the queue is empty between transactions");
    assert_eq!(indexed, 3, "one entry per live observation, none twice");
}

#[test]
fn a_search_entry_removed_by_hand_makes_check_fail_on_the_search_index_only() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let obs = observation(&w, day(2026, 11, 17), "Klotter på gångtunneln");
    db.store.write(|tx| tx.create(&obs)).expect("create");
    let item = |store: &Store| {
        store
            .check()
            .expect("check")
            .items
            .into_iter()
            .find(|i| i.name.to_string() == "sökregister")
            .expect("the search index is checked")
    };
    assert!(item(&db.store).ok);
    let path = db.path();
    drop(db.store);
    let conn = Connection::open(&path).expect("open");
    conn.execute(
        "DELETE FROM search WHERE entity_id = ?1",
        [obs.id.to_string()],
    )
    .expect("remove");
    drop(conn);
    let store = Store::open(&path, Access::ReadOnly).expect("open");
    let report = store.check().expect("check");
    let failed: Vec<String> = report
        .items
        .iter()
        .filter(|i| !i.ok)
        .map(|i| i.name.to_string())
        .collect();
    assert_eq!(failed, ["sökregister"], "{report:?}");
    assert!(
        item(&store).detail.to_string().contains("iakttagelse"),
        "{report:?}"
    );
}
