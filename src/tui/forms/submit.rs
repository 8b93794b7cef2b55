//! What a valid form saves: the records and edits of one change.

use chrono::{NaiveDate, Utc};

use crate::domain::{
    Action, ActionKind, ActionOrigin, ActionStatus, AgendaItem, AgendaKind, Classification,
    FollowUp, Grade, Horizon, Id, Meeting, MeetingStatus, Observation, ObservationSource,
    Organisation, ReviewStatus, Severity, Vocabulary,
};
use crate::store::meta;
use crate::tui::app::effects::{Change, Edit, ObservationPatch, Record};
use crate::tui::app::state::{FormPurpose, OpenForm, Refs};
use crate::tui::widgets::form::{Due, Form};

/// What a valid form saves. `Err` is a message for the field it names.
pub fn submit(
    open: &OpenForm,
    refs: &Refs,
    today: NaiveDate,
    current_meeting: Option<&Meeting>,
) -> Result<Change, (&'static str, String)> {
    let f = &open.form;
    let pii = f.pii_confirmed;
    match &open.purpose {
        // Utbyte's forms become exchange effects (`exchange_update::submit`), never a change.
        FormPurpose::Exchange(_) => Err(("", "Formuläret sparas på fliken Utbyte.".into())),
        FormPurpose::Onboarding => {
            let org = Organisation {
                id: Id::new(),
                classification: Classification::Oppen,
                name: f.text("organisation"),
                short_name: None,
                kind: "kommun_forvaltning".into(),
                is_authority: true,
                active: true,
            };
            let mut change = Change::new(
                format!("Välkommen! {} är inlagd.", f.text("municipality")),
                vec![Record::Organisation(org.clone())],
            );
            change.settings = vec![
                (meta::MUNICIPALITY, f.text("municipality")),
                (meta::OWN_ORGANISATION, org.id.to_string()),
                (meta::ACTOR, f.text("function")),
            ];
            Ok(change)
        }
        FormPurpose::NewObservation | FormPurpose::EditObservation(_) => {
            let patch = observation_patch(f, refs)?;
            if let FormPurpose::EditObservation(id) = open.purpose {
                let mut change = Change::new("Iakttagelsen ändrades.", vec![]);
                change.edits.push(Edit::Observation {
                    id,
                    patch: Box::new(patch),
                });
                return Ok(change);
            }
            let o = Observation {
                id: Id::new(),
                classification: Classification::Begransad,
                reporting_org_id: patch.reporting_org_id,
                reporter_id: None,
                event_type_id: patch.event_type_id,
                area_id: patch.area_id,
                place_id: patch.place_id,
                occurred_on: patch.occurred_on,
                occurred_until: None,
                time_from: patch.time_from,
                time_to: None,
                day_period: patch.day_period,
                reported_at: Utc::now(),
                description: patch.description,
                grade: patch.grade,
                severity: patch.severity,
                count_estimate: None,
                source: ObservationSource::Rapportor,
                external_ref: None,
                review_status: ReviewStatus::Ny,
                duplicate_of_id: None,
                pii_confirmed: pii,
            };
            let label = match o.severity.escalation_path_sv() {
                Some(path) => format!("Iakttagelsen sparades. {path}"),
                None => "Iakttagelsen sparades.".into(),
            };
            Ok(Change::new(label, vec![Record::Observation(o)]))
        }
        FormPurpose::NewAction { .. } | FormPurpose::FindingToAction { .. } => {
            let meeting = match &open.purpose {
                FormPurpose::NewAction { meeting } => *meeting,
                _ => None,
            };
            let finding = match &open.purpose {
                FormPurpose::FindingToAction { finding } => Some(*finding),
                _ => None,
            };
            let area_id = f.id("area");
            let place_id = f.id("place");
            if let (Some(a), Some(p)) = (area_id, place_id)
                && refs.places.iter().any(|x| x.id == p && x.area_id != a)
            {
                return Err(("place", "Platsen ligger inte i det valda området.".into()));
            }
            let (due_on, due_week) = match f.due("due") {
                Some(Due::Date(d)) => (Some(d), None),
                Some(Due::Week(w)) => (Some(w.sunday()), Some(w)),
                None => (None, None),
            };
            let action = Action {
                id: Id::new(),
                classification: Classification::Begransad,
                title: f.text("title"),
                description: f.text("description"),
                kind: ActionKind::Situationell,
                horizon: Horizon::Kort,
                area_id: area_id.or_else(|| {
                    place_id.and_then(|p| refs.places.iter().find(|x| x.id == p).map(|x| x.area_id))
                }),
                place_id,
                responsible_org_id: f.id("owner"),
                responsible_function: f.text("function"),
                partner_org_ids: vec![],
                start_on: Some(today),
                due_on,
                due_week,
                recurrence: None,
                status: ActionStatus::Beslutad,
                origin: if finding.is_some() {
                    ActionOrigin::Besiktning
                } else {
                    ActionOrigin::Vecka
                },
                meeting_id: meeting,
                plan_item_id: None,
                priority_id: None,
                promise_activity_id: None,
                finding_id: finding,
                theme_ids: vec![],
                factor_ids: vec![],
                expected_effect: String::new(),
                result: String::new(),
                done_on: None,
                pii_confirmed: pii,
            };
            let mut change = Change::new(
                format!("Åtgärden ”{}” beslutades.", action.title),
                vec![Record::Action(action.clone())],
            );
            if let Some(finding) = finding {
                change.edits.push(Edit::LinkFinding {
                    finding,
                    action: action.id,
                });
            }
            Ok(change)
        }
        FormPurpose::FollowUp { action } => {
            let to = ActionStatus::parse(&f.text("status")).unwrap_or(ActionStatus::Pagar);
            let follow = FollowUp {
                id: Id::new(),
                classification: Classification::Begransad,
                subject_kind: crate::domain::EntityKind::Action,
                subject_id: *action,
                meeting_id: current_meeting.map(|m| m.id),
                date: today,
                status_after: Some(to),
                comment: f.text("comment"),
                pii_confirmed: pii,
            };
            let mut change = Change::new(
                format!("Uppföljningen sparades (status: {}).", to.label_sv()),
                vec![Record::FollowUp(follow)],
            );
            change.edits.push(Edit::ActionStatus { id: *action, to });
            Ok(change)
        }
        FormPurpose::PlannedEvent { meeting } => {
            let item = AgendaItem {
                id: Id::new(),
                classification: Classification::Begransad,
                meeting_id: *meeting,
                number: 80,
                kind: AgendaKind::PlaneradeHandelser,
                area_id: None,
                title: f.text("title"),
                text: f.text("text"),
                decision: None,
            };
            Ok(Change::new(
                "Den planerade händelsen lades till.",
                vec![Record::AgendaItem(item)],
            ))
        }
        FormPurpose::HotSpot(assessment) => {
            let place = f
                .id("place")
                .ok_or(("place", "Välj en plats.".to_string()))?;
            let mut a = assessment.as_ref().clone();
            let area = refs
                .areas
                .iter()
                .find(|x| x.id == a.area_id)
                .map_or("Området", |x| x.name.as_str());
            let added = a.toggle_hot_spot(place);
            let name = refs.place_name(place);
            let rest: Vec<String> = a
                .hot_spot_place_ids
                .iter()
                .filter(|p| **p != place)
                .map(|p| refs.place_name(*p))
                .collect();
            let label = match (added, rest.is_empty()) {
                (true, true) => format!("{area}: {name} är hot spot."),
                (true, false) => format!("{area}: {name} är hot spot, liksom {}.", rest.join(", ")),
                (false, true) => format!("{area}: {name} är inte längre hot spot. Inga kvar."),
                (false, false) => format!(
                    "{area}: {name} är inte längre hot spot. Kvar: {}.",
                    rest.join(", ")
                ),
            };
            Ok(Change::new(label, vec![Record::AreaAssessment(a)]))
        }
        // Handled before `submit` (it writes a file, not a record).
        FormPurpose::Export(_) => Err(("format", "Välj ett format.".into())),
        FormPurpose::PromotePolice(_) => Err(("place", "Välj en plats eller ett område.".into())),
        FormPurpose::NextMeeting { .. } => {
            let date = f
                .date("date")
                .ok_or(("date", "Ange ett datum.".to_string()))?;
            if date <= today {
                return Err(("date", "Nästa möte ska ligga efter i dag.".into()));
            }
            let base = current_meeting;
            let next = Meeting {
                id: Id::new(),
                classification: Classification::Begransad,
                kind: base.map_or(crate::domain::MeetingKind::Vecka, |m| m.kind),
                group_name: base.map_or_else(String::new, |m| m.group_name.clone()),
                date,
                start_time: f.time("time"),
                end_time: None,
                location: f.text("location"),
                chair: base.map_or_else(String::new, |m| m.chair.clone()),
                note_taker: base.map_or_else(String::new, |m| m.note_taker.clone()),
                adjuster: None,
                status: MeetingStatus::Planerat,
                approved_on: None,
                dnr: None,
                notes: String::new(),
            };
            Ok(Change::new(
                format!(
                    "Nästa möte är {} ({}).",
                    crate::domain::week::date_long_sv(date),
                    crate::domain::IsoWeek::of(date).short_sv()
                ),
                vec![Record::Meeting(next)],
            ))
        }
    }
}

fn observation_patch(f: &Form, refs: &Refs) -> Result<ObservationPatch, (&'static str, String)> {
    let area_id = f
        .id("area")
        .ok_or(("area", "Välj ett område.".to_string()))?;
    let place_id = f.id("place");
    if let Some(p) = place_id
        && refs
            .places
            .iter()
            .any(|x| x.id == p && x.area_id != area_id)
    {
        return Err(("place", "Platsen ligger inte i det valda området.".into()));
    }
    let when = f.time_of_day("time");
    Ok(ObservationPatch {
        occurred_on: f
            .date("date")
            .ok_or(("date", "Ange ett datum.".to_string()))?,
        time_from: when.and_then(|w| w.time()),
        day_period: when.map(|w| w.day_period()),
        area_id,
        place_id,
        event_type_id: f
            .id("event_type")
            .ok_or(("event_type", "Välj en händelsetyp.".to_string()))?,
        reporting_org_id: f
            .id("org")
            .ok_or(("org", "Välj en organisation.".to_string()))?,
        severity: Severity::parse(&f.text("severity")).unwrap_or(Severity::Storning),
        grade: Grade::parse(&f.text("grade")).unwrap_or(Grade::Medel),
        description: f.text("description"),
        pii_confirmed: f.pii_confirmed,
    })
}
