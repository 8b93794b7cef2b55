//! Attendance of an organisation the list does not have yet: picked among the organisations
//! in use without a mark at this meeting, or made on the spot (kind "annan", changed later
//! under Register), with the functions that came and whether it was adjungerad.

use chrono::Datelike;

use crate::domain::{
    Attendance, Classification, Id, Lang, MeetingSeries, Organisation, Presence, Vocabulary,
};
use crate::i18n::t;
use crate::tui::app::effects::{Change, Record};
use crate::tui::app::state::{OpenForm, Overlay, Refs, State};
use crate::tui::forms::options::vocab_options;
use crate::tui::forms::registry::FieldError;
use crate::tui::screens::meeting::forms::{MeetingForm, purpose};
use crate::tui::widgets::form::{Field, Form};

/// The organisation kind a new organisation gets (a code of `data/organisation_kinds.toml`).
const NEW_ORGANISATION_KIND: &str = "annan";

fn label(lang: Lang, id: &str) -> &'static str {
    crate::i18n::message_static(lang, id).unwrap_or("")
}

/// The organisations the attendance step lists, in order: the members of the meeting's series
/// first, then every other organisation in use; each part in Swedish order.
pub fn listed(state: &State) -> Vec<&Organisation> {
    let members = members(state);
    let (mut first, rest): (Vec<&Organisation>, Vec<&Organisation>) = state
        .refs
        .organisations
        .iter()
        .partition(|o| members.contains(&o.id));
    first.extend(rest);
    first
}

/// The members of the meeting's series (none without a series or when it names none).
pub fn members(state: &State) -> &[Id] {
    state
        .meeting
        .data
        .held_in
        .as_ref()
        .map(MeetingSeries::members)
        .unwrap_or_default()
}

pub fn open(state: &mut State, meeting: Id) {
    let lang = state.lang;
    let marked: Vec<Id> = state
        .meeting
        .data
        .attendance
        .iter()
        .map(|a| a.organisation_id)
        .collect();
    let mut options = vec![(
        t!(lang, "meeting-attendance-new-organisation"),
        String::new(),
    )];
    options.extend(
        state
            .refs
            .organisations
            .iter()
            .filter(|o| o.active && !marked.contains(&o.id))
            .map(|o| (o.name.clone(), o.id.to_string())),
    );
    let form = Form::new(
        t!(lang, "meeting-attendance-title"),
        vec![
            Field::choice(
                "organisation",
                label(lang, "meeting-form-organisation"),
                options,
                "",
            ),
            Field::text("name", label(lang, "meeting-form-new-organisation"), ""),
            Field::text("short_name", label(lang, "meeting-form-short-name"), ""),
            Field::text("functions", label(lang, "meeting-form-functions"), ""),
            Field::choice(
                "presence",
                label(lang, "meeting-form-presence"),
                vocab_options::<Presence>(lang),
                Presence::Narvarande.code(),
            ),
            Field::choice(
                "adjunct",
                label(lang, "meeting-form-adjunct"),
                vec![
                    (t!(lang, "value-no"), "nej".into()),
                    (t!(lang, "value-yes"), "ja".into()),
                ],
                "nej",
            ),
        ],
        state.today.year(),
    );
    state.overlay = Some(Overlay::Form(Box::new(OpenForm {
        form,
        purpose: purpose(lang, MeetingForm::Attendance { meeting }),
    })));
}

pub fn submit(form: &Form, meeting: Id, refs: &Refs, lang: Lang) -> Result<Change, FieldError> {
    let mut records = Vec::new();
    let (org_id, name) = match form.id("organisation") {
        Some(id) => (id, refs.org_name(Some(id))),
        None => {
            let name = form.text("name");
            if name.is_empty() {
                return Err(("name", t!(lang, "meeting-attendance-needs-organisation")));
            }
            if let Some(same) = refs
                .organisations
                .iter()
                .find(|o| o.name.to_lowercase() == name.to_lowercase())
            {
                return Err((
                    "name",
                    t!(lang, "meeting-attendance-exists", name = same.name.as_str()),
                ));
            }
            let org = Organisation {
                id: Id::new(),
                classification: Classification::Begransad,
                name: name.clone(),
                short_name: form.opt_text("short_name"),
                kind: NEW_ORGANISATION_KIND.into(),
                is_authority: false,
                active: true,
            };
            let id = org.id;
            records.push(Record::Organisation(org));
            (id, name)
        }
    };
    let presence = Presence::parse(&form.text("presence")).unwrap_or(Presence::Narvarande);
    records.push(Record::Attendance(Attendance {
        id: Id::new(),
        classification: Classification::Begransad,
        meeting_id: meeting,
        organisation_id: org_id,
        presence,
        until_item: None,
        functions: form.text("functions"),
        adjunct: form.text("adjunct") == "ja",
    }));
    Ok(Change::new(
        t!(
            lang,
            "meeting-attendance-saved",
            name = name.as_str(),
            presence = presence.label(lang)
        ),
        records,
    ))
}
