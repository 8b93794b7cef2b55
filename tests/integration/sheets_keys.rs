//! Spreadsheets in, what a script and a second reading rely on: a dry run that finds faulty
//! rows ends with its own exit code, a row read before stays read after its organisation is
//! renamed, and an observation from a template says so ("mall från <organisation>").

use crate::common;
use crate::sheets::{csv_text, import, observation_row, observations, options, write};

use std::path::Path;
use std::process::{Command, Output};

use common::*;
use lagesbild::domain::*;

fn lagesbild(db: &Path, args: &[&str]) -> Output {
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

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A copy with the test world, closed, and a file of rows beside it.
fn copy_with_file(
    rows: &[Vec<String>],
) -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let mut db = temp_store();
    world(&mut db.store);
    let file = write(db.dir.path(), "rapport.csv", csv_text(rows, ';').as_bytes());
    let path = db.path();
    let TempDb { dir, store } = db;
    drop(store);
    (dir, path, file)
}

#[test]
fn a_dry_run_with_faulty_rows_ends_with_code_3_and_says_what_to_do() {
    let (_dir, db, file) = copy_with_file(&[
        observation_row("", "Lindängstorget", "Klotter på elskåpet."),
        observation_row("", "Lindängstorg", "Klotter på bänken."),
    ]);
    let file = file.to_string_lossy().into_owned();
    let out = lagesbild(&db, &["sheet", "import", &file, "--dry-run"]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let said = text(&out.stdout);
    assert!(
        said.contains("1 nya") && said.contains("menade du Lindängstorget?"),
        "the preview is shown: {said}"
    );
    let err = text(&out.stderr);
    assert!(
        err.contains("En rad av 2 har fel (slutkod 3)") && err.contains("--skip-bad-rows"),
        "what to do: {err}"
    );
    // Read for real, the same faults end the same way, and nothing is written.
    let out = lagesbild(&db, &["sheet", "import", &file]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    // A file whose rows all pass previews with success.
    let (_dir, db, good) = copy_with_file(&[observation_row(
        "",
        "Lindängstorget",
        "Klotter på elskåpet.",
    )]);
    let out = lagesbild(
        &db,
        &["sheet", "import", &good.to_string_lossy(), "--dry-run"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn rows_read_before_an_organisation_is_renamed_are_not_read_again() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let rows = vec![
        observation_row("", "Lindängstorget", "Klotter på elskåpet."),
        observation_row("17", "", "Krossad ruta."),
    ];
    let first = write(
        db.dir.path(),
        "rapport.csv",
        csv_text(&rows, ';').as_bytes(),
    );
    assert_eq!(import(&mut db.store, &first, options()).new, 2);
    db.store
        .write(|x| {
            x.set(
                EntityKind::Organisation,
                w.org,
                "name",
                "Sjöviks kommun – trygghetsenheten",
            )
        })
        .expect("rename");
    // The same file, naming the organisation as it was called when the file was filled in.
    let again = import(&mut db.store, &first, options());
    assert_eq!((again.new, again.already), (0, 2), "{:?}", again.rejected);
    // The same rows in a template made after the rename, with the new name.
    let renamed: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let mut r = r.clone();
            r[11] = "Sjöviks kommun – trygghetsenheten".into();
            r
        })
        .collect();
    let second = write(
        db.dir.path(),
        "ny-mall.csv",
        csv_text(&renamed, ';').as_bytes(),
    );
    let third = import(&mut db.store, &second, options());
    assert_eq!((third.new, third.already), (0, 2), "{:?}", third.rejected);
    assert_eq!(observations(&db.store).len(), 2);
}

#[test]
fn an_observation_from_a_template_says_mall_from_its_organisation_in_list_and_on_lagesbild() {
    let (dir, db, file) = copy_with_file(&[observation_row(
        "",
        "Lindängstorget",
        "Klotter på elskåpet.",
    )]);
    let out = lagesbild(&db, &["sheet", "import", &file.to_string_lossy()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let store =
        lagesbild::store::Store::open(&db, lagesbild::store::Access::ReadOnly).expect("open");
    // The source code "mall", as bundles carry it.
    let mall = ObservationSource::parse("mall").expect("a source for templates");
    assert_eq!(observations(&store)[0].source, mall);
    assert_eq!(mall.label(Lang::Sv), "mall");
    assert_eq!(mall.label(Lang::En), "template");
    drop(store);
    let out = lagesbild(&db, &["list", "observations"]);
    let listed = text(&out.stdout);
    assert!(
        listed.contains("ny · mall från Sjöviks kommun – säkerhetsenheten"),
        "{listed}"
    );
    let out = lagesbild(&db, &["--lang", "en", "list", "observations"]);
    assert!(
        text(&out.stdout).contains("template from Sjöviks kommun – säkerhetsenheten"),
        "{}",
        text(&out.stdout)
    );
    // Lägesbild's detail pane names it the same way.
    let mut app = common::app::open(dir, 120, 30);
    app.keys(&["2"]);
    let screen = app.screen(120, 30);
    assert!(
        screen.contains("mall från Sjöviks kommun – säkerhetsenheten"),
        "{screen}"
    );
}
