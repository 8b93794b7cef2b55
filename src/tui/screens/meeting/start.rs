//! Starting the week's meeting: the planned one, or a new one with the series' details and
//! its default agenda; it gets a draft lägesbild, and last week's assessments carry over.

use crate::domain::{
    AreaAssessment, Classification, Id, IsoWeek, MeetingStatus, PictureLevel, PictureStatus,
    SituationPicture,
};
use crate::i18n::{dates, t};
use crate::tui::app::effects::{Change, Edit, Effect, Record};
use crate::tui::app::state::{Confirmed, State};
use crate::tui::input::commands::MeetingCmd;
use crate::tui::overlays::confirm;
use crate::tui::screens::meeting::series;
use crate::tui::screens::meeting::state::Step;

/// The meeting planned within the coming week, the one `n` starts.
fn planned_soon(state: &State) -> Option<crate::domain::Meeting> {
    let today = state.today;
    state
        .meeting
        .data
        .next_meeting
        .clone()
        .filter(|m| m.date <= today + chrono::Duration::days(6))
}

/// This week's planned meeting starts at once; any other asks first, saying which it is.
pub fn ask_or_start(state: &mut State) -> Vec<Effect> {
    let this_week = IsoWeek::of(state.today);
    let question = match planned_soon(state) {
        Some(m) if m.week() == this_week => return start_meeting(state),
        Some(m) => t!(
            state.lang,
            "tui-meeting-start-planned",
            week = this_week.short_sv(),
            date = m.date.to_string(),
            meeting_week = m.week().short_sv()
        ),
        None => match &state.meeting.data.series {
            Some(s) => {
                let lang = state.lang;
                let date = s.next_date(state.today);
                // "fredag 20 november 2026 kl. 09.00–10.30, Stadshuset": the room when given.
                let day = format!(
                    "{} {} {}",
                    dates::weekday(lang, date),
                    dates::date_long(lang, date),
                    dates::time_span(lang, s.start_time, s.end_time)
                );
                let when = [day.trim(), s.location.trim()]
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ");
                t!(
                    lang,
                    "meeting-start-from-series",
                    week = this_week.short_sv(),
                    group = s.group_name.as_str(),
                    when = when
                )
            }
            None => t!(
                state.lang,
                "tui-meeting-start-new",
                week = this_week.short_sv(),
                today = state.today.to_string()
            ),
        },
    };
    confirm::ask(state, question, Confirmed::StartMeeting);
    Vec::new()
}

/// Starts the planned meeting, or a new one on the series' next weekday (on or after today)
/// with its details and default agenda — without a series today, with the last meeting's
/// details. Open actions from earlier meetings carry over by being open.
pub fn start_meeting(state: &mut State) -> Vec<Effect> {
    let today = state.today;
    let planned = planned_soon(state);
    let data = &state.meeting.data;
    let mut change = Change::new(t!(state.lang, "tui-meeting-started"), vec![]);
    let meeting = match planned {
        Some(m) => {
            change.edits.push(Edit::StartMeeting { id: m.id });
            m
        }
        None => {
            let m = series::new_meeting(
                data.series.as_ref(),
                data.last_closed.as_ref(),
                data.series.as_ref().map_or(today, |s| s.next_date(today)),
                MeetingStatus::Pagar,
                state.lang,
            );
            change.records.push(Record::Meeting(m.clone()));
            m
        }
    };
    // A meeting without its own agenda gets the series' (a planned one made before the
    // series, or from the command line, too); the planned meeting's agenda is loaded with it.
    if let Some(s) = &data.series
        && !data.agenda.iter().any(|a| a.meeting_id == meeting.id)
    {
        change.records.extend(
            series::agenda_of(s, meeting.id)
                .into_iter()
                .map(Record::AgendaItem),
        );
    }
    let week = IsoWeek::of(meeting.date);
    let picture_id = Id::new();
    change
        .records
        .push(Record::SituationPicture(SituationPicture {
            id: picture_id,
            classification: Classification::Begransad,
            level: PictureLevel::Vecka,
            period_start: week.monday(),
            period_end: week.sunday(),
            scope_area_id: None,
            meeting_id: Some(meeting.id),
            summary: String::new(),
            status: PictureStatus::Utkast,
            established_by: None,
            established_at: None,
            distribution: String::new(),
        }));
    // Last week's assessments carry over as the starting point; the group adjusts them. Its
    // text does not: the area's text is written from this week's data (`area_text`).
    for previous in &data.previous_assessments {
        change.records.push(Record::AreaAssessment(AreaAssessment {
            id: Id::new(),
            picture_id,
            text: String::new(),
            ..previous.clone()
        }));
    }
    change.label = t!(
        state.lang,
        "tui-meeting-started-on",
        date = meeting.date.to_string(),
        week = week.short_sv()
    );
    change.hint = Some(t!(
        state.lang,
        "tui-meeting-steps-hint",
        previous = state.keymap.first_key(MeetingCmd::PrevStep),
        next = state.keymap.first_key(MeetingCmd::NextStep)
    ));
    state.meeting.step = Step::Attendance;
    state.meeting.cursor = 0;
    vec![Effect::Save(change)]
}
