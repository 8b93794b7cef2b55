//! The åtgärdsplan as an Excel workbook: header row with filters, frozen header, A4 landscape
//! fit to width with the header repeated, real date cells, the classification in the page
//! header and footer. Values only: formula cells show 0 in LibreOffice and file viewers.

use chrono::{Datelike, NaiveDate, Timelike};
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::Options;
use super::error::{ReportError, Result};
use super::plan::{PlanReport, PlanRow, headers};
use crate::i18n::t;

/// Column widths in characters, matching [`headers`].
const WIDTHS: [f64; 13] = [
    5.0, 22.0, 24.0, 28.0, 24.0, 34.0, 20.0, 11.0, 11.0, 11.0, 11.0, 28.0, 30.0,
];
/// Points per line of 11 pt text.
const LINE_HEIGHT: f64 = 15.0;

/// Neither Excel nor LibreOffice grows a row to fit wrapped text written by a library, so the
/// height is estimated from the longest cell.
fn row_height(texts: &[String]) -> f64 {
    let lines = texts
        .iter()
        .zip(WIDTHS)
        .map(|(t, w)| {
            let per_line = (w * 1.1).max(1.0) as usize;
            t.split('\n')
                .map(|l| l.chars().count().div_ceil(per_line).max(1))
                .sum::<usize>()
        })
        .max()
        .unwrap_or(1);
    LINE_HEIGHT * lines as f64
}
/// A4 in Excel's paper size numbering.
const A4: u8 = 9;

/// `&` starts a code in Excel's header/footer strings.
fn header_text(s: &str) -> String {
    s.replace('&', "&&")
}

fn excel_date(d: NaiveDate) -> std::result::Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
}

fn write_row(
    ws: &mut Worksheet,
    row: u32,
    r: &PlanRow,
    text: &Format,
    date: &Format,
) -> std::result::Result<(), XlsxError> {
    let texts = r.texts();
    ws.set_row_height(row, row_height(&texts))?;
    for (col, value) in texts.iter().enumerate() {
        let col16 = col as u16;
        let as_date = match col {
            7 => r.start,
            8 => r.due,
            10 => r.last_follow_up,
            _ => None,
        };
        match as_date {
            Some(d) => {
                ws.write_datetime_with_format(row, col16, excel_date(d)?, date)?;
            }
            None => {
                ws.write_string_with_format(row, col16, value, text)?;
            }
        }
    }
    Ok(())
}

fn build(report: &PlanReport, options: &Options) -> std::result::Result<Vec<u8>, XlsxError> {
    let lang = options.lang;
    let mut wb = Workbook::new();
    let g = options.generated_at;
    let created =
        excel_date(g.date())?.and_hms(g.hour() as u16, g.minute() as u8, g.second() as f64)?;
    wb.set_properties(
        &DocProperties::new()
            .set_title(t!(lang, "plan-name", title = report.plan.title.as_str()))
            .set_author("lagesbild")
            .set_comment(report.gate.stamp(lang))
            .set_creation_datetime(&created),
    );
    let head = Format::new()
        .set_bold()
        .set_background_color(0xE4E9F2)
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let text = Format::new()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let date = text.clone().set_num_format("yyyy-mm-dd");
    let ws = wb.add_worksheet();
    ws.set_name(t!(lang, "plan-sheet"))?;
    let headers = headers(lang);
    for (col, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, col as u16, h, &head)?;
        ws.set_column_width(col as u16, WIDTHS[col])?;
    }
    ws.set_row_height(0, 2.0 * LINE_HEIGHT)?;
    for (i, r) in report.rows.iter().enumerate() {
        write_row(ws, i as u32 + 1, r, &text, &date)?;
    }
    let last_row = report.rows.len() as u32;
    ws.autofilter(0, 0, last_row, headers.len() as u16 - 1)?;
    ws.set_freeze_panes(1, 0)?;
    ws.set_landscape();
    ws.set_paper_size(A4);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    let labels = match report.gate.internal_notice(lang) {
        Some(n) => format!("{} {n}", report.gate.stamp(lang)),
        None => report.gate.stamp(lang),
    };
    let title = &report.plan.title;
    let sheet = t!(lang, "plan-sheet").to_lowercase();
    let title = if title.to_lowercase().starts_with(&sheet) {
        title.clone()
    } else {
        t!(lang, "plan-name", title = title.as_str())
    };
    ws.set_header(format!(
        "&L{}&C&B{}&R{}",
        header_text(&report.sender),
        header_text(&title),
        options.today
    ));
    ws.set_footer(format!(
        "&L{}&R{}&P{}&N{}",
        header_text(&labels),
        t!(lang, "report-page-before"),
        t!(lang, "report-page-between"),
        t!(lang, "report-page-after")
    ));
    wb.save_to_buffer()
}

pub fn plan(report: &PlanReport, options: &Options) -> Result<Vec<u8>> {
    build(report, options).map_err(|e| ReportError::encode("XLSX", e))
}
