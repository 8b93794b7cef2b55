//! Update for Lägesbild: new and edited observations, review, filters, the overview.

use crate::domain::{ReviewStatus, Vocabulary};
use crate::tui::app::effects::{Change, Edit, Effect};
use crate::tui::app::state::{Confirmed, Overlay, State};
use crate::tui::input::commands::{ListCmd, ObservationsCmd};
use crate::tui::screens::Screen;
use crate::tui::screens::lists::reload_screen;
use crate::tui::screens::situation::messages::{SituationEffect, SituationMsg};
use crate::tui::screens::situation::police;
use crate::tui::screens::situation::{duplicate, forms};

/// An answer for Lägesbild.
pub fn on_msg(state: &mut State, msg: SituationMsg) -> Vec<Effect> {
    match msg {
        SituationMsg::Observations {
            total,
            page,
            rows,
            reset,
            more,
            originals,
        } => {
            state.observations.list.loaded(total, page, rows, reset);
            state.observations.more = more;
            // A page further down adds to what the rows above said.
            if reset {
                state.observations.originals.clear();
            }
            state.observations.originals.extend(originals);
        }
        SituationMsg::Overview(o) => state.observations.overview = o,
        SituationMsg::Police { week, rows } => police::loaded(state, week, rows),
        SituationMsg::DuplicateCandidates { of, rows } => duplicate::loaded(state, *of, rows),
        SituationMsg::PromoteNeedsConfirm { request, warning } => {
            police::ask_confirmation(state, request, warning)
        }
    }
    Vec::new()
}

/// Moving in the list (the police's events while they are shown), and the filter.
pub fn on_list(state: &mut State, command: ListCmd) -> Vec<Effect> {
    if state.observations.police.show && command != ListCmd::Filter {
        return police::on_list(state, command);
    }
    crate::tui::screens::lists::on_list(state, command)
}

pub fn on_command(state: &mut State, command: ObservationsCmd) -> Vec<Effect> {
    let o = &mut state.observations;
    if o.filter.deleted
        && matches!(
            command,
            ObservationsCmd::Edit | ObservationsCmd::MarkReviewed | ObservationsCmd::MarkDuplicate
        )
    {
        let key = state.keymap.first_key(ObservationsCmd::Deleted);
        state.info(crate::i18n::t!(
            state.lang,
            "deleted-view-read-only",
            key = key
        ));
        return Vec::new();
    }
    match command {
        ObservationsCmd::Police => police::toggle(state),
        ObservationsCmd::Promote => police::promote_selected(state),
        ObservationsCmd::FetchPolice => police::fetch(state),
        ObservationsCmd::NewPlace => police::new_place(state),
        ObservationsCmd::Import => {
            crate::tui::jobs::sheet_import::open(state, crate::sheets::SheetKind::Observations);
            Vec::new()
        }
        ObservationsCmd::New => {
            if state.refs.areas.is_empty() || state.refs.event_types.is_empty() {
                // A new municipality makes its areas on the Register tab (its key from the
                // live keymap).
                let tab = state
                    .keymap
                    .first_key(crate::tui::input::commands::GlobalCmd::ScreenRegister);
                state.error(crate::i18n::t!(
                    state.lang,
                    "tui-situation-nothing-to-choose",
                    key = tab
                ));
                return Vec::new();
            }
            state.overlay = Some(Overlay::Form(Box::new(forms::observation(
                &state.refs,
                state.today,
                state.lang,
                None,
            ))));
            Vec::new()
        }
        ObservationsCmd::Edit => {
            if let Some(row) = o.list.selected() {
                state.overlay = Some(Overlay::Form(Box::new(forms::observation(
                    &state.refs,
                    state.today,
                    state.lang,
                    Some(row),
                ))));
            }
            Vec::new()
        }
        // A duplicate names its original: picked first.
        ObservationsCmd::MarkDuplicate => duplicate::ask(state),
        ObservationsCmd::MarkReviewed => {
            let Some(row) = o.list.selected() else {
                return Vec::new();
            };
            let to = ReviewStatus::Granskad;
            let mut change = Change::new(
                crate::i18n::t!(
                    state.lang,
                    "tui-situation-marked",
                    status = to.label(state.lang)
                ),
                vec![],
            );
            change.edits.push(Edit::Review { id: row.id, to });
            // The cursor stays: on the same record, or where it was if the filter drops it.
            let (id, cursor) = (row.id, o.list.cursor);
            state.select_after_save = Some(id);
            state.cursor_after_save = Some(cursor);
            vec![Effect::Save(change)]
        }
        ObservationsCmd::ReviewQueue => {
            o.filter.review_queue = !o.filter.review_queue;
            reload_screen(state, Screen::Observations)
        }
        ObservationsCmd::Escalated => {
            o.filter.escalated_only = !o.filter.escalated_only;
            reload_screen(state, Screen::Observations)
        }
        ObservationsCmd::Deleted => {
            o.filter.deleted = !o.filter.deleted;
            reload_screen(state, Screen::Observations)
        }
        ObservationsCmd::Purge => ask_purge(state),
        ObservationsCmd::PersonalData => {
            o.filter.personal_data_only = !o.filter.personal_data_only;
            reload_screen(state, Screen::Observations)
        }
        ObservationsCmd::Overview => {
            o.police.show = false;
            o.show_overview = !o.show_overview;
            if o.show_overview {
                vec![SituationEffect::LoadOverview.into()]
            } else {
                Vec::new()
            }
        }
        ObservationsCmd::Clear => {
            o.filter = Default::default();
            reload_screen(state, Screen::Observations)
        }
    }
}

/// Asks before purging the selected deleted observation, saying what a purge does; on a live
/// one, says how to get to the deleted ones.
fn ask_purge(state: &mut State) -> Vec<Effect> {
    let o = &state.observations;
    let selected = o.list.selected().filter(|_| o.filter.deleted);
    let Some(row) = selected else {
        let key = state.keymap.first_key(ObservationsCmd::Deleted);
        state.info(crate::i18n::t!(state.lang, "purge-only-deleted", key = key));
        return Vec::new();
    };
    let target = crate::tui::forms::record::Target {
        kind: crate::domain::EntityKind::Observation,
        id: row.id,
        name: crate::tui::widgets::text::cut(&crate::domain::text::one_line(&row.description), 40)
            .trim_end()
            .to_string(),
    };
    let question = crate::i18n::t!(
        state.lang,
        "purge-ask",
        id = row.id.short(),
        excerpt = target.name.as_str()
    );
    crate::tui::overlays::confirm::ask(state, question, Confirmed::Purge(target));
    Vec::new()
}
