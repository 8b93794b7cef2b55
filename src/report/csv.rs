//! CSV the way Swedish Excel opens it: UTF-8 with a BOM, `;` between cells, CRLF line ends,
//! and cells that Excel would run as a formula neutralised.

use super::error::{ReportError, Result};

/// Cells starting with `= + - @` (or a tab/CR that hides one) get a leading `'`, so a
/// spreadsheet shows them as text instead of running them (CSV injection).
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// A header row and data rows as CSV bytes.
pub fn table<I, R>(headers: &[&str], rows: I) -> Result<Vec<u8>>
where
    I: IntoIterator<Item = R>,
    R: IntoIterator<Item = String>,
{
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut w = ::csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        let err = |e: ::csv::Error| ReportError::encode("CSV", e);
        w.write_record(headers.iter().map(|h| neutralise(h)))
            .map_err(err)?;
        for r in rows {
            w.write_record(r.into_iter().map(|c| neutralise(&c)))
                .map_err(err)?;
        }
        w.flush().map_err(|e| ReportError::encode("CSV", e))?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_semicolons_crlf_and_no_formulas() {
        let bytes = table(
            &["Nr", "Åtgärd"],
            vec![
                vec!["1".to_string(), "=HYPERLINK(\"x\")".to_string()],
                vec!["2".into(), "a;b".into()],
            ],
        )
        .unwrap_or_default();
        let text = String::from_utf8(bytes).unwrap_or_default();
        assert!(text.starts_with('\u{feff}'));
        assert_eq!(
            text.trim_start_matches('\u{feff}'),
            "Nr;Åtgärd\r\n1;\"'=HYPERLINK(\"\"x\"\")\"\r\n2;\"a;b\"\r\n"
        );
        assert_eq!(neutralise("-5"), "'-5");
        assert_eq!(neutralise("@sum"), "'@sum");
        assert_eq!(neutralise("Lindängen"), "Lindängen");
    }
}
