//! Popups: help (from the live keymap, filterable), search, forms and confirmations.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::i18n::t;
use crate::tui::app::state::{Overlay, State};
use crate::tui::input::commands::{HelpCmd, SearchCmd};
use crate::tui::overlays::help;
use crate::tui::widgets::text::block;

pub(super) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

pub fn render(state: &State, overlay: &Overlay, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    match overlay {
        Overlay::Help { filter, scroll } => {
            let rect = centered(area, area.width.saturating_sub(4).min(110), area.height);
            let km = &state.keymap;
            let mut lines = vec![Line::from(vec![
                Span::styled(t!(state.lang, "tui-filter-prompt"), t.dim),
                Span::raw(filter.lines_with_cursor().join(" ")),
                Span::styled(
                    t!(
                        state.lang,
                        "tui-help-keys",
                        up = km.first_key(HelpCmd::Up),
                        down = km.first_key(HelpCmd::Down),
                        close = km.first_key(HelpCmd::Close)
                    ),
                    t.dim,
                ),
            ])];
            let body: Vec<Line> = help::rows(state, &filter.text())
                .into_iter()
                .map(|row| match row {
                    help::HelpRow::Heading(mode) => {
                        Line::from(Span::styled(mode.title(state.lang), t.title))
                    }
                    help::HelpRow::Binding(b) => Line::from(vec![
                        Span::styled(format!("  {:<22}", b.keys_label(state.lang)), t.key),
                        Span::raw(b.description(state.lang).to_string()),
                    ]),
                })
                .collect();
            let room = help::room(rect.height);
            let first = (*scroll).min(body.len().saturating_sub(room));
            lines.extend(body.into_iter().skip(first));
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(lines).block(block(t!(state.lang, "tui-help-title"), state)),
                rect,
            );
        }
        Overlay::History(h) => crate::tui::overlays::history::render(state, h, frame, area),
        Overlay::Search(s) => {
            let rect = centered(
                area,
                area.width.saturating_sub(4).min(110),
                area.height.saturating_sub(2),
            );
            let mut lines = vec![Line::from(vec![
                Span::styled(t!(state.lang, "tui-search-prompt"), t.dim),
                Span::raw(s.query.lines_with_cursor().join(" ")),
            ])];
            if s.hits.is_empty() && !s.query.text().is_empty() {
                lines.push(Line::from(t!(state.lang, "tui-search-no-hits")));
            }
            for (i, h) in s.hits.iter().enumerate() {
                let style = if i == s.cursor { t.selected } else { t.normal };
                // When and where first: the same text often recurs week after week.
                let about: Vec<String> = [h.date.map(|d| d.to_string()), h.area.clone()]
                    .into_iter()
                    .flatten()
                    .chain(Some(h.title.clone()).filter(|t| !t.is_empty()))
                    .collect();
                lines.push(Line::from(Span::styled(
                    format!(
                        "{:<14} {} — {}",
                        crate::domain::Vocabulary::label(h.kind, state.lang),
                        about.join(" · "),
                        crate::tui::widgets::text::one_line(&h.snippet)
                    ),
                    style,
                )));
            }
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(lines).block(block(
                    t!(
                        state.lang,
                        "tui-search-title",
                        open = state.keymap.first_key(SearchCmd::Open),
                        close = state.keymap.first_key(SearchCmd::Close)
                    ),
                    state,
                )),
                rect,
            );
        }
        Overlay::Confirm { question, .. } => {
            // Three lines fit most questions; an import preview may need more.
            let rows: usize = question
                .split('\n')
                .map(|line| line.chars().count() / 60 + 1)
                .sum();
            let rect = centered(area, 70, (rows.max(3) + 2) as u16);
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(question.clone())
                    .wrap(Wrap { trim: true })
                    .block(block(t!(state.lang, "tui-confirm-title"), state)),
                rect,
            );
        }
        Overlay::Form(open) => {
            crate::tui::overlays::form_view::render(state, &open.form, frame, area)
        }
    }
}
