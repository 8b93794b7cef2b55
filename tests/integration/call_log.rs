//! The store's memory of calls to external services (the police feed's rate rules across runs).

use crate::common;

use common::*;
use lagesbild::store::Store;

#[test]
fn call_times_are_remembered_and_old_ones_forgotten() {
    use chrono::{Duration, TimeZone, Utc};
    let mut db = temp_store();
    assert!(db.store.recent_calls("polisen").expect("calls").is_empty());
    let t0 = Utc
        .with_ymd_and_hms(2026, 11, 19, 8, 0, 0)
        .single()
        .expect("time");
    let hour = Duration::hours(1);
    db.store.record_call("polisen", t0, hour).expect("record");
    db.store
        .record_call("polisen", t0 + Duration::minutes(30), hour)
        .expect("record");
    assert_eq!(db.store.recent_calls("polisen").expect("calls").len(), 2);
    // 80 minutes later the first call is forgotten, the second kept.
    let t2 = t0 + Duration::minutes(80);
    db.store.record_call("polisen", t2, hour).expect("record");
    assert_eq!(
        db.store.recent_calls("polisen").expect("calls"),
        vec![t0 + Duration::minutes(30), t2]
    );
    // Another service has its own memory; the calls survive reopening the database.
    assert!(db.store.recent_calls("annan").expect("calls").is_empty());
    let path = db.path();
    drop(db.store);
    let store = Store::open(&path, lagesbild::store::Access::ReadOnly).expect("reopen");
    assert_eq!(store.recent_calls("polisen").expect("calls").len(), 2);
}
