//! The follow-up sheet's rows and columns: one row per action, typed so spreadsheets get real
//! numbers and dates.

use chrono::NaiveDate;

use crate::domain::Lang;
use crate::i18n::t;

/// One row of the follow-up sheet: one action (or a plan item that has none yet), typed so
/// spreadsheets get real numbers and dates.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanRow {
    /// The plan item's number ("1", "2.3").
    pub number: String,
    pub item: String,
    pub problem: String,
    pub cause: String,
    pub goal: String,
    /// The action's title; empty on the row of an item without actions.
    pub action: String,
    pub owner: String,
    /// The action's own deadline.
    pub due: Option<NaiveDate>,
    /// The action's status, "pågår – försenad" when its own deadline has passed.
    pub status: String,
    pub last_follow_up: Option<NaiveDate>,
    pub last_comment: String,
    pub indicator: String,
}

/// The columns of the sheet, in the order of [`PlanRow::texts`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Number,
    Item,
    Problem,
    Cause,
    Goal,
    Action,
    Owner,
    Due,
    Status,
    LastFollowUp,
    Comment,
    Indicator,
}

impl Column {
    pub const ALL: [Column; 12] = [
        Column::Number,
        Column::Item,
        Column::Problem,
        Column::Cause,
        Column::Goal,
        Column::Action,
        Column::Owner,
        Column::Due,
        Column::Status,
        Column::LastFollowUp,
        Column::Comment,
        Column::Indicator,
    ];

    /// The column's heading in `lang`.
    pub fn header(self, lang: Lang) -> String {
        t!(lang, self.message())
    }

    fn message(self) -> &'static str {
        match self {
            Column::Number => "column-number",
            Column::Item => "plan-column-item",
            Column::Problem => "plan-column-problem",
            Column::Cause => "plan-column-cause",
            Column::Goal => "plan-column-goal",
            Column::Action => "column-action",
            Column::Owner => "column-responsible",
            Column::Due => "column-due",
            Column::Status => "column-status",
            Column::LastFollowUp => "plan-column-last-follow-up",
            Column::Comment => "column-comment",
            Column::Indicator => "plan-column-indicator",
        }
    }

    /// How wide the column prints, relative to the others: dates and numbers narrow, the
    /// texts people wrote wide.
    pub fn width(self) -> u32 {
        // Measured on A4 landscape at 9 pt: a date, "uppföljning" in bold and the longest
        // short organisation name ("Räddningstjänsten") fit without breaking.
        match self {
            Column::Number => 3,
            Column::Due | Column::Status => 9,
            Column::LastFollowUp | Column::Item | Column::Problem | Column::Goal => 11,
            Column::Comment => 11,
            Column::Action | Column::Indicator => 13,
            Column::Owner | Column::Cause => 14,
        }
    }
}

/// The column headings, in `lang`: the same columns in every format.
pub fn headers(lang: Lang) -> Vec<String> {
    Column::ALL.iter().map(|c| c.header(lang)).collect()
}

impl PlanRow {
    /// A cell as text, dates as `2026-11-19`.
    pub fn text(&self, column: Column) -> String {
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        match column {
            Column::Number => self.number.clone(),
            Column::Item => self.item.clone(),
            Column::Problem => self.problem.clone(),
            Column::Cause => self.cause.clone(),
            Column::Goal => self.goal.clone(),
            Column::Action => self.action.clone(),
            Column::Owner => self.owner.clone(),
            Column::Due => date(self.due),
            Column::Status => self.status.clone(),
            Column::LastFollowUp => date(self.last_follow_up),
            Column::Comment => self.last_comment.clone(),
            Column::Indicator => self.indicator.clone(),
        }
    }

    /// The cells as text, in the order of [`Column::ALL`].
    pub fn texts(&self) -> Vec<String> {
        Column::ALL.iter().map(|c| self.text(*c)).collect()
    }

    /// The cell as a date, for the date columns.
    pub fn date(&self, column: Column) -> Option<NaiveDate> {
        match column {
            Column::Due => self.due,
            Column::LastFollowUp => self.last_follow_up,
            _ => None,
        }
    }

    /// The plan item's number as a number when it is a whole one ("2.3" and "2a" stay text:
    /// as numbers they would sort and read wrong).
    pub fn number_value(&self) -> Option<u32> {
        self.number.trim().parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(number: &str) -> PlanRow {
        PlanRow {
            number: number.into(),
            ..PlanRow::default()
        }
    }

    #[test]
    fn only_whole_plan_item_numbers_become_numbers() {
        assert_eq!(numbered(" 3 ").number_value(), Some(3));
        // As numbers "2.10" would read 2.1 and sort before "2.9".
        assert_eq!(numbered("2.10").number_value(), None);
        assert_eq!(numbered("4a").number_value(), None);
    }
}
