//! Closing a meeting, the one way both front ends do it (the Möte screen's close and
//! `lagesbild meeting close`): the meeting is *avslutat* with its end time, its note-taker is
//! the user when none was named, and its situation picture is established (fastställd) by the
//! user. One undoable action, labelled the same in both.

use crate::domain::{Id, Lang, Meeting, MeetingStatus, PictureStatus, Presence, SituationPicture};
use crate::i18n::{said, t};
use crate::store::{Result, Store, StoreError, Writer};

/// "Mötet 2026-11-19 är avslutat och lägesbilden för v. 47 är fastställd." — what undo names.
/// Always Swedish: it is stored with the action.
pub fn close_label(meeting: &Meeting) -> String {
    t!(
        Lang::Sv,
        "meeting-closed-label",
        date = meeting.date.to_string(),
        week = meeting.week().short_sv()
    )
}

/// Closes `meeting` inside a write: avslutat, ended now (to the minute, Swedish time), the
/// note-taker `actor` when none was named; and establishes `picture`, its situation picture.
/// A meeting already closed or cancelled is refused in Swedish.
pub fn close_in(w: &mut Writer<'_>, meeting: Id, picture: Option<Id>, actor: &str) -> Result<()> {
    let mut m: Meeting = w.get(meeting)?.ok_or(StoreError::NotFound {
        kind: crate::domain::EntityKind::Meeting,
        id: meeting.to_string(),
    })?;
    if matches!(m.status, MeetingStatus::Avslutat | MeetingStatus::Installt) {
        return Err(StoreError::Said(
            said!("meeting-close-refused", date = m.date.to_string())
                .with_label("status", m.status),
        ));
    }
    m.status = MeetingStatus::Avslutat;
    m.end_time = Some(now_minute());
    if m.note_taker.is_empty() {
        m.note_taker = actor.to_string();
    }
    w.update(&m)?;
    if let Some(p) = picture {
        let mut picture: SituationPicture = w.get(p)?.ok_or(StoreError::NotFound {
            kind: crate::domain::EntityKind::SituationPicture,
            id: p.to_string(),
        })?;
        picture.status = PictureStatus::Faststalld;
        picture.established_by = Some(actor.to_string());
        picture.established_at = Some(chrono::Utc::now());
        w.update(&picture)?;
    }
    Ok(())
}

/// Closes `meeting` as one undoable action with its situation picture (the one the Möte screen
/// shows for it). Returns what to say: the label, and a warning when nobody was marked present.
pub fn close(store: &mut Store, meeting: Id, lang: Lang) -> Result<Vec<String>> {
    let m: Meeting = store.get(meeting)?.ok_or(StoreError::NotFound {
        kind: crate::domain::EntityKind::Meeting,
        id: meeting.to_string(),
    })?;
    let picture = store.picture_of_meeting(meeting)?.map(|p| p.id);
    let nobody = !store
        .attendance_of(meeting)?
        .iter()
        .any(|a| matches!(a.presence, Presence::Narvarande | Presence::Delvis));
    let label = close_label(&m);
    let actor = store.actor().to_string();
    store.write_action(&label, |w| close_in(w, meeting, picture, &actor))?;
    let mut said = vec![label];
    if nobody {
        said.push(t!(lang, "meeting-close-nobody-present"));
    }
    Ok(said)
}

/// The time in Sweden, to the minute (how minutes write it).
pub fn now_minute() -> chrono::NaiveTime {
    use chrono::Timelike;
    let t = crate::domain::swedish_time::now().time();
    t.with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(t)
}
