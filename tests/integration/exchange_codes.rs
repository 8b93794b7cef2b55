//! Values checked like a form (issue 9): vocabulary codes stored as text (`organisation.kind`,
//! `area.kind`, `place.kind`) against this copy's terms, and coordinates on the globe — on a
//! local write, on import and in `check`.

use crate::common;
use crate::support;

use lagesbild::domain::*;
use lagesbild::exchange::import::ImportOutcome;
use serde_json::json;
use support::*;

/// A kommun with the common world, a police copy that loaded the taxonomies and has the world.
fn with_taxonomies() -> (Copy, Copy, common::World) {
    let (mut a, mut b) = kommun_and_polis();
    lagesbild::seed::load_taxonomies(&mut b.store).expect("taxonomies");
    let w = common::world(&mut a.store);
    let bytes = bundle(&mut a, &b);
    receive(&mut b, &bytes).expect("the world's codes are known");
    (a, b, w)
}

#[test]
fn an_unknown_code_is_refused_on_import_and_on_a_local_write() {
    let (mut a, mut b, w) = with_taxonomies();
    forge(
        &a,
        EntityKind::Area,
        w.area,
        OpKind::Set,
        Some("kind"),
        Some(json!("påhittad")),
    );
    let before = dump(&b.path());
    let reason = rejection(send_from(&mut a, &mut b));
    for expected in [
        "”kind”",
        "”påhittad”",
        "områdestyperna",
        w.area.short().as_str(),
    ] {
        assert!(reason.contains(expected), "{expected}: {reason}");
    }
    assert_eq!(before, dump(&b.path()), "nothing changed");

    let err = b
        .store
        .write(|x| {
            x.create(&Organisation {
                kind: "hemlig_grupp".into(),
                ..common::organisation("Grannsamverkan")
            })
        })
        .expect_err("a form refuses it too");
    let err = err.to_string();
    assert!(
        err.contains("”hemlig_grupp”") && err.contains("organisationstyperna"),
        "{err}"
    );
    b.store
        .write(|x| x.create(&common::organisation("Grannsamverkan")))
        .expect("a known code");
}

/// A copy that never loaded the taxonomies has nothing to judge codes by, and takes them in;
/// once a partner's bundle brings the terms, it judges like the rest.
#[test]
fn a_copy_without_taxonomies_judges_codes_once_a_bundle_brings_the_terms() {
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    forge(
        &a,
        EntityKind::Place,
        w.place,
        OpKind::Set,
        Some("kind"),
        Some(json!("påhittad")),
    );
    send_from(&mut a, &mut b).expect("no terms here: not judged");

    let (mut c, mut d) = kommun_and_polis();
    lagesbild::seed::load_taxonomies(&mut c.store).expect("c loads the taxonomies");
    let w = common::world(&mut c.store);
    send_from(&mut c, &mut d).expect("d takes in c's terms with the world");
    forge(
        &c,
        EntityKind::Place,
        w.place,
        OpKind::Set,
        Some("kind"),
        Some(json!("påhittad")),
    );
    let reason = rejection(send_from(&mut c, &mut d));
    assert!(reason.contains("platstyperna"), "{reason}");
}

#[test]
fn coordinates_off_the_globe_are_refused_on_import() {
    let (mut a, mut b, w) = with_taxonomies();
    forge(
        &a,
        EntityKind::Place,
        w.place,
        OpKind::Set,
        Some("lat"),
        Some(json!(591.3)),
    );
    let reason = rejection(send_from(&mut a, &mut b));
    assert!(
        reason.contains("”lat”") && reason.contains("grader"),
        "{reason}"
    );
}

#[test]
fn check_finds_a_stored_code_that_is_no_term() {
    let (_a, b, w) = with_taxonomies();
    let report = b.store.check().expect("check");
    assert!(report.ok(), "{report:?}");
    let conn = rusqlite::Connection::open(b.path()).expect("open");
    conn.execute(
        "UPDATE place SET kind = 'påhittad' WHERE id = ?1",
        [w.place.to_string()],
    )
    .expect("edit behind the app's back");
    let report = b.store.check().expect("check");
    let item = report
        .items
        .iter()
        .find(|i| i.name.to_string() == "värden")
        .expect("a values item");
    assert!(!item.ok);
    for expected in ["”kind”", "”påhittad”", w.place.short().as_str()] {
        assert!(
            item.detail.to_string().contains(expected),
            "{}",
            item.detail
        );
    }
}

fn send_from(from: &mut Copy, to: &mut Copy) -> lagesbild::exchange::Result<ImportOutcome> {
    let bytes = bundle(from, to);
    receive(to, &bytes)
}
