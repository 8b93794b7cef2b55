//! Errors and messages of the exchange layer in the run's language: the real binary with
//! `--lang en` speaks English, without it Swedish, word for word as before.

use crate::common;

use std::process::{Command, Output};

use common::*;

fn lagesbild(db: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .args(args)
        .env("LAGESBILD_DB", db)
        .env("LAGESBILD_TODAY", "2026-11-19")
        .env("XDG_CONFIG_HOME", db.parent().unwrap_or(db))
        .output()
        .expect("run lagesbild")
}

fn stderr(out: &Output) -> String {
    assert!(!out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn partner_and_bundle_errors_follow_the_language() {
    let TempDb { dir, store } = temp_store();
    drop(store);
    let db = dir.path().join("lagesbild.db");
    let junk = dir.path().join("not-a-bundle.lgb");
    std::fs::write(&junk, b"hello\n").expect("write");
    let junk = junk.to_string_lossy().into_owned();

    let sv = stderr(&lagesbild(&db, &["partner", "untrust", "Nobody"]));
    assert!(
        sv.contains("Det finns ingen betrodd partner som heter ”Nobody”."),
        "{sv}"
    );
    let en = stderr(&lagesbild(
        &db,
        &["--lang", "en", "partner", "untrust", "Nobody"],
    ));
    assert!(
        en.contains("There is no trusted partner called “Nobody”."),
        "{en}"
    );
    assert_english(&en);

    let sv = stderr(&lagesbild(&db, &["import", &junk]));
    assert!(
        sv.contains("Paketet togs inte emot: filen är inte ett utbytespaket från lagesbild"),
        "{sv}"
    );
    let en = stderr(&lagesbild(&db, &["--lang", "en", "import", &junk]));
    assert!(
        en.contains("The bundle was not accepted: the file is not a lagesbild exchange bundle"),
        "{en}"
    );
    assert_english(&en);

    let en = stderr(&lagesbild(&db, &["--lang", "en", "partner", "show-key"]));
    assert!(
        en.contains("This copy has no partner identity yet."),
        "{en}"
    );
    assert_english(&en);

    // The store's own errors too: a named database that is not there.
    let missing = dir.path().join("missing.db");
    let missing = missing.to_string_lossy();
    let args = ["--db", &missing, "partner", "untrust", "X"];
    let sv = stderr(&lagesbild(&db, &args));
    assert!(sv.contains("finns inte. Kontrollera sökvägen"), "{sv}");
    let en = stderr(&lagesbild(&db, &[&["--lang", "en"][..], &args].concat()));
    assert!(en.contains("does not exist. Check the path"), "{en}");
    assert_english(&en);
}
