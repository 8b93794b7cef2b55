//! Numbers and ranges as each language writes them: the one place that decides digit
//! grouping, the decimal sign and what a range looks like.
//!
//! Swedish groups thousands with a thin space and writes a decimal comma: "106 821", "6,8".
//! The space is U+202F NARROW NO-BREAK SPACE: the thin space of Swedish typography that, unlike
//! a plain or a thin (U+2009) space, never lets a line break split a number, in a terminal, a
//! Word document or a browser alike. Numbers of four digits are not grouped ("2026", "1500"),
//! as Språkrådet recommends for running text, so years and most counts stay whole.

/// How one language writes numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    pub group_separator: &'static str,
    pub decimal_sign: char,
}

impl NumberStyle {
    /// Swedish (and Norwegian, Finnish): "106 821", "6,8".
    pub const SPACE_AND_COMMA: NumberStyle = NumberStyle {
        group_separator: "\u{202F}",
        decimal_sign: ',',
    };
    /// English: "106,821", "6.8".
    pub const COMMA_AND_POINT: NumberStyle = NumberStyle {
        group_separator: ",",
        decimal_sign: '.',
    };

    /// An integer: grouped by thousands from five digits on.
    pub fn integer(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let sign = if n < 0 { "-" } else { "" };
        format!("{sign}{}", self.group(&digits))
    }

    /// A number with at least `min` and at most `max` decimals (trailing zeros beyond `min`
    /// dropped); without `max`, as many as the value needs.
    pub fn decimal(self, x: f64, min: Option<usize>, max: Option<usize>) -> String {
        if !x.is_finite() {
            return x.to_string();
        }
        let text = match max {
            Some(max) => {
                let fixed = format!("{:.*}", max, x.abs());
                let keep = min.unwrap_or(0);
                trim_decimals(&fixed, keep)
            }
            None => {
                let plain = x.abs().to_string();
                match min {
                    Some(min) => pad_decimals(&plain, min),
                    None => plain,
                }
            }
        };
        let (whole, fraction) = match text.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (text.as_str(), None),
        };
        let negative = x < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
        let mut out = String::new();
        if negative {
            out.push('-');
        }
        out.push_str(&self.group(whole));
        if let Some(f) = fraction {
            out.push(self.decimal_sign);
            out.push_str(f);
        }
        out
    }

    /// Groups a run of digits by thousands when it has five or more.
    fn group(self, digits: &str) -> String {
        if digits.len() < 5 {
            return digits.to_string();
        }
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(self.group_separator);
            }
            out.push(c);
        }
        out
    }
}

fn trim_decimals(fixed: &str, keep: usize) -> String {
    let Some((whole, fraction)) = fixed.split_once('.') else {
        return fixed.to_string();
    };
    let mut fraction = fraction.trim_end_matches('0').to_string();
    while fraction.len() < keep {
        fraction.push('0');
    }
    if fraction.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{fraction}")
    }
}

fn pad_decimals(plain: &str, min: usize) -> String {
    let (whole, fraction) = plain.split_once('.').unwrap_or((plain, ""));
    let mut fraction = fraction.to_string();
    while fraction.len() < min {
        fraction.push('0');
    }
    if fraction.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{fraction}")
    }
}

/// A range "from–to" with an en dash, or the one value when both ends are the same
/// ("v. 48", not "v. 48–48").
pub fn range<T: std::fmt::Display + PartialEq>(from: T, to: T) -> String {
    if from == to {
        from.to_string()
    } else {
        format!("{from}–{to}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SV: NumberStyle = NumberStyle::SPACE_AND_COMMA;
    const EN: NumberStyle = NumberStyle::COMMA_AND_POINT;

    #[test]
    fn swedish_groups_with_a_narrow_no_break_space_from_five_digits() {
        assert_eq!(SV.integer(106_821), "106\u{202F}821");
        assert_eq!(SV.integer(1_234_567), "1\u{202F}234\u{202F}567");
        assert_eq!(SV.integer(2026), "2026");
        assert_eq!(SV.integer(-12_000), "-12\u{202F}000");
        assert_eq!(EN.integer(106_821), "106,821");
        assert_eq!(SV.integer(0), "0");
    }

    #[test]
    fn decimals_take_the_language_s_sign() {
        assert_eq!(SV.decimal(6.8, None, None), "6,8");
        assert_eq!(EN.decimal(6.8, None, None), "6.8");
        assert_eq!(SV.decimal(6.0, None, None), "6");
        assert_eq!(SV.decimal(6.0, Some(1), Some(1)), "6,0");
        assert_eq!(SV.decimal(2.0 / 3.0, None, Some(1)), "0,7");
        assert_eq!(SV.decimal(12_345.26, None, Some(1)), "12\u{202F}345,3");
        assert_eq!(SV.decimal(-0.04, None, Some(1)), "0");
        assert_eq!(SV.decimal(-1.5, None, None), "-1,5");
    }

    #[test]
    fn a_range_of_one_value_is_that_value() {
        assert_eq!(range(48, 48), "48");
        assert_eq!(range(48, 50), "48–50");
        assert_eq!(range("2026-01-01", "2026-12-31"), "2026-01-01–2026-12-31");
    }
}
