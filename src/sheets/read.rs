//! Reading a filled-in sheet into rows of cells: XLSX and ODS through calamine (the first
//! sheet), CSV through `csv` (see `csv_text` for separators and encodings).

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::error::SheetError;

/// The largest sheet read: 10,000 rows of observations are ~2 MB as XLSX, ~3 MB as CSV.
pub const MAX_SHEET_BYTES: u64 = 50_000_000;

/// One cell as the reader found it: typed where the spreadsheet typed it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Time(NaiveTime),
    DateTime(NaiveDateTime),
    Bool(bool),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as a person reads it (in a message, in the file of rejected rows).
    pub fn shown(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.trim().to_string(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
            Cell::Date(d) => d.to_string(),
            Cell::Time(t) => t.format("%H:%M").to_string(),
            Cell::DateTime(t) => t.format("%Y-%m-%d %H:%M").to_string(),
            Cell::Bool(b) => b.to_string(),
        }
    }
}

/// A sheet: its heading row and the rows under it, each with its row number as the
/// spreadsheet shows it (1 is the heading row).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub headings: Vec<String>,
    pub rows: Vec<(usize, Vec<Cell>)>,
}

/// The formats a sheet may come in, by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetFormat {
    Xlsx,
    Ods,
    Csv,
}

impl SheetFormat {
    pub fn of(path: &Path) -> Option<SheetFormat> {
        let ext = path.extension()?.to_str()?.to_lowercase();
        match ext.as_str() {
            "xlsx" | "xlsm" => Some(SheetFormat::Xlsx),
            "ods" => Some(SheetFormat::Ods),
            "csv" | "txt" => Some(SheetFormat::Csv),
            _ => None,
        }
    }
}

/// Reads the sheet in `bytes`; `file` names it in messages.
pub fn read(bytes: &[u8], format: SheetFormat, file: &str) -> Result<Table, SheetError> {
    let grid = match format {
        SheetFormat::Csv => super::csv_text::grid(bytes, file)?,
        SheetFormat::Xlsx | SheetFormat::Ods => workbook_grid(bytes, format, file)?,
    };
    Ok(table(grid))
}

fn workbook_grid(
    bytes: &[u8],
    format: SheetFormat,
    file: &str,
) -> Result<Vec<Vec<Cell>>, SheetError> {
    let broken = |e: calamine::Error| SheetError::Unreadable {
        file: file.to_string(),
        reason: e.to_string(),
    };
    let cursor = Cursor::new(bytes);
    let first_sheet = match format {
        SheetFormat::Ods => calamine::open_workbook_from_rs::<calamine::Ods<_>, _>(cursor)
            .map_err(|e| broken(e.into()))?
            .worksheet_range_at(0)
            .map(|r| r.map_err(|e| broken(e.into()))),
        _ => calamine::open_workbook_from_rs::<calamine::Xlsx<_>, _>(cursor)
            .map_err(|e| broken(e.into()))?
            .worksheet_range_at(0)
            .map(|r| r.map_err(|e| broken(e.into()))),
    };
    let range = first_sheet.ok_or_else(|| SheetError::Empty {
        file: file.to_string(),
    })??;
    // Rows before the range's start are empty; keep the spreadsheet's numbering.
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let mut grid: Vec<Vec<Cell>> = vec![Vec::new(); first_row as usize];
    for row in range.rows() {
        let mut cells = vec![Cell::Empty; first_col as usize];
        cells.extend(row.iter().map(cell));
        grid.push(cells);
    }
    Ok(grid)
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty | Data::Error(_) => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) => match d.as_datetime() {
            // A serial below 1 is a time of day alone; a whole one a date.
            Some(t) if d.as_f64() < 1.0 => Cell::Time(t.time()),
            Some(t) if t.time() == NaiveTime::MIN => Cell::Date(t.date()),
            Some(t) => Cell::DateTime(t),
            None => Cell::Text(d.to_string()),
        },
        Data::DateTimeIso(s) | Data::DurationIso(s) => iso_cell(s),
    }
}

/// ODS stores dates as ISO text ("2026-11-19", "2026-11-19T22:30:00", "PT22H30M00S").
fn iso_cell(s: &str) -> Cell {
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Cell::Date(d);
    }
    if let Ok(t) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f") {
        return if t.time() == NaiveTime::MIN {
            Cell::Date(t.date())
        } else {
            Cell::DateTime(t)
        };
    }
    if let Some(t) = s
        .strip_prefix("PT")
        .and_then(|t| NaiveTime::parse_from_str(t, "%HH%MM%SS").ok())
    {
        return Cell::Time(t);
    }
    Cell::Text(s.to_string())
}

/// The first non-empty row is the heading row; the rest, less the empty ones, are data.
fn table(grid: Vec<Vec<Cell>>) -> Table {
    let mut rows = grid.into_iter().enumerate().map(|(i, r)| (i + 1, r));
    let Some((_, heading)) = rows.find(|(_, r)| r.iter().any(|c| !c.is_empty())) else {
        return Table::default();
    };
    let headings = heading.iter().map(Cell::shown).collect();
    let rows = rows
        .filter(|(_, r)| r.iter().any(|c| !c.is_empty()))
        .collect();
    Table { headings, rows }
}
