//! How an action reads in every document: its status (with "försenad", which is derived)
//! and its due week.

use crate::domain::{Action, IsoWeek, Vocabulary};

/// "pågår", or "pågår – försenad" when past the deadline.
pub fn status_text(a: &Action, today: chrono::NaiveDate) -> String {
    if a.is_overdue(today) {
        format!("{} – försenad", a.status.label_sv())
    } else {
        a.status.label_sv().to_string()
    }
}

/// "v. 48" from the due week, or the week of the due date.
pub fn due_week(a: &Action) -> String {
    a.due_week
        .or(a.due_on.map(IsoWeek::of))
        .map(|w| w.short_sv())
        .unwrap_or_default()
}
