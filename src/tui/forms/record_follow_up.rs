//! A record's status and a follow-up line in one form, as Åtgärder follows up an action: the
//! status of an agreement's priority or a promise's activity (and a measure's, a plan's) and
//! what was said about it, written together (one undo).

use chrono::Datelike;
use serde_json::Value;

use crate::domain::{ActionStatus, Classification, EntityKind, FollowUp, Id, Vocabulary};
use crate::i18n::t;
use crate::tui::app::effects::Effect;
use crate::tui::app::state::{FormPurpose, OpenForm, Overlay, State};
use crate::tui::forms::labels;
use crate::tui::forms::record::{RecordEffect, Target};
use crate::tui::widgets::form::{Field, Form};

const STATUS: &str = "status";
const COMMENT: &str = "comment";

/// What the form is about: the record and its status when the form opened.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUpForm {
    pub target: Target,
    pub current: String,
}

/// The write: the new status (when it changed) and the follow-up line (when one was written).
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUpWrite {
    pub target: Target,
    pub status: Option<String>,
    pub follow_up: Option<FollowUp>,
    pub label: String,
}

/// A follow-up's status is an action's: kept for the kinds whose status is one.
fn follows_action_status(kind: EntityKind) -> bool {
    matches!(kind, EntityKind::Priority | EntityKind::PromiseActivity)
}

fn status_label(kind: EntityKind, code: &str) -> String {
    kind.field(STATUS)
        .and_then(|def| def.vocabulary)
        .and_then(|key| crate::domain::vocab::vocabulary_label(key, code, crate::domain::Lang::Sv))
        .unwrap_or(code)
        .to_string()
}

/// Opens the form on a stored record; a kind without a status says so.
pub fn open(state: &mut State, target: Target, stored: &Value) {
    let Some(def) = target.kind.field(STATUS).filter(|d| d.vocabulary.is_some()) else {
        state.error(t!(
            state.lang,
            "records-no-status",
            kind = target.kind.label_sv()
        ));
        return;
    };
    let current = stored
        .get(STATUS)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let mut options = vec![(
        t!(
            state.lang,
            "records-status-unchanged",
            status = status_label(target.kind, &current)
        ),
        current.clone(),
    )];
    let next: Vec<&str> = match ActionStatus::parse(&current) {
        Some(s) if follows_action_status(target.kind) => {
            s.allowed_next().iter().map(|n| n.code()).collect()
        }
        _ => def
            .codes
            .iter()
            .copied()
            .filter(|c| *c != current)
            .collect(),
    };
    options.extend(
        next.into_iter()
            .map(|code| (status_label(target.kind, code), code.to_string())),
    );
    let status_sv = labels::field(target.kind, STATUS, state.lang);
    let comment_sv =
        crate::i18n::message_static(state.lang, "records-follow-up").unwrap_or_default();
    let form = Form::new(
        t!(
            state.lang,
            "records-follow-up-title",
            name = target.name.as_str()
        ),
        vec![
            Field::choice(STATUS, status_sv, options, &current),
            Field::description(COMMENT, comment_sv, ""),
        ],
        state.today.year(),
    );
    state.overlay = Some(Overlay::Form(Box::new(OpenForm {
        form,
        purpose: FormPurpose::RecordFollowUp(Box::new(FollowUpForm { target, current })),
    })));
}

/// The open follow-up form's write; nothing changed and nothing written is said, not saved.
pub fn submitted(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Form(open)) = state.overlay.as_ref() else {
        return Vec::new();
    };
    let FormPurpose::RecordFollowUp(purpose) = &open.purpose else {
        return Vec::new();
    };
    let FollowUpForm { target, current } = purpose.as_ref().clone();
    let status = open.form.text(STATUS);
    let comment = open.form.text(COMMENT);
    let pii_confirmed = open.form.pii_confirmed;
    let changed = (status != current).then(|| status.clone());
    if changed.is_none() && comment.trim().is_empty() {
        state.overlay = None;
        state.info(labels::nothing_changed(state.lang));
        return Vec::new();
    }
    let status_after = ActionStatus::parse(&status).filter(|_| follows_action_status(target.kind));
    let follow_up = (!comment.trim().is_empty()).then(|| FollowUp {
        id: Id::new(),
        classification: Classification::Begransad,
        subject_kind: target.kind,
        subject_id: target.id,
        meeting_id: state.meeting.data.meeting.as_ref().map(|m| m.id),
        date: state.today,
        status_after,
        comment,
        pii_confirmed,
    });
    let label = t!(
        state.lang,
        "records-followed-up",
        name = target.name.as_str(),
        status = status_label(target.kind, &status)
    );
    vec![
        RecordEffect::FollowUp(Box::new(FollowUpWrite {
            target,
            status: changed,
            follow_up,
            label,
        }))
        .into(),
    ]
}
