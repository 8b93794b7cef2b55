//! `render`: a pure function of the state. Tabs on top, the screen, a message line and a key
//! bar that shows the keys that matter here.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::i18n::t;
use crate::tui::app::state::{Overlay, State};
use crate::tui::input::commands::{
    ActionsCmd, Command, ConfirmCmd, FilterCmd, FormCmd, GlobalCmd, HelpCmd, JobCmd, ListCmd,
    MeetingCmd, ObservationsCmd, OnboardingCmd, PlacesCmd, SearchCmd,
};
use crate::tui::overlays::view as render_overlay;
use crate::tui::screens::Screen;
use crate::tui::screens::exchange::view as render_exchange;
use crate::tui::screens::meeting::state::Step;
use crate::tui::screens::meeting::view as render_meeting;
use crate::tui::screens::situation::view as render_lists;

pub fn render(state: &State, frame: &mut Frame<'_>) {
    let area = frame.area();
    let [tabs, body, message, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(message_rows(state, area.width)),
        Constraint::Length(1),
    ])
    .areas(area);
    if state.onboarding {
        crate::tui::screens::onboarding::view(state, frame, body);
    } else {
        render_tabs(state, frame, tabs);
        match state.screen {
            Screen::Meeting => render_meeting::render(state, frame, body),
            Screen::Observations => render_lists::observations(state, frame, body),
            Screen::Actions => crate::tui::screens::actions::view::actions(state, frame, body),
            Screen::Exchange => render_exchange::render(state, frame, body),
            Screen::Register => crate::tui::screens::register::view::render(state, frame, body),
            Screen::Analysis => crate::tui::screens::analysis::view::render(state, frame, body),
            s => crate::tui::screens::text::view::text(state, s, frame, body),
        }
    }
    render_message(state, frame, message);
    render_keys(state, frame, keys);
    if let Some(overlay) = &state.overlay {
        render_overlay::render(state, overlay, frame, area);
    }
}

fn render_tabs(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let narrow = area.width < 100;
    let active = state.screen.index();
    let labels: Vec<String> = Screen::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let title = if narrow {
                s.short_title(state.lang)
            } else {
                s.title(state.lang)
            };
            format!("{} {title}", i + 1)
        })
        .collect();
    // As drawn: " N title" (narrow: one space between tabs) or " N title " (wide); the active
    // one in brackets, narrow with the space before it too ("1 Möte [2 Lägesbild] 3 …").
    let widths: Vec<usize> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            l.chars().count()
                + if narrow {
                    1 + 2 * usize::from(i == active)
                } else {
                    2
                }
        })
        .collect();
    let shown = tab_window(
        &widths,
        active,
        area.width as usize,
        MORE_TABS.chars().count(),
    );
    let mut spans = Vec::new();
    if shown.start > 0 {
        spans.push(Span::styled(MORE_TABS_BEFORE, t.dim));
    }
    for i in shown.clone() {
        let label = &labels[i];
        if i == active {
            if narrow {
                spans.push(Span::styled(" ", t.normal));
            }
            spans.push(Span::styled(format!("[{label}]"), t.tab_active));
        } else if narrow {
            spans.push(Span::styled(format!(" {label}"), t.normal));
        } else {
            spans.push(Span::styled(format!(" {label} "), t.normal));
        }
    }
    if shown.end < Screen::ALL.len() {
        spans.push(Span::styled(MORE_TABS, t.dim));
    }
    if let Some(m) = &state.refs.municipality {
        let used: usize = spans.iter().map(|s| s.content.chars().count()).sum();
        // The municipality only when it fits whole.
        if used + 2 + m.chars().count() <= area.width as usize {
            spans.push(Span::styled(format!("  {m}"), t.dim));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Where tabs are left out of a narrow tab bar: before the first shown, after the last.
const MORE_TABS_BEFORE: &str = "‹";
const MORE_TABS: &str = " ›";

/// The tabs a bar of `width` columns shows: the active one and as many neighbours as fit,
/// the nearest first (alternating sides), with `marker` columns on each side where tabs are
/// left out. `widths` are the tabs' drawn widths.
fn tab_window(widths: &[usize], active: usize, width: usize, marker: usize) -> Range<usize> {
    let n = widths.len();
    let cost = |w: &Range<usize>| {
        widths[w.clone()].iter().sum::<usize>()
            + marker * (usize::from(w.start > 0) + usize::from(w.end < n))
    };
    let mut window = active.min(n.saturating_sub(1))..(active + 1).min(n);
    loop {
        let right = (window.end < n).then(|| window.start..window.end + 1);
        let left = (window.start > 0).then(|| window.start - 1..window.end);
        // The side with fewer tabs shown beside the active one first.
        let sides = if window.end - active <= active - window.start {
            [right, left]
        } else {
            [left, right]
        };
        match sides.into_iter().flatten().find(|w| cost(w) <= width) {
            Some(wider) => window = wider,
            None => return window,
        }
    }
}

/// The width of the running job's gauge on the message line (0 without a job).
fn job_width(state: &State, width: u16) -> u16 {
    if state.jobs.running.is_empty() {
        0
    } else {
        (width / 2).min(48)
    }
}

/// A message too long for one line gets a second (at 80 columns a sentence with a file path).
fn message_rows(state: &State, width: u16) -> u16 {
    let room = width.saturating_sub(job_width(state, width)) as usize;
    match &state.status {
        // "Fel: " and the text.
        Some(s) if s.text.chars().count() + 5 > room => 2,
        _ => 1,
    }
}

fn render_message(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    // A running job takes the right part of the line; messages keep the left.
    let area = match state.jobs.running.last() {
        Some(job) => {
            let width = job_width(state, area.width);
            let [left, right] =
                Layout::horizontal([Constraint::Min(0), Constraint::Length(width)]).areas(area);
            render_job(state, job, frame, right);
            left
        }
        None => area,
    };
    let line = match &state.status {
        Some(s) if s.error => Line::from(vec![
            Span::styled(format!("{} ", t!(state.lang, "tui-status-error")), t.error),
            Span::styled(s.text.clone(), t.error),
        ]),
        Some(s) => Line::from(Span::styled(s.text.clone(), t.ok)),
        None if state.filter_editing => Line::from(Span::styled(
            t!(
                state.lang,
                "tui-status-filtering",
                done = state.keymap.first_key(FilterCmd::Done),
                clear = state.keymap.first_key(FilterCmd::Clear)
            ),
            t.warn,
        )),
        None => Line::from(Span::styled(
            match &state.undo_label {
                Some(l) => t!(state.lang, "tui-status-last-change", change = l.as_str()),
                None => String::new(),
            },
            t.dim,
        )),
    };
    frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), area);
}

/// The keys that matter on this screen, from the live keymap.
fn render_keys(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let km = &state.keymap;
    let mut items: Vec<(String, String)> = Vec::new();
    let word = |id: &str| crate::i18n::message_static(state.lang, id).unwrap_or("");
    let mut push = |command: Command, label: &'static str| {
        let k = km.first_key(command);
        if !k.is_empty() {
            items.push((k, label.to_string()));
        }
    };
    // While a job that can be stopped runs, its cancel key comes first.
    if state.overlay.is_none() && !state.filter_editing && state.jobs.cancellable().is_some() {
        push(JobCmd::Cancel.into(), word("tui-key-cancel-job"));
    }
    // An overlay's own keys, over whatever screen is beneath it.
    if matches!(state.overlay, Some(Overlay::Help { .. })) {
        push(HelpCmd::Down.into(), word("tui-key-scroll"));
        push(HelpCmd::PageDown.into(), word("tui-key-page"));
        push(HelpCmd::Close.into(), word("tui-key-close"));
    } else if matches!(state.overlay, Some(Overlay::Confirm { .. })) {
        push(ConfirmCmd::Yes.into(), word("tui-key-yes"));
        push(ConfirmCmd::No.into(), word("tui-key-no"));
    } else if state.onboarding {
        push(OnboardingCmd::Demo.into(), word("tui-key-demo"));
        push(
            OnboardingCmd::StartEmpty.into(),
            word("tui-key-start-empty"),
        );
        push(OnboardingCmd::Quit.into(), word("tui-key-quit"));
    } else if let Some(Overlay::Form(open)) = &state.overlay
        && open.form.picker.is_some()
    {
        // A multi-select's open list takes the keys until it is closed.
        items.extend(form_list_keys(state, LIST_KEYS));
    } else if let Some(Overlay::Form(open)) = &state.overlay {
        let focused = open.form.fields.get(open.form.focus);
        push(FormCmd::NextField.into(), word("tui-key-next-field"));
        // In a description the line-break key (Enter) breaks the line instead.
        if open.form.in_lines() {
            push(FormCmd::LineBreak.into(), word("tui-key-new-line"));
        }
        // "Change choice" only where the focus is on a choice.
        if focused.is_some_and(|f| f.is_choice()) {
            push(FormCmd::ChoiceNext.into(), word("tui-key-next-choice"));
        }
        push(FormCmd::Save.into(), word("tui-key-save"));
        push(FormCmd::Cancel.into(), word("tui-key-cancel"));
        // On a multi-select, the key that opens its list comes second.
        if focused.is_some_and(|f| f.is_multi()) {
            for item in form_list_keys(state, OPEN_LIST_KEY) {
                items.insert(1.min(items.len()), item);
            }
        }
    } else if matches!(state.overlay, Some(Overlay::Search(_))) {
        // Typing edits the query; these keys are the search's own.
        push(SearchCmd::Open.into(), word("tui-key-open"));
        push(SearchCmd::Down.into(), word("tui-key-next-hit"));
        push(SearchCmd::Up.into(), word("tui-key-previous-hit"));
        push(SearchCmd::Close.into(), word("tui-key-close"));
    } else if state.filter_editing && state.overlay.is_none() {
        // Typing edits the filter; the list's own keys wait until it is done.
        push(FilterCmd::Done.into(), word("tui-key-done"));
        push(FilterCmd::Clear.into(), word("tui-key-clear"));
    } else {
        match state.screen {
            Screen::Meeting => meeting_keys(state, &mut push),
            Screen::Observations if state.observations.police.show => {
                push(ObservationsCmd::Promote.into(), word("tui-key-promote"));
                push(ObservationsCmd::FetchPolice.into(), word("tui-key-fetch"));
                push(
                    ObservationsCmd::NewPlace.into(),
                    crate::i18n::message_static(state.lang, "form-key-new-place").unwrap_or(""),
                );
                push(ObservationsCmd::Police.into(), word("tui-key-observations"));
            }
            Screen::Observations => {
                push(ObservationsCmd::New.into(), word("tui-key-new"));
                push(ObservationsCmd::Edit.into(), word("tui-key-edit"));
                push(ObservationsCmd::Police.into(), word("tui-key-police"));
                push(ListCmd::Filter.into(), word("tui-key-filter"));
                push(
                    ObservationsCmd::ReviewQueue.into(),
                    word("tui-key-review-queue"),
                );
                push(
                    ObservationsCmd::MarkReviewed.into(),
                    word("tui-key-mark-reviewed"),
                );
                push(ObservationsCmd::Overview.into(), word("tui-key-overview"));
                push(ObservationsCmd::Import.into(), word("sheet-tui-key-import"));
            }
            Screen::Actions if state.actions.plan_view => {
                record_keys(state, &mut push);
                let word = |id| crate::i18n::message_static(state.lang, id).unwrap_or_default();
                push(ActionsCmd::Chain.into(), word("records-key-item-actions"));
                push(ActionsCmd::Plan.into(), word("records-key-action-list"));
            }
            Screen::Actions => {
                push(ActionsCmd::FollowUp.into(), word("tui-key-follow-up"));
                push(ActionsCmd::New.into(), word("tui-key-new"));
                push(ActionsCmd::Export.into(), word("tui-key-export"));
                push(ListCmd::Filter.into(), word("tui-key-filter"));
                push(ActionsCmd::Overdue.into(), word("tui-key-overdue"));
                push(ActionsCmd::Chain.into(), word("tui-key-chain"));
                let plan = crate::i18n::message_static(state.lang, "records-key-plan");
                push(ActionsCmd::Plan.into(), plan.unwrap_or_default());
            }
            Screen::Places => {
                record_keys(state, &mut push);
                // The key that fits the selected line first: a finding turns into an action.
                let on_finding = state
                    .places
                    .selected()
                    .is_some_and(|r| r.kind == crate::domain::EntityKind::Finding);
                if on_finding {
                    push(PlacesCmd::ToAction.into(), word("tui-key-to-action"));
                }
                push(
                    PlacesCmd::NewInspection.into(),
                    word("places-key-new-inspection"),
                );
                if !on_finding {
                    push(PlacesCmd::ToAction.into(), word("tui-key-to-action"));
                }
                push(ListCmd::Filter.into(), word("tui-key-filter"));
            }
            Screen::Agreement | Screen::Prevention => {
                record_keys(state, &mut push);
                push(ListCmd::Filter.into(), word("tui-key-filter"));
            }
            Screen::Exchange => render_exchange::keys(state, &mut push),
            Screen::Analysis => crate::tui::screens::analysis::view::keys(state, &mut push),
            Screen::Register => {
                use crate::tui::input::commands::RegisterCmd;
                push(RegisterCmd::New.into(), word("tui-key-new"));
                push(RegisterCmd::Edit.into(), word("tui-key-edit"));
                push(RegisterCmd::Delete.into(), word("tui-key-delete"));
                push(RegisterCmd::NextSection.into(), word("tui-key-next-list"));
                push(ListCmd::Filter.into(), word("tui-key-filter"));
                if state.register.section.sheet_kind().is_some() {
                    push(RegisterCmd::Import.into(), word("sheet-tui-key-import"));
                }
            }
        }
        push(GlobalCmd::Help.into(), word("tui-key-help"));
        push(GlobalCmd::Search.into(), word("tui-key-search"));
        push(GlobalCmd::Undo.into(), word("tui-key-undo"));
        push(GlobalCmd::Quit.into(), word("tui-key-quit"));
    }
    // When the bar is too narrow, the screen's own keys give way; help and quit stay.
    let globals = if state.onboarding || state.overlay.is_some() || state.filter_editing {
        0
    } else {
        4
    };
    let width = |items: &[(String, String)]| {
        items
            .iter()
            .map(|(k, l)| k.chars().count() + l.chars().count() + 3)
            .sum::<usize>()
    };
    while width(&items) > area.width as usize && items.len() > globals {
        items.remove(items.len() - globals - 1);
    }
    let mut spans = Vec::new();
    for (k, label) in items {
        spans.push(Span::styled(k, t.key));
        spans.push(Span::styled(format!(" {label}  "), t.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The keys of a multi-select's list, and the key that opens it.
const LIST_KEYS: &[(FormCmd, &str)] = &[
    (FormCmd::ListToggle, "form-key-toggle"),
    (FormCmd::ListDown, "form-key-down"),
    (FormCmd::ListClose, "form-key-close-list"),
];
const OPEN_LIST_KEY: &[(FormCmd, &str)] = &[(FormCmd::OpenList, "form-key-open-list")];

fn form_list_keys(state: &State, keys: &[(FormCmd, &str)]) -> Vec<(String, String)> {
    keys.iter()
        .map(|(command, id)| {
            (
                state.keymap.first_key(*command),
                crate::i18n::t!(state.lang, id),
            )
        })
        .filter(|(k, _)| !k.is_empty())
        .collect()
}

/// The record keys of the document screens, their words from the catalogue.
fn record_keys(state: &State, push: &mut impl FnMut(Command, &'static str)) {
    use crate::tui::input::commands::RecordsCmd;
    let word = |id| crate::i18n::message_static(state.lang, id).unwrap_or_default();
    push(RecordsCmd::New.into(), word("records-key-new"));
    push(RecordsCmd::Edit.into(), word("records-key-edit"));
    push(RecordsCmd::Delete.into(), word("records-key-delete"));
    push(RecordsCmd::FollowUp.into(), word("records-key-follow-up"));
}

/// The meeting's keys follow its step: what can be done here first (they stay when the bar is
/// narrow), then moving along the agenda. Without a meeting: start one, or export the last.
fn meeting_keys(state: &State, push: &mut impl FnMut(Command, &'static str)) {
    let m = &state.meeting;
    let word = |id: &str| crate::i18n::message_static(state.lang, id).unwrap_or("");
    if m.data.meeting.is_none() {
        push(MeetingCmd::New.into(), word("tui-key-start-meeting"));
        push(MeetingCmd::Series.into(), word("meeting-key-series"));
        if m.data.next_meeting.is_some() {
            push(MeetingCmd::Details.into(), word("meeting-key-details"));
            push(MeetingCmd::CancelMeeting.into(), word("meeting-key-cancel"));
        }
        if m.data.last_closed.is_some() {
            push(MeetingCmd::Export.into(), word("tui-key-export"));
        }
        return;
    }
    match m.step {
        // Adding an organisation not in the list is said in the step's own hint line.
        Step::Attendance => push(MeetingCmd::Presence.into(), word("tui-key-attendance")),
        Step::Agenda => {
            push(MeetingCmd::New.into(), word("meeting-key-agenda-new"));
            push(MeetingCmd::Edit.into(), word("meeting-key-agenda-edit"));
            push(MeetingCmd::Remove.into(), word("meeting-key-agenda-remove"));
            push(MeetingCmd::MoveUp.into(), word("meeting-key-agenda-up"));
            push(MeetingCmd::MoveDown.into(), word("meeting-key-agenda-down"));
        }
        Step::FollowUp => {
            push(MeetingCmd::FollowUp.into(), word("tui-key-follow-up"));
            push(MeetingCmd::New.into(), word("tui-key-new-action"));
        }
        Step::Areas => {
            push(MeetingCmd::Level.into(), word("tui-key-level"));
            push(MeetingCmd::Trend.into(), word("tui-key-trend"));
            push(MeetingCmd::Priority.into(), word("tui-key-priority"));
            push(MeetingCmd::HotSpot.into(), word("tui-key-hot-spot"));
            push(MeetingCmd::Edit.into(), word("meeting-key-area-text"));
            push(MeetingCmd::Open.into(), word("tui-key-observations"));
            push(MeetingCmd::New.into(), word("tui-key-new-action"));
            let word = |id| crate::i18n::message_static(state.lang, id).unwrap_or_default();
            push(MeetingCmd::HeatWeeks.into(), word("detail-key-weeks"));
            push(MeetingCmd::NextObservation.into(), word("detail-key-next"));
        }
        Step::Decisions => push(MeetingCmd::New.into(), word("tui-key-new-action")),
        Step::Events => push(MeetingCmd::New.into(), word("tui-key-new-event")),
        Step::NextMeeting => push(MeetingCmd::New.into(), word("tui-key-next-meeting")),
        Step::Close => push(
            MeetingCmd::CloseMeeting.into(),
            word("tui-key-close-meeting"),
        ),
    }
    push(MeetingCmd::NextStep.into(), word("tui-key-next-step"));
    push(MeetingCmd::PrevStep.into(), word("tui-key-previous-step"));
    push(MeetingCmd::Export.into(), "exportera");
    push(MeetingCmd::Details.into(), word("meeting-key-details"));
    push(MeetingCmd::Series.into(), word("meeting-key-series"));
    push(MeetingCmd::CancelMeeting.into(), word("meeting-key-cancel"));
}

/// A running job in the message line: a gauge when it knows how far it is, else a spinner.
fn render_job(
    state: &State,
    job: &crate::tui::app::jobs::RunningJob,
    frame: &mut Frame<'_>,
    area: Rect,
) {
    let t = &state.theme;
    let label = if job.cancelling {
        t!(
            state.lang,
            "tui-status-cancelling",
            job = job.label.as_str()
        )
    } else {
        job.label.clone()
    };
    match job.fraction {
        Some(f) => {
            let pct = (f * 100.0).round() as u16;
            let gauge = ratatui::widgets::LineGauge::default()
                .ratio(f)
                .label(Span::styled(format!("{label} … {pct:>3} % "), t.warn))
                .filled_style(t.key)
                .unfilled_style(t.dim);
            frame.render_widget(gauge, area);
        }
        None => {
            const SPIN: [&str; 4] = ["|", "/", "-", "\\"];
            let spin = SPIN[state.jobs.frame % SPIN.len()];
            frame.render_widget(
                Paragraph::new(Line::from(Span::styled(
                    format!("{spin} {label} …"),
                    t.warn,
                ))),
                area,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::tab_window;

    /// The narrow bar's widths: " N title" each, the active one 2 wider; 89 columns in all.
    fn narrow(active: usize) -> Vec<usize> {
        let titles = [
            "Möte",
            "Lägesbild",
            "Åtgärder",
            "Överensk.",
            "Förebygg.",
            "Platssamv.",
            "Utbyte",
            "Register",
        ];
        titles
            .iter()
            .enumerate()
            .map(|(i, t)| t.chars().count() + 3 + 2 * usize::from(i == active))
            .collect()
    }

    #[test]
    fn every_tab_shows_when_the_bar_is_wide_enough() {
        assert_eq!(tab_window(&narrow(7), 7, 120, 2), 0..8);
    }

    #[test]
    fn at_80_columns_the_active_tab_and_its_nearest_neighbours_show() {
        assert_eq!(tab_window(&narrow(0), 0, 80, 2), 0..7, "tab 1: 8 left out");
        assert_eq!(
            tab_window(&narrow(7), 7, 80, 2),
            2..8,
            "tab 8: its neighbours to the left, 1 and 2 left out"
        );
        let middle = tab_window(&narrow(3), 3, 80, 2);
        assert!(middle.contains(&2) && middle.contains(&4), "{middle:?}");
        let markers = 2 * (usize::from(middle.start > 0) + usize::from(middle.end < 8));
        let used: usize = narrow(3)[middle.clone()].iter().sum::<usize>() + markers;
        assert!(used <= 80, "{used}");
    }

    #[test]
    fn a_bar_too_narrow_for_any_neighbour_still_shows_the_active_tab() {
        assert_eq!(tab_window(&narrow(4), 4, 10, 2), 4..5);
    }
}
