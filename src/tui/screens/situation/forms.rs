//! The observation form of Lägesbild: a new observation, or an edit that keeps who reported it.

use chrono::{Datelike, NaiveDate, Utc};

use crate::domain::{
    Classification, Grade, Id, Observation, ObservationSource, ReviewStatus, Severity, Vocabulary,
};
use crate::store::queries::observations::ObservationRow;
use crate::tui::app::effects::{Change, Edit, ObservationPatch, Record};
use crate::tui::app::state::{FormPurpose, OpenForm, Refs};
use crate::tui::forms::labels;
use crate::tui::forms::options::{
    area_options, id_text, org_options, place_options, vocab_options,
};
use crate::tui::widgets::form::{Field, FieldKind, Form};

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
        // As every form: what may leave this copy, and that intern never does.
        Field::choice(
            labels::CLASSIFICATION,
            labels::CLASSIFICATION_SV,
            Classification::ALL
                .iter()
                .map(|c| {
                    (
                        labels::classification_sv(*c).to_string(),
                        c.code().to_string(),
                    )
                })
                .collect(),
            row.map_or(Classification::Begransad, |r| r.classification)
                .code(),
        ),
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

/// A new observation, or the edit of one.
pub fn submit(open: &OpenForm, refs: &Refs) -> Result<Change, (&'static str, String)> {
    let f = &open.form;
    let pii = f.pii_confirmed;
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
        classification: patch.classification,
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
        classification: Classification::parse(&f.text(labels::CLASSIFICATION))
            .unwrap_or(Classification::Begransad),
    })
}
