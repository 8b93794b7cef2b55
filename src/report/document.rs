//! A plain document model: what every text report (minutes, plan, agreement, yearly summary)
//! is turned into before rendering. One model, three renderers (Markdown, HTML, DOCX), so the
//! formats never drift apart.

/// A piece of running text; `bold` for lead-ins such as "Beslut:".
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    pub bold: bool,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            bold: false,
        }
    }

    pub fn bold(text: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            bold: true,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub caption: Option<String>,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Relative column widths (any unit; renderers scale them).
    pub widths: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Level 1 is a section (a §), level 2 a subsection. The document title sits above both.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(Vec<Span>),
    /// Label–value pairs (date, time, place …), rendered as a two-column table.
    Fields(Vec<(String, String)>),
    Table(Table),
    Bullets(Vec<String>),
    /// A chart drawn as a picture (SVG in HTML, PNG in DOCX); Markdown shows its `alt` text.
    Figure(Figure),
}

/// A chart and its text alternative: `alt` says in a sentence what the chart shows (the
/// picture's accessible name and description); the figures themselves follow as a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub chart: super::charts::Chart,
    pub alt: String,
}

/// A whole report, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The HTML `<title>` and the DOCX core title.
    pub name: String,
    /// "Sjöviks kommun – säkerhetsenheten": the sender, in the page header.
    pub sender: String,
    /// "Minnesanteckningar", "Åtgärdsplan – uppföljning" …
    pub title: String,
    /// The line under the title ("Samverkansgrupp trygghet (EST) – gemensam lägesbild, vecka 47").
    pub subtitle: Option<String>,
    /// Shown in the page header beside the title (date, dnr).
    pub header_note: String,
    /// The classification label, on every page.
    pub stamp: String,
    /// Set when records classified intern were included on request: on every page too.
    pub internal_notice: Option<String>,
    /// "Skapad 2026-11-19 kl. 12.00 med lagesbild."
    pub generated: String,
    /// Landscape pages (wide tables).
    pub landscape: bool,
    pub blocks: Vec<Block>,
    /// The language the document is written in (HTML `lang`, the page numbers' words).
    pub lang: crate::domain::Lang,
}

impl Document {
    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading {
            level,
            text: text.into(),
        });
    }

    pub fn paragraph(&mut self, text: impl Into<String>) {
        let text = text.into();
        if !text.trim().is_empty() {
            self.blocks.push(Block::Paragraph(vec![Span::plain(text)]));
        }
    }

    /// A text typed in the app, one block per line: lines starting with a dash or bullet
    /// become bullets, the others paragraphs, so no renderer joins an area's or an action's
    /// line to the next.
    pub fn text(&mut self, text: &str) {
        let mut bullets = Vec::new();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            match ["– ", "- ", "• ", "* "]
                .iter()
                .find_map(|m| line.strip_prefix(m))
            {
                Some(item) => bullets.push(item.trim().to_string()),
                None => {
                    self.bullets(std::mem::take(&mut bullets));
                    self.paragraph(line);
                }
            }
        }
        self.bullets(bullets);
    }

    pub fn spans(&mut self, spans: Vec<Span>) {
        self.blocks.push(Block::Paragraph(spans));
    }

    pub fn fields(&mut self, fields: Vec<(String, String)>) {
        let fields: Vec<_> = fields.into_iter().filter(|(_, v)| !v.is_empty()).collect();
        if !fields.is_empty() {
            self.blocks.push(Block::Fields(fields));
        }
    }

    pub fn bullets(&mut self, items: Vec<String>) {
        if !items.is_empty() {
            self.blocks.push(Block::Bullets(items));
        }
    }

    pub fn figure(&mut self, figure: Figure) {
        self.blocks.push(Block::Figure(figure));
    }

    pub fn table(&mut self, table: Table) {
        self.blocks.push(Block::Table(table));
    }

    /// The lines printed on every page: the classification and, when set, the intern notice.
    pub fn page_labels(&self) -> Vec<&str> {
        let mut v = vec![self.stamp.as_str()];
        if let Some(n) = &self.internal_notice {
            v.push(n);
        }
        v
    }
}
