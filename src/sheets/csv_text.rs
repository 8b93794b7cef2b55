//! CSV as Swedish spreadsheets write it: `;` between fields (Excel with a Swedish locale) or
//! `,` (LibreOffice, Google), UTF-8 with or without a byte-order mark, or Windows-1252 (what
//! Excel's plain "CSV" writes on a Swedish Windows).

use encoding_rs::{UTF_8, WINDOWS_1252};

use super::error::SheetError;
use super::read::Cell;

/// The text of a CSV file: UTF-8 (its BOM dropped) when it is valid UTF-8, otherwise
/// Windows-1252, which decodes any byte.
pub fn decode(bytes: &[u8]) -> String {
    if let (text, false) = UTF_8.decode_with_bom_removal(bytes) {
        return text.into_owned();
    }
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    text.into_owned()
}

/// The separator: whichever of `;` and `,` the heading line has more of, outside quotes.
pub fn separator(text: &str) -> u8 {
    let mut quoted = false;
    let (mut semicolons, mut commas) = (0, 0);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ';' if !quoted => semicolons += 1,
            ',' if !quoted => commas += 1,
            _ => {}
        }
    }
    if commas > semicolons { b',' } else { b';' }
}

/// A cell our own CSV files wrote with a `'` before `= + - @` (see
/// `report::csv::neutralise`), as it was.
fn unneutralised(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => s,
    }
}

/// The cells of a CSV file, every one as text.
pub fn grid(bytes: &[u8], file: &str) -> Result<Vec<Vec<Cell>>, SheetError> {
    let text = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(&text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut grid = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| SheetError::Unreadable {
            file: file.to_string(),
            reason: e.to_string(),
        })?;
        grid.push(
            record
                .iter()
                .map(|s| {
                    if s.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(unneutralised(s).to_string())
                    }
                })
                .collect(),
        );
    }
    Ok(grid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_excel_text_in_windows_1252_reads_as_the_same_words() {
        let (bytes, _, _) = WINDOWS_1252.encode("Område;Händelsetyp\nLindängen;Skadegörelse\n");
        assert!(std::str::from_utf8(&bytes).is_err(), "really not UTF-8");
        assert_eq!(
            decode(&bytes),
            "Område;Händelsetyp\nLindängen;Skadegörelse\n"
        );
        let with_bom = "\u{feff}Område,Plats\n".as_bytes();
        assert_eq!(decode(with_bom), "Område,Plats\n");
        assert_eq!(separator(&decode(with_bom)), b',');
        assert_eq!(separator("\"a;b\",c,d;e\n"), b',');
        assert_eq!(separator("Datum;Beskrivning\n"), b';');
    }
}
