//! The forms of Åtgärder (also opened from the meeting and the document screens): a new action
//! (or one from a finding), and a follow-up that may change its status.

use chrono::{Datelike, NaiveDate};

use crate::domain::Lang;
use crate::domain::{
    Action, ActionKind, ActionOrigin, ActionStatus, Classification, FollowUp, Horizon, Id, Meeting,
    Vocabulary,
};
use crate::i18n::t;
use crate::tui::app::effects::{Change, Edit, Record};
use crate::tui::app::state::{FormPurpose, OpenForm, Refs};
use crate::tui::forms::options::{area_options, id_text, org_options, place_options};
use crate::tui::widgets::form::{Due, Field, FieldKind, Form};
use crate::tui::widgets::words::word;

/// A new action; `prefill` = (title, owner) when it comes from a finding.
pub fn new_action(
    refs: &Refs,
    today: NaiveDate,
    lang: Lang,
    purpose: FormPurpose,
    prefill: Option<(String, Option<Id>)>,
) -> OpenForm {
    let (title, owner) = prefill.unwrap_or_default();
    let fields = vec![
        Field::free_text("title", word(lang, "tui-field-action"), &title).required(),
        Field::choice(
            "owner",
            word(lang, "tui-field-responsible"),
            org_options(refs, false),
            &id_text(owner.or(refs.own_organisation)),
        )
        .required(),
        Field::text("function", word(lang, "tui-field-function"), ""),
        Field::choice(
            "area",
            word(lang, "tui-column-area"),
            area_options(refs, true),
            "",
        ),
        Field::choice(
            "place",
            word(lang, "tui-field-place"),
            place_options(refs),
            "",
        ),
        Field::of_kind(
            "due",
            word(lang, "tui-field-due"),
            FieldKind::DateOrWeek { today },
            "",
        ),
        Field::description("description", word(lang, "tui-field-description"), ""),
    ];
    OpenForm {
        form: Form::new(
            word(lang, "tui-form-new-action"),
            fields,
            today.iso_week().year(),
        ),
        purpose,
    }
}

pub fn follow_up(action: Id, title: &str, status: ActionStatus, year: i32, lang: Lang) -> OpenForm {
    let mut options = vec![(
        t!(lang, "tui-status-unchanged", status = status.label(lang)),
        status.code().to_string(),
    )];
    options.extend(
        status
            .allowed_next()
            .iter()
            .map(|s| (s.label(lang).to_string(), s.code().to_string())),
    );
    OpenForm {
        form: Form::new(
            t!(lang, "tui-form-follow-up", title = title),
            vec![
                Field::choice("status", "Status", options, status.code()),
                Field::description("comment", word(lang, "tui-field-follow-up"), "").required(),
            ],
            year,
        ),
        purpose: FormPurpose::FollowUp { action },
    }
}

/// A new action, or one decided from a finding (linked to it in the same change).
pub fn submit_action(
    open: &OpenForm,
    refs: &Refs,
    today: NaiveDate,
    lang: Lang,
) -> Result<Change, (&'static str, String)> {
    let f = &open.form;
    let pii = f.pii_confirmed;
    let meeting = match &open.purpose {
        FormPurpose::NewAction { meeting } => *meeting,
        _ => None,
    };
    let finding = match &open.purpose {
        FormPurpose::FindingToAction { finding } => Some(*finding),
        _ => None,
    };
    let plan_item = match &open.purpose {
        FormPurpose::PlanItemAction { item } => Some(*item),
        _ => None,
    };
    let area_id = f.id("area");
    let place_id = f.id("place");
    if let (Some(a), Some(p)) = (area_id, place_id)
        && refs.places.iter().any(|x| x.id == p && x.area_id != a)
    {
        return Err(("place", t!(lang, "tui-place-not-in-area")));
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
        } else if plan_item.is_some() {
            ActionOrigin::Atgardsplan
        } else {
            ActionOrigin::Vecka
        },
        meeting_id: meeting,
        plan_item_id: plan_item,
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
        t!(lang, "tui-action-decided", title = action.title.as_str()),
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

/// A follow-up of an action, changing its status by the status rules.
pub fn submit_follow_up(
    f: &Form,
    action: Id,
    today: NaiveDate,
    current_meeting: Option<&Meeting>,
    lang: Lang,
) -> Change {
    let pii = f.pii_confirmed;
    let to = ActionStatus::parse(&f.text("status")).unwrap_or(ActionStatus::Pagar);
    let follow = FollowUp {
        id: Id::new(),
        classification: Classification::Begransad,
        subject_kind: crate::domain::EntityKind::Action,
        subject_id: action,
        meeting_id: current_meeting.map(|m| m.id),
        date: today,
        status_after: Some(to),
        comment: f.text("comment"),
        pii_confirmed: pii,
    };
    let mut change = Change::new(
        t!(lang, "tui-follow-up-saved", status = to.label(lang)),
        vec![Record::FollowUp(follow)],
    );
    change.edits.push(Edit::ActionStatus { id: action, to });
    change
}
