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

/// No Swedish letter, none of the Swedish-only words of the snapshots, and none of the small
/// words the literal guard takes for Swedish ("inte", "och" …).
fn assert_no_swedish(said: &str) {
    assert_english(said);
    for word in said.split(|c: char| !c.is_alphanumeric()) {
        assert!(
            ![
                "inte", "och", "eller", "finns", "saknas", "kunde", "ingen", "inget", "att", "med",
                "som", "fel"
            ]
            .contains(&word),
            "{word}: {said}"
        );
    }
}

/// Every kind of error the command line meets reaches the user through the catalogue: with
/// `--lang en` English, without it the Swedish of before.
#[test]
fn every_kind_of_cli_error_speaks_the_runs_language() {
    let TempDb { dir, store } = temp_store();
    drop(store);
    let db = dir.path().join("lagesbild.db");
    let both = |args: &[&str]| {
        let sv = stderr(&lagesbild(&db, args));
        let en = stderr(&lagesbild(&db, &[&["--lang", "en"][..], args].concat()));
        assert_no_swedish(&en);
        (sv, en)
    };

    // A bad value of a record's field, named by its label and flag.
    let (sv, en) = both(&[
        "new",
        "action",
        "--title",
        "Trygghetsvandring",
        "--status",
        "hackad",
    ]);
    assert!(
        sv.contains("(--status): ”hackad” är ingen giltig kod"),
        "{sv}"
    );
    assert!(sv.contains("Inget har ändrats."), "{sv}");
    assert!(
        en.contains("(--status): “hackad” is not a valid code"),
        "{en}"
    );
    assert!(en.contains("Nothing was changed."), "{en}");

    // A record the command line cannot find by its id.
    let (sv, en) = both(&["edit", "0123456789abcdef", "--name", "x"]);
    assert!(
        sv.contains("Det finns ingen post vars id börjar med"),
        "{sv}"
    );
    assert!(
        en.contains("There is no record whose id begins with"),
        "{en}"
    );

    // A week that does not exist.
    let (sv, en) = both(&["polisen", "list", "--week", "2026-W60"]);
    assert!(
        sv.contains("Vecka 60 finns inte år 2026 (året har 53 veckor)."),
        "{sv}"
    );
    assert!(
        en.contains("Week 60 does not exist in 2026 (the year has 53 weeks)."),
        "{en}"
    );

    // A saved police feed of the wrong shape.
    let feed = dir.path().join("feed.json");
    std::fs::write(&feed, "[1, 2]").expect("write");
    let feed = feed.to_string_lossy().into_owned();
    let (sv, en) = both(&[
        "polisen",
        "import",
        &feed,
        "--municipality",
        "Tyresö",
        "--dry-run",
    ]);
    assert!(
        sv.contains("händelse nr 1: ska vara ett objekt { … } men är ett tal"),
        "{sv}"
    );
    assert!(
        en.contains("event no. 1: should be an object { … } but is a number"),
        "{en}"
    );

    // A report of a document the copy does not have.
    let (sv, en) = both(&["report", "plan"]);
    assert!(
        sv.contains("Det finns ingen åtgärdsplan i databasen."),
        "{sv}"
    );
    assert!(
        en.contains("There is no action plan in the database."),
        "{en}"
    );
}

/// A settings file with an error: the error is found before the run's settings are known, and
/// still speaks the language of `--lang`.
#[test]
fn a_settings_error_speaks_the_language_of_the_flag() {
    let TempDb { dir, store } = temp_store();
    drop(store);
    let db = dir.path().join("lagesbild.db");
    let settings = dir.path().join("lagesbild");
    std::fs::create_dir_all(&settings).expect("dir");
    std::fs::write(settings.join("config.toml"), "lang = \"sv\"\ndatabas = 1\n").expect("write");
    let sv = stderr(&lagesbild(&db, &["stats"]));
    assert!(
        sv.contains("har ett fel: På rad 2, tecken 1: inställningen ”databas” finns inte"),
        "{sv}"
    );
    let en = stderr(&lagesbild(&db, &["--lang", "en", "stats"]));
    assert!(
        en.contains("has an error: On line 2, character 1: there is no setting “databas”"),
        "{en}"
    );
    assert_no_swedish(&en.replace("databas", "x"));
}

/// What `check` finds is told in the run's language: the parts, the findings, the advice.
#[test]
fn check_findings_speak_the_runs_language() {
    let TempDb { dir, mut store } = temp_store();
    world(&mut store);
    drop(store);
    let db = dir.path().join("lagesbild.db");
    // A row changed outside the program: the tables no longer match the log.
    let conn = rusqlite::Connection::open(&db).expect("open");
    conn.execute("UPDATE area SET name = 'Changed by hand'", [])
        .expect("update");
    drop(conn);
    let sv = lagesbild(&db, &["check"]);
    assert!(!sv.status.success());
    let sv = String::from_utf8_lossy(&sv.stdout).into_owned();
    assert!(
        sv.contains("Tabellerna stämmer inte med ändringsloggen"),
        "{sv}"
    );
    let en = lagesbild(&db, &["--lang", "en", "check"]);
    assert!(!en.status.success());
    let out = String::from_utf8_lossy(&en.stdout).into_owned();
    assert!(
        out.contains("The tables do not match the change log"),
        "{out}"
    );
    assert!(
        out.contains("Every reference points to an existing record."),
        "{out}"
    );
    assert_no_swedish(&out.replace(&db.display().to_string(), "DB"));
    assert_no_swedish(&String::from_utf8_lossy(&en.stderr));
}
