//! Templates made from the copy: one sheet of columns (a locked heading row, drop-downs for
//! every listed value filled from this copy's current lists, date and time columns formatted
//! as such, an example row), a sheet of instructions in Swedish, and a hidden sheet holding
//! the lists the drop-downs read. CSV templates carry the headings and the example row.

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format,
    FormatAlign, Formula, ProtectionOptions, Workbook, Worksheet, XlsxError,
};

use super::columns::{ColumnSpec, REFERENCE, SheetKind, Values};
use super::error::SheetError;
use super::lists::Lists;
use super::rows::example_marker;
use crate::domain::Lang;
use crate::i18n::t;

/// The rows under the heading that carry the drop-downs and formats.
pub const TEMPLATE_ROWS: u32 = 20_000;

/// The template's example row, a cell per column, as text.
pub fn example_row(kind: SheetKind, lists: &Lists, today: NaiveDate, lang: Lang) -> Vec<String> {
    kind.columns()
        .iter()
        .map(|c| example_cell(kind, c, lists, today, lang))
        .collect()
}

fn example_cell(
    kind: SheetKind,
    c: &ColumnSpec,
    lists: &Lists,
    today: NaiveDate,
    lang: Lang,
) -> String {
    if c.field == REFERENCE {
        return example_marker(lang);
    }
    match c.values {
        // The example's time says when; a day period beside it would be one more thing to agree.
        _ if c.field == "day_period" => String::new(),
        // A place in the example's area, so the example row itself would pass.
        _ if c.field == "place_id" => {
            let area = lists.areas.items.first().map(|a| a.value.clone());
            lists
                .places
                .items
                .iter()
                .find(|p| p.within.map(|w| serde_json::json!(w)) == area)
                .map(|p| p.label.clone())
                .unwrap_or_default()
        }
        Values::Date => today.to_string(),
        Values::Time => "22:30".into(),
        Values::Decimal if c.field == "lon" => "18,0686".into(),
        Values::Decimal => "59,3293".into(),
        Values::Whole if c.field == "police_status_year" => today.year().to_string(),
        Values::Whole => "1".into(),
        Values::Text => crate::i18n::message_static(
            lang,
            &format!(
                "sheet-example-{}-{}",
                kind.code(),
                c.field.replace('_', "-")
            ),
        )
        .unwrap_or_default()
        .to_string(),
        _ => lists
            .choices(c.values)
            .and_then(|l| l.items.first().map(|i| i.label.clone()))
            .unwrap_or_default(),
    }
}

/// The instructions, a line each: what the sheet is for, the rule on personal data, each
/// column, and how to send it back.
pub fn instructions(kind: SheetKind, lang: Lang) -> Vec<String> {
    let mut lines = vec![
        t!(lang, "sheet-instructions-title", kind = kind.title(lang)),
        t!(lang, "sheet-instructions-intro"),
        t!(lang, "sheet-instructions-no-personal-data"),
        t!(
            lang,
            "sheet-instructions-example",
            marker = example_marker(lang)
        ),
        String::new(),
        t!(lang, "sheet-instructions-columns"),
    ];
    for c in kind.columns() {
        let hint = match c.values {
            _ if c.field == REFERENCE => t!(lang, "sheet-hint-reference"),
            Values::Date => t!(lang, "sheet-hint-date"),
            Values::Time => t!(lang, "sheet-hint-time"),
            Values::Decimal => t!(lang, "sheet-hint-decimal"),
            Values::Whole => t!(lang, "sheet-hint-whole"),
            Values::Text => t!(lang, "sheet-hint-text"),
            Values::References(_) => t!(lang, "sheet-hint-list-several"),
            _ => t!(lang, "sheet-hint-list"),
        };
        let required = if c.required {
            t!(lang, "sheet-hint-required")
        } else {
            t!(lang, "sheet-hint-optional")
        };
        lines.push(format!("{} ({required}): {hint}", c.heading(kind, lang)));
    }
    lines.push(String::new());
    lines.push(t!(lang, "sheet-instructions-return"));
    lines
}

/// The template as XLSX.
pub fn xlsx(
    kind: SheetKind,
    lists: &Lists,
    today: NaiveDate,
    lang: Lang,
) -> Result<Vec<u8>, SheetError> {
    let built = if kind == SheetKind::Plan {
        super::plan::template::xlsx(lists, today, lang)
    } else {
        build(kind, lists, today, lang)
    };
    built.map_err(|e| SheetError::Encode(e.to_string()))
}

/// The template as CSV: headings and the example row.
pub fn csv(
    kind: SheetKind,
    lists: &Lists,
    today: NaiveDate,
    lang: Lang,
) -> Result<Vec<u8>, SheetError> {
    // The plan's is its export's headings and its example row.
    let (headings, rows) = if kind == SheetKind::Plan {
        (
            crate::report::plan::headers(lang),
            vec![super::plan::template::example_row(lists, today, lang)],
        )
    } else {
        let headings = kind
            .columns()
            .iter()
            .map(|c| c.heading(kind, lang))
            .collect();
        (headings, vec![example_row(kind, lists, today, lang)])
    };
    let head: Vec<&str> = headings.iter().map(String::as_str).collect();
    crate::report::csv::table(&head, rows).map_err(|e| SheetError::Encode(e.to_string()))
}

pub(super) fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
}

/// `Listor!$B$2:$B$14`: the cells of one list on the hidden sheet.
pub(super) fn list_range(sheet: &str, col: u16, len: usize) -> String {
    let letter = rust_xlsxwriter::utility::column_number_to_name(col);
    format!("='{sheet}'!${letter}$2:${letter}${}", len.max(1) + 1)
}

fn build(
    kind: SheetKind,
    lists: &Lists,
    today: NaiveDate,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let columns = kind.columns();
    let list_sheet = t!(lang, "sheet-lists-name");
    let head = heading_format();
    let open = Format::new().set_unlocked();
    let date = open.clone().set_num_format("yyyy-mm-dd");
    let time = open.clone().set_num_format("hh:mm");
    let ws = wb.add_worksheet();
    ws.set_name(kind.title(lang))?;
    let example = example_row(kind, lists, today, lang);
    let mut list_col = 0u16;
    let mut lists_written: Vec<(String, Vec<String>)> = Vec::new();
    for (i, c) in columns.iter().enumerate() {
        let col = i as u16;
        let heading = c.heading(kind, lang);
        let shown = if c.required {
            format!("{heading} *")
        } else {
            heading.clone()
        };
        ws.write_string_with_format(0, col, &shown, &head)?;
        ws.set_column_width(col, if c.values == Values::Text { 28 } else { 16 })?;
        let format = match c.values {
            Values::Date => &date,
            Values::Time => &time,
            _ => &open,
        };
        ws.set_column_format(col, format)?;
        write_example(ws, col, c, &example[i], format)?;
        let validation = match c.values {
            Values::Date => Some(date_validation(today, lang)?),
            Values::Whole => Some(
                DataValidation::new()
                    .allow_whole_number(DataValidationRule::GreaterThanOrEqualTo(0))
                    .set_error_message(t!(lang, "sheet-hint-whole"))?,
            ),
            v if v.has_list() => {
                let labels: Vec<String> = lists
                    .choices(v)
                    .map(|l| l.labels().into_iter().map(String::from).collect())
                    .unwrap_or_default();
                let range = list_range(&list_sheet, list_col, labels.len());
                list_col += 1;
                lists_written.push((heading.clone(), labels));
                Some(match v {
                    // Several names in one cell are not one of the list's: a warning only.
                    Values::References(_) => DataValidation::new()
                        .allow_list_formula(Formula::new(range))
                        .set_error_style(DataValidationErrorStyle::Information)
                        .set_error_message(t!(lang, "sheet-hint-list-several"))?,
                    _ => DataValidation::new()
                        .allow_list_formula(Formula::new(range))
                        .set_error_style(DataValidationErrorStyle::Stop)
                        .set_error_message(t!(lang, "sheet-hint-list"))?,
                })
            }
            _ => None,
        };
        if let Some(v) = validation {
            ws.add_data_validation(1, col, TEMPLATE_ROWS, col, &v)?;
        }
    }
    lock_headings(ws)?;
    write_instructions(&mut wb, &instructions(kind, lang), lang)?;
    write_lists(&mut wb, &list_sheet, &lists_written)?;
    wb.save_to_buffer()
}

/// The heading row's look.
pub(super) fn heading_format() -> Format {
    Format::new()
        .set_bold()
        .set_background_color(0xE4E9F2)
        .set_text_wrap()
        .set_align(FormatAlign::Top)
}

/// A date between 2000 and 2099, as the date columns take.
pub(super) fn date_validation(today: NaiveDate, lang: Lang) -> Result<DataValidation, XlsxError> {
    DataValidation::new()
        .allow_date(DataValidationRule::Between(
            excel_date(NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(today))?,
            excel_date(NaiveDate::from_ymd_opt(2099, 12, 31).unwrap_or(today))?,
        ))
        .set_error_message(t!(lang, "sheet-hint-date"))
}

/// The heading row stays put and locked; the cells below (unlocked) take the rows.
pub(super) fn lock_headings(ws: &mut Worksheet) -> Result<(), XlsxError> {
    ws.set_freeze_panes(1, 0)?;
    ws.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        insert_rows: true,
        delete_rows: true,
        sort: true,
        use_autofilter: true,
        ..ProtectionOptions::default()
    });
    Ok(())
}

/// The sheet of instructions, a line a row, the first in bold.
pub(super) fn write_instructions(
    wb: &mut Workbook,
    lines: &[String],
    lang: Lang,
) -> Result<(), XlsxError> {
    let help = wb.add_worksheet();
    help.set_name(t!(lang, "sheet-instructions-name"))?;
    help.set_column_width(0, 110)?;
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    for (row, line) in lines.iter().enumerate() {
        let format = if row == 0 {
            wrap.clone().set_bold()
        } else {
            wrap.clone()
        };
        help.write_string_with_format(row as u32, 0, line, &format)?;
    }
    Ok(())
}

/// The hidden sheet the drop-downs read: a column per list, its heading first.
pub(super) fn write_lists(
    wb: &mut Workbook,
    name: &str,
    lists: &[(String, Vec<String>)],
) -> Result<(), XlsxError> {
    let head = heading_format();
    let hidden = wb.add_worksheet();
    hidden.set_name(name)?;
    for (col, (heading, labels)) in lists.iter().enumerate() {
        let col = col as u16;
        hidden.write_string_with_format(0, col, heading, &head)?;
        for (row, label) in labels.iter().enumerate() {
            hidden.write_string(row as u32 + 1, col, label)?;
        }
        hidden.set_column_width(col, 28)?;
    }
    hidden.set_hidden(true);
    Ok(())
}

/// The example row's cell, typed: a date as a date, a number as a number.
fn write_example(
    ws: &mut Worksheet,
    col: u16,
    c: &ColumnSpec,
    text: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    let number = text.replace(',', ".").parse::<f64>().ok();
    match (
        c.values,
        NaiveDate::parse_from_str(text, "%Y-%m-%d"),
        number,
    ) {
        (Values::Date, Ok(d), _) => {
            ws.write_datetime_with_format(1, col, excel_date(d)?, format)?;
        }
        (Values::Time, _, _) => {
            let t = ExcelDateTime::parse_from_str(text)?;
            ws.write_datetime_with_format(1, col, t, format)?;
        }
        (Values::Decimal | Values::Whole, _, Some(n)) => {
            ws.write_number_with_format(1, col, n, format)?;
        }
        _ => {
            ws.write_string_with_format(1, col, text, format)?;
        }
    }
    Ok(())
}
