//! Renders a [`Document`] as one standalone HTML page: inline CSS with print styles,
//! `lang="sv"`, real headings and `th scope`, so it prints (browser "Spara som PDF") and reads
//! well with a screen reader.

use super::document::{Block, Document, Figure, Span, Table};
use super::error::Result;
use crate::i18n::t;

/// Escapes text for element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The styles every document shares. The page rule, which differs per document (orientation,
/// the classification in the margin), comes from [`page_rule`].
const CSS: &str = r#"body { font-family: Calibri, "Segoe UI", Arial, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.35; color: #000; background: #fff; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
body.landscape { max-width: 80rem; }
body.landscape table { font-size: 9pt; }
table.sidhuvud { width: 100%; margin: 0; border-bottom: 1px solid #555; font-size: 9pt; }
table.sidhuvud td { border: 0; padding: 0 0 .3rem 0; }
table.sidhuvud td.titel { text-align: center; font-weight: bold; }
table.sidhuvud td.not { text-align: right; }
.stampel { font-weight: bold; border: 1px solid #000; padding: .2rem .5rem; margin: .3rem 0; font-size: 9pt; }
h1 { font-size: 18pt; margin: 1rem 0 .2rem; letter-spacing: .02em; }
h2 { font-size: 13pt; margin: 1.2rem 0 .3rem; break-after: avoid; }
h3 { font-size: 11.5pt; margin: .9rem 0 .2rem; break-after: avoid; }
.underrubrik { font-weight: bold; margin: 0 0 .8rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }
th, td { border: 1px solid #777; padding: .2rem .35rem; text-align: left; vertical-align: top; }
thead th { background: #e4e9f2; }
td.datum { white-space: nowrap; }
table.falt { break-inside: avoid; }
table.falt th { width: 11rem; background: #f3f3f3; font-weight: bold; }
caption { text-align: left; font-weight: bold; padding: .2rem 0; break-after: avoid; }
tr { break-inside: avoid; }
body.landscape tr { break-inside: auto; }
footer { break-before: avoid; }
thead { display: table-header-group; }
/* A caption and header row never stand alone at a page's foot: Chromium honours the avoid
   between the header and the first row (seen printing the demo's minutes). */
thead { break-after: avoid; }
tbody tr:first-child { break-before: avoid; }
footer { border-top: 1px solid #555; margin-top: 1.5rem; padding-top: .3rem; font-size: 9pt; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  /* The page margin carries the footer's lines on every page: printed again at the end they
     would often land on a page of their own. */
  footer { display: none; }
}"#;

/// The rule for charts (see [`figure`]).
const FIGURE_CSS: &str = "\nfigure { margin: .6rem 0 .4rem; break-inside: avoid; }";

/// Text as a CSS string literal: quotes and backslashes escaped, line breaks as `\A` (shown
/// with `white-space: pre`), `<` escaped so it can never close the style element.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\A "),
            '<' => out.push_str("\\3C "),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The page: A4, landscape when the document needs the width (wide tables),
/// with the classification, the "Skapad …" line and the page number in the bottom margin of
/// every page, space the browser reserves for them, so they never cover the text (CSS Paged
/// Media margin boxes, printed by Chromium-based browsers, Edge and Chrome among them; a
/// browser without them prints the classification at the top of the first page).
fn page_rule(doc: &Document) -> String {
    let (size, margin) = if doc.landscape {
        ("A4 landscape", "12mm 12mm 18mm 12mm")
    } else {
        ("A4", "18mm 18mm 22mm 18mm")
    };
    let lang = doc.lang;
    format!(
        "@page {{ size: {size}; margin: {margin};\n  @bottom-left {{ content: {stamp}; white-space: pre; font-family: Calibri, Arial, sans-serif; font-size: 8pt; font-weight: bold; vertical-align: top; }}\n  @bottom-right {{ content: {generated} {before} counter(page) {between} counter(pages) {after}; white-space: pre; text-align: right; font-family: Calibri, Arial, sans-serif; font-size: 8pt; vertical-align: top; }}\n}}",
        stamp = css_string(&doc.page_labels().join("\n")),
        generated = css_string(&format!("{}\n", doc.generated)),
        before = css_string(&t!(lang, "report-page-before")),
        between = css_string(&t!(lang, "report-page-between")),
        after = css_string(&t!(lang, "report-page-after")),
    )
}

/// Escaped, a text written on several lines (a description) keeping them as `<br>`.
fn escape_lines(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("<br>")
}

fn spans(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| {
            if s.bold {
                format!("<strong>{}</strong>", escape_lines(&s.text))
            } else {
                escape_lines(&s.text)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `2026-11-19`: a cell that must not wrap at its hyphens.
fn is_date(text: &str) -> bool {
    text.len() == 10 && chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok()
}

fn table(out: &mut String, t: &Table) {
    // The document's relative widths, so a wide text column is not squeezed beside a date
    // (a browser's own layout gives the width to whatever has the longest unbroken text).
    let total: u32 = t.widths.iter().sum();
    let widths = t.widths.len() == t.headers.len() && total > 0;
    out.push_str(if widths {
        "<table class=\"bredder\">\n"
    } else {
        "<table>\n"
    });
    if let Some(c) = &t.caption {
        out.push_str(&format!("<caption>{}</caption>\n", escape(c)));
    }
    if widths {
        out.push_str("<colgroup>");
        for w in &t.widths {
            let percent = f64::from(*w) * 100.0 / f64::from(total);
            out.push_str(&format!("<col style=\"width: {percent:.1}%\">"));
        }
        out.push_str("</colgroup>\n");
    }
    out.push_str("<thead><tr>");
    for h in &t.headers {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape(h)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in &t.rows {
        out.push_str("<tr>");
        for c in r {
            let class = if is_date(c) { " class=\"datum\"" } else { "" };
            out.push_str(&format!("<td{class}>{}</td>", escape_lines(c)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// The classification label (and the intern notice) as one block, so print CSS can repeat it.
fn stamp(doc: &Document) -> String {
    let labels: Vec<String> = doc.page_labels().into_iter().map(escape).collect();
    format!("<p class=\"stampel\">{}</p>\n", labels.join("<br>"))
}

/// A chart as inline SVG (its title drawn in it), its alternative text as the picture's
/// accessible name (the figures follow as a table). When the chart cannot be drawn, `strict`
/// makes that an error; otherwise the alternative text stands in for it.
fn figure(out: &mut String, f: &Figure, strict: bool) -> Result<()> {
    out.push_str("<figure>\n");
    match f.chart.svg(&f.alt) {
        Ok(svg) => out.push_str(&svg),
        Err(e) if strict => return Err(e),
        Err(_) => out.push_str(&format!("<p>{}</p>", escape(&f.alt))),
    }
    out.push_str("\n</figure>\n");
    Ok(())
}

/// The page; a chart that cannot be drawn is an error (exports use this).
pub fn try_render(doc: &Document) -> Result<String> {
    render_with(doc, true)
}

/// The page; a chart that cannot be drawn is replaced by its alternative text.
pub fn render(doc: &Document) -> String {
    render_with(doc, false).unwrap_or_default()
}

fn render_with(doc: &Document, strict: bool) -> Result<String> {
    let mut out = String::with_capacity(16 * 1024);
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        doc.lang.code()
    ));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(&doc.name)));
    // Only a document with charts gets their rule (the others' files stay as they were).
    let figures = if doc.blocks.iter().any(|b| matches!(b, Block::Figure(_))) {
        FIGURE_CSS
    } else {
        ""
    };
    out.push_str(&format!(
        "<style>\n{}\n{CSS}{figures}\n</style>\n</head>\n",
        page_rule(doc)
    ));
    let class = if doc.landscape {
        " class=\"landscape\""
    } else {
        ""
    };
    // A layout table, not flex boxes: Word, opening the file, keeps the three parts apart.
    out.push_str(&format!(
        "<body{class}>\n<header>\n<table class=\"sidhuvud\" role=\"presentation\"><tr><td>{}</td><td class=\"titel\">{}</td><td class=\"not\">{}</td></tr></table>\n",
        escape(&doc.sender),
        escape(&doc.title.to_uppercase()),
        escape(&doc.header_note)
    ));
    out.push_str(&stamp(doc));
    out.push_str("</header>\n<main>\n");
    out.push_str(&format!("<h1>{}</h1>\n", escape(&doc.title)));
    if let Some(s) = &doc.subtitle {
        out.push_str(&format!("<p class=\"underrubrik\">{}</p>\n", escape(s)));
    }
    let mut in_section = false;
    for b in &doc.blocks {
        match b {
            Block::Heading { level, text } => {
                // Each top-level heading opens a section (kept together it pushed a long § 4 to a
                // new page, leaving half a page blank: the heading stays with what follows).
                if *level == 1 {
                    if in_section {
                        out.push_str("</section>\n");
                    }
                    out.push_str("<section class=\"paragraf\">\n");
                    in_section = true;
                }
                let h = usize::from(*level).clamp(1, 4) + 1;
                out.push_str(&format!("<h{h}>{}</h{h}>\n", escape(text)));
            }
            Block::Paragraph(s) => out.push_str(&format!("<p>{}</p>\n", spans(s))),
            Block::Fields(fields) => {
                out.push_str("<table class=\"falt\">\n<tbody>\n");
                for (label, value) in fields {
                    out.push_str(&format!(
                        "<tr><th scope=\"row\">{}</th><td>{}</td></tr>\n",
                        escape(label),
                        escape(value)
                    ));
                }
                out.push_str("</tbody>\n</table>\n");
            }
            Block::Table(t) => table(&mut out, t),
            Block::Bullets(items) => {
                out.push_str("<ul>\n");
                for i in items {
                    out.push_str(&format!("<li>{}</li>\n", escape(i)));
                }
                out.push_str("</ul>\n");
            }
            Block::Figure(f) => figure(&mut out, f, strict)?,
        }
    }
    if in_section {
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n<footer>\n");
    out.push_str(&format!("<p>{}</p>\n", escape(&doc.generated)));
    out.push_str(&stamp(doc));
    out.push_str("</footer>\n</body>\n</html>\n");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("<b>&\"'"), "&lt;b&gt;&amp;&quot;&#39;");
        assert_eq!(
            escape_lines("Klotter <nytt>\nSanerat"),
            "Klotter &lt;nytt&gt;<br>Sanerat"
        );
    }

    #[test]
    fn css_strings_cannot_end_the_string_or_the_style_element() {
        assert_eq!(
            css_string("a\"b\\c\nd</style>"),
            "\"a\\\"b\\\\c\\A d\\3C /style>\""
        );
    }
}
