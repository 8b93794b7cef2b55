//! Rows to records: every row checked like the form checks it (required values, listed
//! names, a place inside its area, each value against the entity registry, the personal-data
//! check) with every fault named by row and column. A row that passes becomes the record it
//! will be written as (`record`).

use serde_json::{Map, Value};

use super::columns::REFERENCE;
use super::layout::Layout;
use super::lists::{ChoiceList, Lists};
use super::read::{Cell, Table};
use super::record::build;
pub use super::record::{KEY_PREFIX, Record, observation_key};
use super::values;
use crate::domain::Lang;
use crate::domain::pii::Register;
use crate::i18n::t;

/// What the example row of a template says in its reference column; such a row is skipped.
pub fn example_marker(lang: Lang) -> String {
    t!(lang, "sheet-example-marker")
}

/// One fault of one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub row: usize,
    /// The column's heading, when the fault is in one cell.
    pub column: Option<String>,
    pub problem: String,
}

impl RowError {
    /// "rad 14, kolumn Plats: ”Lindängstorg” finns inte – menade du Lindängstorget?" The row
    /// goes in as text: as a number Fluent would group it ("rad 10 000"), unlike the
    /// spreadsheet's own row numbers.
    pub fn message(&self, lang: Lang) -> String {
        match &self.column {
            Some(column) => t!(
                lang,
                "sheet-row-column-error",
                row = self.row.to_string(),
                column = column.as_str(),
                problem = self.problem.as_str()
            ),
            None => t!(
                lang,
                "sheet-row-error",
                row = self.row.to_string(),
                problem = self.problem.as_str()
            ),
        }
    }
}

/// A row that passed.
#[derive(Debug, Clone, PartialEq)]
pub struct GoodRow {
    pub row: usize,
    pub record: Record,
    /// Already in the copy (or earlier in the file): reading it again adds nothing.
    pub already: bool,
}

/// A row that did not pass, with its cells as read (for the file of rejected rows).
#[derive(Debug, Clone, PartialEq)]
pub struct BadRow {
    pub row: usize,
    pub cells: Vec<String>,
    pub errors: Vec<RowError>,
}

/// Every row of a sheet, checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checked {
    pub good: Vec<GoodRow>,
    pub bad: Vec<BadRow>,
}

/// How to judge the rows.
pub struct Judge<'a> {
    pub lists: Lists,
    pub register: &'a Register,
    /// The person has read the list of personal-data findings and confirms them.
    pub confirm_personal_data: bool,
    /// The keys of the observations earlier sheets brought (see [`observation_key`]).
    pub known_keys: std::collections::HashSet<String>,
    pub lang: Lang,
}

/// Checks every row of `table`.
pub fn check(table: &Table, layout: &Layout, judge: &mut Judge<'_>) -> Checked {
    let mut choices: Vec<Option<ChoiceList>> = layout
        .columns
        .iter()
        .map(|(c, _)| judge.lists.choices(c.values))
        .collect();
    // Worked out once, not once a cell.
    let headings: Vec<String> = layout
        .columns
        .iter()
        .map(|(spec, _)| spec.heading(layout.kind, judge.lang))
        .collect();
    let marker = example_marker(judge.lang).to_lowercase();
    let mut checked = Checked::default();
    for (row, cells) in &table.rows {
        let cell = |at: Option<usize>| at.and_then(|i| cells.get(i)).unwrap_or(&Cell::Empty);
        let reference = layout
            .columns
            .iter()
            .find(|(c, _)| c.field == REFERENCE)
            .map(|(_, at)| cell(*at).shown())
            .unwrap_or_default();
        if reference.to_lowercase() == marker {
            continue;
        }
        let mut errors = Vec::new();
        let mut fields = Map::new();
        let mut labels = Map::new();
        for (((spec, at), list), heading) in layout.columns.iter().zip(&choices).zip(&headings) {
            if spec.field == REFERENCE {
                continue;
            }
            let fault = |problem: String| RowError {
                row: *row,
                column: Some(heading.clone()),
                problem,
            };
            let c = cell(*at);
            match values::value(c, spec.values, list.as_ref(), judge.lang) {
                Ok(Value::Null) if spec.required => errors.push(fault(t!(
                    judge.lang,
                    "sheet-required",
                    column = heading.as_str()
                ))),
                Ok(v) => {
                    labels.insert(spec.field.into(), Value::String(c.shown()));
                    fields.insert(spec.field.into(), v);
                }
                Err(problem) => errors.push(fault(problem)),
            }
        }
        let built = if errors.is_empty() {
            build(layout.kind, *row, fields, &labels, &reference, judge)
        } else {
            Err(errors)
        };
        match built {
            Ok(good) => {
                learn(&good.record, layout, &mut choices);
                checked.good.push(good);
            }
            Err(errors) => checked.bad.push(BadRow {
                row: *row,
                cells: cells.iter().map(Cell::shown).collect(),
                errors,
            }),
        }
    }
    checked
}

/// An area made earlier in the file may be the parent of a later one.
fn learn(record: &Record, layout: &Layout, choices: &mut [Option<ChoiceList>]) {
    let Record::Area(area) = record else { return };
    for ((spec, _), list) in layout.columns.iter().zip(choices.iter_mut()) {
        if spec.field == "parent_id"
            && let Some(list) = list
        {
            let mut lists = Lists::default();
            lists.add_area(area.id, &area.name, area.code.as_deref());
            for c in lists.areas.items {
                list.push(c, &[]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_is_named_as_the_spreadsheet_numbers_it() {
        let fault = RowError {
            row: 10_000,
            column: Some("Plats".into()),
            problem: "x".into(),
        };
        assert_eq!(fault.message(Lang::Sv), "rad 10000, kolumn Plats: x");
    }
}
