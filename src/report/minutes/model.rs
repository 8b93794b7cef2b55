//! Gathers everything the minutes of one meeting show into plain data, once, passing every
//! record through the safety gate. The renderers never touch the store.

use chrono::{Duration, NaiveDate};

use crate::domain::{
    Action, AgendaItem, AreaAssessment, Attendance, Classification, EntityKind, FollowUp, Id,
    Meeting, Observation, Presence, SituationPicture,
};
use crate::i18n::said;
use crate::report::error::{ReportError, Result};
use crate::report::names::Names;
use crate::report::safety::{Gate, Text};

use super::snapshot::Snapshot;
use crate::store::as_of::Owner;
use crate::store::{Store, meta};

/// One organisation's attendance.
#[derive(Debug, Clone)]
pub struct AttendanceLine {
    pub organisation: String,
    pub functions: String,
    pub presence: Presence,
    pub until_item: Option<i64>,
    pub adjunct: bool,
    pub classification: Classification,
}

/// What was seen in one area during the period, and how the group assessed it.
#[derive(Debug, Clone)]
pub struct AreaSummary {
    pub area_id: Id,
    pub area: String,
    pub assessment: Option<AreaAssessment>,
    pub key_event_types: Vec<String>,
    pub hot_spots: Vec<String>,
    /// (event type, count), most frequent first.
    pub counts: Vec<(String, usize)>,
    pub observations: Vec<Observation>,
}

/// A follow-up of an earlier action, as reported at the meeting.
#[derive(Debug, Clone)]
pub struct FollowUpLine {
    pub action: Action,
    pub comment: String,
    /// The follow-up's own classification (its comment may be intern under an open action).
    pub classification: Classification,
}

#[derive(Debug, Clone)]
pub struct Minutes {
    pub meeting: Meeting,
    pub sender: String,
    pub attendance: Vec<AttendanceLine>,
    /// The agenda, numbered 1…n; a standard one when the meeting has none recorded.
    pub items: Vec<AgendaItem>,
    pub picture: Option<SituationPicture>,
    pub period: (NaiveDate, NaiveDate),
    pub areas: Vec<AreaSummary>,
    /// Follow-ups written at this meeting.
    pub follow_ups: Vec<FollowUpLine>,
    /// The actions open when the meeting closed that it did not decide itself (the meeting
    /// screen's "öppna åtgärder").
    pub open_earlier: Vec<Action>,
    pub decided: Vec<Action>,
    pub next: Option<Meeting>,
    pub names: Names,
    pub gate: Gate,
}

/// Who the document is from: the municipality and this copy's own organisation.
pub fn sender(store: &Store, names: &Names) -> Result<String> {
    let municipality = store.setting(meta::MUNICIPALITY)?.unwrap_or_default();
    let own = store
        .setting(meta::OWN_ORGANISATION)?
        .and_then(|s| s.parse::<Id>().ok())
        .map(|id| names.organisation(Some(id)))
        .unwrap_or_default();
    Ok(match (municipality.is_empty(), own.is_empty()) {
        (true, _) => own,
        (false, true) => municipality,
        (false, false) if own.contains(&municipality) => own,
        (false, false) => format!("{municipality} – {own}"),
    })
}

impl Minutes {
    pub fn gather(
        store: &Store,
        meeting_id: Id,
        include_internal: bool,
        lang: crate::domain::Lang,
    ) -> Result<Minutes> {
        let mut gate = Gate::for_store(store, include_internal)?;
        let snapshot = Snapshot::of_meeting(store, meeting_id)?;
        let meeting: Meeting = snapshot.meeting(meeting_id)?;
        if !gate.admit(meeting.classification) {
            return Err(ReportError::Internal(said!(
                "error-report-internal-meeting",
                date = meeting.date.to_string()
            )));
        }
        gate.check(Text {
            kind: EntityKind::Meeting,
            id: meeting.id,
            date: Some(meeting.date),
            field: "notes",
            text: &meeting.notes,
            confirmed: false,
        })?;
        let names = Names::for_document(store, lang, &gate)?;

        let mut attendance = Vec::new();
        for a in snapshot.own::<Attendance>(Owner::Meeting(meeting.id))? {
            if gate.admit(a.classification) {
                attendance.push(AttendanceLine {
                    organisation: names.organisation(Some(a.organisation_id)),
                    functions: a.functions,
                    presence: a.presence,
                    until_item: a.until_item,
                    adjunct: a.adjunct,
                    classification: a.classification,
                });
            }
        }
        attendance
            .sort_by(|a, b| crate::store::collation::compare_sv(&a.organisation, &b.organisation));

        let mut items = Vec::new();
        let mut agenda: Vec<AgendaItem> = snapshot.own(Owner::Meeting(meeting.id))?;
        // By § number as it stood (an approved agenda's numbers may have moved since).
        agenda.sort_by_key(|i| i.number);
        for item in agenda {
            if !gate.admit(item.classification) {
                continue;
            }
            for (field, text) in [
                ("text", item.text.as_str()),
                ("decision", item.decision.as_deref().unwrap_or("")),
            ] {
                gate.check(Text {
                    kind: EntityKind::AgendaItem,
                    id: item.id,
                    date: Some(meeting.date),
                    field,
                    text,
                    confirmed: false,
                })?;
            }
            items.push(item);
        }
        let (items, stored_numbers) = super::agenda::numbered(items, meeting.id);
        // "t.o.m. § 4" names the § as the minutes number it.
        for a in &mut attendance {
            a.until_item = a.until_item.map(|n| {
                stored_numbers
                    .iter()
                    .position(|s| *s == n)
                    .map_or(n, |i| i as i64 + 1)
            });
        }

        let picture = snapshot
            .own::<SituationPicture>(Owner::Meeting(meeting.id))?
            .into_iter()
            .find(|p| gate.admit(p.classification));
        if let Some(p) = &picture {
            gate.check(Text::picture_summary(p))?;
        }
        let previous = store.meeting_before(&meeting.group_name, meeting.date)?;
        let period = match &picture {
            Some(p) => (p.period_start, p.period_end),
            None => (
                previous
                    .as_ref()
                    .map(|m| m.date)
                    .unwrap_or(meeting.date - Duration::days(7)),
                meeting.date - Duration::days(1),
            ),
        };
        let events = snapshot.reported_events(period.0, period.1)?;
        let areas = area_summaries(&snapshot, &mut gate, &names, picture.as_ref(), events)?;

        let mut follow_ups = Vec::new();
        let mut follow_ups_written: Vec<FollowUp> = snapshot.own(Owner::Meeting(meeting.id))?;
        follow_ups_written.sort_by_key(|f| f.date);
        for f in follow_ups_written {
            if f.subject_kind != EntityKind::Action || !gate.admit(f.classification) {
                continue;
            }
            let Some(action) = snapshot.action(f.subject_id)? else {
                continue;
            };
            if !gate.admit(action.classification) {
                continue;
            }
            check_action(&gate, &action)?;
            gate.check(Text::follow_up(&f))?;
            follow_ups.push(FollowUpLine {
                action,
                comment: f.comment,
                classification: f.classification,
            });
        }
        let mut open_earlier = Vec::new();
        for a in snapshot.open_carried_in(meeting.id)? {
            if gate.admit(a.classification) {
                check_action(&gate, &a)?;
                open_earlier.push(a);
            }
        }
        let mut decided = Vec::new();
        for a in snapshot.decided_at(meeting.id)? {
            if gate.admit(a.classification) {
                check_action(&gate, &a)?;
                decided.push(a);
            }
        }
        let next = match store.meeting_after(&meeting.group_name, meeting.date)? {
            Some(n) => Some(n),
            // A copy set up by hand may name the group differently from meeting to meeting.
            None => store.next_meeting_from(meeting.date + Duration::days(1))?,
        }
        // An intern next meeting is no one else's business: "not yet decided" for partners.
        .filter(|n| gate.admit(n.classification));
        Ok(Minutes {
            sender: sender(store, &names)?,
            meeting,
            attendance,
            items,
            picture,
            period,
            areas,
            follow_ups,
            open_earlier,
            decided,
            next,
            names,
            gate,
        })
    }
}

pub(crate) fn check_action(gate: &Gate, a: &Action) -> Result<()> {
    for (field, text) in [
        ("title", a.title.as_str()),
        ("description", a.description.as_str()),
        ("expected_effect", a.expected_effect.as_str()),
        ("result", a.result.as_str()),
    ] {
        gate.check(Text {
            kind: EntityKind::Action,
            id: a.id,
            date: a.due_on,
            field,
            text,
            confirmed: a.pii_confirmed,
        })?;
    }
    Ok(())
}

/// One summary per assessed area (in the picture's order), then one per other area where
/// something was seen.
fn area_summaries(
    snapshot: &Snapshot<'_>,
    gate: &mut Gate,
    names: &Names,
    picture: Option<&SituationPicture>,
    events: Vec<Observation>,
) -> Result<Vec<AreaSummary>> {
    let mut observations = Vec::new();
    for o in events {
        if gate.admit(o.classification) {
            gate.check(Text {
                kind: EntityKind::Observation,
                id: o.id,
                date: Some(o.occurred_on),
                field: "description",
                text: &o.description,
                confirmed: o.pii_confirmed,
            })?;
            observations.push(o);
        }
    }
    let mut summaries = Vec::new();
    if let Some(p) = picture {
        let mut assessments: Vec<AreaAssessment> = snapshot.own(Owner::Picture(p.id))?;
        // The priority areas first, by rank, as they stood (see `Snapshot::own`).
        assessments.sort_by_key(|a| (!a.is_priority, a.priority_rank.is_none(), a.priority_rank));
        for a in assessments {
            if !gate.admit(a.classification) {
                continue;
            }
            gate.check(Text {
                kind: EntityKind::AreaAssessment,
                id: a.id,
                date: Some(p.period_end),
                field: "text",
                text: &a.text,
                confirmed: false,
            })?;
            let covered = names.area_with_descendants(a.area_id);
            let (mine, rest): (Vec<_>, Vec<_>) = observations
                .into_iter()
                .partition(|o| covered.contains(&o.area_id));
            observations = rest;
            summaries.push(summary(names, a.area_id, Some(a), mine));
        }
    }
    let mut others: Vec<Id> = observations.iter().map(|o| o.area_id).collect();
    others.sort_by(|a, b| {
        crate::store::collation::compare_sv(&names.area(Some(*a)), &names.area(Some(*b)))
    });
    others.dedup();
    for area in others {
        let (mine, rest): (Vec<_>, Vec<_>) =
            observations.into_iter().partition(|o| o.area_id == area);
        observations = rest;
        summaries.push(summary(names, area, None, mine));
    }
    Ok(summaries)
}

fn summary(
    names: &Names,
    area_id: Id,
    assessment: Option<AreaAssessment>,
    observations: Vec<Observation>,
) -> AreaSummary {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for o in &observations {
        let label = names.event_type(o.event_type_id);
        match counts.iter_mut().find(|(l, _)| *l == label) {
            Some((_, n)) => *n += 1,
            None => counts.push((label, 1)),
        }
    }
    counts.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| crate::store::collation::compare_sv(&a.0, &b.0))
    });
    let (key_event_types, hot_spots) = assessment
        .as_ref()
        .map(|a| {
            (
                a.key_event_type_ids
                    .iter()
                    .map(|i| names.event_type(*i))
                    .collect(),
                a.hot_spot_place_ids
                    .iter()
                    .map(|i| names.place(Some(*i)))
                    .collect(),
            )
        })
        .unwrap_or_default();
    AreaSummary {
        area_id,
        area: names.area(Some(area_id)),
        assessment,
        key_event_types,
        hot_spots,
        counts,
        observations,
    }
}
