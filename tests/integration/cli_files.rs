//! The real binary against a hurried user and a hostile file: output paths that would destroy
//! the database or the key, files that are not files, escape sequences in partner and feed
//! text, a damaged database, keys and permissions.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use lagesbild::store::{Access, Store};

fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("LAGESBILD_TODAY", "2026-11-19")
        .env("XDG_CONFIG_HOME", db.parent().unwrap_or(db))
        .env_remove("LAGESBILD_DB")
        .output()
        .expect("run lagesbild")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(o: Output) -> Output {
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    o
}

fn refused(o: Output, expected: &str) -> String {
    let err = stderr(&o);
    assert!(!o.status.success(), "should fail: {}", stdout(&o));
    assert!(err.contains(expected), "expected ”{expected}” in: {err}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

/// Two copies made through the CLI, each trusting the other: `kommun.db` and `polis.db`.
fn two_copies(dir: &Path) -> (PathBuf, PathBuf) {
    let kommun = dir.join("kommun.db");
    let polis = dir.join("polis.db");
    ok(run(
        &kommun,
        &["partner", "init", "--name", "Sjöviks kommun"],
    ));
    ok(run(
        &polis,
        &["partner", "init", "--name", "Polisen Sjövik"],
    ));
    let token = |db: &Path| {
        stdout(&ok(run(db, &["partner", "show-key"])))
            .lines()
            .find_map(|l| l.trim().strip_prefix("lagesbild-nyckel:").map(String::from))
            .map(|t| format!("lagesbild-nyckel:{t}"))
            .expect("token")
    };
    let (tk, tp) = (token(&kommun), token(&polis));
    ok(run(&kommun, &["partner", "trust", "Polisen Sjövik", &tp]));
    ok(run(&polis, &["partner", "trust", "Sjöviks kommun", &tk]));
    (kommun, polis)
}

fn key_of(db: &Path) -> PathBuf {
    lagesbild::exchange::keys::key_path(db)
}

/// The files in a directory, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    names
}

fn still_whole(db: &Path) {
    let store = Store::open(db, Access::ReadOnly).expect("the database still opens");
    assert!(store.check().expect("check").ok());
}

#[test]
fn an_output_path_onto_the_database_its_companions_or_the_key_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, _) = two_copies(dir.path());
    // A backup exists beside the database, as after an import.
    let backup = dir.path().join("kommun-20261101T120000000Z-fore-import.db");
    std::fs::copy(&kommun, &backup).expect("backup");
    let key_before = std::fs::read(key_of(&kommun)).expect("key");
    let db_before = std::fs::read(&kommun).expect("db");
    let link = dir.path().join("rapport.ics");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&kommun, &link).expect("link");
    let missing_parent_link = dir.path().join("genväg");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path(), &missing_parent_link).expect("dir link");
    let targets: Vec<PathBuf> = vec![
        kommun.clone(),
        PathBuf::from(format!("{}-wal", kommun.display())),
        PathBuf::from(format!("{}-shm", kommun.display())),
        PathBuf::from(format!("{}.lock", kommun.display())),
        key_of(&kommun),
        backup.clone(),
        link,
        // Through a linked directory, to a companion that does not exist yet.
        missing_parent_link.join("kommun.db-wal"),
    ];
    for target in &targets {
        let t = target.to_string_lossy().to_string();
        for args in [
            vec!["report", "calendar", "-o", &t, "--overwrite"],
            vec!["export", "--to", "Polisen Sjövik", "-o", &t, "--overwrite"],
        ] {
            refused(run(&kommun, &args), "skrivs inte");
        }
    }
    assert_eq!(std::fs::read(key_of(&kommun)).expect("key"), key_before);
    assert_eq!(std::fs::read(&kommun).expect("db"), db_before);
    still_whole(&kommun);
    still_whole(&backup);
}

#[cfg(unix)]
#[test]
fn a_planted_temp_link_is_not_written_through_and_nothing_is_left_behind() {
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, _) = two_copies(dir.path());
    let victim = dir.path().join("offer.txt");
    std::fs::write(&victim, "orört").expect("victim");
    let out = dir.path().join("paket.lagesbild");
    for planted in ["paket.lagesbild.tmp", ".paket.lagesbild.tmp"] {
        std::os::unix::fs::symlink(&victim, dir.path().join(planted)).expect("plant");
    }
    let before = listing(dir.path());
    ok(run(
        &kommun,
        &[
            "export",
            "--to",
            "Polisen Sjövik",
            "-o",
            &out.to_string_lossy(),
        ],
    ));
    assert_eq!(std::fs::read_to_string(&victim).expect("victim"), "orört");
    let mut expected = before.clone();
    expected.push("paket.lagesbild".into());
    expected.sort();
    assert_eq!(listing(dir.path()), expected, "only the bundle is new");

    // A directory as the output: refused in Swedish, and no temporary file is left.
    let folder = dir.path().join("mapp");
    std::fs::create_dir(&folder).expect("folder");
    let before = listing(dir.path());
    for args in [
        vec![
            "export",
            "--to",
            "Polisen Sjövik",
            "-o",
            folder.to_str().expect("utf8"),
        ],
        vec!["report", "calendar", "-o", folder.to_str().expect("utf8")],
    ] {
        refused(run(&kommun, &args), "är en mapp");
    }
    assert_eq!(listing(dir.path()), before);
    assert!(listing(&folder).is_empty());
}

#[test]
fn an_existing_file_is_overwritten_only_with_the_flag() {
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, _) = two_copies(dir.path());
    let file = dir.path().join("kalender.ics");
    std::fs::write(&file, "min egen fil").expect("file");
    let f = file.to_string_lossy().to_string();
    refused(
        run(&kommun, &["report", "calendar", "-o", &f]),
        "--overwrite",
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("file"),
        "min egen fil"
    );
    ok(run(
        &kommun,
        &["report", "calendar", "-o", &f, "--overwrite"],
    ));
    assert!(
        std::fs::read_to_string(&file)
            .expect("file")
            .contains("BEGIN:VCALENDAR")
    );

    let bundle = dir.path().join("paket.lagesbild");
    std::fs::write(&bundle, "ett gammalt paket").expect("file");
    let b = bundle.to_string_lossy().to_string();
    refused(
        run(&kommun, &["export", "--to", "Polisen Sjövik", "-o", &b]),
        "--overwrite",
    );
    assert_eq!(
        std::fs::read_to_string(&bundle).expect("file"),
        "ett gammalt paket"
    );
    ok(run(
        &kommun,
        &["export", "--to", "Polisen Sjövik", "-o", &b, "--overwrite"],
    ));
}

#[cfg(unix)]
#[test]
fn files_that_are_not_regular_files_are_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, _) = two_copies(dir.path());
    let fifo = dir.path().join("ror");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let folder = dir.path().join("mapp");
    std::fs::create_dir(&folder).expect("folder");
    for file in [Path::new("/dev/zero"), fifo.as_path(), folder.as_path()] {
        let f = file.to_string_lossy().to_string();
        refused(run(&kommun, &["import", &f]), "inte en vanlig fil");
        refused(
            run(&kommun, &["import", &f, "--dry-run"]),
            "inte en vanlig fil",
        );
        refused(
            run(&kommun, &["polisen", "import", &f, "--kommun", "Tyresö"]),
            "inte en vanlig fil",
        );
    }
}

#[test]
fn a_feed_file_over_the_limit_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, _) = two_copies(dir.path());
    let big = dir.path().join("stor.json");
    let f = std::fs::File::create(&big).expect("create");
    f.set_len(lagesbild::sources::polisen::MAX_FEED_BYTES + 1)
        .expect("size");
    drop(f);
    refused(
        run(
            &kommun,
            &[
                "polisen",
                "import",
                &big.to_string_lossy(),
                "--kommun",
                "Tyresö",
            ],
        ),
        "större än",
    );
}

/// A police feed whose texts carry terminal escapes (a window title, a screen clear, a bell).
fn hostile_feed() -> String {
    serde_json::json!([{
        "id": 990001,
        "datetime": "2026-11-17 21:10:00 +01:00",
        "name": "17 november 21.10, Skadegörelse, Tyresö",
        "summary": "Klotter \u{1b}]0;kapad\u{7} på skolan \u{1b}[2J vid torget.",
        "url": "/aktuellt/handelser/2026/november/17/skadegorelse-tyreso/",
        "type": "Okänd \u{1b}[31mtyp",
        "location": {"name": "Tyresö", "gps": "59.243,18.229"}
    }])
    .to_string()
}

fn no_escapes(o: &Output, what: &str) {
    for (stream, text) in [("stdout", stdout(o)), ("stderr", stderr(o))] {
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{what} {stream} carries control characters: {text:?}"
        );
    }
}

#[test]
fn partner_and_feed_text_reach_the_terminal_without_control_characters() {
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, _) = two_copies(dir.path());
    let feed = dir.path().join("flode.json");
    std::fs::write(&feed, hostile_feed()).expect("feed");
    let f = feed.to_string_lossy().to_string();
    let out = ok(run(
        &kommun,
        &["polisen", "import", &f, "--kommun", "Tyresö", "--prova"],
    ));
    no_escapes(&out, "polisen import --prova");
    let out = ok(run(
        &kommun,
        &["polisen", "import", &f, "--kommun", "Tyresö"],
    ));
    no_escapes(&out, "polisen import");
    assert!(stdout(&out).contains("Okänd [31mtyp"), "{}", stdout(&out));
    let out = ok(run(
        &kommun,
        &[
            "polisen", "list", "--week", "2026-W47", "--kommun", "Tyresö",
        ],
    ));
    no_escapes(&out, "polisen list");
    assert!(stdout(&out).contains("Klotter"), "{}", stdout(&out));

    // An action whose title came with escapes (as from a partner's bundle), listed and traced.
    let id = {
        let mut store = Store::open(&kommun, Access::ReadWrite).expect("open");
        let w = common::world(&mut store);
        let a = common::action(
            &w,
            "Röj \u{1b}[2Jbuskage\u{7}",
            lagesbild::domain::ActionStatus::Pagar,
            None,
        );
        store.write(|tx| tx.create(&a)).expect("write");
        a.id
    };
    let out = ok(run(&kommun, &["list", "actions"]));
    no_escapes(&out, "list actions");
    assert!(stdout(&out).contains("Röj [2Jbuskage"), "{}", stdout(&out));
    let out = ok(run(&kommun, &["history", &id.to_string()]));
    no_escapes(&out, "history");
}

#[test]
fn a_closed_pipe_ends_a_listing_quietly() {
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, _) = two_copies(dir.path());
    {
        let mut store = Store::open(&kommun, Access::ReadWrite).expect("open");
        let w = common::world(&mut store);
        store
            .write(|tx| {
                for i in 0..400 {
                    let a = common::action(
                        &w,
                        &format!("Åtgärd nummer {i} med en lång titel som fyller raden"),
                        lagesbild::domain::ActionStatus::Pagar,
                        None,
                    );
                    tx.create(&a)?;
                }
                Ok(())
            })
            .expect("write");
    }
    // `lagesbild list actions | head -1`: the reader goes away after the first line.
    let mut child = Command::new(env!("CARGO_BIN_EXE_lagesbild"))
        .arg("--db")
        .arg(&kommun)
        .args(["list", "actions"])
        .env("LAGESBILD_TODAY", "2026-11-19")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    let err = stderr(&out);
    assert!(
        !err.contains("panicked") && !err.contains("Broken pipe"),
        "{err}"
    );
}

#[test]
fn the_words_of_clap_and_sqlite_come_in_swedish() {
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, _) = two_copies(dir.path());
    let out = run(&kommun, &["list", "actions", "--okand-flagga"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        !err.contains("error:") && !err.contains("unexpected argument"),
        "{err}"
    );
    assert!(
        err.contains("--okand-flagga") && err.contains("lagesbild --help"),
        "{err}"
    );
    let out = run(&kommun, &["report", "year"]);
    let err = stderr(&out);
    assert!(
        !err.contains("error:") && !err.contains("required"),
        "{err}"
    );

    let garbage = dir.path().join("inte-en-databas.db");
    std::fs::write(&garbage, vec![b'x'; 8192]).expect("garbage");
    let err = refused(run(&garbage, &["stats"]), "ingen lagesbild-databas");
    assert!(!err.contains("file is not a database"), "{err}");
}

#[test]
fn commands_that_write_many_records_refuse_a_damaged_database() {
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, polis) = two_copies(dir.path());
    let bundle = dir.path().join("paket.lagesbild");
    ok(run(
        &polis,
        &[
            "export",
            "--to",
            "Sjöviks kommun",
            "-o",
            &bundle.to_string_lossy(),
        ],
    ));
    {
        let mut store = Store::open(&kommun, Access::ReadWrite).expect("open");
        let w = common::world(&mut store);
        store
            .write(|tx| {
                for i in 0..300 {
                    let o =
                        common::observation(&w, common::day(2026, 11, 17), &format!("Klotter {i}"));
                    tx.create(&o)?;
                }
                Ok(())
            })
            .expect("write");
    }
    damage(&kommun);
    let feed = dir.path().join("flode.json");
    std::fs::write(&feed, hostile_feed()).expect("feed");
    for args in [
        vec!["import", bundle.to_str().expect("utf8")],
        vec![
            "export",
            "--to",
            "Polisen Sjövik",
            "-o",
            dir.path().join("ut.lagesbild").to_str().expect("utf8"),
        ],
        vec![
            "polisen",
            "import",
            feed.to_str().expect("utf8"),
            "--kommun",
            "Tyresö",
        ],
    ] {
        refused(run(&kommun, &args), "är skadad");
    }
}

/// Scribbles over the middle of an index page, as a failing disk would.
fn damage(db: &Path) {
    let conn = rusqlite::Connection::open(db).expect("open");
    conn.pragma_update(None, "journal_mode", "DELETE")
        .expect("no wal");
    let root: i64 = conn
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'op_log' LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("an index on the op log");
    let page: i64 = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .expect("page size");
    drop(conn);
    let mut bytes = std::fs::read(db).expect("read");
    let at = ((root - 1) * page) as usize;
    for b in &mut bytes[at + 8..at + page as usize / 2] {
        *b = 0x5a;
    }
    std::fs::write(db, bytes).expect("write");
}

#[cfg(unix)]
#[test]
fn the_database_key_and_backups_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, polis) = two_copies(dir.path());
    let bundle = dir.path().join("paket.lagesbild");
    ok(run(
        &polis,
        &[
            "export",
            "--to",
            "Sjöviks kommun",
            "-o",
            &bundle.to_string_lossy(),
        ],
    ));
    ok(run(&kommun, &["import", &bundle.to_string_lossy()]));
    let mode = |p: &Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    let backups: Vec<PathBuf> = listing(dir.path())
        .into_iter()
        .filter(|n| n.starts_with("kommun-") && n.ends_with("-fore-import.db"))
        .map(|n| dir.path().join(n))
        .collect();
    assert_eq!(backups.len(), 1, "{:?}", listing(dir.path()));
    for p in [kommun.clone(), key_of(&kommun), backups[0].clone()] {
        assert_eq!(mode(&p), 0o600, "{}", p.display());
    }
    for suffix in ["-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{suffix}", kommun.display()));
        if p.exists() {
            assert_eq!(mode(&p), 0o600, "{}", p.display());
        }
    }
    // Nothing half-written is left beside them.
    assert!(
        !listing(dir.path()).iter().any(|n| n.ends_with(".tmp")),
        "{:?}",
        listing(dir.path())
    );
}

#[test]
fn partner_init_never_adopts_a_key_file_it_did_not_write() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("kommun.db");
    let planted = "11".repeat(32);
    std::fs::write(key_of(&db), format!("{planted}\n")).expect("plant");
    refused(
        run(&db, &["partner", "init", "--name", "Sjöviks kommun"]),
        "nyckelfil",
    );
    assert_eq!(
        std::fs::read_to_string(key_of(&db)).expect("key"),
        format!("{planted}\n")
    );
    let out = run(&db, &["partner", "show-key"]);
    assert!(!out.status.success());
}

#[test]
fn a_lost_key_has_a_way_back_that_works() {
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, polis) = two_copies(dir.path());
    std::fs::remove_file(key_of(&kommun)).expect("lose the key");
    let out = dir.path().join("paket.lagesbild");
    let o = out.to_string_lossy().to_string();
    let err = refused(
        run(&kommun, &["export", "--to", "Polisen Sjövik", "-o", &o]),
        "partner new-key",
    );
    assert!(!err.contains("partner init"), "{err}");
    // The advice works: a new key, which the partner re-trusts, and exchange goes on.
    let new = stdout(&ok(run(&kommun, &["partner", "new-key"])));
    let token = new
        .lines()
        .find_map(|l| l.trim().strip_prefix("lagesbild-nyckel:").map(String::from))
        .map(|t| format!("lagesbild-nyckel:{t}"))
        .expect("new token");
    ok(run(&polis, &["partner", "trust", "Sjöviks kommun", &token]));
    ok(run(
        &kommun,
        &["export", "--to", "Polisen Sjövik", "-o", &o],
    ));
    ok(run(&polis, &["import", &o]));
    // With a key in place, a new key is refused (the partners trust the one there is).
    refused(run(&kommun, &["partner", "new-key"]), "finns redan");
}

#[test]
fn trust_refuses_revoked_keys_without_the_flag_degenerate_keys_and_long_names() {
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, polis) = two_copies(dir.path());
    let token = stdout(&ok(run(&polis, &["partner", "show-key"])))
        .lines()
        .find_map(|l| l.trim().strip_prefix("lagesbild-nyckel:").map(String::from))
        .map(|t| format!("lagesbild-nyckel:{t}"))
        .expect("token");
    ok(run(&kommun, &["partner", "untrust", "Polisen Sjövik"]));
    refused(
        run(&kommun, &["partner", "trust", "Polisen Sjövik", &token]),
        "--retrust",
    );
    let listed = stdout(&ok(run(&kommun, &["partner", "list"])));
    assert!(listed.contains("återkallad"), "{listed}");
    ok(run(
        &kommun,
        &["partner", "trust", "Polisen Sjövik", &token, "--retrust"],
    ));

    let id = token.split(':').nth(1).expect("id");
    let zero = format!("lagesbild-nyckel:{id}:{}", "00".repeat(32));
    refused(
        run(&kommun, &["partner", "trust", "Nollan", &zero]),
        "nyckeln",
    );
    // A small-order point (the identity element).
    let identity = format!("lagesbild-nyckel:{id}:01{}", "00".repeat(31));
    refused(
        run(&kommun, &["partner", "trust", "Ettan", &identity]),
        "nyckeln",
    );
    let long = "Å".repeat(201);
    refused(
        run(&kommun, &["partner", "trust", &long, &token]),
        "200 tecken",
    );
    let other = dir.path().join("annan.db");
    refused(
        run(&other, &["partner", "init", "--name", &long]),
        "200 tecken",
    );
    // Refused before anything is made: no empty database is left behind under the new name.
    assert!(
        !other.exists(),
        "partner init made a database before refusing"
    );
}

#[test]
fn history_names_partners() {
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, polis) = two_copies(dir.path());
    let id = {
        let mut store = Store::open(&polis, Access::ReadWrite).expect("open");
        let w = common::world(&mut store);
        let o = common::observation(&w, common::day(2026, 11, 17), "Klotter på tunneln");
        store.write(|tx| tx.create(&o)).expect("write");
        o.id
    };
    let bundle = dir.path().join("paket.lagesbild");
    let b = bundle.to_string_lossy().to_string();
    ok(run(&polis, &["export", "--to", "Sjöviks kommun", "-o", &b]));
    ok(run(&kommun, &["import", &b]));
    let out = stdout(&ok(run(&kommun, &["history", &id.to_string()])));
    assert!(out.contains("Polisen Sjövik"), "{out}");
    let own = stdout(&ok(run(&polis, &["history", &id.to_string()])));
    assert!(own.contains("Polisen Sjövik"), "{own}");
}

#[test]
fn impossible_years_and_missing_databases_are_refused_without_writing() {
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, _) = two_copies(dir.path());
    let out = dir.path().join("ar.md");
    for year in ["0", "-5", "99999"] {
        refused(
            run(
                &kommun,
                &[
                    "report",
                    "year",
                    year,
                    "-f",
                    "md",
                    "-o",
                    &out.to_string_lossy(),
                ],
            ),
            "år",
        );
    }
    assert!(!out.exists());

    // A typo in --db on a write command: no new, empty database appears.
    let typo = dir.path().join("komun.db");
    let feed = dir.path().join("flode.json");
    std::fs::write(&feed, hostile_feed()).expect("feed");
    for args in [
        vec![
            "polisen",
            "import",
            feed.to_str().expect("utf8"),
            "--kommun",
            "Tyresö",
        ],
        vec!["partner", "trust", "Polisen Sjövik", "lagesbild-nyckel:x:y"],
        vec!["import", feed.to_str().expect("utf8")],
    ] {
        refused(run(&typo, &args), "finns inte");
        assert!(!typo.exists(), "{args:?} created {}", typo.display());
    }
}

#[cfg(unix)]
#[test]
fn check_shows_its_progress_on_a_terminal_only() {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::Read;
    let dir = tempfile::tempdir().expect("dir");
    let (kommun, _) = two_copies(dir.path());
    let out = ok(run(&kommun, &["check"]));
    assert_eq!(stderr(&out), "", "no progress into a pipe or a file");

    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_lagesbild"));
    cmd.arg("--db");
    cmd.arg(&kommun);
    cmd.arg("check");
    cmd.env("XDG_CONFIG_HOME", dir.path());
    let mut child = pair.slave.spawn_command(cmd).expect("spawn");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let output = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
        }
        String::from_utf8_lossy(&all).into_owned()
    });
    let status = child.wait().expect("wait");
    drop(pair.master);
    let text = output.join().expect("output");
    assert!(status.success(), "{text}");
    assert!(
        text.contains("Kontrollerar ändringsloggens kedjor"),
        "{text}"
    );
    assert!(text.contains("Allt stämmer"), "{text}");
}
