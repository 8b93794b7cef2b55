//! The I/O side: carries out the effects `update` asks for, against the store, and answers with
//! messages. Writes go through `Store::write` only; a saved change is one user action
//! (`Store::write_action`), which `undo` takes back with new ops read from the op log
//! (`store::undo`), so undo survives a restart and is itself traceable.

use chrono::NaiveDate;

use crate::domain::{
    Action, Entity, Finding, Id, Meeting, MeetingStatus, Observation, ReviewStatus,
};
use crate::store::undo::UndoOutcome;
use crate::store::{Result, Store, StoreError, Writer, meta};
use crate::tui::app::effects::{Change, Edit, Effect, Record};
use crate::tui::app::jobs::CancelFlag;
use crate::tui::app::messages::Msg;
use crate::tui::app::unchanged::Answered;
use crate::tui::screens;

/// The store and the day the app runs on.
pub struct Io {
    pub store: Store,
    pub today: NaiveDate,
    /// The cancel key's request for the running job (shared with `State::jobs`).
    pub cancel: CancelFlag,
    /// The language of the job labels the worker announces (the app's, set at start).
    pub lang: crate::domain::Lang,
    /// The loads whose answers the screens still show (skipped while nothing is written).
    answered: Answered,
}

impl Io {
    pub fn new(store: Store, today: NaiveDate) -> Io {
        Io {
            store,
            today,
            cancel: CancelFlag::default(),
            lang: crate::domain::Lang::default(),
            answered: Answered::default(),
        }
    }

    /// Carries out one effect; errors become a message the user reads.
    pub fn execute(&mut self, effect: Effect) -> Vec<Msg> {
        let cancel = self.cancel.clone();
        self.execute_reporting(effect, &mut |_| !cancel.is_requested())
    }

    /// `execute`, telling `progress` how far a long job has come (0.0 ‥ 1.0); its answer says
    /// whether to go on (`false`: the user cancelled; a cancellable job stops at its next step).
    pub fn execute_reporting(
        &mut self,
        effect: Effect,
        progress: &mut dyn FnMut(f64) -> bool,
    ) -> Vec<Msg> {
        // A tab switch back to data that did not change: its screen shows it already.
        if self.answered.on_screen(&self.store, &effect) {
            return Vec::new();
        }
        let load = Answered::is_load(&effect).then(|| effect.clone());
        let answers = match self.try_execute(effect, progress) {
            Ok(msgs) => msgs,
            Err(e) => {
                crate::tui::app::log::write(&format!("error: {e}"));
                vec![Msg::Failed(e.to_string())]
            }
        };
        if let Some(load) = load {
            self.answered.carried_out(load, &answers);
        }
        answers
    }

    fn try_execute(
        &mut self,
        effect: Effect,
        progress: &mut dyn FnMut(f64) -> bool,
    ) -> Result<Vec<Msg>> {
        let today = self.today;
        let s = &self.store;
        Ok(vec![match effect {
            Effect::LoadRefs => Msg::Refs(super::refs::load(s)?),
            Effect::Search(q) => Msg::SearchHits(s.search(&q, 50)?),
            Effect::History { kind, id, lang } => Msg::History(Box::new(
                crate::services::history::readable(s, kind, id, lang)?,
            )),
            Effect::Save(change) => self.save(change)?,
            Effect::Undo => self.undo_last()?,
            Effect::Exchange(fx) => {
                return Ok(screens::exchange::load::execute(
                    &mut self.store,
                    fx,
                    progress,
                    self.lang,
                ));
            }
            Effect::Meeting(fx) => screens::meeting::load::execute(s, today, fx)?,
            Effect::Situation(screens::situation::messages::SituationEffect::FetchPolice) => {
                let store = &mut self.store;
                stoppable(
                    progress,
                    |go_on| crate::services::polisen::fetch_own(store, &mut || go_on(0.0)),
                    // A save as any other: the lists reload, the police's events with them.
                    saved,
                )
            }
            Effect::Situation(fx) => {
                screens::situation::load::execute(&mut self.store, today, self.lang, fx)?
            }
            Effect::Actions(fx) => screens::actions::load::execute(s, today, self.lang, fx)?,
            Effect::Text(fx) => screens::text::load::execute(s, today, self.lang, fx)?,
            Effect::Register(fx) => {
                screens::register::load::execute(&mut self.store, fx, self.lang)?
            }
            Effect::Record(fx) => return super::records::execute(&mut self.store, fx),
            Effect::Analysis(fx) => {
                return screens::analysis::load::execute(&self.store, today, fx, progress);
            }
            Effect::Sheet(fx) => {
                crate::tui::jobs::sheet_import::execute(&mut self.store, fx, progress)
            }
            Effect::Export(request) => {
                crate::tui::jobs::export::run(&mut self.store, today, request, progress)
            }
            Effect::Check => stoppable(
                progress,
                |go_on| crate::services::check::run(&self.store, go_on),
                Msg::Info,
            ),
            Effect::LoadDemo => {
                let store = &mut self.store;
                stoppable(
                    progress,
                    |go_on| crate::services::demo::load(store, today, go_on),
                    saved,
                )
            }
        }])
    }

    fn save(&mut self, change: Change) -> Result<Msg> {
        let today = self.today;
        crate::services::setup::before_settings(&mut self.store, &change.settings)
            .map_err(StoreError::Invalid)?;
        let actor = self.store.actor().to_string();
        let undoable = self.store.write_action(&change.label, |w| {
            for record in &change.records {
                upsert_record(w, record)?;
            }
            for edit in &change.edits {
                match edit {
                    Edit::Delete { kind, id } => {
                        w.delete(*kind, *id)?;
                        continue;
                    }
                    // The one close both front ends use.
                    Edit::CloseMeeting { meeting, picture } => {
                        crate::services::meeting::close_in(w, *meeting, *picture, &actor)?;
                        continue;
                    }
                    _ => {}
                }
                let record = edited(w, edit, today)?;
                upsert_record(w, &record)?;
            }
            Ok(!w.ops().is_empty())
        })?;
        for (key, value) in &change.settings {
            if *key == meta::ACTOR {
                self.store.set_actor(value)?;
            } else {
                self.store.set_setting(key, value)?;
            }
        }
        Ok(Msg::Saved {
            label: change.label,
            undoable,
            hint: change.hint,
        })
    }

    /// Takes back this copy's latest change, read from the op log (see `store::undo`).
    fn undo_last(&mut self) -> Result<Msg> {
        Ok(match self.store.undo_last()? {
            UndoOutcome::Nothing => {
                Msg::Failed(crate::services::undo::nothing(crate::domain::Lang::Sv))
            }
            UndoOutcome::Refused(why) => Msg::Failed(why),
            UndoOutcome::Undone { label } => Msg::Undone {
                label,
                next: self.undo_label(),
            },
        })
    }

    /// What `undo` would take back, from the op log (so it survives a restart).
    pub fn undo_label(&self) -> Option<String> {
        self.store.last_undoable().ok().flatten().map(|a| a.label)
    }

    /// This copy's settings after onboarding.
    pub fn is_onboarded(&self) -> bool {
        self.store
            .setting(meta::MUNICIPALITY)
            .ok()
            .flatten()
            .is_some()
    }
}

fn require<T: Entity>(w: &Writer<'_>, id: Id) -> Result<T> {
    w.get::<T>(id)?.ok_or(StoreError::NotFound {
        kind: T::KIND,
        id: id.to_string(),
    })
}

/// Reads the record an edit applies to and returns it changed.
fn edited(w: &Writer<'_>, edit: &Edit, today: NaiveDate) -> Result<Record> {
    Ok(match edit {
        Edit::ActionStatus { id, to } => {
            let mut a: Action = require(w, *id)?;
            a.change_status(*to, today)
                .map_err(|e| StoreError::Invalid(e.to_string()))?;
            Record::Action(a)
        }
        Edit::Review { id, to } => {
            let mut o: Observation = require(w, *id)?;
            o.review_status = *to;
            Record::Observation(o)
        }
        Edit::Observation { id, patch } => {
            let mut o: Observation = require(w, *id)?;
            let p = patch.as_ref().clone();
            o.occurred_on = p.occurred_on;
            o.time_from = p.time_from;
            o.day_period = p.day_period;
            o.area_id = p.area_id;
            o.place_id = p.place_id;
            o.event_type_id = p.event_type_id;
            o.reporting_org_id = p.reporting_org_id;
            o.severity = p.severity;
            o.grade = p.grade;
            o.description = p.description;
            o.pii_confirmed = p.pii_confirmed;
            o.classification = p.classification;
            Record::Observation(o)
        }
        Edit::Duplicate { id, of } => {
            let mut o: Observation = require(w, *id)?;
            o.review_status = ReviewStatus::Dubblett;
            o.duplicate_of_id = Some(*of);
            Record::Observation(o)
        }
        Edit::LinkFinding { finding, action } => {
            let mut f: Finding = require(w, *finding)?;
            f.action_id = Some(*action);
            Record::Finding(f)
        }
        Edit::StartMeeting { id } => {
            let mut m: Meeting = require(w, *id)?;
            m.status = MeetingStatus::Pagar;
            if m.start_time.is_none() {
                m.start_time = Some(crate::services::meeting::now_minute());
            }
            Record::Meeting(m)
        }
        // Carried out before `edited` is asked (`save`): a delete changes no fields, and a
        // close is `services::meeting::close_in`.
        Edit::Delete { kind, id } => {
            return Err(StoreError::NotFound {
                kind: *kind,
                id: id.to_string(),
            });
        }
        Edit::CloseMeeting { meeting, .. } => {
            return Err(StoreError::NotFound {
                kind: crate::domain::EntityKind::Meeting,
                id: meeting.to_string(),
            });
        }
    })
}

fn upsert_record(w: &mut Writer<'_>, record: &Record) -> Result<()> {
    match record {
        Record::Observation(r) => upsert(w, r),
        Record::Action(r) => upsert(w, r),
        Record::FollowUp(r) => upsert(w, r),
        Record::Attendance(r) => upsert(w, r),
        Record::AreaAssessment(r) => upsert(w, r),
        Record::Meeting(r) => upsert(w, r),
        Record::SituationPicture(r) => upsert(w, r),
        Record::AgendaItem(r) => upsert(w, r),
        Record::Finding(r) => upsert(w, r),
        Record::Organisation(r) => upsert(w, r),
        Record::MeetingSeries(r) => upsert(w, r),
    }
}

/// Creates the record, or writes the fields that differ.
fn upsert<T: Entity>(w: &mut Writer<'_>, record: &T) -> Result<()> {
    match w.get::<T>(record.id())? {
        None => {
            w.create(record)?;
        }
        Some(_) => {
            w.update(record)?;
        }
    }
    Ok(())
}

/// Runs a job that asks `progress` whether to go on: an error after a no is a stop
/// (`Msg::Cancelled`, nothing left behind), any other error a failure.
fn stoppable<T>(
    progress: &mut dyn FnMut(f64) -> bool,
    job: impl FnOnce(&mut dyn FnMut(f64) -> bool) -> std::result::Result<T, String>,
    done: impl FnOnce(T) -> Msg,
) -> Msg {
    let mut stopped = false;
    let result = job(&mut |fraction| {
        stopped = !progress(fraction);
        !stopped
    });
    match result {
        Ok(value) => done(value),
        Err(e) if stopped => Msg::Cancelled(e),
        Err(e) => Msg::Failed(e),
    }
}

/// A job's result as a save that cannot be undone with `u` (the lists reload).
fn saved(label: String) -> Msg {
    Msg::Saved {
        label,
        undoable: false,
        hint: None,
    }
}
