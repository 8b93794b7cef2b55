//! Issue 16: the personal-data flag on list rows is stored and kept true on every path that
//! changes text (a local write, a bundle import, an undo, a purge, a new register name), in
//! the write's own transaction. All names here are fictional.

use crate::common;
use crate::support;

use lagesbild::domain::*;
use lagesbild::store::Store;
use lagesbild::store::queries::Page;
use lagesbild::store::queries::observations::ObservationFilter;
use support::*;

const FLAGGED: &str = "Killen som heter Ebbot Testsson bråkade vid kiosken.";
const CLEAN: &str = "Bråk vid kiosken, ett tiotal ungdomar.";

fn flagged_ids(store: &Store) -> Vec<Id> {
    let filter = ObservationFilter {
        personal_data_only: true,
        ..ObservationFilter::default()
    };
    store
        .observations(&filter, Page::default())
        .expect("list")
        .into_iter()
        .map(|r| r.id)
        .collect()
}

#[test]
fn a_write_and_an_undo_flip_the_flag_and_the_list_marks_and_filters_by_it() {
    let (mut a, _b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let obs = common::observation(&w, common::day(2026, 11, 23), CLEAN);
    let other = common::observation(&w, common::day(2026, 11, 22), CLEAN);
    a.store
        .write_action("Iakttagelser", |x| {
            x.create(&obs)?;
            x.create(&other)
        })
        .expect("write");
    assert_eq!(a.store.personal_data_found(obs.id).expect("read"), None);
    assert!(flagged_ids(&a.store).is_empty());

    a.store
        .write_action("Beskrivning ändrad", |x| {
            x.set(EntityKind::Observation, obs.id, "description", FLAGGED)
        })
        .expect("write");
    let found = a.store.personal_data_found(obs.id).expect("read");
    assert!(
        found.as_deref().is_some_and(|f| f.contains("Ebbot")),
        "{found:?}"
    );
    assert_eq!(flagged_ids(&a.store), vec![obs.id]);
    let rows = a
        .store
        .observations(&ObservationFilter::default(), Page::default())
        .expect("list");
    let row = |id: Id| rows.iter().find(|r| r.id == id).expect("listed");
    assert!(row(obs.id).personal_data.is_some());
    assert!(row(other.id).personal_data.is_none());

    a.store.undo_last().expect("undo");
    assert_eq!(a.store.personal_data_found(obs.id).expect("read"), None);
    assert!(flagged_ids(&a.store).is_empty());
}

#[test]
fn an_imported_record_carries_its_flag_and_a_purge_clears_it() {
    let (mut a, mut b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let mut obs = common::observation(&w, common::day(2026, 11, 23), FLAGGED);
    // Confirmed by its writer, so it may leave; the text still holds a name.
    obs.pii_confirmed = true;
    a.store.write(|x| x.create(&obs)).expect("write");
    assert!(a.store.personal_data_found(obs.id).expect("read").is_some());

    let bytes = bundle(&mut a, &b);
    receive(&mut b, &bytes).expect("import");
    assert!(
        b.store.personal_data_found(obs.id).expect("read").is_some(),
        "the partner's list marks it too"
    );
    assert_eq!(flagged_ids(&b.store), vec![obs.id]);

    a.store
        .write(|x| x.delete(EntityKind::Observation, obs.id))
        .expect("delete");
    assert!(
        a.store.personal_data_found(obs.id).expect("read").is_some(),
        "a deleted record keeps its mark until it is purged"
    );
    a.store
        .purge(EntityKind::Observation, obs.id)
        .expect("purge");
    assert_eq!(a.store.personal_data_found(obs.id).expect("read"), None);
}

#[test]
fn a_new_place_named_like_the_text_clears_the_flag() {
    let (mut a, _b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let obs = common::observation(
        &w,
        common::day(2026, 11, 23),
        "Stök vid Hedvig Eleonora i kväll.",
    );
    a.store.write(|x| x.create(&obs)).expect("write");
    assert!(a.store.personal_data_found(obs.id).expect("read").is_some());
    // A parish the copy registers as an organisation: a name, not a person.
    let parish = common::organisation("Hedvig Eleonora");
    a.store.write(|x| x.create(&parish)).expect("register");
    assert_eq!(a.store.personal_data_found(obs.id).expect("read"), None);
}

#[test]
fn an_existing_copy_is_flagged_on_its_first_open_after_the_migration() {
    let (mut a, _b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let obs = common::observation(&w, common::day(2026, 11, 23), FLAGGED);
    a.store.write(|x| x.create(&obs)).expect("write");
    let path = a.store.path().to_path_buf();
    // As a copy made before migration 012 would be: no flags, never back-filled.
    {
        let conn = rusqlite::Connection::open(&path).expect("open");
        conn.execute_batch(
            "DELETE FROM pii_flag; DELETE FROM meta WHERE key = 'pii_flags_backfilled';",
        )
        .expect("forget");
    }
    // The copy's directory stays; only its store closes.
    let Copy {
        dir: _dir, store, ..
    } = a;
    drop(store);
    let reopened = Store::open(&path, lagesbild::store::Access::ReadWrite).expect("reopen");
    assert!(
        reopened
            .personal_data_found(obs.id)
            .expect("read")
            .is_some()
    );
}

#[test]
fn an_action_whose_text_holds_a_name_is_flagged_in_the_action_list_and_its_filter() {
    use lagesbild::store::queries::actions::ActionFilter;
    let (mut a, _b) = kommun_and_polis();
    let w = common::world(&mut a.store);
    let clean = common::action(
        &w,
        "Röja buskage vid gångtunneln",
        ActionStatus::Pagar,
        None,
    );
    let mut named = common::action(&w, "Samtal med familjen", ActionStatus::Pagar, None);
    named.description = "Fältarna pratar med killen som heter Ebbot Testsson.".into();
    a.store
        .write(|x| {
            x.create(&clean)?;
            x.create(&named)
        })
        .expect("write");
    let today = common::day(2026, 11, 23);
    let rows = a
        .store
        .actions(&ActionFilter::default(), today, Page::default())
        .expect("list");
    let flag = |id: Id| {
        rows.iter()
            .find(|r| r.id == id)
            .expect("listed")
            .personal_data
            .clone()
    };
    assert!(flag(named.id).is_some_and(|f| f.contains("Ebbot")));
    assert_eq!(flag(clean.id), None);
    let only = ActionFilter {
        personal_data_only: true,
        ..ActionFilter::default()
    };
    let ids: Vec<Id> = a
        .store
        .actions(&only, today, Page::default())
        .expect("list")
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(ids, vec![named.id]);
}
