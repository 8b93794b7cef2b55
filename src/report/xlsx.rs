//! The åtgärdsplan as an Excel workbook: header row with filters, frozen header, A4 landscape
//! fit to width with the header repeated, real date cells, the classification in the page
//! header and footer. Values only: formula cells show 0 in LibreOffice and file viewers.

use chrono::{Datelike, NaiveDate, Timelike};
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::Options;
use super::error::{ReportError, Result};
use super::plan::{Column, PlanReport, PlanRow, headers};
use crate::i18n::t;

/// The cells' font size: small enough that the sheet fits A4 landscape, large enough that
/// it still reads at [`MIN_PRINTED_POINTS`] once fitted to the page width.
const FONT_POINTS: f64 = 9.0;
/// The smallest text anyone should have to read on paper.
pub const MIN_PRINTED_POINTS: f64 = 8.0;
/// Left and right page margins, inches.
const SIDE_MARGIN_INCHES: f64 = 0.4;
/// A4 landscape is 11.69 inches wide.
const A4_LANDSCAPE_INCHES: f64 = 11.69;
/// Points per line of [`FONT_POINTS`] text.
const LINE_HEIGHT: f64 = 11.5;

/// Column width in characters (of the workbook's 11 pt default font), from the plan's
/// relative widths.
fn width(column: Column) -> f64 {
    f64::from(column.width()) * 1.15
}

/// The size the cells' text prints at when the sheet is fitted to the width of A4 landscape:
/// Excel and LibreOffice scale the whole page down until every column fits.
pub fn printed_points() -> f64 {
    // A column of w characters is 7w + 5 pixels at 96 dpi.
    let pixels: f64 = Column::ALL.iter().map(|c| 7.0 * width(*c) + 5.0).sum();
    let printable = (A4_LANDSCAPE_INCHES - 2.0 * SIDE_MARGIN_INCHES) * 96.0;
    FONT_POINTS * (printable / pixels).min(1.0)
}

/// Neither Excel nor LibreOffice grows a row to fit wrapped text written by a library, so the
/// height is estimated from the longest cell.
fn row_height(texts: &[String]) -> f64 {
    let lines = texts
        .iter()
        .zip(Column::ALL)
        .map(|(t, c)| {
            // Characters of 9 pt text per character of column width (measured on LibreOffice's
            // pages: ~1.35; less, for the space lost where lines wrap between words).
            let per_line = (width(c) * 1.25).max(1.0) as usize;
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

/// One row: the plan item's number as a number when it is one, dates as date cells.
fn write_row(
    ws: &mut Worksheet,
    row: u32,
    r: &PlanRow,
    text: &Format,
    date: &Format,
) -> std::result::Result<(), XlsxError> {
    ws.set_row_height(row, row_height(&r.texts()))?;
    for (col, column) in Column::ALL.into_iter().enumerate() {
        let col = col as u16;
        if let Some(d) = r.date(column) {
            ws.write_datetime_with_format(row, col, excel_date(d)?, date)?;
        } else if let (Column::Number, Some(n)) = (column, r.number_value()) {
            ws.write_number_with_format(row, col, f64::from(n), text)?;
        } else {
            ws.write_string_with_format(row, col, r.text(column), text)?;
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
        .set_font_size(FONT_POINTS)
        .set_bold()
        .set_background_color(0xE4E9F2)
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let text = Format::new()
        .set_font_size(FONT_POINTS)
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let date = text.clone().set_num_format("yyyy-mm-dd");
    let ws = wb.add_worksheet();
    ws.set_name(t!(lang, "plan-sheet"))?;
    let headers = headers(lang);
    for (col, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, col as u16, h, &head)?;
        ws.set_column_width(col as u16, width(Column::ALL[col]))?;
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
    ws.set_margins(SIDE_MARGIN_INCHES, SIDE_MARGIN_INCHES, 0.75, 0.75, 0.3, 0.3);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sheet_fitted_to_a4_landscape_prints_at_8_points_or_more() {
        let points = printed_points();
        assert!(points >= MIN_PRINTED_POINTS, "{points:.1} pt");
    }
}
