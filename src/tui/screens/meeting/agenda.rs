//! The meeting's agenda (§§): add, change, remove and move items; kind, area, title, text
//! and the decision ("Beslut: att …"). Planned events are items too, listed in their own step.

use crate::domain::{AgendaItem, AgendaKind, Classification, EntityKind, Id, Lang};
use crate::i18n::t;
use crate::tui::app::effects::{Change, Edit, Effect, Record};
use crate::tui::app::state::State;
use crate::tui::forms::registry::{Choices, FieldError};
use crate::tui::screens::meeting::forms::MeetingForm;
use crate::tui::screens::meeting::record_form;
use crate::tui::widgets::form::Form;

const SHOWN: &[&str] = &["kind", "area_id", "title", "text", "decision"];

fn choices(state: &State) -> Choices {
    Choices {
        terms: Vec::new(),
        records: vec![(
            EntityKind::Area,
            state
                .refs
                .areas
                .iter()
                .map(|a| (a.name.clone(), a.id))
                .collect(),
        )],
        ..Choices::default()
    }
}

fn open_form(state: &mut State, item: AgendaItem, new: bool) {
    let lang = state.lang;
    let title = if new {
        t!(lang, "meeting-agenda-new-title", number = item.number)
    } else {
        t!(
            lang,
            "meeting-agenda-edit-title",
            number = item.number,
            title = item.title.as_str()
        )
    };
    let choices = choices(state);
    record_form::open(
        state,
        title,
        &item,
        SHOWN,
        &choices,
        MeetingForm::AgendaItem(Box::new(item.clone())),
    );
}

/// A new § after the last one.
pub fn open_new(state: &mut State, meeting: Id) {
    let number = state
        .meeting
        .data
        .agenda
        .iter()
        .map(|i| i.number)
        .max()
        .unwrap_or(0)
        + 1;
    let item = AgendaItem {
        id: Id::new(),
        classification: Classification::Begransad,
        meeting_id: meeting,
        number,
        kind: AgendaKind::Information,
        area_id: None,
        title: String::new(),
        text: String::new(),
        decision: None,
    };
    open_form(state, item, true);
}

/// The selected § in its form.
pub fn open_edit(state: &mut State) {
    if let Some(item) = state.meeting.data.agenda.get(state.meeting.cursor).cloned() {
        open_form(state, item, false);
    }
}

pub fn submit(form: &Form, item: &AgendaItem, lang: Lang) -> Result<Change, FieldError> {
    let mut saved: AgendaItem = record_form::record(form, &record_form::json_of(item), lang)?;
    if saved.title.trim().is_empty() {
        return Err(("title", t!(lang, "meeting-agenda-needs-title")));
    }
    // "att …" alone is how a decision starts, not a decision.
    if saved
        .decision
        .as_deref()
        .is_some_and(|d| d.trim().is_empty())
    {
        saved.decision = None;
    }
    Ok(Change::new(
        t!(
            lang,
            "meeting-agenda-saved",
            number = saved.number,
            title = saved.title.as_str()
        ),
        vec![Record::AgendaItem(saved)],
    ))
}

/// Takes the selected § off the agenda; the ones after it move up a number.
pub fn remove(state: &mut State) -> Vec<Effect> {
    let lang = state.lang;
    let agenda = &state.meeting.data.agenda;
    let Some(item) = agenda.get(state.meeting.cursor).cloned() else {
        return Vec::new();
    };
    let mut change = Change::new(
        t!(
            lang,
            "meeting-agenda-removed",
            number = item.number,
            title = item.title.as_str()
        ),
        vec![],
    );
    change.edits.push(Edit::Delete {
        kind: EntityKind::AgendaItem,
        id: item.id,
    });
    let rest: Vec<AgendaItem> = agenda.iter().filter(|i| i.id != item.id).cloned().collect();
    change.records.extend(renumbered(rest));
    vec![Effect::Save(change)]
}

/// Moves the selected § up (`-1`) or down (`1`) one place.
pub fn move_item(state: &mut State, step: isize) -> Vec<Effect> {
    let lang = state.lang;
    let cursor = state.meeting.cursor;
    let mut agenda = state.meeting.data.agenda.clone();
    let Some(target) = cursor
        .checked_add_signed(step)
        .filter(|t| *t < agenda.len())
    else {
        return Vec::new();
    };
    agenda.swap(cursor, target);
    let moved = agenda[target].clone();
    state.meeting.cursor = target;
    let label = t!(
        lang,
        "meeting-agenda-moved",
        title = moved.title.as_str(),
        number = target as i64 + 1
    );
    vec![Effect::Save(Change::new(label, renumbered(agenda)))]
}

/// The items numbered 1, 2, 3 … in their order: the records whose number changes.
fn renumbered(items: Vec<AgendaItem>) -> Vec<Record> {
    items
        .into_iter()
        .enumerate()
        .filter_map(|(i, mut item)| {
            let number = i as i64 + 1;
            (item.number != number).then(|| {
                item.number = number;
                Record::AgendaItem(item)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(number: i64, title: &str) -> AgendaItem {
        AgendaItem {
            id: Id::new(),
            classification: Classification::Begransad,
            meeting_id: Id::new(),
            number,
            kind: AgendaKind::Information,
            area_id: None,
            title: title.into(),
            text: String::new(),
            decision: None,
        }
    }

    #[test]
    fn renumbering_writes_only_the_items_whose_number_changes() {
        let items = vec![item(1, "a"), item(3, "b"), item(4, "c")];
        let changed = renumbered(items);
        assert_eq!(changed.len(), 2);
        assert!(matches!(&changed[0], Record::AgendaItem(i) if i.title == "b" && i.number == 2));
        assert!(matches!(&changed[1], Record::AgendaItem(i) if i.title == "c" && i.number == 3));
    }
}
