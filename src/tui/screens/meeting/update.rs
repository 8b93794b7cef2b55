//! The Möte screen's update: the weekly meeting as a guided agenda.

use chrono::Datelike;

use crate::domain::{Attendance, Classification, Id, Presence, Vocabulary};
use crate::tui::app::effects::{Change, Edit, Effect, Record};
use crate::tui::app::state::{Confirmed, Overlay, State};
use crate::tui::input::commands::{ListCmd, MeetingCmd};
use crate::tui::overlays::confirm;
use crate::tui::screens::Screen;
use crate::tui::screens::actions::forms as action_forms;
use crate::tui::screens::meeting::messages::MeetingMsg;
use crate::tui::screens::meeting::state::Step;
use crate::tui::screens::meeting::{
    agenda, area_detail, area_text, attendance, details, forms, series, start,
};
use crate::tui::screens::situation::state::ObsFilter;

/// How many rows the current step lists.
pub fn row_count(state: &State) -> usize {
    let d = &state.meeting.data;
    match state.meeting.step {
        Step::Attendance => attendance::listed(state).len(),
        Step::Agenda => d.agenda.len(),
        Step::FollowUp => d.open_actions.len(),
        Step::Areas => d.areas.len(),
        Step::Decisions => d.decided.len(),
        Step::Events => d.events.len(),
        Step::NextMeeting | Step::Close => 0,
    }
}

/// An answer for Möte.
pub fn on_msg(state: &mut State, msg: MeetingMsg) -> Vec<Effect> {
    match msg {
        MeetingMsg::Loaded(data) => {
            state.meeting.data = *data;
            if let Some(id) = state.meeting.select.take() {
                let d = &state.meeting.data;
                let list = match state.meeting.step {
                    Step::FollowUp => d.open_actions.as_slice(),
                    Step::Decisions => d.decided.as_slice(),
                    _ => &[],
                };
                if let Some(i) = list.iter().position(|a| a.id == id) {
                    state.meeting.cursor = i;
                }
            }
            clamp_cursor(state);
            Vec::new()
        }
        MeetingMsg::AreaWeek(week) => {
            area_text::loaded(state, *week);
            Vec::new()
        }
    }
}

pub fn clamp_cursor(state: &mut State) {
    let n = row_count(state);
    state.meeting.cursor = state.meeting.cursor.min(n.saturating_sub(1));
}

fn step_index(step: Step) -> usize {
    Step::ALL.iter().position(|s| *s == step).unwrap_or(0)
}

/// Moving within the current step's list.
pub fn on_list(state: &mut State, command: ListCmd) -> Vec<Effect> {
    let height = state.list_height;
    let m = &mut state.meeting;
    // Another area: its first observation.
    m.observation = 0;
    match command {
        ListCmd::Down => m.cursor += 1,
        ListCmd::Up => m.cursor = m.cursor.saturating_sub(1),
        ListCmd::PageDown => m.cursor += height,
        ListCmd::PageUp => m.cursor = m.cursor.saturating_sub(height),
        ListCmd::Top => m.cursor = 0,
        ListCmd::Bottom => m.cursor = usize::MAX,
        // The agenda has nothing to filter.
        ListCmd::Filter => {}
    }
    clamp_cursor(state);
    Vec::new()
}

pub fn on_command(state: &mut State, command: MeetingCmd) -> Vec<Effect> {
    let year = state.today.iso_week().year();
    match command {
        MeetingCmd::Export => return crate::tui::jobs::export::open_minutes(state),
        MeetingCmd::Series => {
            series::open(state);
            return Vec::new();
        }
        MeetingCmd::Details => {
            details::open(state);
            return Vec::new();
        }
        MeetingCmd::CancelMeeting => {
            details::ask_cancel(state);
            return Vec::new();
        }
        MeetingCmd::HeatWeeks => {
            state.meeting.heat_long = !state.meeting.heat_long;
            return Vec::new();
        }
        MeetingCmd::NextObservation | MeetingCmd::PrevObservation => {
            area_detail::step_observation(state, command == MeetingCmd::NextObservation);
            return Vec::new();
        }
        _ => {}
    }
    let Some(meeting) = state.meeting.data.meeting.clone() else {
        if command == MeetingCmd::New {
            return start::ask_or_start(state);
        }
        return Vec::new();
    };
    let m = &mut state.meeting;
    match command {
        MeetingCmd::NextStep => {
            m.step = Step::ALL[(step_index(m.step) + 1).min(Step::ALL.len() - 1)];
            m.cursor = 0;
        }
        MeetingCmd::PrevStep => {
            m.step = Step::ALL[step_index(m.step).saturating_sub(1)];
            m.cursor = 0;
        }
        MeetingCmd::Presence => {
            if m.step == Step::Attendance {
                return cycle_presence(state, meeting.id);
            }
        }
        MeetingCmd::Edit => match m.step {
            Step::Agenda => agenda::open_edit(state),
            Step::Areas => return area_text::open(state),
            _ => {}
        },
        MeetingCmd::Remove => {
            if m.step == Step::Agenda {
                return agenda::remove(state);
            }
        }
        MeetingCmd::MoveUp | MeetingCmd::MoveDown => {
            if m.step == Step::Agenda {
                let step = if command == MeetingCmd::MoveUp { -1 } else { 1 };
                return agenda::move_item(state, step);
            }
        }
        MeetingCmd::FollowUp => {
            if m.step == Step::FollowUp
                && let Some(a) = m.data.open_actions.get(m.cursor)
            {
                state.overlay = Some(Overlay::Form(Box::new(action_forms::follow_up(
                    a.id, &a.title, a.status, year, state.lang,
                ))));
            }
        }
        MeetingCmd::Level | MeetingCmd::Trend | MeetingCmd::Priority | MeetingCmd::HotSpot => {
            if m.step == Step::Areas {
                return assess(state, command);
            }
        }
        MeetingCmd::Open => {
            if m.step == Step::Areas
                && let Some(line) = m.data.areas.get(m.cursor)
            {
                state.observations.filter = ObsFilter {
                    area: Some(line.area.id),
                    week: Some(meeting.week()),
                    ..ObsFilter::default()
                };
                return crate::tui::app::update::switch(state, Screen::Observations.index());
            }
        }
        MeetingCmd::New => match m.step {
            Step::Decisions | Step::FollowUp | Step::Areas => {
                state.overlay = Some(Overlay::Form(Box::new(action_forms::new_action(
                    &state.refs,
                    state.today,
                    state.lang,
                    crate::tui::app::state::FormPurpose::NewAction {
                        meeting: Some(meeting.id),
                    },
                    None,
                ))));
            }
            Step::Events => {
                state.overlay = Some(Overlay::Form(Box::new(forms::planned_event(
                    meeting.id, year, state.lang,
                ))));
            }
            Step::NextMeeting => {
                state.overlay = Some(Overlay::Form(Box::new(forms::next_meeting(
                    &meeting,
                    m.data.series.as_ref(),
                    state.lang,
                ))));
            }
            Step::Attendance => attendance::open(state, meeting.id),
            Step::Agenda => agenda::open_new(state, meeting.id),
            Step::Close => {}
        },
        MeetingCmd::CloseMeeting => {
            let nobody = !m.data.attendance.iter().any(|a| {
                matches!(
                    a.presence,
                    crate::domain::Presence::Narvarande | crate::domain::Presence::Delvis
                )
            });
            let warning = if nobody {
                crate::i18n::t!(state.lang, "tui-meeting-close-nobody-present")
            } else {
                String::new()
            };
            let question = crate::i18n::t!(
                state.lang,
                "tui-meeting-close-question",
                warning = warning,
                date = meeting.date.to_string(),
                week = meeting.week().short_sv()
            );
            confirm::ask(state, question, Confirmed::CloseMeeting);
        }
        MeetingCmd::Export
        | MeetingCmd::Series
        | MeetingCmd::Details
        | MeetingCmd::CancelMeeting
        | MeetingCmd::HeatWeeks
        | MeetingCmd::NextObservation
        | MeetingCmd::PrevObservation => {}
    }
    clamp_cursor(state);
    Vec::new()
}

fn cycle_presence(state: &mut State, meeting: Id) -> Vec<Effect> {
    let Some(org) = attendance::listed(state)
        .get(state.meeting.cursor)
        .map(|o| (*o).clone())
    else {
        return Vec::new();
    };
    let existing = state
        .meeting
        .data
        .attendance
        .iter()
        .find(|a| a.organisation_id == org.id)
        .cloned();
    let record = match existing {
        Some(mut a) => {
            a.presence = match a.presence {
                Presence::Narvarande => Presence::Forhinder,
                Presence::Forhinder => Presence::Delvis,
                Presence::Delvis => Presence::Narvarande,
            };
            a
        }
        None => Attendance {
            id: Id::new(),
            classification: Classification::Begransad,
            meeting_id: meeting,
            organisation_id: org.id,
            presence: Presence::Narvarande,
            until_item: None,
            functions: String::new(),
            adjunct: false,
        },
    };
    let label = format!("{}: {}", org.name, record.presence.label(state.lang));
    vec![Effect::Save(Change::new(
        label,
        vec![Record::Attendance(record)],
    ))]
}

fn next_in<T: Vocabulary + PartialEq>(v: T) -> T {
    let i = T::ALL.iter().position(|x| *x == v).unwrap_or(0);
    T::ALL[(i + 1) % T::ALL.len()]
}

fn assess(state: &mut State, command: MeetingCmd) -> Vec<Effect> {
    let Some(picture) = state.meeting.data.picture.as_ref() else {
        state.error(crate::i18n::t!(state.lang, "tui-meeting-no-picture"));
        return Vec::new();
    };
    let Some(line) = state.meeting.data.areas.get(state.meeting.cursor) else {
        return Vec::new();
    };
    let mut a = line
        .assessment
        .clone()
        .unwrap_or_else(|| area_text::first_assessment(picture.id, line.area.id));
    let label = match command {
        MeetingCmd::Level => {
            a.level = next_in(a.level);
            crate::i18n::t!(
                state.lang,
                "tui-meeting-level-set",
                area = line.area.name.as_str(),
                level = a.level.label(state.lang)
            )
        }
        MeetingCmd::Trend => {
            a.trend = next_in(a.trend);
            format!(
                "{}: trend {} {}",
                line.area.name,
                a.trend.arrow(),
                a.trend.label(state.lang)
            )
        }
        MeetingCmd::Priority => {
            a.is_priority = !a.is_priority;
            format!(
                "{}: {}",
                line.area.name,
                crate::tui::widgets::words::word(
                    state.lang,
                    if a.is_priority {
                        "tui-meeting-priority"
                    } else {
                        "tui-meeting-not-priority"
                    }
                )
            )
        }
        _ => {
            if !state.refs.places.iter().any(|p| p.area_id == line.area.id) {
                state.error(crate::i18n::t!(
                    state.lang,
                    "tui-meeting-no-hot-spot-places",
                    area = line.area.name.as_str()
                ));
                return Vec::new();
            }
            // A form picks the one place to add or remove; the other hot spots stay.
            let year = state.today.iso_week().year();
            let form = forms::hot_spot(&state.refs, a, &line.area.name, year, state.lang);
            state.overlay = Some(Overlay::Form(Box::new(form)));
            return Vec::new();
        }
    };
    vec![Effect::Save(Change::new(
        label,
        vec![Record::AreaAssessment(a)],
    ))]
}

pub fn close_effect(state: &mut State) -> Vec<Effect> {
    let data = &state.meeting.data;
    let Some(m) = &data.meeting else {
        return Vec::new();
    };
    let mut change = Change::new(crate::services::meeting::close_label(m), vec![]);
    change.edits.push(Edit::CloseMeeting {
        meeting: m.id,
        picture: data.picture.as_ref().map(|p| p.id),
    });
    vec![Effect::Save(change)]
}
