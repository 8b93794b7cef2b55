//! Retiring with care at the store level: who refers to a record (single references and
//! lists), a refused delete that names them and changes nothing, deactivation, and undo of both.

use crate::common::*;
use lagesbild::domain::*;
use lagesbild::store::StoreError;
use lagesbild::store::retire::{Deactivation, deactivation};
use lagesbild::store::undo::UndoOutcome;

#[test]
fn referrers_are_found_through_single_references_and_lists() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let obs = observation(&w, day(2026, 11, 17), "Klotter på gångtunneln.");
    let mut measure_action = action(&w, "Röj buskage", ActionStatus::Pagar, None);
    measure_action.partner_org_ids = vec![w.org];
    db.store
        .write(|tx| {
            tx.create(&obs)?;
            tx.create(&measure_action)?;
            Ok(())
        })
        .expect("write");
    let of_org = db.store.referrers(w.org).expect("referrers");
    let fields: Vec<(EntityKind, &str)> = of_org.iter().map(|r| (r.kind, r.field)).collect();
    assert!(
        fields.contains(&(EntityKind::Observation, "reporting_org_id")),
        "{fields:?}"
    );
    assert!(
        fields.contains(&(EntityKind::Action, "partner_org_ids")),
        "{fields:?}"
    );
    let of_place: Vec<Id> = db
        .store
        .referrers(w.place)
        .expect("referrers")
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(of_place, [obs.id, measure_action.id]);
    // Deleted records refer to nothing.
    db.store
        .write(|tx| tx.delete(EntityKind::Observation, obs.id))
        .expect("delete");
    let left: Vec<Id> = db
        .store
        .referrers(w.place)
        .expect("referrers")
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(left, [measure_action.id]);
}

#[test]
fn a_referenced_record_is_not_deleted_and_can_be_deactivated_and_undone() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let before = db.store.stats().expect("stats").ops;
    let refused = db.store.write_action("Ta bort området", |tx| {
        tx.delete_unreferenced(EntityKind::Area, w.area)
    });
    let Err(StoreError::Said(said)) = refused else {
        panic!("not refused: {refused:?}");
    };
    let message = said.to_string();
    // The same refusal in English, the referrer's kind and the advice included.
    let english = said.text(lagesbild::domain::Lang::En);
    assert!(
        english.contains("cannot be deleted: 1 record refers to it: place “Lindängstorget”"),
        "{english}"
    );
    assert!(english.contains("Deactivate it instead"), "{english}");
    assert!(
        message.contains("kan inte tas bort") && message.contains("plats ”Lindängstorget”"),
        "{message}"
    );
    assert_eq!(
        db.store.stats().expect("stats").ops,
        before,
        "nothing was written"
    );
    assert!(
        !db.store
            .is_deleted(EntityKind::Area, w.area)
            .expect("deleted")
    );

    assert_eq!(deactivation(EntityKind::Area), Deactivation::Active);
    db.store
        .write_action("Inaktivera området", |tx| {
            tx.deactivate(EntityKind::Area, w.area)
        })
        .expect("deactivate");
    let area: Area = db.store.get(w.area).expect("get").expect("area");
    assert!(!area.active, "out of use, still there");
    let undone = db.store.undo_last().expect("undo");
    assert!(matches!(undone, UndoOutcome::Undone { .. }), "{undone:?}");
    let area: Area = db.store.get(w.area).expect("get").expect("area");
    assert!(area.active, "undo brings it back into use");
}

#[test]
fn an_unreferenced_record_is_deleted_and_undo_restores_it() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let obs = observation(&w, day(2026, 11, 17), "Krossad lampa.");
    db.store
        .write(|tx| tx.create(&obs).map(|_| ()))
        .expect("create");
    db.store
        .write_action("Ta bort", |tx| {
            tx.delete_unreferenced(EntityKind::Observation, obs.id)
        })
        .expect("delete");
    assert!(
        db.store
            .is_deleted(EntityKind::Observation, obs.id)
            .expect("deleted")
    );
    assert!(matches!(
        db.store.undo_last().expect("undo"),
        UndoOutcome::Undone { .. }
    ));
    assert!(
        !db.store
            .is_deleted(EntityKind::Observation, obs.id)
            .expect("deleted")
    );
}

#[test]
fn a_deactivated_problem_leaves_the_pickers_and_stays_in_reports_data() {
    let mut db = temp_store();
    let problem = Problem {
        id: Id::new(),
        classification: Classification::Begransad,
        title: "Skadegörelse vid torget".into(),
        description: String::new(),
        area_ids: vec![],
        event_type_ids: vec![],
        evidence: String::new(),
        priority: 1,
        pii_confirmed: false,
        // A record made before its kind had `active` counts as in use.
        active: None,
    };
    db.store
        .write(|tx| tx.create(&problem).map(|_| ()))
        .expect("create");
    assert_eq!(deactivation(EntityKind::Problem), Deactivation::Active);
    let in_use: Vec<Problem> = db.store.in_use().expect("in use");
    assert_eq!(in_use.len(), 1);
    db.store
        .write_action("Inaktivera", |tx| {
            tx.deactivate(EntityKind::Problem, problem.id)
        })
        .expect("deactivate");
    assert!(db.store.in_use::<Problem>().expect("in use").is_empty());
    let all: Vec<Problem> = db.store.all().expect("all");
    assert_eq!(all.len(), 1, "still there for history and reports");
    assert_eq!(all[0].active, Some(false));
}

#[test]
fn kinds_without_a_way_to_deactivate_say_so() {
    assert_eq!(
        deactivation(EntityKind::Action),
        Deactivation::Status {
            field: "status",
            code: "installd"
        }
    );
    assert_eq!(
        deactivation(EntityKind::PreventiveMeasure),
        Deactivation::Status {
            field: "status",
            code: "avslutad"
        }
    );
    let mut db = temp_store();
    let w = world(&mut db.store);
    let obs = observation(&w, day(2026, 11, 17), "Krossad lampa.");
    db.store
        .write(|tx| tx.create(&obs).map(|_| ()))
        .expect("create");
    // An observation is dismissed from the lägesbild.
    db.store
        .write(|tx| tx.deactivate(EntityKind::Observation, obs.id))
        .expect("deactivate");
    let dismissed: Observation = db.store.get(obs.id).expect("get").expect("observation");
    assert_eq!(dismissed.review_status, ReviewStatus::Avford);
    // A follow-up line has no way to be taken out of use: it is deleted when wrong.
    let act = action(&w, "Röj buskage", ActionStatus::Pagar, None);
    let line = FollowUp {
        id: Id::new(),
        classification: Classification::Begransad,
        subject_kind: EntityKind::Action,
        subject_id: act.id,
        meeting_id: None,
        date: day(2026, 11, 19),
        status_after: None,
        comment: "Påbörjad.".into(),
        pii_confirmed: false,
    };
    db.store
        .write(|tx| {
            tx.create(&act)?;
            tx.create(&line).map(|_| ())
        })
        .expect("create");
    assert_eq!(
        deactivation(EntityKind::FollowUp),
        Deactivation::Unsupported
    );
    let refused = db
        .store
        .write(|tx| tx.deactivate(EntityKind::FollowUp, line.id));
    let message = refused.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("kan inte inaktiveras"), "{message}");
}

#[test]
fn a_picker_offers_the_records_in_use_of_any_kind_by_name_or_description() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let json = |v: serde_json::Value| v.as_object().cloned().unwrap_or_default();
    let (problem, cause, priority, agreement) = db
        .store
        .write(|tx| {
            let problem = tx.create_json(
                EntityKind::Problem,
                Classification::Oppen,
                json(serde_json::json!({"title": "Stenkastning", "description": "", "area_ids": [w.area.to_string()], "event_type_ids": [], "evidence": "", "priority": 1, "pii_confirmed": false})),
            )?;
            let cause = tx.create_json(
                EntityKind::Cause,
                Classification::Oppen,
                json(serde_json::json!({"problem_id": problem.to_string(), "perspective": "situationell", "triangle_side": "plats", "description": "Mörk gångtunnel\nutan belysning", "certainty": "medel", "pii_confirmed": false})),
            )?;
            let agreement = tx.create_json(
                EntityKind::Agreement,
                Classification::Oppen,
                json(serde_json::json!({"title": "Överenskommelse 2026", "party_org_ids": [], "period_start": "2026-01-01", "period_end": "2026-12-31", "signed_by": "", "documentation_rule": "", "follow_up_rule": "", "appendix": ""})),
            )?;
            let priority = tx.create_json(
                EntityKind::Priority,
                Classification::Oppen,
                json(serde_json::json!({"agreement_id": agreement.to_string(), "number": 1, "title": "Trygg centrumhållplats", "problem_picture": "", "causes": "", "status": "installd"})),
            )?;
            Ok((problem, cause, priority, agreement))
        })
        .expect("write");
    let names = |kind| {
        db.store
            .choices_of(kind)
            .expect("choices")
            .into_iter()
            .map(|n| (n.name, n.id))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(EntityKind::Problem),
        [("Stenkastning".to_string(), problem)]
    );
    // A cause has no name: its description names it.
    assert_eq!(
        names(EntityKind::Cause),
        [("Mörk gångtunnel\nutan belysning".to_string(), cause)]
    );
    assert_eq!(
        names(EntityKind::Agreement),
        [("Överenskommelse 2026".to_string(), agreement)]
    );
    // A cancelled priority is out of use: no picker offers it.
    assert!(names(EntityKind::Priority).is_empty(), "{priority}");
    // The details name a cause the same way (a plan item's causes are never shown as ids).
    let named = db.store.named(EntityKind::Cause, None).expect("named");
    assert_eq!(named.len(), 1);
    assert_eq!(
        (named[0].name.as_str(), named[0].id),
        ("Mörk gångtunnel\nutan belysning", cause)
    );
}

#[test]
fn what_refers_to_a_kind_is_counted_per_kind_with_the_first_names() {
    let mut db = temp_store();
    let w = world(&mut db.store);
    let texts = ["Klotter 1.", "Klotter 2.", "Klotter 3.", "Klotter 4."];
    let observations: Vec<Observation> = texts
        .iter()
        .map(|t| observation(&w, day(2026, 11, 17), t))
        .collect();
    let mut measure_action = action(&w, "Röj buskage", ActionStatus::Pagar, None);
    measure_action.partner_org_ids = vec![w.org];
    db.store
        .write(|tx| {
            for o in &observations {
                tx.create(o)?;
            }
            tx.create(&measure_action)?;
            tx.delete(EntityKind::Observation, observations[3].id)
        })
        .expect("write");
    let of_places = db
        .store
        .referred_by(EntityKind::Place)
        .expect("referred by");
    let tallies = &of_places[&w.place];
    let observations_tally = tallies
        .iter()
        .find(|t| t.kind == EntityKind::Observation)
        .expect("observations refer to the place");
    assert_eq!(
        observations_tally.count, 3,
        "the deleted one does not count"
    );
    assert!(
        observations_tally.names.is_empty(),
        "an observation has no name to show: it is counted"
    );
    let actions_tally = tallies
        .iter()
        .find(|t| t.kind == EntityKind::Action)
        .expect("the action refers to the place");
    assert_eq!(
        (actions_tally.count, actions_tally.names.clone()),
        (1, vec!["Röj buskage".to_string()])
    );
    // A list reference (partner_org_ids) counts as a single one does.
    let of_orgs = db
        .store
        .referred_by(EntityKind::Organisation)
        .expect("referred by");
    assert!(
        of_orgs[&w.org]
            .iter()
            .any(|t| t.kind == EntityKind::Action && t.count == 1),
        "{:?}",
        of_orgs[&w.org]
    );
}
