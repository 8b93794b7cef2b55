//! Small pieces every view uses: a titled block, the selected-row style and marker, a cut
//! string, the filter line, an action status word.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use crate::domain::{ActionStatus, Vocabulary};
use crate::tui::app::state::State;

/// `s` cut or padded to `n` characters.
pub fn cut(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    let len = out.chars().count();
    out.extend(std::iter::repeat_n(' ', n - len));
    out
}

/// `s` padded to `n` characters, or cut to `n` with "…" as its last so a reader sees that
/// something is left out.
pub fn fit_text(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return cut(s, n);
    }
    let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
    if n > 0 {
        out.push('…');
    }
    out
}

/// One line of text in pieces of at most `width` characters, broken after a space where it
/// can be (a word longer than the width is broken inside). Always at least one piece.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut pieces = Vec::new();
    let mut rest: Vec<char> = s.chars().collect();
    while rest.len() > width {
        // The last space within the width ends the piece (the space stays on it).
        let cut_at = rest[..=width]
            .iter()
            .rposition(|c| *c == ' ')
            .filter(|p| *p > 0)
            .map_or(width, |p| p + 1);
        pieces.push(
            rest[..cut_at]
                .iter()
                .collect::<String>()
                .trim_end()
                .to_string(),
        );
        rest = rest[cut_at..].to_vec();
    }
    pieces.push(rest.into_iter().collect());
    pieces
}

/// A text of several lines (a description) on one row: its line breaks shown as ↵.
pub fn one_line(s: &str) -> String {
    if !s.contains('\n') {
        return s.to_string();
    }
    s.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ↵ ")
}

/// A text of several lines as lines (a terminal row cannot hold a line break).
pub fn lines_of(s: &str) -> Vec<Line<'static>> {
    s.lines().map(|l| Line::from(l.to_string())).collect()
}

/// "Filter: …" with what is typed and the filters that are on.
pub fn filter_line(state: &State, text: &str, extra: &[String]) -> Line<'static> {
    let t = &state.theme;
    let mut spans = vec![Span::styled("Filter: ", t.dim)];
    // While typing, the editor's text (the same) with its cursor where it is.
    let shown = if state.filter_editing {
        state.filter_editor.lines_with_cursor().join(" ")
    } else {
        text.to_string()
    };
    spans.push(Span::styled(shown, t.normal));
    for e in extra {
        spans.push(Span::styled(format!("  [{e}]"), t.warn));
    }
    Line::from(spans)
}

/// Status in words (with a symbol), never colour alone.
pub fn status_word(s: ActionStatus, lang: crate::domain::Lang) -> String {
    let symbol = match s {
        ActionStatus::Foreslagen => "?",
        ActionStatus::Beslutad => "•",
        ActionStatus::Pagar => "▶",
        ActionStatus::Genomford => "✓",
        ActionStatus::Installd => "✗",
    };
    format!("{symbol} {}", s.label(lang))
}

/// The marker of the selected row (besides its style: visible without colour).
pub fn sel(selected: bool) -> &'static str {
    if selected { "›" } else { " " }
}

/// A bordered block with a title in the theme's title style.
pub fn block<'a>(title: impl Into<String>, state: &State) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(state.theme.border)
        .title(Span::styled(
            format!(" {} ", title.into()),
            state.theme.title,
        ))
}

/// A style for a selected row.
pub fn row_style(state: &State, selected: bool) -> Style {
    if selected {
        state.theme.selected
    } else {
        state.theme.normal
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_after_words_and_inside_a_word_too_long() {
        assert_eq!(wrap("tre nya taggar", 8), vec!["tre nya", "taggar"]);
        assert_eq!(wrap("gångtunneln", 5), vec!["gångt", "unnel", "n"]);
        assert_eq!(wrap("", 5), vec![""]);
        assert_eq!(wrap("kort", 10), vec!["kort"]);
    }
}
