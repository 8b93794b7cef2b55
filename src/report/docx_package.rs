//! Finishes the package docx-rs builds with what its API cannot say: table header rows that
//! repeat on every page (`w:tblHeader`), the document's title, author and language, and
//! compression (docx-rs stores every part uncompressed).
//!
//! Why patch the XML rather than fork docx-rs or write WordprocessingML ourselves: the three
//! gaps are a handful of fixed insertions into parts docx-rs hands over as bytes
//! ([`docx_rs::XMLDocx`]); a fork would be ours to keep up to date, and our own writer would
//! redo the hundreds of things docx-rs gets right. Each insertion is checked: a part that no
//! longer looks as expected is an error, never a silently wrong document.

use std::io::{Cursor, Read, Write};

use docx_rs::XMLDocx;
use zip::write::SimpleFileOptions;

use super::error::{ReportError, Result};

/// What the package says about itself (File → Info in Word).
pub struct PackageInfo<'a> {
    pub title: &'a str,
    /// The organisation that wrote it.
    pub author: &'a str,
    /// A BCP 47 tag: "sv-SE".
    pub language: &'a str,
    /// The alternative text of each picture, in document order (Word's "Alt Text").
    pub picture_descriptions: &'a [String],
}

/// The language tag Word expects for a document language ("sv" → "sv-SE").
pub fn word_language(code: &str) -> &str {
    match code {
        "sv" => "sv-SE",
        "en" => "en-GB",
        other => other,
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn broken(part: &str) -> ReportError {
    ReportError::Encode(
        crate::i18n::said!("error-report-docx-part", part = part.to_string()),
        "DOCX",
    )
}

/// Marks the first row of each table whose flag is set as a header row repeated on every page.
/// `header_rows[i]` is for the i-th table of the body, in order (the body has no nested tables).
fn mark_header_rows(document: &str, header_rows: &[bool]) -> Result<String> {
    const TABLE: &str = "<w:tbl>";
    const ROW_PROPERTIES: &str = "<w:trPr><w:cantSplit />";
    let mut out = String::with_capacity(document.len() + 32 * header_rows.len());
    let mut rest = document;
    for header in header_rows {
        let at = rest
            .find(TABLE)
            .ok_or_else(|| broken("word/document.xml"))?;
        let (before, table) = rest.split_at(at + TABLE.len());
        out.push_str(before);
        rest = table;
        if *header {
            let row = rest
                .find(ROW_PROPERTIES)
                .filter(|r| rest[..*r].find("<w:tr>").is_some())
                .ok_or_else(|| broken("word/document.xml"))?;
            let (before, after) = rest.split_at(row + ROW_PROPERTIES.len());
            out.push_str(before);
            out.push_str("<w:tblHeader />");
            rest = after;
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Gives each picture a unique id, a name and its description: docx-rs writes every one as
/// `id="1" name="Figure"` and has no alternative text.
fn describe_pictures(document: &str, descriptions: &[String]) -> Result<String> {
    const PICTURE: &str = "<wp:docPr id=\"1\" name=\"Figure\" />";
    let mut out = String::with_capacity(document.len() + 200 * descriptions.len());
    let mut rest = document;
    for (i, description) in descriptions.iter().enumerate() {
        let at = rest
            .find(PICTURE)
            .ok_or_else(|| broken("word/document.xml"))?;
        out.push_str(&rest[..at]);
        out.push_str(&format!(
            "<wp:docPr id=\"{}\" name=\"Bild {}\" descr=\"{}\" />",
            1000 + i,
            i + 1,
            escape(description)
        ));
        rest = &rest[at + PICTURE.len()..];
    }
    if rest.contains(PICTURE) {
        return Err(broken("word/document.xml"));
    }
    out.push_str(rest);
    Ok(out)
}

fn core_properties(core: &str, info: &PackageInfo) -> Result<String> {
    const NOBODY: &str =
        "<dc:creator>unknown</dc:creator><cp:lastModifiedBy>unknown</cp:lastModifiedBy>";
    const END: &str = "</cp:coreProperties>";
    if !core.contains(NOBODY) || !core.contains(END) {
        return Err(broken("docProps/core.xml"));
    }
    let author = escape(info.author);
    Ok(core
        .replace(
            NOBODY,
            &format!(
                "<dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>"
            ),
        )
        .replace(
            END,
            &format!(
                "<dc:title>{}</dc:title><dc:language>{}</dc:language>{END}",
                escape(info.title),
                escape(info.language)
            ),
        ))
}

/// The language of all text, so Word spell-checks and hyphenates in it.
fn default_language(styles: &str, language: &str) -> Result<String> {
    const DEFAULTS_END: &str = "</w:rPr></w:rPrDefault>";
    if !styles.contains(DEFAULTS_END) {
        return Err(broken("word/styles.xml"));
    }
    Ok(styles.replacen(
        DEFAULTS_END,
        &format!("<w:lang w:val=\"{}\" />{DEFAULTS_END}", escape(language)),
        1,
    ))
}

fn text(bytes: Vec<u8>, part: &str) -> Result<String> {
    String::from_utf8(bytes).map_err(|_| broken(part))
}

/// The finished, compressed DOCX.
pub fn finish(mut xml: XMLDocx, info: &PackageInfo, header_rows: &[bool]) -> Result<Vec<u8>> {
    let document = text(std::mem::take(&mut xml.document), "word/document.xml")?;
    let document = mark_header_rows(&document, header_rows)?;
    xml.document = describe_pictures(&document, info.picture_descriptions)?.into_bytes();
    let core = text(std::mem::take(&mut xml.doc_props.core), "docProps/core.xml")?;
    xml.doc_props.core = core_properties(&core, info)?.into_bytes();
    let styles = text(std::mem::take(&mut xml.styles), "word/styles.xml")?;
    xml.styles = default_language(&styles, info.language)?.into_bytes();
    let mut stored = Cursor::new(Vec::new());
    xml.pack(&mut stored)
        .map_err(|e| ReportError::encode("DOCX", e))?;
    compress(stored.into_inner())
}

/// The same package with every part deflated (a third of the size, as Word writes it).
fn compress(stored: Vec<u8>) -> Result<Vec<u8>> {
    let encode = |e: &dyn std::fmt::Display| ReportError::encode("DOCX", e.to_string());
    let mut input = zip::ZipArchive::new(Cursor::new(stored)).map_err(|e| encode(&e))?;
    let mut output = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..input.len() {
        let mut part = input.by_index(i).map_err(|e| encode(&e))?;
        let name = part.name().to_string();
        if part.is_dir() {
            output
                .add_directory(name, options)
                .map_err(|e| encode(&e))?;
            continue;
        }
        let mut bytes = Vec::with_capacity(part.size() as usize);
        part.read_to_end(&mut bytes).map_err(|e| encode(&e))?;
        output.start_file(name, options).map_err(|e| encode(&e))?;
        output.write_all(&bytes).map_err(|e| encode(&e))?;
    }
    let done = output.finish().map_err(|e| encode(&e))?;
    Ok(done.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_flagged_tables_get_a_repeating_header_row() {
        let row = "<w:tr><w:trPr><w:cantSplit /></w:trPr><w:tc /></w:tr>";
        let doc = format!("<w:body><w:tbl>{row}{row}</w:tbl><w:tbl>{row}</w:tbl></w:body>");
        let marked = mark_header_rows(&doc, &[false, true]).expect("marked");
        assert_eq!(marked.matches("<w:tblHeader />").count(), 1);
        let second = marked.rfind("<w:tbl>").expect("second table");
        assert!(marked[second..].contains("<w:cantSplit /><w:tblHeader />"));
    }

    #[test]
    fn a_part_of_an_unexpected_form_is_an_error_not_a_wrong_document() {
        assert!(mark_header_rows("<w:body></w:body>", &[true]).is_err());
        let info = PackageInfo {
            title: "t",
            author: "a",
            language: "sv-SE",
            picture_descriptions: &[],
        };
        assert!(core_properties("<cp:coreProperties/>", &info).is_err());
        let one = "<w:p><wp:docPr id=\"1\" name=\"Figure\" /></w:p>";
        assert!(
            describe_pictures(one, &[]).is_err(),
            "a picture left undescribed"
        );
        assert!(describe_pictures("<w:p/>", &["x".into()]).is_err());
    }

    #[test]
    fn each_picture_gets_its_own_id_and_escaped_description() {
        let two = "<wp:docPr id=\"1\" name=\"Figure\" /><wp:docPr id=\"1\" name=\"Figure\" />";
        let out = describe_pictures(two, &["a & b".into(), "c".into()]).expect("described");
        assert_eq!(
            out,
            "<wp:docPr id=\"1000\" name=\"Bild 1\" descr=\"a &amp; b\" /><wp:docPr id=\"1001\" name=\"Bild 2\" descr=\"c\" />"
        );
    }
}
