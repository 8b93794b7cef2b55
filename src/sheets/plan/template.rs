//! The åtgärdsplan's template: the plan's own follow-up sheet (`report::plan`), its columns in
//! its order and no rows, so a plan typed into it reads back as a plan exactly as the export
//! does. The owner offers the copy's organisations, the status the action statuses; the two
//! date columns are dates. The plan is named after the file.

use chrono::NaiveDate;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, Formula, Workbook, XlsxError,
};

use crate::domain::Lang;
use crate::domain::vocab::{ActionStatus, Vocabulary};
use crate::i18n::t;
use crate::report::plan::Column;
use crate::sheets::lists::Lists;
use crate::sheets::template::{
    TEMPLATE_ROWS, date_validation, heading_format, list_range, lock_headings, write_instructions,
    write_lists,
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
        t!(lang, "sheet-plan-instructions-rows"),
        t!(lang, "sheet-plan-instructions-causes"),
        t!(lang, "sheet-plan-instructions-name"),
        String::new(),
        t!(lang, "sheet-instructions-return"),
    ]
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
    for (i, column) in Column::ALL.iter().enumerate() {
        let col = i as u16;
        let heading = column.header(lang);
        ws.write_string_with_format(0, col, &heading, &head)?;
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
