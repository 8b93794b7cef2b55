//! The demo samverkansöverenskommelse (`data/demo/agreement.toml`): four priorities with goals
//! and follow-ups, medborgarlöften with their activities, and the actions that carry them out.

use serde::Deserialize;

use super::batch::Batch;
use super::error::SeedError;
use super::plan::{ActionDef, push_actions};
use super::source;
use super::world::{World, demo_id};
use crate::domain::{
    ActionOrigin, ActionStatus, Agreement, CitizenPromise, Classification, EntityKind, FollowUp,
    Goal, Priority, PromiseActivity, PromiseBasis,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AgreementFile {
    agreement: AgreementDef,
    priority: Vec<PriorityDef>,
    followup: Vec<FollowUpDef>,
    promise: Vec<PromiseDef>,
    promise_activity: Vec<ActivityDef>,
    action: Vec<ActionDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AgreementDef {
    code: String,
    title: String,
    parties: Vec<String>,
    period_start: String,
    period_end: String,
    signed_by: String,
    signed_on: String,
    revision_due: String,
    documentation_rule: String,
    follow_up_rule: String,
    appendix: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PriorityDef {
    code: String,
    number: i64,
    title: String,
    problem_picture: String,
    causes: String,
    status: ActionStatus,
    goals: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FollowUpDef {
    subject: String,
    date: String,
    status: ActionStatus,
    comment: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PromiseDef {
    code: String,
    period_start: String,
    period_end: String,
    text: String,
    basis: PromiseBasis,
    places: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActivityDef {
    code: String,
    promise: String,
    number: i64,
    activity: String,
    scope: String,
    responsible: String,
    follow_up_forum: String,
    status: ActionStatus,
}

pub(crate) fn collect(world: &World, b: &mut Batch) -> Result<(), SeedError> {
    let r = world.refs(source::DEMO_AGREEMENT.name);
    let f: AgreementFile = source::DEMO_AGREEMENT.parse()?;
    let a = &f.agreement;
    let agreement_id = demo_id("agreement", &a.code);
    b.agreements.push(Agreement {
        id: agreement_id,
        classification: Classification::Oppen,
        title: a.title.clone(),
        party_org_ids: r.orgs(&a.parties)?,
        period_start: r.date(&a.period_start)?,
        period_end: r.date(&a.period_end)?,
        signed_by: a.signed_by.clone(),
        signed_on: Some(r.date(&a.signed_on)?),
        revision_due: Some(r.date(&a.revision_due)?),
        documentation_rule: a.documentation_rule.clone(),
        follow_up_rule: a.follow_up_rule.clone(),
        appendix: a.appendix.clone(),
        active: Some(true),
    });
    for p in &f.priority {
        let id = demo_id("priority", &p.code);
        b.priorities.push(Priority {
            id,
            classification: Classification::Oppen,
            agreement_id,
            number: p.number,
            title: p.title.clone(),
            problem_picture: p.problem_picture.clone(),
            causes: p.causes.clone(),
            status: p.status,
        });
        for (i, text) in p.goals.iter().enumerate() {
            b.goals.push(Goal {
                id: demo_id("goal", &format!("{}:{}", p.code, i + 1)),
                classification: Classification::Oppen,
                text: text.clone(),
                measurable: true,
                plan_id: None,
                priority_id: Some(id),
                place_project_id: None,
                active: Some(true),
            });
        }
    }
    for (i, fu) in f.followup.iter().enumerate() {
        if !f.priority.iter().any(|p| p.code == fu.subject) {
            return Err(SeedError::data(
                r.file,
                format!("det prioriterade området ”{}” finns inte", fu.subject),
            ));
        }
        b.follow_ups.push(FollowUp {
            id: demo_id("follow_up", &format!("priority:{}:{i}", fu.subject)),
            classification: Classification::Begransad,
            subject_kind: EntityKind::Priority,
            subject_id: demo_id("priority", &fu.subject),
            meeting_id: None,
            date: r.date(&fu.date)?,
            status_after: Some(fu.status),
            comment: fu.comment.clone(),
            pii_confirmed: false,
        });
    }
    for p in &f.promise {
        b.promises.push(CitizenPromise {
            id: demo_id("citizen_promise", &p.code),
            classification: Classification::Oppen,
            agreement_id,
            period_start: r.date(&p.period_start)?,
            period_end: r.date(&p.period_end)?,
            text: p.text.clone(),
            basis: p.basis,
            place_ids: p
                .places
                .iter()
                .map(|c| r.place(c).map(|pl| pl.id))
                .collect::<Result<_, _>>()?,
            active: Some(true),
        });
    }
    for a in &f.promise_activity {
        if !f.promise.iter().any(|p| p.code == a.promise) {
            return Err(SeedError::data(
                r.file,
                format!("medborgarlöftet ”{}” finns inte", a.promise),
            ));
        }
        b.activities.push(PromiseActivity {
            id: demo_id("promise_activity", &a.code),
            classification: Classification::Oppen,
            promise_id: demo_id("citizen_promise", &a.promise),
            number: a.number,
            activity: a.activity.clone(),
            scope: a.scope.clone(),
            responsible_org_id: r.org(&a.responsible)?,
            follow_up_forum: a.follow_up_forum.clone(),
            status: a.status,
        });
    }
    push_actions(r, &f.action, ActionOrigin::Overenskommelse, b)
}
