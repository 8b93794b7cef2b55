//! The demo samverkansgrupp's meeting series (`[meeting]` in `data/demo/world.toml`): the
//! weekday, time, room and functions every generated meeting is held with, and the agenda its
//! held meetings follow (§ 1–9 as in the minutes layout).

use chrono::NaiveTime;

use super::error::SeedError;
use super::weekly::{T1, T2, T3, T4, T5, T6, T7, T8, T9};
use super::world::{MeetingDef, demo_id};
use crate::domain::{Classification, Id, Lang, MeetingKind, MeetingSeries};
use crate::i18n::t;

/// The series' agenda: the titles of a held demo meeting's §§, in order.
pub(crate) const AGENDA: [&str; 9] = [T1, T2, T3, T4, T5, T6, T7, T8, T9];

/// The series as `def` describes it, with a stable id; `file` names the data file in errors.
/// Its members are the organisations `world.toml` marks `member` (the ones that take part).
pub(crate) fn of(
    def: &MeetingDef,
    members: Vec<Id>,
    file: &'static str,
) -> Result<MeetingSeries, SeedError> {
    let time = |s: &str| {
        NaiveTime::parse_from_str(s, "%H:%M")
            .map_err(|_| SeedError::data(file, t!(Lang::Sv, "demo-series-bad-time", time = s)))
    };
    Ok(MeetingSeries {
        id: demo_id("meeting_series", "est"),
        classification: Classification::Begransad,
        group_name: def.group_name.clone(),
        kind: MeetingKind::Vecka,
        weekday: def.weekday,
        start_time: Some(time(&def.start_time)?),
        end_time: Some(time(&def.end_time)?),
        location: def.location.clone(),
        chair: def.chair.clone(),
        note_taker: def.note_taker.clone(),
        adjuster: Some(def.adjuster.clone()),
        agenda: AGENDA.iter().map(|t| t.to_string()).collect(),
        active: true,
        member_ids: Some(members),
    })
}
