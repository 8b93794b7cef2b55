//! One cell to one field value, by the kind of value the column takes: dates as spreadsheets
//! type them or as text, Swedish decimal commas, names from the copy's lists with a
//! "menade du …" when a name is nearly right.

use chrono::{NaiveDate, NaiveTime, TimeDelta};
use serde_json::{Value, json};

use super::columns::Values;
use super::lists::{Choice, ChoiceList};
use super::read::Cell;
use crate::domain::Lang;
use crate::i18n::t;

/// How many of a list's values a message names when a value is not in it.
const LISTED: usize = 8;

/// Day 0 of spreadsheet serial dates (1900 system, after Excel's leap-year bug).
fn serial_epoch() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(1899, 12, 30)
}

fn date_of(cell: &Cell) -> Option<NaiveDate> {
    match cell {
        Cell::Date(d) => Some(*d),
        Cell::DateTime(t) => Some(t.date()),
        Cell::Number(n) if n.fract() == 0.0 && (1.0..2_958_466.0).contains(n) => {
            serial_epoch()?.checked_add_signed(TimeDelta::days(*n as i64))
        }
        Cell::Text(s) => {
            let s = s.trim();
            ["%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%d.%m.%Y", "%d/%m/%Y"]
                .iter()
                .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
        }
        _ => None,
    }
}

fn time_of(cell: &Cell) -> Option<NaiveTime> {
    match cell {
        Cell::Time(t) => Some(*t),
        Cell::DateTime(t) => Some(t.time()),
        Cell::Number(n) if (0.0..1.0).contains(n) => {
            NaiveTime::from_num_seconds_from_midnight_opt((n * 86_400.0).round() as u32, 0)
        }
        Cell::Text(s) => {
            let s = s.trim();
            ["%H:%M", "%H.%M", "%H:%M:%S", "%H%M"]
                .iter()
                .find_map(|f| NaiveTime::parse_from_str(s, f).ok())
        }
        _ => None,
    }
}

fn number_of(cell: &Cell) -> Option<f64> {
    match cell {
        Cell::Number(n) => Some(*n),
        Cell::Text(s) => s
            .trim()
            .replace([' ', '\u{a0}'], "")
            .replace(',', ".")
            .replace('−', "-")
            .parse()
            .ok(),
        _ => None,
    }
}

/// The value of a cell, `Null` for an empty one; or what is wrong with it, in Swedish.
/// `choices` are the values the column takes when it takes listed ones.
pub fn value(
    cell: &Cell,
    values: Values,
    choices: Option<&ChoiceList>,
    lang: Lang,
) -> Result<Value, String> {
    if cell.is_empty() {
        return Ok(Value::Null);
    }
    let shown = cell.shown();
    let shown = shown.as_str();
    match values {
        Values::Text => Ok(Value::String(shown.to_string())),
        Values::Date => date_of(cell)
            .map(|d| json!(d))
            .ok_or_else(|| t!(lang, "sheet-bad-date", value = shown)),
        Values::Time => time_of(cell)
            .map(|t| json!(t))
            .ok_or_else(|| t!(lang, "sheet-bad-time", value = shown)),
        Values::Decimal => number_of(cell)
            .filter(|n| n.is_finite())
            .map(|n| json!(n))
            .ok_or_else(|| t!(lang, "sheet-bad-number", value = shown)),
        Values::Whole => number_of(cell)
            .filter(|n| n.fract() == 0.0 && n.abs() < 1e15)
            .map(|n| json!(n as i64))
            .ok_or_else(|| t!(lang, "sheet-bad-whole", value = shown)),
        Values::References(_) => {
            let empty = ChoiceList::default();
            let list = choices.unwrap_or(&empty);
            several(shown)
                .map(|name| chosen(list, name, lang).map(|c| c.value.clone()))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array)
        }
        Values::YesNo | Values::Reference(_) | Values::Vocabulary { .. } | Values::Term(_) => {
            // Borrowed: a list is looked up once per cell, ten thousand times in a big sheet.
            let empty = ChoiceList::default();
            chosen(choices.unwrap_or(&empty), shown, lang).map(|c| c.value.clone())
        }
    }
}

/// The names in a cell of several ("Alkohol; Våld", one a line also does).
fn several(text: &str) -> impl Iterator<Item = &str> {
    text.split([';', '\n'])
        .map(str::trim)
        .filter(|name| !name.is_empty())
}

/// The listed value `text` names; otherwise a message with the value meant or the values
/// there are.
pub fn chosen<'a>(list: &'a ChoiceList, text: &str, lang: Lang) -> Result<&'a Choice, String> {
    if let Some(c) = list.find(text) {
        return Ok(c);
    }
    if let Some(meant) = list.suggest(text) {
        return Err(t!(
            lang,
            "sheet-unknown-suggest",
            value = text,
            suggestion = meant
        ));
    }
    let labels = list.labels();
    let mut valid = labels
        .iter()
        .take(LISTED)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if labels.len() > LISTED {
        valid.push_str(" …");
    }
    Err(t!(lang, "sheet-unknown", value = text, valid = valid))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_times_and_numbers_as_spreadsheets_and_people_write_them() {
        let date = |c: Cell| value(&c, Values::Date, None, Lang::Sv);
        let want = Ok(json!("2026-11-19"));
        assert_eq!(date(Cell::Text("2026-11-19".into())), want);
        assert_eq!(date(Cell::Number(46345.0)), want, "a serial date");
        assert_eq!(
            date(Cell::Date(NaiveDate::from_ymd_opt(2026, 11, 19).unwrap())),
            want
        );
        let bad = date(Cell::Text("19 nov".into())).unwrap_err();
        assert!(
            bad.contains("”19 nov”") && bad.contains("2026-11-19"),
            "{bad}"
        );
        let time = |c: Cell| value(&c, Values::Time, None, Lang::Sv);
        assert_eq!(time(Cell::Text("22.30".into())), Ok(json!("22:30:00")));
        assert_eq!(time(Cell::Number(0.9375)), Ok(json!("22:30:00")));
        assert!(
            time(Cell::Text("sent".into()))
                .unwrap_err()
                .contains("klockslag")
        );
        let decimal = |c: Cell| value(&c, Values::Decimal, None, Lang::Sv);
        assert_eq!(decimal(Cell::Text("59,3293".into())), Ok(json!(59.3293)));
        let whole = |c: Cell| value(&c, Values::Whole, None, Lang::Sv);
        assert_eq!(whole(Cell::Text("3".into())), Ok(json!(3)));
        assert!(
            whole(Cell::Text("3,5".into()))
                .unwrap_err()
                .contains("heltal")
        );
        assert_eq!(
            value(&Cell::Text("  ".into()), Values::Date, None, Lang::Sv),
            Ok(Value::Null)
        );
    }
}
