//! Renders a [`Document`] as one standalone HTML page: inline CSS with print styles,
//! `lang="sv"`, real headings and `th scope`, so it prints (browser "Spara som PDF") and reads
//! well with a screen reader.

use super::document::{Block, Document, Span, Table};

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

const CSS: &str = r#"@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
@page landscape { size: A4 landscape; }
body { font-family: Calibri, "Segoe UI", Arial, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.35; color: #000; background: #fff; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
body.landscape { max-width: 80rem; }
.sidhuvud { display: flex; justify-content: space-between; gap: 1rem; border-bottom: 1px solid #555; padding-bottom: .3rem; font-size: 9pt; }
.stampel { font-weight: bold; border: 1px solid #000; padding: .2rem .5rem; margin: .3rem 0; font-size: 9pt; }
h1 { font-size: 18pt; margin: 1rem 0 .2rem; letter-spacing: .02em; }
h2 { font-size: 13pt; margin: 1.2rem 0 .3rem; break-after: avoid; }
h3 { font-size: 11.5pt; margin: .9rem 0 .2rem; break-after: avoid; }
.underrubrik { font-weight: bold; margin: 0 0 .8rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }
th, td { border: 1px solid #777; padding: .2rem .35rem; text-align: left; vertical-align: top; }
thead th { background: #e4e9f2; }
table.falt th { width: 11rem; background: #f3f3f3; font-weight: bold; }
caption { text-align: left; font-weight: bold; padding: .2rem 0; }
tr { break-inside: avoid; }
footer { break-before: avoid; }
thead { display: table-header-group; }
footer { border-top: 1px solid #555; margin-top: 1.5rem; padding-top: .3rem; font-size: 9pt; }
@media print {
  body { margin: 0; max-width: none; padding: 0 0 12mm 0; }
  footer .stampel { position: fixed; bottom: 0; left: 0; right: 0; margin: 0; background: #fff; }
}"#;

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

fn table(out: &mut String, t: &Table) {
    out.push_str("<table>\n");
    if let Some(c) = &t.caption {
        out.push_str(&format!("<caption>{}</caption>\n", escape(c)));
    }
    out.push_str("<thead><tr>");
    for h in &t.headers {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape(h)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in &t.rows {
        out.push_str("<tr>");
        for c in r {
            out.push_str(&format!("<td>{}</td>", escape_lines(c)));
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

pub fn render(doc: &Document) -> String {
    let mut out = String::with_capacity(16 * 1024);
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        doc.lang.code()
    ));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(&doc.name)));
    out.push_str(&format!("<style>\n{CSS}\n</style>\n</head>\n"));
    let class = if doc.landscape {
        " class=\"landscape\""
    } else {
        ""
    };
    out.push_str(&format!("<body{class}>\n<header>\n<div class=\"sidhuvud\"><span>{}</span><span>{}</span><span>{}</span></div>\n",
        escape(&doc.sender), escape(&doc.title.to_uppercase()), escape(&doc.header_note)));
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
        }
    }
    if in_section {
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n<footer>\n");
    out.push_str(&format!("<p>{}</p>\n", escape(&doc.generated)));
    out.push_str(&stamp(doc));
    out.push_str("</footer>\n</body>\n</html>\n");
    out
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
}
