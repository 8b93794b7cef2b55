//! The real binary: exit codes, Swedish messages, and a database that survives a kill.

use crate::common;

use std::process::{Command, Output};

use common::*;
use lagesbild::store::{Access, Store};

fn lagesbild(db: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .args(args)
        .env("LAGESBILD_DB", db)
        .env("LAGESBILD_TODAY", "2026-11-19")
        .env("XDG_CONFIG_HOME", db.parent().unwrap_or(db))
        .output()
        .expect("run lagesbild")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn check_stats_list_and_history_on_a_small_database() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let obs = observation(
        &w,
        day(2026, 11, 17),
        "Klotter på gångtunneln vid Lindängstorget",
    );
    let late = action(
        &w,
        "Röja buskage vid gångvägen",
        lagesbild::domain::ActionStatus::Pagar,
        Some(day(2026, 11, 1)),
    );
    db.store
        .write(|tx| {
            tx.create(&obs)?;
            tx.create(&late)
        })
        .expect("write");
    db.store
        .write(|tx| {
            tx.set(
                lagesbild::domain::EntityKind::Observation,
                obs.id,
                "description",
                "Klotter på tunneln",
            )
        })
        .expect("set");
    let path = db.path();
    // The TUI may hold the writer lock: read-only commands still work beside it.

    let out = lagesbild(&path, &["check"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Allt stämmer"));

    let out = lagesbild(&path, &["stats"]);
    assert!(out.status.success());
    assert!(
        text(&out.stdout).contains("iakttagelse"),
        "{}",
        text(&out.stdout)
    );

    let out = lagesbild(
        &path,
        &[
            "list",
            "observations",
            "--week",
            "2026-W47",
            "--area",
            "lindängs",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Klotter på tunneln"),
        "{}",
        text(&out.stdout)
    );

    let out = lagesbild(&path, &["list", "actions", "--overdue", "--json"]);
    assert!(out.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(rows.as_array().map(Vec::len), Some(1));
    assert_eq!(rows[0]["overdue"], serde_json::Value::Bool(true));

    let out = lagesbild(&path, &["history", &obs.id.to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let history = text(&out.stdout);
    // The field by its label, not its column name.
    assert!(
        history.contains("beskrivning") && history.contains("”Klotter på tunneln”"),
        "{history}"
    );
    let out = lagesbild(&path, &["--lang", "en", "history", &obs.id.to_string()]);
    let history = text(&out.stdout);
    assert!(
        history.contains("History of observation")
            && history.contains("Old → new")
            && history.contains("description"),
        "{history}"
    );
}

#[test]
fn errors_are_swedish_sentences_with_a_non_zero_exit() {
    let db = temp_store();
    let path = db.path();
    let cases: &[(&[&str], &str)] = &[
        (
            &["list", "observations", "--week", "2026-W60"],
            "Vecka 60 finns inte",
        ),
        (
            &["list", "actions", "--status", "klar"],
            "inget giltigt värde",
        ),
        (
            &["list", "actions", "--area", "Atlantis"],
            "Hittade inget område som heter",
        ),
        (
            &["list", "actions", "--week", "2026-W47"],
            "gäller inte åtgärder",
        ),
        (&["history", "inte-ett-id"], "är inget id"),
        (
            &["history", "0190a1b2-0000-7000-8000-000000000000"],
            "Det finns ingen post",
        ),
    ];
    for (args, expected) in cases {
        let out = lagesbild(&path, args);
        assert!(!out.status.success(), "{args:?} should fail");
        let err = text(&out.stderr);
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    let missing = path.with_file_name("saknas.db");
    let out = lagesbild(&missing, &["stats"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("finns inte"),
        "{}",
        text(&out.stderr)
    );
    let out = lagesbild(&path, &["list", "nonsense"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("lagesbild --help"));
}

#[test]
fn help_is_swedish() {
    let db = temp_store();
    let out = lagesbild(&db.path(), &["--help"]);
    assert!(out.status.success());
    let help = text(&out.stdout);
    assert!(
        help.contains("Användning:")
            && help.contains("Kommandon")
            && help.contains("Läs in demodata"),
        "{help}"
    );
}

#[test]
fn english_help_and_demo_output_have_no_swedish_words() {
    let TempDb { dir, store } = temp_store();
    drop(store); // `demo` takes the writer lock
    let path = dir.path().join("lagesbild.db");
    let mut outputs = Vec::new();
    for args in [
        &["--lang", "en", "--help"][..],
        &["--lang", "en", "polisen", "promote", "--help"],
        &["--lang", "en", "minutes", "--help"],
        &["--lang=en", "report", "--help"],
        &["--lang", "en", "demo"],
        &["--lang", "en", "stats"],
    ] {
        let out = lagesbild(&path, args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        outputs.push(text(&out.stdout));
    }
    let refused = lagesbild(
        &path,
        &["--lang", "en", "minutes", "2026-W46", "--format", "xlsx"],
    );
    assert!(!refused.status.success());
    outputs.push(text(&refused.stderr));
    let all = outputs.join("\n");
    assert!(
        all.contains("Record type") && all.contains("Change log:"),
        "{all}"
    );
    assert!(
        all.contains("The minutes cannot be written as XLSX"),
        "{all}"
    );
    // Lists: the records are the group's own words; the headings and the footer are ours.
    let list = text(
        &lagesbild(
            &path,
            &[
                "--lang",
                "en",
                "list",
                "actions",
                "--overdue",
                "--limit",
                "3",
            ],
        )
        .stdout,
    );
    let heading = list.lines().next().unwrap_or_default();
    assert!(
        heading.starts_with("Due") && heading.contains("Responsible"),
        "{list}"
    );
    assert!(
        list.contains("OVERDUE (ongoing)") && list.contains("Showing 3 of"),
        "{list}"
    );
    assert!(all.contains("Usage:") && all.contains("Commands") && all.contains("Options"));
    assert!(
        all.contains("15 organisations") && all.contains("13 areas"),
        "{all}"
    );
    // The demo municipality's own name ("Sjöviks kommun") is data, not a word of ours.
    let words = all.replace("Sjöviks kommun", "");
    for swedish in [
        "Iakttagelse",
        "iakttagelse",
        "Åtgärd",
        "åtgärd",
        "Möte",
        "möte",
        "Lägesbild",
        "lägesbild",
        "Överenskommelse",
        "överenskommelse",
        "Användning",
        "Kommandon",
        "Flaggor",
        " och ",
        " för ",
        " med ",
        " inte ",
        "Visa ",
        "Skriv ",
        "organisationer",
        "områden",
        "ändringar",
    ] {
        assert!(!words.contains(swedish), "{swedish:?} in:\n{all}");
    }
}

#[test]
fn the_demo_summary_counts_in_the_plural() {
    let TempDb { dir, store } = temp_store();
    drop(store);
    let out = lagesbild(&dir.path().join("lagesbild.db"), &["demo"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("(15 organisationer, 19 deltagare, 13 områden, 29 platser,"),
        "{said}"
    );
    assert!(
        said.contains(" 1 åtgärdsplan,") && said.contains(" 52 möten,"),
        "{said}"
    );
}

#[test]
fn a_database_opened_by_a_writer_can_be_read_beside_it() {
    let db = temp_store();
    // `db.store` holds the writer lock here, as a running TUI would.
    let out = lagesbild(&db.path(), &["stats"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(Store::open(&db.path(), Access::ReadWrite).is_err());
}

#[test]
fn killing_the_process_mid_write_leaves_a_valid_database() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("lagesbild.db");
    // Many week-sized transactions; killed while it is writing one of them.
    let mut child = Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .args(["demo", "--years", "3"])
        .env("LAGESBILD_DB", &path)
        .env("LAGESBILD_TODAY", "2026-11-19")
        .env("XDG_CONFIG_HOME", dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    // Wait until it has committed something, then kill it without warning.
    let started = std::time::Instant::now();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(100));
        let written = Store::open(&path, Access::ReadOnly)
            .and_then(|s| s.op_count())
            .unwrap_or(0);
        // Killed once something is committed: after 5,000 ops, or a minute. On two busy cores
        // the debug build's first commit can take longer than that; a limit, not a timing.
        let waited = started.elapsed();
        let enough = written > 5_000 || waited > std::time::Duration::from_secs(60);
        if (written > 0 && enough) || waited > std::time::Duration::from_secs(300) {
            break;
        }
    }
    child.kill().expect("kill");
    let _ = child.wait();

    // The lock went with the process, and what was committed is whole.
    let store = Store::open(&path, Access::ReadWrite).expect("reopen after kill");
    let report = store.check().expect("check");
    assert!(report.ok(), "{report:?}");
    assert!(store.op_count().expect("count") > 0);
    drop(store);
    // A second demo load is refused with a message, not a crash.
    let out = lagesbild(&path, &["demo"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("redan"), "{}", text(&out.stderr));
}
