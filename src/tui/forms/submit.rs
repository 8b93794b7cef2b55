//! What a valid form saves: each screen's forms say it (`screens/<name>/forms.rs`); this picks
//! the screen's function by the form's purpose.

use chrono::NaiveDate;

use crate::domain::Meeting;
use crate::tui::app::effects::Change;
use crate::tui::app::state::{FormPurpose, OpenForm, Refs};
use crate::tui::screens::{actions, meeting, onboarding, situation};

/// What a valid form saves. `Err` is a message for the field it names.
pub fn submit(
    open: &OpenForm,
    refs: &Refs,
    today: NaiveDate,
    current_meeting: Option<&Meeting>,
) -> Result<Change, (&'static str, String)> {
    let f = &open.form;
    match &open.purpose {
        // Utbyte's forms become exchange effects (`exchange_update::submit`), never a change.
        FormPurpose::Exchange(_) => Err(("", "Formuläret sparas på fliken Utbyte.".into())),
        // Generated forms become their own writes (`forms::record::submitted`).
        FormPurpose::Record(_) | FormPurpose::NewRecordOf(_) | FormPurpose::RecordFollowUp(_) => {
            Err(("", "Formuläret sparas på fliken Register.".into()))
        }
        FormPurpose::Onboarding => onboarding::forms::submit(f),
        FormPurpose::NewObservation | FormPurpose::EditObservation(_) => {
            situation::forms::submit(open, refs)
        }
        FormPurpose::Duplicate { observation, lang } => {
            situation::duplicate::submit(f, *observation, *lang)
        }
        FormPurpose::NewAction { .. }
        | FormPurpose::FindingToAction { .. }
        | FormPurpose::PlanItemAction { .. } => actions::forms::submit_action(open, refs, today),
        FormPurpose::FollowUp { action } => Ok(actions::forms::submit_follow_up(
            f,
            *action,
            today,
            current_meeting,
        )),
        FormPurpose::PlannedEvent { meeting } => {
            Ok(meeting::forms::submit_planned_event(f, *meeting))
        }
        FormPurpose::Meeting(p) => meeting::forms::submit_meeting_form(f, p, refs),
        FormPurpose::HotSpot(assessment) => meeting::forms::submit_hot_spot(f, assessment, refs),
        // Handled before `submit` (`screens::analysis::forms::submitted`).
        FormPurpose::Analysis(_) => Err(("", String::new())),
        // Handled before `submit` (it writes a file, not a record).
        FormPurpose::Export(_) => Err(("format", "Välj ett format.".into())),
        // Handled before `submit` (`jobs::sheet_import::submitted`: it reads a file).
        FormPurpose::SheetImport(_) => Err(("file", String::new())),
        FormPurpose::PromotePolice(_) => Err(("place", "Välj en plats eller ett område.".into())),
        FormPurpose::NextMeeting { .. } => {
            meeting::forms::submit_next_meeting(f, today, current_meeting)
        }
    }
}
