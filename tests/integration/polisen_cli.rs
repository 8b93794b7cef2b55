//! `lagesbild polisen …` through the real binary: import, list, promote, and fetch through the
//! real HTTP client — against a closed port (no network) and a tiny local server.

use crate::common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::thread;

use common::*;

pub(crate) const OLD: &str = "tests/data/polisen/events-2025-06-07.json";
const NEW: &str = "tests/data/polisen/events-2026-08-22.json";

/// Tests here start the binary while other tests hold a database open. A child process forked
/// in between holds a copy of that database's lock until it execs, which under load can refuse
/// the other test's next run; so this file's tests run one at a time.
pub(crate) fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn run(db: &Path, args: &[&str], envs: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lagesbild"));
    cmd.arg("--db")
        .arg(db)
        .args(args)
        .env_remove("LAGESBILD_POLISEN_URL");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd.output().expect("run lagesbild")
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// A database file with the minimal world in it, closed again.
fn db_with_world(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let path = dir.path().join("lagesbild.db");
    let mut store =
        lagesbild::store::Store::open(&path, lagesbild::store::Access::ReadWrite).expect("open");
    world(&mut store);
    path
}

/// Serves `responses` in turn, one per connection, then stops. Returns the base URL.
pub(crate) fn serve(responses: Vec<(u16, String)>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}/api/events", listener.local_addr().expect("addr"));
    thread::spawn(move || {
        for (status, body) in responses {
            let Ok((mut conn, _)) = listener.accept() else {
                return;
            };
            let mut request = Vec::new();
            let mut buf = [0u8; 1024];
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                match conn.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => request.extend_from_slice(&buf[..n]),
                }
            }
            let head = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = conn.write_all(head.as_bytes());
            let _ = conn.write_all(body.as_bytes());
        }
    });
    url
}

#[test]
fn import_list_and_promote_through_the_binary() {
    let _serial = one_at_a_time();
    let dir = tempfile::tempdir().expect("dir");
    let db = db_with_world(&dir);

    let o = run(
        &db,
        &["polisen", "import", NEW, "--kommun", "Tyresö kommun"],
        &[],
    );
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(out.contains("Läste 500 händelser"), "{out}");
    assert!(out.contains("1 gäller Tyresö kommun"), "{out}");
    assert!(out.contains("Nya: 1, ändrade: 0, oförändrade: 0."), "{out}");
    assert!(out.contains("”Trafikolycka, personskada” (1)"), "{out}");

    let o = run(&db, &["polisen", "import", NEW, "--kommun", "Tyresö"], &[]);
    assert!(text(&o).0.contains("Nya: 0, ändrade: 0, oförändrade: 1."));

    let o = run(
        &db,
        &[
            "polisen", "list", "--week", "2026-W34", "--kommun", "Tyresö",
        ],
        &[],
    );
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        out.contains("vecka 34 (polisens öppna data), 1 st."),
        "{out}"
    );
    assert!(
        out.contains("okänd typ: Trafikolycka, personskada"),
        "{out}"
    );
    assert!(out.contains("649813"), "{out}");

    let args = [
        "polisen",
        "promote",
        "649813",
        "--plats",
        "Lindängstorget",
        "--org",
        "Sjöviks kommun",
        "--typ",
        "skadegorelse",
    ];
    let o = run(&db, &args, &[]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(out.contains("är nu iakttagelse"), "{out}");
    let o = run(&db, &args, &[]);
    let (_, err) = text(&o);
    assert!(!o.status.success());
    assert!(err.contains("redan förd till lägesbilden"), "{err}");

    let o = run(
        &db,
        &["polisen", "list", "--week", "2026-W34", "--json"],
        &[],
    );
    let rows: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert!(rows[0]["observation_id"].is_string(), "{rows}");

    let o = run(&db, &["list", "observations", "--week", "2026-W34"], &[]);
    assert!(
        text(&o)
            .0
            .contains("2026-08-18  2026-W34  08.58  Lindängsringen  Lindängstorget"),
        "{}",
        text(&o).0
    );
}

#[test]
fn a_bad_file_is_refused_with_a_swedish_message() {
    let _serial = one_at_a_time();
    let dir = tempfile::tempdir().expect("dir");
    let db = db_with_world(&dir);
    let bad = dir.path().join("svar.json");
    let full = std::fs::read_to_string(OLD).expect("read");
    std::fs::write(&bad, &full[..full.len() / 2]).expect("write");
    let o = run(
        &db,
        &[
            "polisen",
            "import",
            bad.to_str().expect("path"),
            "--kommun",
            "Stockholm",
        ],
        &[],
    );
    let (out, err) = text(&o);
    assert!(!o.status.success());
    assert!(
        err.contains("avkortad") && err.contains("Inget har lästs in"),
        "{err}"
    );
    assert!(out.is_empty(), "{out}");

    let o = run(
        &db,
        &["polisen", "import", "finns-inte.json", "--kommun", "Tyresö"],
        &[],
    );
    assert!(text(&o).1.contains("Kunde inte läsa filen finns-inte.json"));

    let o = run(&db, &["polisen", "import", OLD], &[]);
    assert!(text(&o).1.contains("--municipality"), "{}", text(&o).1);
}

#[test]
fn fetch_without_network_says_so() {
    let _serial = one_at_a_time();
    let dir = tempfile::tempdir().expect("dir");
    let db = db_with_world(&dir);
    let env = [("LAGESBILD_POLISEN_URL", "http://127.0.0.1:9/api/events")];
    let o = run(&db, &["polisen", "fetch", "--kommun", "Tyresö"], &env);
    let (_, err) = text(&o);
    assert!(!o.status.success());
    assert!(
        err.contains("Kunde inte nå polisens händelseflöde"),
        "{err}"
    );
    assert!(err.contains("Kontrollera internetanslutningen"), "{err}");
    // A name that cannot be looked up (no DNS without a network) is the same situation.
    let dns = [("LAGESBILD_POLISEN_URL", "http://polisen.invalid/api/events")];
    let o = run(&db, &["polisen", "fetch", "--kommun", "Tyresö"], &dns);
    assert!(
        text(&o).1.contains("Kunde inte nå polisens händelseflöde"),
        "{}",
        text(&o).1
    );
    // A call that never reached the feed does not count: trying again is not refused as too soon.
    let o = run(&db, &["polisen", "fetch", "--kommun", "Tyresö"], &env);
    assert!(text(&o).1.contains("Kunde inte nå"), "{}", text(&o).1);
}

#[test]
fn fetch_from_a_local_server_then_the_rate_limit_holds_across_runs() {
    let _serial = one_at_a_time();
    let dir = tempfile::tempdir().expect("dir");
    let db = db_with_world(&dir);
    let body = std::fs::read_to_string(OLD).expect("read");
    let url = serve(vec![(200, body)]);
    let env = [("LAGESBILD_POLISEN_URL", url.as_str())];
    let o = run(&db, &["polisen", "fetch", "--kommun", "Stockholm"], &env);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(out.contains("19 gäller Stockholm"), "{out}");
    assert!(out.contains("Nya: 19"), "{out}");

    // A second process, right after: refused, with when it is allowed.
    let o = run(&db, &["polisen", "fetch", "--kommun", "Stockholm"], &env);
    let (_, err) = text(&o);
    assert!(!o.status.success());
    assert!(
        err.contains("var tionde sekund") && err.contains("Nästa hämtning"),
        "{err}"
    );
}

#[test]
fn fetch_reports_a_server_error() {
    let _serial = one_at_a_time();
    let dir = tempfile::tempdir().expect("dir");
    let db = db_with_world(&dir);
    let url = serve(vec![(503, "{}".into())]);
    let o = run(
        &db,
        &["polisen", "fetch", "--kommun", "Tyresö"],
        &[("LAGESBILD_POLISEN_URL", &url)],
    );
    let (_, err) = text(&o);
    assert!(!o.status.success());
    assert!(err.contains("felkod 503"), "{err}");
}

#[test]
fn a_preview_shows_what_an_import_would_do_and_saves_nothing() {
    let _serial = one_at_a_time();
    let dir = tempfile::tempdir().expect("dir");
    let db = db_with_world(&dir);
    let ops = |db: &Path| {
        lagesbild::store::Store::open(db, lagesbild::store::Access::ReadOnly)
            .and_then(|s| s.op_count())
            .expect("ops")
    };
    let before = ops(&db);
    let o = run(
        &db,
        &["polisen", "import", OLD, "--kommun", "Stockholm", "--prova"],
        &[],
    );
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        out.starts_with("Förhandsgranskning: inget sparas."),
        "{out}"
    );
    assert!(
        out.contains("Nya: 19, ändrade: 0, oförändrade: 0."),
        "{out}"
    );
    assert_eq!(ops(&db), before);

    // The preview maps types as the import will (with the event types the import loads).
    let preview_args = [
        "polisen",
        "import",
        OLD,
        "--kommun",
        "Stockholm",
        "--prova",
        "--json",
    ];
    let o = run(&db, &preview_args, &[]);
    let preview: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let o = run(
        &db,
        &["polisen", "import", OLD, "--kommun", "Stockholm", "--json"],
        &[],
    );
    let imported: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(preview, imported);
    assert!(
        imported["unknown_types"].get("Brand").is_none(),
        "{imported}"
    );
    let after = ops(&db);
    let o = run(
        &db,
        &[
            "polisen",
            "import",
            OLD,
            "--kommun",
            "Stockholm",
            "--prova",
            "--json",
        ],
        &[],
    );
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(
        (report["created"].as_u64(), report["unchanged"].as_u64()),
        (Some(0), Some(19))
    );
    assert_eq!(ops(&db), after);
}

#[test]
fn a_fetch_stopped_while_the_feed_answers_slowly_writes_nothing_but_the_call() {
    // A server that takes the request and never answers: the download hangs as a slow feed would.
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}/api/events", listener.local_addr().expect("addr"));
    thread::spawn(move || {
        let held = listener.accept();
        thread::sleep(std::time::Duration::from_secs(70));
        drop(held);
    });
    let mut db = temp_store();
    world(&mut db.store);
    let kommuner = lagesbild::domain::municipality::Municipalities::new(&["Sjövik".to_string()]);
    let mut asked = 0;
    let result =
        lagesbild::sources::polisen::fetch_from(&mut db.store, &kommuner, &url, &mut || {
            asked += 1;
            asked < 3
        });
    assert!(
        matches!(
            result,
            Err(lagesbild::sources::polisen::PolisenError::Cancelled)
        ),
        "{result:?}"
    );
    // Asked while the download hung (the server never answers; had the fetch waited for the
    // client's own 60 s timeout, the answer would be a download error, not a stop).
    assert_eq!(asked, 3);
    let events = db
        .store
        .all::<lagesbild::domain::PoliceEvent>()
        .expect("events");
    assert!(events.is_empty());
    assert_eq!(
        db.store
            .recent_calls(lagesbild::sources::polisen::fetch::SERVICE)
            .expect("calls")
            .len(),
        1,
        "the call may have reached the feed: it counts"
    );
}
