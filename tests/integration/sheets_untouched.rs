//! Every template as it leaves the copy: one fictional example row that shows how to fill it
//! in and that the import skips, so a template read back untouched adds nothing; and default
//! file names that survive mail and shells (no spaces, ASCII only).

use crate::common;

use std::path::Path;
use std::process::Command;

use common::*;
use lagesbild::domain::*;
use lagesbild::sheets::{Lists, SheetError, SheetKind, import_file, template};

fn ops(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).expect("open");
    conn.query_row("SELECT count(*) FROM op_log", [], |r| r.get(0))
        .expect("count")
}

#[test]
fn every_template_has_an_example_row_and_reads_back_untouched_as_nothing() {
    let mut db = temp_store();
    world(&mut db.store);
    let lists = Lists::load(&db.store, Lang::Sv).expect("lists");
    let before = ops(&db.path());
    for kind in SheetKind::TEMPLATES {
        for csv in [false, true] {
            let (bytes, extension) = if csv {
                (
                    template::csv(kind, &lists, day(2026, 11, 19), Lang::Sv).expect("csv"),
                    "csv",
                )
            } else {
                (
                    template::xlsx(kind, &lists, day(2026, 11, 19), Lang::Sv).expect("xlsx"),
                    "xlsx",
                )
            };
            let file = db
                .dir
                .path()
                .join(format!("mall-{}.{extension}", kind.code()));
            std::fs::write(&file, &bytes).expect("write");
            let table = lagesbild::sheets::read::read(
                &bytes,
                lagesbild::sheets::SheetFormat::of(&file).expect("format"),
                "mall",
            )
            .expect("read");
            assert_eq!(table.rows.len(), 1, "{kind:?} {extension}: one example row");
            let example = &table.rows[0].1;
            assert!(
                example.iter().any(|c| c.shown() == "EXEMPEL"),
                "{kind:?} {extension}: the example is marked: {example:?}"
            );
            let filled = example.iter().filter(|c| !c.is_empty()).count();
            assert!(
                filled >= 4,
                "{kind:?} {extension}: the example shows how to fill in the columns: {example:?}"
            );
            match import_file(&mut db.store, &file, Default::default()) {
                Ok(outcome) => {
                    assert_eq!(outcome.new, 0, "{kind:?} {extension}: {outcome:?}");
                    assert!(outcome.rejected.is_empty(), "{kind:?} {extension}");
                }
                Err(SheetError::Empty { .. }) => {}
                Err(e) => panic!("{kind:?} {extension}: {e}"),
            }
            assert_eq!(
                ops(&db.path()),
                before,
                "{kind:?} {extension}: nothing added"
            );
        }
    }
}

#[test]
fn default_template_file_names_have_no_spaces_and_only_ascii() {
    let mut db = temp_store();
    world(&mut db.store);
    let path = db.path();
    let TempDb { dir, store } = db;
    drop(store);
    for kind in SheetKind::TEMPLATES {
        for format in ["xlsx", "csv"] {
            let out = Command::new(env!("CARGO_BIN_EXE_lagesbild"))
                .current_dir(dir.path())
                .arg("--db")
                .arg(&path)
                .args(["sheet", "template", kind.code(), "--format", format])
                .env("XDG_CONFIG_HOME", dir.path())
                .env_remove("LAGESBILD_DB")
                .output()
                .expect("template");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".xlsx") || n.ends_with(".csv"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 12, "a file per kind and format: {names:?}");
    for name in &names {
        assert!(
            name.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-.".contains(c)),
            "{name}"
        );
    }
    for name in [
        "mall-forebyggande-insatser.xlsx",
        "mall-atgardsplan.csv",
        "mall-omraden.xlsx",
    ] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}
