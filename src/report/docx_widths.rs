//! Column widths for a Word table, from its content: every column is at least as wide as its
//! longest word (up to 20 letters; a date is one word), so Word never breaks "Socialtjänsten"
//! or "2026-11-09" inside; what is left is shared by the document's relative widths.

/// Cell margins (108 twips a side), borders and a little room to spare.
const CELL_PADDING: u32 = 260;
/// Longer words may break: a column is never made wider than this many letters for one.
const LONGEST_KEPT_WORD: usize = 20;

/// A character's width in twentieths of a point in 10 pt table text, from Calibri's metrics
/// (Carlito's are the same) rounded up: digits 5.07 pt, narrow letters about 3, capitals
/// and m/w about 7, the other small letters under 5.
fn char_width(c: char) -> u32 {
    match c {
        '0'..='9' => 102,
        'i' | 'l' | 'j' | 't' | 'f' | 'r' | 'I' | '.' | ',' | ':' | ';' | '-' | '\'' | '/'
        | '(' | ')' | '–' => 66,
        'm' | 'w' | 'M' | 'W' => 150,
        c if c.is_uppercase() => 125,
        _ => 98,
    }
}

/// The widest word of a text (its first 20 characters), in twips, in text of `size`
/// half-points (widths scale with the size); bold is 5 % wider.
fn longest_word(text: &str, bold: bool, size: u32) -> u32 {
    let widest = text
        .split_whitespace()
        .map(|w| {
            w.chars()
                .take(LONGEST_KEPT_WORD)
                .map(char_width)
                .sum::<u32>()
        })
        .max()
        .unwrap_or(0)
        * size
        / 20;
    if bold { widest * 21 / 20 } else { widest }
}

/// Whether every column got room for its longest word (else the widths are a compromise and
/// Word should be left to fit the table itself).
pub fn fits(headers: &[String], rows: &[Vec<String>], text_width: u32, size: u32) -> bool {
    minimum_widths(headers, rows, size).iter().sum::<u32>() <= text_width
}

fn minimum_widths(headers: &[String], rows: &[Vec<String>], size: u32) -> Vec<u32> {
    (0..headers.len())
        .map(|c| {
            let header = longest_word(&headers[c], true, size);
            let cells = rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|t| longest_word(t, false, size))
                .max()
                .unwrap_or(0);
            header.max(cells) + CELL_PADDING
        })
        .collect()
}

/// Each column's width in twips for text of `size` half-points; they add up to `text_width`.
/// `weights` are the document's relative widths (any unit); when they do not match the
/// columns, all weigh the same.
pub fn column_widths(
    headers: &[String],
    rows: &[Vec<String>],
    weights: &[u32],
    text_width: u32,
    size: u32,
) -> Vec<usize> {
    let columns = headers.len();
    let weights: Vec<u32> = if weights.len() == columns {
        weights.iter().map(|w| (*w).max(1)).collect()
    } else {
        vec![1; columns]
    };
    let minimum = minimum_widths(headers, rows, size);
    let needed: u32 = minimum.iter().sum();
    if needed >= text_width {
        // Too many columns for the page: shrink all alike (some words will break).
        return minimum
            .iter()
            .map(|m| (u64::from(*m) * u64::from(text_width) / u64::from(needed.max(1))) as usize)
            .collect();
    }
    // Share the room left by weight, but give a column no more than its weight's share of
    // the whole unless the minimum says so.
    let total_weight: u32 = weights.iter().sum();
    let share = |w: u32| u64::from(w) * u64::from(text_width) / u64::from(total_weight);
    let mut widths: Vec<u32> = minimum
        .iter()
        .zip(&weights)
        .map(|(m, w)| (*m).max(share(*w) as u32))
        .collect();
    // Taking minimums above their share leaves less for the rest: take it back from the
    // columns above their minimum, in proportion to what they have to spare.
    let mut excess = widths.iter().sum::<u32>().saturating_sub(text_width);
    while excess > 0 {
        let spare: u32 = widths.iter().zip(&minimum).map(|(w, m)| w - m).sum();
        if spare == 0 {
            break;
        }
        let mut taken = 0;
        for (w, m) in widths.iter_mut().zip(&minimum) {
            let cut = (u64::from(*w - m) * u64::from(excess)).div_ceil(u64::from(spare)) as u32;
            let cut = cut.min(*w - m).min(excess - taken);
            *w -= cut;
            taken += cut;
        }
        excess -= taken;
        if taken == 0 {
            break;
        }
    }
    // Rounding: the last column takes up the difference so the table is exactly as wide.
    let sum: u32 = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last = (*last + text_width).saturating_sub(sum);
    }
    widths.into_iter().map(|w| w as usize).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn a_long_word_and_a_date_get_the_room_they_need() {
        let headers = s(&["Nr", "Organisation", "Klart senast", "Åtgärd"]);
        let rows = vec![s(&[
            "1",
            "Socialtjänsten",
            "2026-11-09",
            "Byta och förstärka belysningen i gångtunneln",
        ])];
        let w = column_widths(&headers, &rows, &[1, 1, 1, 20], 9864, 20);
        assert_eq!(w.iter().sum::<usize>(), 9864);
        assert!(w[1] as u32 >= longest_word("Socialtjänsten", false, 20) + CELL_PADDING);
        assert!(w[2] as u32 >= longest_word("2026-11-09", false, 20) + CELL_PADDING);
        assert!(w[2] as u32 >= longest_word("senast", true, 20) + CELL_PADDING);
        assert!(w[3] > w[1], "the text column takes the rest: {w:?}");
    }

    #[test]
    fn too_many_columns_shrink_alike_and_still_fill_the_width() {
        let headers: Vec<String> = (0..20).map(|_| "Lindängsringen".to_string()).collect();
        let w = column_widths(&headers, &[], &[], 9864, 20);
        assert!(w.iter().sum::<usize>() <= 9864);
        assert!(w.windows(2).all(|p| p[0] == p[1]));
    }
}
