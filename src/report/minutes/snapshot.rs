//! How the minutes read the world around the meeting: actions and observations as they stood
//! when the meeting closed (read from the op log), never as of the export day, so a justerad
//! document is the same each time it is exported. While the meeting is still open, as now.
//!
//! The meeting's own records (the meeting, attendance, agenda, the lägesbild and its
//! assessments, the follow-ups written at it) are the minutes' text, written up and corrected
//! until justering: until then the model reads them as they are, and from then on as they
//! were when the minutes were approved, so a later edit cannot change a signed document.

use chrono::NaiveDate;

use crate::domain::{Action, Entity, EntityKind, Id, Meeting, Observation};
use crate::store::as_of::{AsOf, Owner};
use crate::store::{Result, Store};

pub(super) struct Snapshot<'a> {
    store: &'a Store,
    closed: Option<AsOf>,
    approved: Option<AsOf>,
}

impl<'a> Snapshot<'a> {
    pub fn of_meeting(store: &'a Store, meeting: Id) -> Result<Self> {
        Ok(Snapshot {
            store,
            closed: store.meeting_closed_at(meeting)?,
            approved: store.meeting_approved_at(meeting)?,
        })
    }

    /// The meeting itself: as approved once justerat, else as it is.
    pub fn meeting(&self, id: Id) -> Result<Meeting> {
        let current: Meeting = self.store.require(id)?;
        Ok(match self.approved {
            Some(at) => self.store.as_of(id, at)?.unwrap_or(current),
            None => current,
        })
    }

    /// The meeting's own records of a kind, hanging on `owner` (the meeting, or a picture of
    /// it): as approved once justerat, else as they are; in creation order.
    pub fn own<T: Entity>(&self, owner: Owner) -> Result<Vec<T>> {
        self.store.owned_records(owner, self.approved)
    }

    /// An action as the meeting saw it; one entered after the close (decided at the meeting,
    /// typed in afterwards) as it was first written.
    pub fn action(&self, id: Id) -> Result<Option<Action>> {
        match self.closed {
            Some(at)
                if self.store.as_of::<Action>(id, at)?.is_none()
                    && self.store.is_deleted(EntityKind::Action, id)? =>
            {
                Ok(None)
            }
            Some(at) => self.store.as_of_or_first(id, at),
            None => self.store.get(id),
        }
    }

    /// The actions decided at this meeting, in the order they were created.
    pub fn decided_at(&self, meeting: Id) -> Result<Vec<Action>> {
        let mut out = Vec::new();
        for a in self.store.actions_ever_decided_at(meeting)? {
            if let Some(a) = self.live_action(a)?
                && a.meeting_id == Some(meeting)
            {
                out.push(a);
            }
        }
        Ok(out)
    }

    /// The actions open when the meeting closed that it did not decide itself: what the
    /// meeting followed up (the meeting screen counts the same), earliest deadline first.
    pub fn open_carried_in(&self, meeting: Id) -> Result<Vec<Action>> {
        let mut out = Vec::new();
        for a in self.store.actions_ever()? {
            if let Some(a) = self.live_action(a)?
                && a.status.is_open()
                && a.meeting_id != Some(meeting)
            {
                out.push(a);
            }
        }
        out.sort_by_key(|a| (a.due_on.is_none(), a.due_on));
        Ok(out)
    }

    /// The reported events of the period (see `Observation::is_reported_event`) as they
    /// stood at the close, in time order.
    pub fn reported_events(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Observation>> {
        let Some(at) = self.closed else {
            return self.store.observations_for_picture(from, to);
        };
        let mut out = Vec::new();
        for o in self.store.observations_ever_in(from, to)? {
            if let Some(o) = self.store.as_of::<Observation>(o.id, at)?
                && o.is_reported_event()
                && (from..=to).contains(&o.occurred_on)
            {
                out.push(o);
            }
        }
        Ok(out)
    }

    /// A candidate action as of the close; None when it was deleted then (or is now and the
    /// meeting is still open).
    fn live_action(&self, current: Action) -> Result<Option<Action>> {
        match self.closed {
            Some(_) => self.action(current.id),
            None if self.store.is_deleted(EntityKind::Action, current.id)? => Ok(None),
            None => Ok(Some(current)),
        }
    }
}
