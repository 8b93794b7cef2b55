//! Killing the real binary during an import leaves the database exactly as before or exactly as
//! after: the import is one transaction.

use crate::support;

use std::process::Command;
use std::time::Duration;

use lagesbild::domain::{Classification, Id, Organisation};
use lagesbild::store::{Access, Store};
use support::*;

fn organisation(i: usize) -> Organisation {
    Organisation {
        id: Id::new(),
        classification: Classification::Oppen,
        name: format!("Förening {i}"),
        short_name: None,
        kind: "forening".into(),
        is_authority: false,
        active: true,
    }
}

fn op_count(path: &std::path::Path) -> i64 {
    let conn = rusqlite::Connection::open(path).expect("open");
    conn.query_row("SELECT count(*) FROM op_log", [], |r| r.get(0))
        .expect("count")
}

#[test]
fn killing_an_import_leaves_the_database_before_or_after() {
    let mut a = copy("Tyresö kommun");
    let b = copy("Lokalpolisområde Nacka");
    let mut b = b;
    introduce(&mut [&mut a, &mut b]);
    a.store
        .write(|w| {
            for i in 0..4000 {
                w.create(&organisation(i))?;
            }
            Ok(())
        })
        .expect("write");
    let bytes = bundle(&mut a, &b);
    let pristine = b.dir.path().join("pristine.db");
    let key = b.dir.path().join("lagesbild.db.partner-key");
    let Copy { dir, store, .. } = b;
    drop(store);
    std::fs::copy(dir.path().join("lagesbild.db"), &pristine).expect("pristine");
    let file = dir.path().join("paket.lagesbild");
    std::fs::write(&file, &bytes).expect("bundle");

    // The reference "after": the same import run to the end.
    let reference = dir.path().join("reference");
    std::fs::create_dir(&reference).expect("dir");
    std::fs::copy(&pristine, reference.join("lagesbild.db")).expect("copy");
    std::fs::copy(&key, reference.join("lagesbild.db.partner-key")).expect("key");
    let started = std::time::Instant::now();
    let done = Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .arg("--db")
        .arg(reference.join("lagesbild.db"))
        .arg("import")
        .arg(&file)
        .output()
        .expect("run");
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let full = started.elapsed().as_millis() as u64;
    // Kill at points spread over a full run (most during the transaction), and after it.
    let delays: Vec<u64> = (0..=10).map(|k| full * k / 10).chain([full * 2]).collect();
    let after = shared_data(&reference.join("lagesbild.db"));
    let after_ops = op_count(&reference.join("lagesbild.db"));
    let before = dump(&pristine);
    let before_ops = op_count(&pristine);
    assert!(after_ops > before_ops + 3999);

    let (mut saw_before, mut saw_after) = (0, 0);
    for (i, delay_ms) in delays.iter().enumerate() {
        let run = dir.path().join(format!("run{i}"));
        std::fs::create_dir(&run).expect("dir");
        let db = run.join("lagesbild.db");
        std::fs::copy(&pristine, &db).expect("copy");
        std::fs::copy(&key, run.join("lagesbild.db.partner-key")).expect("key");
        let mut child = Command::new(env!("CARGO_BIN_EXE_lagesbild"))
            .arg("--db")
            .arg(&db)
            .arg("import")
            .arg(&file)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_millis(*delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        // Opening recovers the journal, exactly as the next start of lagesbild would.
        let store = Store::open(&db, Access::ReadWrite).expect("reopen after kill");
        assert!(store.check().expect("check").ok(), "run {i}: check failed");
        drop(store);
        let ops = op_count(&db);
        if ops == before_ops {
            let now = dump(&db);
            // Only the audit log (not in the dump) may differ: nothing of the import is in.
            assert_eq!(before, now, "run {i}: half an import");
            saw_before += 1;
        } else {
            assert_eq!(ops, after_ops, "run {i}: half an import");
            assert_eq!(
                after,
                shared_data(&db),
                "run {i}: data differs from a full import"
            );
            saw_after += 1;
        }
    }
    assert_eq!(saw_before + saw_after, delays.len());
    assert!(saw_before > 0, "no kill landed before the commit");
    eprintln!(
        "killed imports (full run {full} ms): {saw_before} left before, {saw_after} completed"
    );
}
