//! Renders a [`Document`] as GitHub-flavoured Markdown (text, wikis, e-mail).

use super::document::{Block, Document, Span, Table};

/// Escapes characters that Markdown would read as markup.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A table cell: escaped, on one row; the lines of a text written on several (a description)
/// kept apart by `<br>`, which GitHub-flavoured tables read as a line break.
fn cell(text: &str) -> String {
    text.lines()
        .map(|line| escape(&line.split_whitespace().collect::<Vec<_>>().join(" ")))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("<br>")
}

fn spans(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| {
            // A text of several lines keeps them (two spaces: a hard line break).
            let t = escape(s.text.trim_end())
                .lines()
                .collect::<Vec<_>>()
                .join("  \n");
            if s.bold && !t.is_empty() {
                format!("**{t}**")
            } else {
                t
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn table(out: &mut String, t: &Table) {
    if let Some(c) = &t.caption {
        out.push_str(&format!("**{}**\n\n", escape(c)));
    }
    out.push_str(&format!(
        "| {} |\n",
        t.headers
            .iter()
            .map(|h| cell(h))
            .collect::<Vec<_>>()
            .join(" | ")
    ));
    out.push_str(&format!(
        "|{}|\n",
        t.headers
            .iter()
            .map(|_| "---")
            .collect::<Vec<_>>()
            .join("|")
    ));
    for r in &t.rows {
        out.push_str(&format!(
            "| {} |\n",
            r.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")
        ));
    }
    out.push('\n');
}

pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    for label in doc.page_labels() {
        out.push_str(&format!("> {}\n", escape(label)));
    }
    out.push('\n');
    if !doc.sender.is_empty() {
        out.push_str(&format!("{}\n\n", escape(&doc.sender)));
    }
    out.push_str(&format!("# {}\n\n", escape(&doc.title)));
    if let Some(s) = &doc.subtitle {
        out.push_str(&format!("**{}**\n\n", escape(s)));
    }
    for b in &doc.blocks {
        match b {
            Block::Heading { level, text } => {
                let hashes = "#".repeat(usize::from(*level) + 1);
                out.push_str(&format!("{hashes} {}\n\n", escape(text)));
            }
            Block::Paragraph(s) => {
                out.push_str(&spans(s));
                out.push_str("\n\n");
            }
            Block::Fields(fields) => {
                for (label, value) in fields {
                    out.push_str(&format!("**{}:** {}  \n", escape(label), escape(value)));
                }
                out.push('\n');
            }
            Block::Table(t) => table(&mut out, t),
            Block::Bullets(items) => {
                for i in items {
                    out.push_str(&format!("- {}\n", escape(i)));
                }
                out.push('\n');
            }
            // Text has no pictures: the chart's title and its description; its figures
            // follow as a table.
            Block::Figure(f) => out.push_str(&format!(
                "**{}** – _{}_\n\n",
                escape(&f.chart.title),
                escape(&f.alt)
            )),
        }
    }
    out.push_str("---\n\n");
    out.push_str(&format!("{}\n\n", escape(&doc.generated)));
    for label in doc.page_labels() {
        out.push_str(&format!("> {}\n", escape(label)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipes_and_markup_are_escaped_in_tables() {
        assert_eq!(cell("a | b  c"), "a \\| b c");
        assert_eq!(
            cell("Klotter *nytt*\r\n\nSanerat"),
            "Klotter \\*nytt\\*<br>Sanerat",
            "a description's lines stay apart"
        );
        assert_eq!(escape("§ 1 Mötets öppnande"), "§ 1 Mötets öppnande");
    }

    #[test]
    fn a_paragraph_of_several_lines_keeps_them() {
        assert_eq!(
            spans(&[Span::plain("Lucia på torget\nKöer vid stationen\n")]),
            "Lucia på torget  \nKöer vid stationen"
        );
    }
}
