//! How an action reads in every document: its status (with "försenad", which is derived)
//! and its due week.

use crate::domain::{Action, IsoWeek, Lang, Vocabulary};
use crate::i18n::t;

/// "pågår", or "pågår – försenad" when past the deadline.
pub fn status_text(a: &Action, today: chrono::NaiveDate, lang: Lang) -> String {
    if a.is_overdue(today) {
        t!(lang, "action-overdue", status = a.status.label(lang))
    } else {
        a.status.label(lang).to_string()
    }
}

/// "v. 48" from the due week, or the week of the due date.
pub fn due_week(a: &Action, lang: Lang) -> String {
    a.due_week
        .or(a.due_on.map(IsoWeek::of))
        .map(|w| t!(lang, "week-short", week = w.week()))
        .unwrap_or_default()
}
