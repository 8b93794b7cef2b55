//! The entity registry is the single source of what a record is: this ties it to the SQL
//! schema of a real, migrated database file. Every field has its column with the type the
//! registry says; every free-text field is indexed by its table's search triggers; every
//! reference field says what it points to.

use lagesbild::domain::{EntityKind, FieldType, Vocabulary};
use lagesbild::store::{Access, Store};

fn migrated() -> (tempfile::TempDir, rusqlite::Connection) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("lagesbild.db");
    drop(Store::open(&path, Access::ReadWrite).expect("open and migrate"));
    let conn = rusqlite::Connection::open(&path).expect("open file");
    (dir, conn)
}

/// (name, declared type, not null) of every column of `table`.
fn columns(conn: &rusqlite::Connection, table: &str) -> Vec<(String, String, bool)> {
    let mut stmt = conn
        .prepare(&format!("PRAGMA table_info({table})"))
        .expect("table_info");
    stmt.query_map([], |r| Ok((r.get(1)?, r.get(2)?, r.get::<_, i64>(3)? != 0)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

fn trigger_sql(conn: &rusqlite::Connection, name: &str) -> Option<String> {
    conn.query_row(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
        [name],
        |r| r.get(0),
    )
    .ok()
}

#[test]
fn every_field_has_its_column_with_the_registrys_type() {
    let (_dir, conn) = migrated();
    let mut problems = Vec::new();
    for kind in EntityKind::ALL {
        let cols = columns(&conn, kind.table());
        if cols.is_empty() {
            problems.push(format!("{}: no table", kind.table()));
            continue;
        }
        for name in ["id", "classification", "deleted"] {
            if !cols.iter().any(|(c, _, _)| c == name) {
                problems.push(format!("{}.{name}: no column", kind.table()));
            }
        }
        for field in kind.fields() {
            let Some((_, ty, not_null)) = cols.iter().find(|(c, _, _)| c == field.name) else {
                problems.push(format!("{}.{}: no column", kind.table(), field.name));
                continue;
            };
            let want = match field.ty {
                FieldType::Text | FieldType::Json => "TEXT",
                FieldType::Integer | FieldType::Bool => "INTEGER",
                FieldType::Real => "REAL",
            };
            if !ty.eq_ignore_ascii_case(want) {
                problems.push(format!(
                    "{}.{}: column is {ty}, the registry says {want}",
                    kind.table(),
                    field.name
                ));
            }
            if *not_null && field.optional {
                problems.push(format!(
                    "{}.{}: NOT NULL, but the registry says optional",
                    kind.table(),
                    field.name
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_free_text_field_is_indexed_by_its_search_triggers() {
    let (_dir, conn) = migrated();
    let mut problems = Vec::new();
    let mut free_text = 0;
    for kind in EntityKind::ALL {
        for field in kind.free_text_fields() {
            free_text += 1;
            let table = kind.table();
            let insert = trigger_sql(&conn, &format!("{table}_search_insert")).unwrap_or_default();
            let update = trigger_sql(&conn, &format!("{table}_search_update")).unwrap_or_default();
            if !insert.contains(&format!("NEW.{}", field.name)) {
                problems.push(format!(
                    "{table}.{}: not in {table}_search_insert",
                    field.name
                ));
            }
            // The update trigger fires on the field and writes its new text.
            let fires_on = update
                .split(" ON ")
                .next()
                .unwrap_or_default()
                .split(|c: char| c == ',' || c.is_whitespace())
                .any(|w| w == field.name);
            if !fires_on || !update.contains(&format!("NEW.{}", field.name)) {
                problems.push(format!(
                    "{table}.{}: not in {table}_search_update",
                    field.name
                ));
            }
        }
    }
    assert!(
        free_text >= 24,
        "the registry marks {free_text} free-text fields"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_flag_fits_its_field_and_every_reference_says_what_it_refers_to() {
    let mut problems = Vec::new();
    for kind in EntityKind::ALL {
        for field in kind.reference_fields() {
            // A follow-up's subject is an action, an activity or a priority: the kind is in
            // `subject_kind`.
            let any_kind = *kind == EntityKind::FollowUp && field.name == "subject_id";
            if field.flags.refers.is_none() && !any_kind {
                problems.push(format!("{}.{}", kind.table(), field.name));
            }
        }
        let names = kind.fields().iter().filter(|f| f.flags.is_name).count();
        if names > 1 {
            problems.push(format!("{}: {names} fields marked [name]", kind.table()));
        }
        for field in kind.fields() {
            if field.flags.is_name && field.ty != FieldType::Text {
                problems.push(format!(
                    "{}.{}: a name, but no text",
                    kind.table(),
                    field.name
                ));
            }
            if field.flags.refers.is_some() && !field.reference {
                problems.push(format!(
                    "{}.{}: refers, but is no id",
                    kind.table(),
                    field.name
                ));
            }
            if field.flags.free_text && field.ty != FieldType::Text {
                problems.push(format!(
                    "{}.{}: free text, but no text",
                    kind.table(),
                    field.name
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_kinds_that_keep_a_personal_data_confirmation_have_free_text() {
    for kind in EntityKind::ALL {
        if kind.confirms_personal_data() {
            assert!(kind.free_text_fields().next().is_some(), "{}", kind.code());
        }
    }
    assert!(EntityKind::Observation.confirms_personal_data());
    assert!(!EntityKind::Meeting.confirms_personal_data());
}
