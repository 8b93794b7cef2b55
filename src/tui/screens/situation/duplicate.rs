//! Marking an observation a duplicate (*dubblett*) picks its original: the observations of the
//! same area within a week either side, typed to filter (date, type, place, text); the link is
//! kept in `duplicate_of_id` and the detail says "Dubblett av …".

use chrono::{Datelike, Duration};

use crate::domain::{Id, Lang, ReviewStatus};
use crate::i18n::t;
use crate::store::queries::Page;
use crate::store::queries::observations::{ObservationFilter, ObservationRow};
use crate::store::{Result, Store};
use crate::tui::app::effects::{Change, Edit, Effect};
use crate::tui::app::state::{FormPurpose, OpenForm, Overlay, State};
use crate::tui::screens::situation::messages::{SituationEffect, SituationMsg};
use crate::tui::widgets::form::{Field, Form};

/// How far from the observation's day an original may lie.
const DAYS_AROUND: i64 = 7;

/// Asks the I/O side for the selected observation's possible originals.
pub fn ask(state: &mut State) -> Vec<Effect> {
    match state.observations.list.selected() {
        Some(row) => vec![SituationEffect::DuplicateCandidates(Box::new(row.clone())).into()],
        None => Vec::new(),
    }
}

/// The observations that may be the original: same area, ±7 days, not the observation itself
/// and not themselves duplicates; nearest day first.
pub fn candidates(s: &Store, of: &ObservationRow) -> Result<Vec<ObservationRow>> {
    let mut rows = s.observations(
        &ObservationFilter {
            from: Some(of.occurred_on - Duration::days(DAYS_AROUND)),
            to: Some(of.occurred_on + Duration::days(DAYS_AROUND)),
            areas: Some(vec![of.area_id]),
            ..ObservationFilter::default()
        },
        Page::new(0, 500),
    )?;
    rows.retain(|r| r.id != of.id && r.review_status != ReviewStatus::Dubblett);
    rows.sort_by_key(|r| (r.occurred_on - of.occurred_on).num_days().abs());
    Ok(rows)
}

pub fn load(s: &Store, of: ObservationRow) -> Result<crate::tui::app::messages::Msg> {
    let rows = candidates(s, &of)?;
    Ok(SituationMsg::DuplicateCandidates {
        of: Box::new(of),
        rows,
    }
    .into())
}

/// "2026-11-17 Skadegörelse, Torget: Klotter på …": how a person tells observations apart.
pub fn describe(r: &ObservationRow) -> String {
    let place = r.place.as_deref().unwrap_or(r.area.as_str());
    let text: String = crate::tui::widgets::text::one_line(&r.description)
        .chars()
        .take(40)
        .collect();
    format!("{} {}, {place}: {text}", r.occurred_on, r.event_type)
}

/// The picker, once the candidates are read; none is said instead.
pub fn loaded(state: &mut State, of: ObservationRow, rows: Vec<ObservationRow>) {
    let lang = state.lang;
    if rows.is_empty() {
        state.error(t!(lang, "duplicate-none", area = of.area.as_str()));
        return;
    }
    let options = rows
        .iter()
        .map(|r| (describe(r), r.id.to_string()))
        .collect();
    let first = rows[0].id.to_string();
    let form = Form::new(
        t!(lang, "duplicate-title", observation = describe(&of)),
        vec![
            Field::choice(
                "original",
                crate::i18n::message_static(lang, "duplicate-original").unwrap_or(""),
                options,
                &first,
            )
            .required(),
        ],
        state.today.year(),
    );
    state.overlay = Some(Overlay::Form(Box::new(OpenForm {
        form,
        purpose: FormPurpose::Duplicate {
            observation: of.id,
            lang,
        },
    })));
}

/// The observation marked a duplicate of the one picked.
pub fn submit(f: &Form, id: Id, lang: Lang) -> std::result::Result<Change, (&'static str, String)> {
    let of = f
        .id("original")
        .ok_or(("original", t!(lang, "duplicate-pick")))?;
    let mut change = Change::new(t!(lang, "duplicate-marked"), vec![]);
    change.edits.push(Edit::Duplicate { id, of });
    Ok(change)
}

/// An original as the detail names it: "Dubblett av 2026-11-17 Skadegörelse, Torget".
#[derive(Debug, Clone, PartialEq)]
pub struct Original {
    pub date: chrono::NaiveDate,
    pub kind: String,
    pub place: String,
}

impl Original {
    pub fn said(&self, lang: Lang) -> String {
        t!(
            lang,
            "duplicate-of",
            date = self.date.to_string(),
            kind = self.kind.as_str(),
            place = self.place.as_str()
        )
    }
}

/// For the duplicates among `rows`: their originals, by date, type and place, for the detail.
pub fn originals(s: &Store, rows: &[ObservationRow]) -> Result<Vec<(Id, Original)>> {
    use crate::domain::{Area, EventType, Observation, Place};
    let mut out = Vec::new();
    for row in rows
        .iter()
        .filter(|r| r.review_status == ReviewStatus::Dubblett)
    {
        let Some(of) = s
            .get::<Observation>(row.id)?
            .and_then(|o| o.duplicate_of_id)
        else {
            continue;
        };
        let Some(original) = s.get::<Observation>(of)? else {
            continue;
        };
        let kind = s
            .get::<EventType>(original.event_type_id)?
            .map(|e| e.label_sv)
            .unwrap_or_default();
        let place = match original.place_id {
            Some(p) => s.get::<Place>(p)?.map(|p| p.name),
            None => None,
        };
        let place = match place {
            Some(p) => p,
            None => s
                .get::<Area>(original.area_id)?
                .map(|a| a.name)
                .unwrap_or_default(),
        };
        out.push((
            row.id,
            Original {
                date: original.occurred_on,
                kind,
                place,
            },
        ));
    }
    Ok(out)
}
