//! The forms of the app and how each is filled in; `form_submit` says what a valid one saves.

use chrono::{Datelike, NaiveDate};

use crate::domain::{ActionStatus, AreaAssessment, Grade, Id, Meeting, Severity, Vocabulary};
use crate::store::queries::observations::ObservationRow;
use crate::tui::app::state::{FormPurpose, OpenForm, Refs};
use crate::tui::widgets::form::{Field, FieldKind, Form};

const NONE: &str = "–";

fn vocab_options<T: Vocabulary>() -> Vec<(String, String)> {
    T::ALL
        .iter()
        .map(|v| (v.label_sv().to_string(), v.code().to_string()))
        .collect()
}

fn org_options(refs: &Refs, optional: bool) -> Vec<(String, String)> {
    let mut o: Vec<(String, String)> = refs
        .organisations
        .iter()
        .map(|o| (o.name.clone(), o.id.to_string()))
        .collect();
    if optional {
        o.insert(0, (NONE.into(), String::new()));
    }
    o
}

pub(crate) fn area_options(refs: &Refs, optional: bool) -> Vec<(String, String)> {
    let mut o: Vec<(String, String)> = refs
        .areas
        .iter()
        .map(|a| (a.name.clone(), a.id.to_string()))
        .collect();
    if optional {
        o.insert(0, (NONE.into(), String::new()));
    }
    o
}

pub(crate) fn place_options(refs: &Refs) -> Vec<(String, String)> {
    let mut o = vec![(NONE.to_string(), String::new())];
    for p in &refs.places {
        let area = refs
            .areas
            .iter()
            .find(|a| a.id == p.area_id)
            .map(|a| a.name.as_str())
            .unwrap_or("");
        o.push((format!("{} ({area})", p.name), p.id.to_string()));
    }
    o
}

fn id_text(id: Option<Id>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

pub fn onboarding(year: i32) -> OpenForm {
    OpenForm {
        form: Form::new(
            "Börja tomt: kommunen och din organisation",
            vec![
                Field::text("municipality", "Kommunens namn", "").required(),
                Field::text("organisation", "Din organisation", "").required(),
                Field::text("function", "Din funktion", "trygghetssamordnare").required(),
            ],
            year,
        ),
        purpose: FormPurpose::Onboarding,
    }
}

/// The observation form, empty or filled from a row being edited.
pub fn observation(refs: &Refs, today: NaiveDate, row: Option<&ObservationRow>) -> OpenForm {
    // An edit keeps who reported it; a new one is the own organisation's.
    let reporter = row.map(|r| r.reporting_org_id).or_else(|| {
        refs.own_organisation
            .or_else(|| refs.organisations.first().map(|o| o.id))
    });
    let mut reporters = org_options(refs, false);
    if let Some(r) = row.filter(|r| {
        !reporters
            .iter()
            .any(|(_, v)| *v == r.reporting_org_id.to_string())
    }) {
        // An organisation no longer active is still who reported it.
        reporters.push((r.organisation.clone(), r.reporting_org_id.to_string()));
    }
    let event_type = row.and_then(|r| {
        refs.event_types
            .iter()
            .find(|e| e.label_sv == r.event_type)
            .map(|e| e.id)
    });
    let fields = vec![
        Field::of_kind(
            "date",
            "Datum",
            FieldKind::Date,
            &row.map_or(today, |r| r.occurred_on).to_string(),
        )
        .required(),
        Field::of_kind(
            "time",
            "Tid",
            FieldKind::TimeOrPeriod,
            &row.and_then(|r| r.time_from.clone().or_else(|| r.day_period.clone()))
                .unwrap_or_default(),
        ),
        Field::choice(
            "area",
            "Område",
            area_options(refs, false),
            &id_text(row.map(|r| r.area_id)),
        )
        .required(),
        Field::choice(
            "place",
            "Plats",
            place_options(refs),
            &id_text(row.and_then(|r| r.place_id)),
        ),
        Field::choice(
            "event_type",
            "Händelsetyp",
            refs.event_types
                .iter()
                .map(|e| (e.label_sv.clone(), e.id.to_string()))
                .collect(),
            &id_text(event_type),
        )
        .required(),
        Field::choice("org", "Rapporterad av", reporters, &id_text(reporter)).required(),
        Field::choice(
            "severity",
            "Allvarlighetsnivå",
            vocab_options::<Severity>(),
            row.map_or("storning", |r| r.severity.code()),
        ),
        Field::choice(
            "grade",
            "Bedömning",
            vocab_options::<Grade>(),
            row.map_or("2", |r| r.grade.code()),
        ),
        Field::description(
            "description",
            "Beskrivning",
            row.map_or("", |r| r.description.as_str()),
        )
        .required(),
    ];
    OpenForm {
        form: Form::new(
            if row.is_some() {
                "Ändra iakttagelse"
            } else {
                "Ny iakttagelse"
            },
            fields,
            today.iso_week().year(),
        ),
        purpose: match row {
            Some(r) => FormPurpose::EditObservation(r.id),
            None => FormPurpose::NewObservation,
        },
    }
}

/// A new action; `prefill` = (title, owner) when it comes from a finding.
pub fn new_action(
    refs: &Refs,
    today: NaiveDate,
    purpose: FormPurpose,
    prefill: Option<(String, Option<Id>)>,
) -> OpenForm {
    let (title, owner) = prefill.unwrap_or_default();
    let fields = vec![
        Field::free_text("title", "Åtgärd", &title).required(),
        Field::choice(
            "owner",
            "Ansvarig",
            org_options(refs, false),
            &id_text(owner.or(refs.own_organisation)),
        )
        .required(),
        Field::text("function", "Funktion", ""),
        Field::choice("area", "Område", area_options(refs, true), ""),
        Field::choice("place", "Plats", place_options(refs), ""),
        Field::of_kind("due", "Klart senast", FieldKind::DateOrWeek { today }, ""),
        Field::description("description", "Beskrivning", ""),
    ];
    OpenForm {
        form: Form::new("Ny åtgärd", fields, today.iso_week().year()),
        purpose,
    }
}

pub fn follow_up(action: Id, title: &str, status: ActionStatus, year: i32) -> OpenForm {
    let mut options = vec![(
        format!("{} (oförändrad)", status.label_sv()),
        status.code().to_string(),
    )];
    options.extend(
        status
            .allowed_next()
            .iter()
            .map(|s| (s.label_sv().to_string(), s.code().to_string())),
    );
    OpenForm {
        form: Form::new(
            format!("Följ upp: {title}"),
            vec![
                Field::choice("status", "Status", options, status.code()),
                Field::description("comment", "Uppföljning", "").required(),
            ],
            year,
        ),
        purpose: FormPurpose::FollowUp { action },
    }
}

pub fn planned_event(meeting: Id, year: i32) -> OpenForm {
    OpenForm {
        form: Form::new(
            "Planerad händelse",
            vec![
                Field::text("title", "Händelse (t.ex. skolavslutning, valborg)", "").required(),
                Field::description("text", "När, var och vad det betyder för samverkan", ""),
            ],
            year,
        ),
        purpose: FormPurpose::PlannedEvent { meeting },
    }
}

pub fn next_meeting(after: &Meeting) -> OpenForm {
    let date = after.date + chrono::Duration::days(7);
    OpenForm {
        form: Form::new(
            "Nästa möte",
            vec![
                Field::of_kind("date", "Datum", FieldKind::Date, &date.to_string()).required(),
                Field::of_kind(
                    "time",
                    "Tid",
                    FieldKind::Time,
                    &after
                        .start_time
                        .map(crate::domain::week::time_sv)
                        .unwrap_or_default(),
                ),
                Field::text("location", "Plats", &after.location),
            ],
            date.iso_week().year(),
        ),
        purpose: FormPurpose::NextMeeting { after: after.id },
    }
}

/// Adds or removes one hot spot of an area: the area's places, the first not yet a hot spot
/// chosen; saving toggles the chosen one and keeps the others.
pub fn hot_spot(refs: &Refs, assessment: AreaAssessment, area: &str, year: i32) -> OpenForm {
    let places: Vec<&crate::domain::Place> = refs
        .places
        .iter()
        .filter(|p| p.area_id == assessment.area_id)
        .collect();
    let ids: Vec<Id> = places.iter().map(|p| p.id).collect();
    let options = places
        .iter()
        .map(|p| {
            let label = if assessment.hot_spot_place_ids.contains(&p.id) {
                format!("{} (hot spot: tas bort)", p.name)
            } else {
                format!("{} (läggs till)", p.name)
            };
            (label, p.id.to_string())
        })
        .collect();
    OpenForm {
        form: Form::new(
            format!("Hot spots i {area}"),
            vec![Field::choice(
                "place",
                "Plats",
                options,
                &id_text(assessment.hot_spot_candidate(&ids)),
            )],
            year,
        ),
        purpose: FormPurpose::HotSpot(Box::new(assessment)),
    }
}
