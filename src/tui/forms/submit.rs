//! What a valid form saves: each screen's forms say it (`screens/<name>/forms.rs`); this picks
//! the screen's function by the form's purpose.

use chrono::NaiveDate;

use crate::domain::Meeting;
use crate::i18n::t;
use crate::tui::app::effects::Change;
use crate::tui::app::state::{FormPurpose, OpenForm, Refs};
use crate::tui::screens::{actions, meeting, onboarding, situation};

/// What a valid form saves. `Err` is a message for the field it names.
pub fn submit(
    open: &OpenForm,
    refs: &Refs,
    today: NaiveDate,
    current_meeting: Option<&Meeting>,
    lang: crate::domain::Lang,
) -> Result<Change, (&'static str, String)> {
    let f = &open.form;
    match &open.purpose {
        // Utbyte's forms become exchange effects (`exchange_update::submit`), never a change.
        FormPurpose::Exchange(_) => Err(("", t!(lang, "tui-form-saved-on-exchange"))),
        // Generated forms become their own writes (`forms::record::submitted`).
        FormPurpose::Record(_) | FormPurpose::NewRecordOf(_) | FormPurpose::RecordFollowUp(_) => {
            Err(("", t!(lang, "tui-form-saved-on-register")))
        }
        FormPurpose::Onboarding => onboarding::forms::submit(f, lang),
        FormPurpose::NewObservation | FormPurpose::EditObservation(_) => {
            situation::forms::submit(open, refs, lang)
        }
        FormPurpose::Duplicate { observation, lang } => {
            situation::duplicate::submit(f, *observation, *lang)
        }
        FormPurpose::NewAction { .. }
        | FormPurpose::FindingToAction { .. }
        | FormPurpose::PlanItemAction { .. } => {
            actions::forms::submit_action(open, refs, today, lang)
        }
        FormPurpose::FollowUp { action } => Ok(actions::forms::submit_follow_up(
            f,
            *action,
            today,
            current_meeting,
            lang,
        )),
        FormPurpose::PlannedEvent { meeting } => {
            Ok(meeting::forms::submit_planned_event(f, *meeting, lang))
        }
        FormPurpose::Meeting(p) => meeting::forms::submit_meeting_form(f, p, refs),
        FormPurpose::HotSpot(assessment) => {
            meeting::forms::submit_hot_spot(f, assessment, refs, lang)
        }
        // Handled before `submit` (`screens::analysis::forms::submitted`).
        FormPurpose::Analysis(_) => Err(("", String::new())),
        // Handled before `submit` (it writes a file, not a record).
        FormPurpose::Export(_) => Err(("format", t!(lang, "tui-form-choose-format"))),
        // Handled before `submit` (`jobs::sheet_import::submitted`: it reads a file).
        FormPurpose::SheetImport(_) => Err(("file", String::new())),
        FormPurpose::PromotePolice(_) => Err(("place", t!(lang, "tui-police-choose-place"))),
        FormPurpose::NextMeeting { .. } => {
            meeting::forms::submit_next_meeting(f, today, current_meeting, lang)
        }
    }
}
