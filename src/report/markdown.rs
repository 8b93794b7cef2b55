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

/// A table cell: escaped, on one line.
fn cell(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    escape(&one_line)
}

fn spans(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| {
            let t = escape(s.text.trim_end());
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
        assert_eq!(cell("a | b\n*c*"), "a \\| b \\*c\\*");
        assert_eq!(escape("§ 1 Mötets öppnande"), "§ 1 Mötets öppnande");
    }
}
