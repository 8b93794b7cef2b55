//! The event type × area matrix laid out for the room it has, so a chair reads both the event
//! types and the areas: the areas' whole names over their columns (on two header lines when a
//! name has a space and one line is too wide); when even that leaves the types too little
//! room, the columns are numbered and a legend under the header names each area. A name is cut,
//! with "…", only when there is truly no room for it.

use crate::domain::Lang;
use crate::i18n::t;
use crate::tui::screens::analysis::model::MatrixView;
use crate::tui::widgets::text::fit_text;

/// How a line of the matrix is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Title,
    Normal,
    Dim,
}

/// The type column keeps at least this much (or its whole longest name, if shorter) before
/// the area names give way to numbered columns.
const TYPE_ROOM: usize = 24;
/// Below this the type column is no longer readable: areas are left out instead.
const TYPE_FLOOR: usize = 8;
/// The legend of numbered columns takes at most this many lines.
const LEGEND_LINES: usize = 2;

/// The area columns' headings: one, two or numbered.
enum Heads {
    /// Each area's heading lines (one or two), over a column `width` wide.
    Names(Vec<Vec<String>>),
    Numbered,
}

/// The matrix as lines of text `width` wide and at most `height` lines.
pub fn matrix_lines(
    lang: Lang,
    m: &MatrixView,
    width: usize,
    height: usize,
) -> Vec<(Tone, String)> {
    // Each column as wide as the numbers it shows (the areas' totals are not shown here).
    let digits: Vec<usize> = (0..m.areas.len())
        .map(|i| digits_of(m.rows.iter().filter_map(|r| r.counts.get(i))))
        .collect();
    let total_head = t!(lang, "tui-analysis-col-total");
    let total_w = total_head
        .chars()
        .count()
        .max(digits_of(m.rows.iter().map(|r| &r.total)))
        + 1;
    let type_natural = m
        .rows
        .iter()
        .map(|r| r.event_type.chars().count())
        .max()
        .unwrap_or(0);
    let one_line: Vec<Vec<String>> = m.areas.iter().map(|a| vec![a.clone()]).collect();
    let two_lines: Vec<Vec<String>> = m.areas.iter().map(|a| split_in_two(a)).collect();
    // Whole type names if any heading fits beside them, else the types' fair room; the
    // one-line heading first, as it reads best.
    let fits = |heads: &[Vec<String>], types: usize| {
        columns_width(heads, &digits) + total_w + types <= width
    };
    let wants = [type_natural, type_natural.min(TYPE_ROOM)];
    let heads = wants
        .iter()
        .find_map(|&want| {
            if fits(&one_line, want) {
                Some(Heads::Names(one_line.clone()))
            } else if fits(&two_lines, want) {
                Some(Heads::Names(two_lines.clone()))
            } else {
                None
            }
        })
        .unwrap_or(Heads::Numbered);
    let (widths, head_lines) = match &heads {
        Heads::Names(names) => (
            names
                .iter()
                .zip(&digits)
                .map(|(n, d)| column_width(n, *d))
                .collect::<Vec<usize>>(),
            names.iter().map(Vec::len).max().unwrap_or(1),
        ),
        Heads::Numbered => (
            digits
                .iter()
                .enumerate()
                .map(|(i, d)| (i + 1).to_string().len().max(*d) + 1)
                .collect::<Vec<usize>>(),
            1,
        ),
    };
    // As many area columns as leave the types their floor; the rest are counted below.
    let mut fit = widths.len();
    while fit > 0
        && width.saturating_sub(total_w + widths[..fit].iter().sum::<usize>()) < TYPE_FLOOR
    {
        fit -= 1;
    }
    let type_w = width.saturating_sub(total_w + widths[..fit].iter().sum::<usize>());

    let mut lines = Vec::new();
    for line in 0..head_lines {
        let mut text = " ".repeat(type_w);
        for (i, w) in widths.iter().take(fit).enumerate() {
            let label = match &heads {
                // Two-line headings stand on the bottom line when a name has only one.
                Heads::Names(names) => {
                    let n = &names[i];
                    let offset = head_lines - n.len();
                    line.checked_sub(offset)
                        .and_then(|l| n.get(l))
                        .cloned()
                        .unwrap_or_default()
                }
                Heads::Numbered => {
                    if line + 1 == head_lines {
                        (i + 1).to_string()
                    } else {
                        String::new()
                    }
                }
            };
            text.push_str(&format!(
                " {:>n$}",
                fit_text(&label, w - 1).trim_end(),
                n = w - 1
            ));
        }
        if line + 1 == head_lines {
            text.push_str(&format!("{total_head:>total_w$}"));
        }
        lines.push((Tone::Title, text.trim_end().to_string()));
    }
    if matches!(heads, Heads::Numbered) && fit > 0 {
        let keys: Vec<String> = m
            .areas
            .iter()
            .take(fit)
            .enumerate()
            .map(|(i, a)| format!("{} {a}", i + 1))
            .collect();
        for piece in legend(&keys, width) {
            lines.push((Tone::Dim, piece));
        }
    }

    let room = height.saturating_sub(lines.len());
    let take = if m.rows.len() > room {
        room.saturating_sub(1)
    } else {
        m.rows.len()
    };
    for r in m.rows.iter().take(take) {
        let mut text = fit_text(&r.event_type, type_w);
        for (n, w) in r.counts.iter().zip(&widths).take(fit) {
            text.push_str(&format!("{n:>w$}"));
        }
        text.push_str(&format!("{:>total_w$}", r.total));
        lines.push((Tone::Normal, text));
    }
    if m.rows.len() > take && room > 0 {
        let more = t!(
            lang,
            "tui-analysis-matrix-more",
            count = m.rows.len() - take
        );
        lines.push((Tone::Dim, more));
    } else if m.areas.len() > fit && lines.len() < height {
        let more = t!(
            lang,
            "tui-analysis-matrix-more-areas",
            count = m.areas.len() - fit
        );
        lines.push((Tone::Dim, more));
    }
    lines
}

/// The numbered columns' keys ("1 Centrala Sjövik") in as few lines as they fit, a key never
/// broken; what does not fit in the last line allowed is cut with "…".
fn legend(keys: &[String], width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for key in keys {
        let full = lines.len() == LEGEND_LINES;
        match lines.last_mut() {
            Some(last) if full || last.chars().count() + 3 + key.chars().count() <= width => {
                last.push_str(" · ");
                last.push_str(key);
            }
            _ => lines.push(key.clone()),
        }
    }
    lines
        .iter()
        .map(|l| fit_text(l, width).trim_end().to_string())
        .collect()
}

/// The digits of the largest of `counts`, at least two so the columns keep an even rhythm.
fn digits_of<'a>(counts: impl Iterator<Item = &'a u32>) -> usize {
    counts.max().copied().unwrap_or(0).to_string().len().max(2)
}

/// A column's width: its widest heading line or count, and a space before it.
fn column_width(head: &[String], digits: usize) -> usize {
    head.iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        .max(digits)
        + 1
}

fn columns_width(heads: &[Vec<String>], digits: &[usize]) -> usize {
    heads
        .iter()
        .zip(digits)
        .map(|(h, d)| column_width(h, *d))
        .sum()
}

/// A name on two lines, broken at the space that makes the longer line shortest; a name
/// without a space stays on one.
fn split_in_two(name: &str) -> Vec<String> {
    let best = name
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .map(|(i, _)| {
            (
                name[..i].chars().count().max(name[i + 1..].chars().count()),
                i,
            )
        })
        .min();
    match best {
        Some((_, i)) => vec![name[..i].to_string(), name[i + 1..].to_string()],
        None => vec![name.to_string()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::screens::analysis::model::MatrixRow;

    /// The demo's tertial: its four areas and its longest event type names.
    fn demo_like() -> MatrixView {
        let row = |name: &str, counts: [u32; 4]| MatrixRow {
            event_type: name.into(),
            counts: counts.to_vec(),
            total: counts.iter().sum(),
        };
        let rows = vec![
            row("Skadegörelse/klotter", [9, 0, 28, 5]),
            row("Brand", [5, 2, 22, 5]),
            row("Otrygg plats/fysisk brist", [6, 2, 22, 2]),
            row("Samling av personer", [10, 1, 16, 4]),
            row("Fordon (buskörning, fordonsbränder)", [4, 1, 8, 2]),
        ];
        MatrixView {
            areas: vec![
                "Centrala Sjövik".into(),
                "Ekudden".into(),
                "Lindängen".into(),
                "Norrvik".into(),
            ],
            column_totals: vec![34, 6, 96, 18],
            rows,
        }
    }

    fn text(lines: &[(Tone, String)]) -> String {
        lines
            .iter()
            .map(|(_, l)| l.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn at_160_columns_every_area_and_event_type_is_named_whole() {
        // The matrix's inner width at 160×48 is 78 columns.
        let lines = matrix_lines(Lang::Sv, &demo_like(), 78, 20);
        let shown = text(&lines);
        for name in ["Centrala", "Sjövik", "Ekudden", "Lindängen", "Norrvik"] {
            assert!(lines[..2].iter().any(|(_, l)| l.contains(name)), "{shown}");
        }
        for name in demo_like().rows.iter().map(|r| r.event_type.clone()) {
            assert!(shown.contains(&name), "{name}:\n{shown}");
        }
        assert!(!shown.contains('…'), "{shown}");
        assert!(
            lines.iter().all(|(_, l)| l.chars().count() <= 78),
            "{shown}"
        );
        // Counts stand under their area: Lindängen's 28 ends where its heading ends.
        let head = &lines[1].1;
        let end = |s: &str, word: &str| s.find(word).map(|i| s[..i + word.len()].chars().count());
        assert_eq!(end(head, "Lindängen"), end(&lines[2].1, "28"), "{shown}");
    }

    #[test]
    fn at_80_columns_numbered_columns_and_a_legend_name_every_area() {
        // The matrix's inner width at 80×24 is 38 columns and 7 lines.
        let lines = matrix_lines(Lang::Sv, &demo_like(), 38, 7);
        let shown = text(&lines);
        assert!(lines[0].1.ends_with("1  2  3  4 Summa"), "{shown}");
        for name in ["1 Centrala Sjövik", "2 Ekudden", "3 Lindängen", "4 Norrvik"] {
            assert!(shown.contains(name), "{name}:\n{shown}");
        }
        assert!(shown.contains("Skadegörelse/klotter"), "{shown}");
        assert!(shown.contains("… och 2 typer till"), "{shown}");
        assert!(lines.len() <= 7);
        assert!(
            lines.iter().all(|(_, l)| l.chars().count() <= 38),
            "{shown}"
        );
    }

    #[test]
    fn a_type_name_is_cut_with_an_ellipsis_only_when_out_of_room() {
        let lines = matrix_lines(Lang::Sv, &demo_like(), 38, 20);
        let shown = text(&lines);
        assert!(shown.contains("Otrygg plats/fysisk…"), "{shown}");
        assert!(shown.contains("Brand   "), "{shown}");
    }

    #[test]
    fn no_areas_and_no_events_is_a_header_alone() {
        let lines = matrix_lines(Lang::Sv, &MatrixView::default(), 38, 7);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].1.ends_with("Summa"));
    }
}
