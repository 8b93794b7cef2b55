//! The observation form of Lägesbild: a new observation, or an edit that keeps who reported it.

use chrono::{Datelike, NaiveDate, Utc};

use crate::domain::Lang;
use crate::domain::{
    Classification, Grade, Id, Observation, ObservationSource, ReviewStatus, Severity, Vocabulary,
};
use crate::i18n::t;
use crate::store::queries::observations::ObservationRow;
use crate::tui::app::effects::{Change, Edit, ObservationPatch, Record};
use crate::tui::app::state::{FormPurpose, OpenForm, Refs};
use crate::tui::forms::labels;
use crate::tui::forms::options::{
    area_options, id_text, org_options, place_options, vocab_options,
};
use crate::tui::widgets::form::{Field, FieldKind, Form};
use crate::tui::widgets::words::word;

/// The observation form, empty or filled from a row being edited.
pub fn observation(
    refs: &Refs,
    today: NaiveDate,
    lang: Lang,
    row: Option<&ObservationRow>,
) -> OpenForm {
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
            word(lang, "tui-field-date"),
            FieldKind::Date,
            &row.map_or(today, |r| r.occurred_on).to_string(),
        )
        .required(),
        Field::of_kind(
            "time",
            word(lang, "tui-field-time"),
            FieldKind::TimeOrPeriod,
            &row.and_then(|r| r.time_from.clone().or_else(|| r.day_period.clone()))
                .unwrap_or_default(),
        ),
        Field::choice(
            "area",
            word(lang, "tui-column-area"),
            area_options(refs, false),
            &id_text(row.map(|r| r.area_id)),
        )
        .required(),
        Field::choice(
            "place",
            word(lang, "tui-field-place"),
            place_options(refs),
            &id_text(row.and_then(|r| r.place_id)),
        ),
        Field::choice(
            "event_type",
            word(lang, "tui-field-event-type"),
            refs.event_types
                .iter()
                .map(|e| (e.label(lang).to_string(), e.id.to_string()))
                .collect(),
            &id_text(event_type),
        )
        .required(),
        Field::choice(
            "org",
            word(lang, "tui-field-reported-by"),
            reporters,
            &id_text(reporter),
        )
        .required(),
        Field::choice(
            "severity",
            word(lang, "tui-field-severity"),
            vocab_options::<Severity>(lang),
            row.map_or("storning", |r| r.severity.code()),
        ),
        Field::choice(
            "grade",
            word(lang, "tui-field-grade"),
            vocab_options::<Grade>(lang),
            row.map_or("2", |r| r.grade.code()),
        ),
        Field::description(
            "description",
            word(lang, "tui-field-description"),
            row.map_or("", |r| r.description.as_str()),
        )
        .required(),
        // As every form: what may leave this copy, and that intern never does.
        Field::choice(
            labels::CLASSIFICATION,
            word(lang, "tui-field-classification"),
            Classification::ALL
                .iter()
                .map(|c| {
                    (
                        word(lang, labels::classification_id(*c)).to_string(),
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
            word(
                lang,
                if row.is_some() {
                    "tui-form-edit-observation"
                } else {
                    "tui-form-new-observation"
                },
            ),
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
pub fn submit(open: &OpenForm, refs: &Refs, lang: Lang) -> Result<Change, (&'static str, String)> {
    let f = &open.form;
    let pii = f.pii_confirmed;
    let patch = observation_patch(f, refs, lang)?;
    if let FormPurpose::EditObservation(id) = open.purpose {
        let mut change = Change::new(t!(lang, "tui-observation-changed"), vec![]);
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
    let label = match o.severity.escalation_path(lang) {
        Some(path) => t!(lang, "tui-observation-saved-escalate", path = path),
        None => t!(lang, "tui-observation-saved"),
    };
    Ok(Change::new(label, vec![Record::Observation(o)]))
}

fn observation_patch(
    f: &Form,
    refs: &Refs,
    lang: Lang,
) -> Result<ObservationPatch, (&'static str, String)> {
    let area_id = f.id("area").ok_or(("area", t!(lang, "tui-choose-area")))?;
    let place_id = f.id("place");
    if let Some(p) = place_id
        && refs
            .places
            .iter()
            .any(|x| x.id == p && x.area_id != area_id)
    {
        return Err(("place", t!(lang, "tui-place-not-in-area")));
    }
    let when = f.time_of_day("time");
    Ok(ObservationPatch {
        occurred_on: f.date("date").ok_or(("date", t!(lang, "tui-enter-date")))?,
        time_from: when.and_then(|w| w.time()),
        day_period: when.map(|w| w.day_period()),
        area_id,
        place_id,
        event_type_id: f
            .id("event_type")
            .ok_or(("event_type", t!(lang, "tui-choose-event-type")))?,
        reporting_org_id: f
            .id("org")
            .ok_or(("org", t!(lang, "tui-choose-organisation")))?,
        severity: Severity::parse(&f.text("severity")).unwrap_or(Severity::Storning),
        grade: Grade::parse(&f.text("grade")).unwrap_or(Grade::Medel),
        description: f.text("description"),
        pii_confirmed: f.pii_confirmed,
        classification: Classification::parse(&f.text(labels::CLASSIFICATION))
            .unwrap_or(Classification::Begransad),
    })
}
