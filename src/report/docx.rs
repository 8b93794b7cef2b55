//! Renders a [`Document`] as a Word document with real styles (Title, Heading 1/2), Calibri
//! 11 pt, the classification label in the header and footer of every page and "Sida 1 (3)".
//! docx-rs writes almost no defaults, so borders, widths and spacing are all set here.

use docx_rs::{
    AlignmentType, BorderType, BreakType, Docx, Footer, Header, LineSpacing, LineSpacingType,
    NumPages, PageMargin, PageNum, Paragraph, Pic, Run, RunFonts, Shading, Style, StyleType, Tab,
    TabValueType, Table as DocxTable, TableBorder, TableBorderPosition, TableBorders, TableCell,
    TableLayoutType, TableRow, WidthType,
};

use super::charts;
use super::document::{Block, Document, Figure, Span, Table};
use super::docx_package::{PackageInfo, finish, word_language};
use super::docx_widths::{column_widths, fits};
use super::error::Result;

/// A4 in twentieths of a point.
const A4_SHORT: u32 = 11906;
const A4_LONG: u32 = 16838;
/// 18 mm margins left and right.
const SIDE_MARGIN: i32 = 1021;
const HEADER_FILL: &str = "E4E9F2";
const FIELD_FILL: &str = "F3F3F3";
/// Table text in half-points: 10 pt, so a minutes' eight columns fit A4 portrait.
const TABLE_TEXT: usize = 20;
/// A table whose words do not fit at 10 pt (the plan's twelve columns) is set in 8 pt, the
/// smallest size a printed follow-up sheet stays readable at.
const SMALL_TABLE_TEXT: usize = 16;
/// A row with more text than this may break across pages: kept whole, it would push a
/// half-empty page ahead of it (a long plan row came out one per page).
const UNSPLIT_ROW_CHARS: usize = 400;

fn styles(docx: Docx) -> Docx {
    let fonts = || {
        RunFonts::new()
            .ascii("Calibri")
            .hi_ansi("Calibri")
            .cs("Calibri")
    };
    let heading = |id: &str, name: &str, size: usize, level: usize, before: u32| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(size)
            .fonts(fonts())
            .outline_lvl(level)
            .line_spacing(LineSpacing::new().before(before).after(80))
    };
    docx.default_fonts(fonts())
        .default_size(22)
        .default_line_spacing(LineSpacing::new().after(120).line(264))
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .bold()
                .size(36)
                .fonts(fonts())
                .line_spacing(LineSpacing::new().before(120).after(60)),
        )
        .add_style(heading("Heading1", "heading 1", 26, 0, 280))
        .add_style(heading("Heading2", "heading 2", 23, 1, 200))
        .add_style(
            Style::new("Subtitle", StyleType::Paragraph)
                .name("Subtitle")
                .based_on("Normal")
                .bold()
                .size(22),
        )
        .add_style(
            Style::new("Small", StyleType::Paragraph)
                .name("Small")
                .based_on("Normal")
                .size(18)
                .line_spacing(LineSpacing::new().after(0)),
        )
}

fn runs(spans: &[Span]) -> Paragraph {
    let mut p = Paragraph::new();
    for (i, s) in spans.iter().enumerate() {
        let text = if i + 1 < spans.len() {
            format!("{} ", s.text)
        } else {
            s.text.clone()
        };
        // A text of several lines (a description) keeps them as line breaks.
        let mut r = Run::new();
        for (j, line) in text.split('\n').enumerate() {
            if j > 0 {
                r = r.add_break(BreakType::TextWrapping);
            }
            r = r.add_text(line.trim_end_matches('\r'));
        }
        p = p.add_run(if s.bold { r.bold() } else { r });
    }
    p
}

fn borders() -> TableBorders {
    let b = |pos| {
        TableBorder::new(pos)
            .border_type(BorderType::Single)
            .size(4)
            .color("777777")
    };
    TableBorders::with_empty()
        .set(b(TableBorderPosition::Top))
        .set(b(TableBorderPosition::Left))
        .set(b(TableBorderPosition::Bottom))
        .set(b(TableBorderPosition::Right))
        .set(b(TableBorderPosition::InsideH))
        .set(b(TableBorderPosition::InsideV))
}

/// How a cell looks: shaded, bold, and whether its paragraphs stay with the next row.
#[derive(Clone, Copy, Default)]
struct CellLook<'a> {
    fill: Option<&'a str>,
    bold: bool,
    keep_next: bool,
}

fn cell(text: &str, width: usize, size: usize, look: CellLook) -> TableCell {
    let mut c = TableCell::new().width(width, WidthType::Dxa);
    for (i, line) in text.split('\n').enumerate() {
        let r = Run::new().add_text(line).size(size);
        let r = if look.bold { r.bold() } else { r };
        let p = Paragraph::new()
            .add_run(r)
            .keep_next(look.keep_next)
            .line_spacing(
                LineSpacing::new()
                    .after(0)
                    .before(if i == 0 { 0 } else { 40 }),
            );
        c = c.add_paragraph(p);
    }
    match look.fill {
        Some(f) => c.shading(Shading::new().fill(f)),
        None => c,
    }
}

fn row(cells: Vec<TableCell>, text_len: usize) -> TableRow {
    let row = TableRow::new(cells);
    if text_len <= UNSPLIT_ROW_CHARS {
        row.cant_split()
    } else {
        row
    }
}

/// A data table: its header row repeats on every page (marked when the package is finished)
/// and stays with the first row; `keep_next` keeps the whole table with what follows.
fn table(t: &Table, text_width: u32, keep_next: bool) -> DocxTable {
    // 10 pt when every word fits the page, else 8 pt; Word fits what still does not.
    let size = if fits(&t.headers, &t.rows, text_width, TABLE_TEXT as u32) {
        TABLE_TEXT
    } else {
        SMALL_TABLE_TEXT
    };
    let grid = column_widths(&t.headers, &t.rows, &t.widths, text_width, size as u32);
    let header_look = CellLook {
        fill: Some(HEADER_FILL),
        bold: true,
        keep_next: true,
    };
    let header = TableRow::new(
        t.headers
            .iter()
            .zip(&grid)
            .map(|(h, w)| cell(h, *w, size, header_look))
            .collect(),
    )
    .cant_split();
    let mut rows = vec![header];
    for r in &t.rows {
        let look = CellLook {
            keep_next,
            ..CellLook::default()
        };
        let cells = r
            .iter()
            .zip(&grid)
            .map(|(c, w)| cell(c, *w, size, look))
            .collect();
        rows.push(row(cells, r.iter().map(String::len).sum()));
    }
    // Fixed widths when every word fits; else Word may do better than our estimate.
    let layout = if fits(&t.headers, &t.rows, text_width, size as u32) {
        TableLayoutType::Fixed
    } else {
        TableLayoutType::Autofit
    };
    DocxTable::new(rows)
        .set_grid(grid)
        .layout(layout)
        .width(text_width as usize, WidthType::Dxa)
        .set_borders(borders())
}

/// Label–value pairs, kept on one page; `keep_next` keeps them with what follows too (the
/// signatures with the last line, so no page holds that line alone).
fn fields(fields: &[(String, String)], text_width: u32, keep_next: bool) -> DocxTable {
    let labels: Vec<Vec<String>> = fields
        .iter()
        .map(|(l, v)| vec![l.clone(), v.clone()])
        .collect();
    let grid = column_widths(
        &[String::new(), String::new()],
        &labels,
        &[1, 3],
        text_width,
        TABLE_TEXT as u32,
    );
    let rows = fields
        .iter()
        .enumerate()
        .map(|(i, (l, v))| {
            // Every row keeps with the next: a page never splits a few fields apart.
            let keep_next = keep_next || i + 1 < fields.len();
            let label = CellLook {
                fill: Some(FIELD_FILL),
                bold: true,
                keep_next,
            };
            let value = CellLook {
                keep_next,
                ..CellLook::default()
            };
            row(
                vec![
                    cell(l, grid[0], TABLE_TEXT, label),
                    cell(v, grid[1], TABLE_TEXT, value),
                ],
                l.len() + v.len(),
            )
        })
        .collect();
    DocxTable::new(rows)
        .set_grid(grid)
        .layout(TableLayoutType::Fixed)
        .width(text_width as usize, WidthType::Dxa)
        .set_borders(borders())
}

/// Sender left, title centred, date (and dnr) right, on tab stops across the text width.
fn page_header(doc: &Document, text_width: u32) -> Header {
    let mut h = Header::new().add_paragraph(
        Paragraph::new()
            .style("Small")
            .add_tab(
                Tab::new()
                    .val(TabValueType::Center)
                    .pos(text_width as usize / 2),
            )
            .add_tab(Tab::new().val(TabValueType::Right).pos(text_width as usize))
            .add_run(Run::new().add_text(&doc.sender))
            .add_run(
                Run::new()
                    .add_tab()
                    .add_text(doc.title.to_uppercase())
                    .bold(),
            )
            .add_run(Run::new().add_tab().add_text(&doc.header_note)),
    );
    for label in doc.page_labels() {
        h = h.add_paragraph(
            Paragraph::new()
                .style("Small")
                .add_run(Run::new().add_text(label).bold()),
        );
    }
    h
}

fn page_footer(doc: &Document) -> Footer {
    let mut f = Footer::new();
    for label in doc.page_labels() {
        f = f.add_paragraph(
            Paragraph::new()
                .style("Small")
                .add_run(Run::new().add_text(label).bold()),
        );
    }
    f.add_paragraph(
        Paragraph::new()
            .style("Small")
            .align(AlignmentType::Right)
            .add_run(Run::new().add_text(crate::i18n::t!(doc.lang, "report-page-before")))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(crate::i18n::t!(doc.lang, "report-page-between")))
            .add_num_pages(NumPages::new())
            .add_run(Run::new().add_text(crate::i18n::t!(doc.lang, "report-page-after"))),
    )
}

/// A table and an empty paragraph parting it from what follows; none after the last block,
/// which the closing line follows directly.
fn with_table(docx: Docx, table: DocxTable, last: bool) -> Docx {
    let docx = docx.add_table(table);
    if last {
        docx
    } else {
        docx.add_paragraph(Paragraph::new())
    }
}

/// EMU (the unit of DrawingML sizes) per CSS pixel.
const EMU_PER_PX: u32 = 9525;

/// A chart as a PNG picture on its own line (its title is drawn in it), at the size it was
/// drawn for (the PNG has twice the pixels, for print).
fn figure(docx: Docx, f: &Figure) -> Result<Docx> {
    let (png, w, h) = f.chart.png()?;
    let pic = Pic::new_with_dimensions(png, w, h)
        .size(charts::WIDTH * EMU_PER_PX, charts::HEIGHT * EMU_PER_PX);
    Ok(docx
        // The document's line spacing (`line` without a rule) clips a picture to one text
        // line in LibreOffice: its own paragraph sizes to the picture. It stays with its
        // figures' table.
        .add_paragraph(
            Paragraph::new()
                .keep_next(true)
                .line_spacing(
                    LineSpacing::new()
                        .line_rule(LineSpacingType::Auto)
                        .line(240),
                )
                .add_run(Run::new().add_image(pic)),
        ))
}

pub fn render(doc: &Document, created_at: &str) -> Result<Vec<u8>> {
    let (width, height) = if doc.landscape {
        (A4_LONG, A4_SHORT)
    } else {
        (A4_SHORT, A4_LONG)
    };
    let text_width = width - 2 * SIDE_MARGIN as u32;
    let mut docx = styles(Docx::new())
        .page_size(width, height)
        .page_margin(
            PageMargin::new()
                .top(1134)
                .bottom(1247)
                .left(SIDE_MARGIN)
                .right(SIDE_MARGIN)
                .header(567)
                .footer(567),
        )
        .header(page_header(doc, text_width))
        .footer(page_footer(doc))
        .created_at(created_at)
        .updated_at(created_at);
    if doc.landscape {
        docx = docx.page_orient(docx_rs::PageOrientationType::Landscape);
    }
    // The sender stands in the page header on every page, the first too: not again here.
    docx = docx.add_paragraph(
        Paragraph::new()
            .style("Title")
            .add_run(Run::new().add_text(&doc.title)),
    );
    if let Some(s) = &doc.subtitle {
        docx = docx.add_paragraph(
            Paragraph::new()
                .style("Subtitle")
                .add_run(Run::new().add_text(s)),
        );
    }
    // Which tables have a header row to repeat, and the pictures' descriptions, in order (see
    // docx_package).
    let mut header_rows = Vec::new();
    let mut descriptions = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        // The last block stays with the closing line.
        let last = i + 1 == doc.blocks.len();
        docx = match b {
            Block::Heading { level, text } => {
                let style = if *level <= 1 { "Heading1" } else { "Heading2" };
                docx.add_paragraph(
                    Paragraph::new()
                        .style(style)
                        .keep_next(true)
                        .add_run(Run::new().add_text(text)),
                )
            }
            Block::Paragraph(s) => docx.add_paragraph(runs(s).keep_next(last)),
            Block::Fields(f) => {
                header_rows.push(false);
                with_table(docx, fields(f, text_width, last), last)
            }
            Block::Table(t) => {
                let docx = match &t.caption {
                    Some(c) => docx.add_paragraph(
                        Paragraph::new()
                            .keep_next(true)
                            .add_run(Run::new().add_text(c).bold()),
                    ),
                    None => docx,
                };
                header_rows.push(true);
                with_table(docx, table(t, text_width, last), last)
            }
            Block::Bullets(items) => items.iter().fold(docx, |d, i| {
                d.add_paragraph(
                    Paragraph::new()
                        .keep_next(last)
                        .indent(
                            Some(360),
                            Some(docx_rs::SpecialIndentType::Hanging(240)),
                            None,
                            None,
                        )
                        .add_run(Run::new().add_text(format!("–\u{a0}{i}"))),
                )
            }),
            Block::Figure(f) => {
                descriptions.push(f.alt.clone());
                figure(docx, f)?
            }
        };
    }
    docx = docx.add_paragraph(
        Paragraph::new()
            .style("Small")
            .line_spacing(LineSpacing::new().before(120))
            .add_run(Run::new().add_text(&doc.generated)),
    );
    let info = PackageInfo {
        title: &doc.name,
        author: &doc.sender,
        language: word_language(doc.lang.code()),
        picture_descriptions: &descriptions,
    };
    finish(docx.build(), &info, &header_rows)
}
