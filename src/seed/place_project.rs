//! The demo platssamverkan (`data/demo/place_project.toml`): "Ett tryggare Lindängsringen" with
//! its målbild, partners, goals, an inspection and a walk whose findings became actions.

use serde::Deserialize;

use super::batch::Batch;
use super::error::SeedError;
use super::plan::{ActionDef, GoalDef, IndicatorDef};
use super::source;
use super::world::{World, demo_id};
use crate::domain::{
    ActionOrigin, Classification, Finding, Goal, Inspection, InspectionKind, PlaceProject,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProjectFile {
    project: ProjectDef,
    goal: Vec<GoalDef>,
    indicator: Vec<IndicatorDef>,
    inspection: Vec<InspectionDef>,
    finding: Vec<FindingDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProjectDef {
    code: String,
    name: String,
    short_name: String,
    area: String,
    partners: Vec<String>,
    vision: String,
    started_on: String,
    coordinator_function: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InspectionDef {
    code: String,
    kind: InspectionKind,
    date: String,
    participants: Vec<String>,
    summary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FindingDef {
    code: String,
    inspection: String,
    place: String,
    issue: String,
    suggested_action: String,
    owner: String,
    action: Option<ActionDef>,
}

pub(crate) fn collect(world: &World, b: &mut Batch) -> Result<(), SeedError> {
    let r = world.refs(source::DEMO_PLACE_PROJECT.name);
    let f: ProjectFile = source::DEMO_PLACE_PROJECT.parse()?;
    let p = &f.project;
    let project_id = demo_id("place_project", &p.code);
    let area_id = r.area(&p.area)?;
    b.projects.push(PlaceProject {
        id: project_id,
        classification: Classification::Oppen,
        name: p.name.clone(),
        short_name: p.short_name.clone(),
        area_id,
        partner_org_ids: r.orgs(&p.partners)?,
        vision: p.vision.clone(),
        started_on: r.date(&p.started_on)?,
        coordinator_function: p.coordinator_function.clone(),
        active: true,
    });
    for g in &f.goal {
        b.goals.push(Goal {
            id: demo_id("goal", &g.code),
            classification: Classification::Oppen,
            text: g.text.clone(),
            measurable: g.measurable,
            plan_id: None,
            priority_id: None,
            place_project_id: Some(project_id),
            active: Some(true),
        });
    }
    for i in &f.indicator {
        i.push(r, b)?;
    }
    for i in &f.inspection {
        b.inspections.push(Inspection {
            id: demo_id("inspection", &i.code),
            classification: Classification::Begransad,
            project_id: Some(project_id),
            area_id,
            date: r.date(&i.date)?,
            kind: i.kind,
            participant_org_ids: r.orgs(&i.participants)?,
            summary: i.summary.clone(),
            pii_confirmed: false,
            active: Some(true),
        });
    }
    for fd in &f.finding {
        if !f.inspection.iter().any(|i| i.code == fd.inspection) {
            return Err(SeedError::data(
                r.file,
                format!("besiktningen ”{}” finns inte", fd.inspection),
            ));
        }
        let id = demo_id("finding", &fd.code);
        let place = r.place(&fd.place)?;
        let action_id = match &fd.action {
            Some(def) => {
                let mut def = def.clone();
                def.place.get_or_insert_with(|| fd.place.clone());
                def.owner.get_or_insert_with(|| fd.owner.clone());
                if def.description.is_empty() {
                    def.description = format!("{} {}", fd.issue, fd.suggested_action);
                }
                let action_id = demo_id("action", &format!("finding:{}", fd.code));
                let mut action = def.to_action(r, action_id, ActionOrigin::Besiktning)?;
                action.finding_id = Some(id);
                b.actions.push(action);
                Some(action_id)
            }
            None => None,
        };
        b.findings.push(Finding {
            id,
            classification: Classification::Begransad,
            inspection_id: demo_id("inspection", &fd.inspection),
            place_id: Some(place.id),
            issue: fd.issue.clone(),
            suggested_action: fd.suggested_action.clone(),
            owner_org_id: Some(r.org(&fd.owner)?),
            action_id,
            pii_confirmed: false,
            active: Some(true),
        });
    }
    Ok(())
}
