//! The åtgärdsplan's template: the plan's own follow-up sheet (`report::plan`), its columns in
//! its order and no rows, so a plan typed into it reads back as a plan exactly as the export
//! does. The owner offers the copy's organisations, the status the action statuses; the two
//! date columns are dates. The plan is named after the file. Row 2 is a fictional example the
//! reader skips.

use chrono::NaiveDate;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, Formula, Workbook, XlsxError,
};

use crate::domain::Lang;
use crate::domain::vocab::{ActionStatus, Vocabulary};
use crate::i18n::t;
use crate::report::plan::Column;
use crate::sheets::lists::Lists;
use crate::sheets::rows::example_marker;
use crate::sheets::template::{
    TEMPLATE_ROWS, date_validation, excel_date, heading_format, list_range, lock_headings,
    write_instructions, write_lists,
};

/// The instructions: what the sheet is, the rule on personal data, how rows make a plan.
pub fn instructions(lang: Lang) -> Vec<String> {
    vec![
        t!(
            lang,
            "sheet-instructions-title",
            kind = t!(lang, "sheet-kind-plan")
        ),
        t!(lang, "sheet-plan-instructions-intro"),
        t!(lang, "sheet-instructions-no-personal-data"),
        t!(
            lang,
            "sheet-plan-instructions-example",
            marker = example_marker(lang)
        ),
        t!(lang, "sheet-plan-instructions-rows"),
        t!(lang, "sheet-plan-instructions-causes"),
        t!(lang, "sheet-plan-instructions-name"),
        String::new(),
        t!(lang, "sheet-instructions-return"),
    ]
}

/// The example row under the headings, a cell per column: one fictional plan item with one
/// action, its number the example marker, so the reader skips it (`is_example`).
pub fn example_row(lists: &Lists, today: NaiveDate, lang: Lang) -> Vec<String> {
    let word = |id: &str| t!(lang, &format!("sheet-example-plan-{id}"));
    Column::ALL
        .iter()
        .map(|column| match column {
            Column::Number => example_marker(lang),
            Column::Item => word("item"),
            Column::Problem => word("problem"),
            Column::Cause => word("cause"),
            Column::Goal => word("goal"),
            Column::Action => word("action"),
            Column::Indicator => word("indicator"),
            Column::Owner => lists
                .organisations
                .labels()
                .first()
                .map(|l| l.to_string())
                .unwrap_or_default(),
            Column::Due => (today + chrono::Days::new(90)).to_string(),
            Column::Status => ActionStatus::ALL
                .first()
                .map(|s| s.label(lang).to_string())
                .unwrap_or_default(),
            Column::LastFollowUp | Column::Comment => String::new(),
        })
        .collect()
}

/// Whether a row of the plan's sheet is the template's example (its number is the marker).
pub fn is_example(number: &str, lang: Lang) -> bool {
    number.trim().eq_ignore_ascii_case(&example_marker(lang))
}

pub fn xlsx(lists: &Lists, today: NaiveDate, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let list_sheet = t!(lang, "sheet-lists-name");
    let head = heading_format();
    let open = Format::new().set_unlocked();
    let date = open.clone().set_num_format("yyyy-mm-dd");
    let ws = wb.add_worksheet();
    ws.set_name(t!(lang, "sheet-kind-plan"))?;
    let statuses: Vec<String> = ActionStatus::ALL
        .iter()
        .map(|s| s.label(lang).to_string())
        .collect();
    let owners: Vec<String> = lists
        .organisations
        .labels()
        .into_iter()
        .map(String::from)
        .collect();
    let mut lists_written: Vec<(String, Vec<String>)> = Vec::new();
    let example = example_row(lists, today, lang);
    for (i, column) in Column::ALL.iter().enumerate() {
        let col = i as u16;
        let heading = column.header(lang);
        ws.write_string_with_format(0, col, &heading, &head)?;
        if let Ok(d) = NaiveDate::parse_from_str(&example[i], "%Y-%m-%d") {
            ws.write_datetime_with_format(1, col, excel_date(d)?, &date)?;
        } else if !example[i].is_empty() {
            ws.write_string_with_format(1, col, &example[i], &open)?;
        }
        ws.set_column_width(col, f64::from(column.width()) * 2.0)?;
        let listed = match column {
            Column::Owner => Some(owners.clone()),
            Column::Status => Some(statuses.clone()),
            _ => None,
        };
        let validation = match (column, listed) {
            (Column::Due | Column::LastFollowUp, _) => {
                ws.set_column_format(col, &date)?;
                Some(date_validation(today, lang)?)
            }
            (_, Some(labels)) => {
                ws.set_column_format(col, &open)?;
                let range = list_range(&list_sheet, lists_written.len() as u16, labels.len());
                lists_written.push((heading.clone(), labels));
                // An owner not in the list becomes a new organisation: a warning only.
                let style = if *column == Column::Owner {
                    DataValidationErrorStyle::Information
                } else {
                    DataValidationErrorStyle::Stop
                };
                Some(
                    DataValidation::new()
                        .allow_list_formula(Formula::new(range))
                        .set_error_style(style)
                        .set_error_message(t!(lang, "sheet-hint-list"))?,
                )
            }
            _ => {
                ws.set_column_format(col, &open)?;
                None
            }
        };
        if let Some(v) = validation {
            ws.add_data_validation(1, col, TEMPLATE_ROWS, col, &v)?;
        }
    }
    lock_headings(ws)?;
    write_instructions(&mut wb, &instructions(lang), lang)?;
    write_lists(&mut wb, &list_sheet, &lists_written)?;
    wb.save_to_buffer()
}
