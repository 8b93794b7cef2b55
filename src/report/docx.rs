//! Renders a [`Document`] as a Word document with real styles (Title, Heading 1/2), Calibri
//! 11 pt, the classification label in the header and footer of every page and "Sida 1 (3)".
//! docx-rs writes almost no defaults, so borders, widths and spacing are all set here.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, BorderType, BreakType, Docx, Footer, Header, LineSpacing, NumPages, PageMargin,
    PageNum, Paragraph, Run, RunFonts, Shading, Style, StyleType, Table as DocxTable, TableBorder,
    TableBorderPosition, TableBorders, TableCell, TableRow, WidthType,
};

use super::document::{Block, Document, Span, Table};
use super::error::{ReportError, Result};

/// A4 in twentieths of a point.
const A4_SHORT: u32 = 11906;
const A4_LONG: u32 = 16838;
/// 18 mm margins left and right.
const SIDE_MARGIN: i32 = 1021;
const HEADER_FILL: &str = "E4E9F2";
const FIELD_FILL: &str = "F3F3F3";

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

fn cell(text: &str, width: usize, fill: Option<&str>, bold: bool) -> TableCell {
    let mut c = TableCell::new().width(width, WidthType::Dxa);
    for (i, line) in text.split('\n').enumerate() {
        let r = Run::new().add_text(line);
        let r = if bold { r.bold() } else { r };
        let p = Paragraph::new().add_run(r).line_spacing(
            LineSpacing::new()
                .after(0)
                .before(if i == 0 { 0 } else { 40 }),
        );
        c = c.add_paragraph(p);
    }
    match fill {
        Some(f) => c.shading(Shading::new().fill(f)),
        None => c,
    }
}

/// Column widths in twips, scaled to the text width.
fn grid(widths: &[u32], columns: usize, text_width: u32) -> Vec<usize> {
    let w: Vec<u32> = if widths.len() == columns {
        widths.to_vec()
    } else {
        vec![1; columns]
    };
    let total: u32 = w.iter().sum::<u32>().max(1);
    w.iter()
        .map(|x| (u64::from(*x) * u64::from(text_width) / u64::from(total)) as usize)
        .collect()
}

fn table(t: &Table, text_width: u32) -> DocxTable {
    let grid = grid(&t.widths, t.headers.len(), text_width);
    let header = TableRow::new(
        t.headers
            .iter()
            .zip(&grid)
            .map(|(h, w)| cell(h, *w, Some(HEADER_FILL), true))
            .collect(),
    )
    .cant_split();
    let mut rows = vec![header];
    for r in &t.rows {
        rows.push(
            TableRow::new(
                r.iter()
                    .zip(&grid)
                    .map(|(c, w)| cell(c, *w, None, false))
                    .collect(),
            )
            .cant_split(),
        );
    }
    DocxTable::new(rows)
        .set_grid(grid)
        .width(text_width as usize, WidthType::Dxa)
        .set_borders(borders())
}

fn fields(fields: &[(String, String)], text_width: u32) -> DocxTable {
    let grid = grid(&[1, 3], 2, text_width);
    let rows = fields
        .iter()
        .map(|(l, v)| {
            TableRow::new(vec![
                cell(l, grid[0], Some(FIELD_FILL), true),
                cell(v, grid[1], None, false),
            ])
        })
        .collect();
    DocxTable::new(rows)
        .set_grid(grid)
        .width(text_width as usize, WidthType::Dxa)
        .set_borders(borders())
}

fn page_header(doc: &Document) -> Header {
    let mut h = Header::new().add_paragraph(
        Paragraph::new()
            .style("Small")
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
        .header(page_header(doc))
        .footer(page_footer(doc))
        .created_at(created_at)
        .updated_at(created_at);
    if doc.landscape {
        docx = docx.page_orient(docx_rs::PageOrientationType::Landscape);
    }
    if !doc.sender.is_empty() {
        docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(&doc.sender)));
    }
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
    for b in &doc.blocks {
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
            Block::Paragraph(s) => docx.add_paragraph(runs(s)),
            Block::Fields(f) => docx
                .add_table(fields(f, text_width))
                .add_paragraph(Paragraph::new()),
            Block::Table(t) => {
                let docx = match &t.caption {
                    Some(c) => docx.add_paragraph(
                        Paragraph::new()
                            .keep_next(true)
                            .add_run(Run::new().add_text(c).bold()),
                    ),
                    None => docx,
                };
                docx.add_table(table(t, text_width))
                    .add_paragraph(Paragraph::new())
            }
            Block::Bullets(items) => items.iter().fold(docx, |d, i| {
                d.add_paragraph(
                    Paragraph::new()
                        .indent(
                            Some(360),
                            Some(docx_rs::SpecialIndentType::Hanging(240)),
                            None,
                            None,
                        )
                        .add_run(Run::new().add_text(format!("–\u{a0}{i}"))),
                )
            }),
        };
    }
    docx = docx.add_paragraph(
        Paragraph::new()
            .style("Small")
            .add_run(Run::new().add_text(&doc.generated)),
    );
    let mut buf = Cursor::new(Vec::new());
    docx.build()
        .pack(&mut buf)
        .map_err(|e| ReportError::encode("DOCX", e))?;
    Ok(buf.into_inner())
}
