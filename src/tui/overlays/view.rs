//! Popups: help (from the live keymap, filterable), search, forms and confirmations.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::tui::app::state::{Overlay, State};
use crate::tui::input::commands::{FormCmd, HelpCmd, SearchCmd};
use crate::tui::overlays::{help, picker_view};
use crate::tui::widgets::form::FieldKind;
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
                Span::styled("Filter: ", t.dim),
                Span::raw(filter.lines_with_cursor().join(" ")),
                Span::styled(
                    format!(
                        "   {}{} bläddrar · {} stänger",
                        km.first_key(HelpCmd::Up),
                        km.first_key(HelpCmd::Down),
                        km.first_key(HelpCmd::Close)
                    ),
                    t.dim,
                ),
            ])];
            let body: Vec<Line> = help::rows(state, &filter.text())
                .into_iter()
                .map(|row| match row {
                    help::HelpRow::Heading(mode) => Line::from(Span::styled(mode.title(), t.title)),
                    help::HelpRow::Binding(b) => Line::from(vec![
                        Span::styled(format!("  {:<22}", b.keys_label()), t.key),
                        Span::raw(b.description(state.lang).to_string()),
                    ]),
                })
                .collect();
            let room = help::room(rect.height);
            let first = (*scroll).min(body.len().saturating_sub(room));
            lines.extend(body.into_iter().skip(first));
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(lines).block(block("Hjälp – kortkommandon", state)),
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
                Span::styled("Sök: ", t.dim),
                Span::raw(s.query.lines_with_cursor().join(" ")),
            ])];
            if s.hits.is_empty() && !s.query.text().is_empty() {
                lines.push(Line::from("Inga träffar."));
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
                        crate::domain::Vocabulary::label_sv(h.kind),
                        about.join(" · "),
                        crate::tui::widgets::text::one_line(&h.snippet)
                    ),
                    style,
                )));
            }
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(lines).block(block(
                    format!(
                        "Sök i all text · {} öppnar · {} stänger",
                        state.keymap.first_key(SearchCmd::Open),
                        state.keymap.first_key(SearchCmd::Close)
                    ),
                    state,
                )),
                rect,
            );
        }
        Overlay::Confirm { question, .. } => {
            // Three lines fit most questions; an import preview may need more.
            let rows = question.chars().count() / 60 + 1;
            let rect = centered(area, 70, (rows.max(3) + 2) as u16);
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(question.clone())
                    .wrap(Wrap { trim: true })
                    .block(block("Bekräfta", state)),
                rect,
            );
        }
        Overlay::Form(open) => {
            let form = &open.form;
            let width = area.width.saturating_sub(2).min(100);
            let label_width = form
                .fields
                .iter()
                .map(|f| f.label.chars().count())
                .max()
                .unwrap_or(10)
                .min(if width < 90 { 20 } else { 30 });
            // A value wraps beside its label, not back at the form's left edge.
            let value_width = (width as usize).saturating_sub(2 + label_width + 2).max(10);
            let mut lines = Vec::new();
            for (i, f) in form.fields.iter().enumerate() {
                let focused = i == form.focus;
                let label: String = f.label.chars().take(label_width).collect();
                let req = if f.required { "*" } else { " " };
                let hint = match f.kind {
                    FieldKind::Date => "ÅÅÅÅ-MM-DD",
                    FieldKind::Time => "t.ex. 21.30",
                    FieldKind::TimeOrPeriod => "t.ex. 21.30 eller kväll",
                    FieldKind::DateOrWeek { .. } => "ÅÅÅÅ-MM-DD eller v. 48",
                    _ => "",
                };
                // A description shows every line, the later ones under the first.
                let values: Vec<String> = if f.is_multi() {
                    vec![picker_view::field_text(state, f, focused)]
                } else if f.is_choice() && focused && !form.choice_filter.is_empty() {
                    vec![format!(
                        "◀ {} ▶  {}",
                        f.display(),
                        crate::i18n::t!(
                            state.lang,
                            "form-choice-search",
                            filter = form.choice_filter.as_str(),
                            count = form.choice_matches().len()
                        )
                    )]
                } else if f.is_choice() {
                    vec![format!("◀ {} ▶", f.display())]
                } else if f.value.is_empty() && !hint.is_empty() {
                    vec![format!("{}({hint})", if focused { "▏" } else { "" })]
                } else if focused && let Some(editor) = form.editor.as_ref() {
                    editor.lines_with_cursor()
                } else {
                    f.value.split('\n').map(str::to_string).collect()
                };
                let mut values: Vec<String> = values
                    .iter()
                    .flat_map(|v| crate::tui::widgets::text::wrap(v, value_width))
                    .collect();
                let first = if values.is_empty() {
                    String::new()
                } else {
                    values.remove(0)
                };
                let style = if focused { t.selected } else { t.normal };
                let mut spans = vec![
                    Span::styled(format!("{label:>label_width$}{req} "), t.dim),
                    Span::styled(first, style),
                ];
                if let Some(resolved) = f.resolved() {
                    spans.push(Span::styled(format!("  {resolved}"), t.dim));
                }
                lines.push(Line::from(spans));
                for more in values {
                    lines.push(Line::from(vec![
                        Span::raw(" ".repeat(label_width + 2)),
                        Span::styled(more, style),
                    ]));
                }
                if let Some(e) = &f.error {
                    lines.push(Line::from(Span::styled(
                        format!("{:>label_width$}  ⚠ {e}", ""),
                        t.error,
                    )));
                }
            }
            if let Some(w) = &form.pii_warning {
                lines.push(Line::from(""));
                lines.push(Line::from(Span::styled(format!("⚠ {w}"), t.warn)));
            }
            lines.push(Line::from(Span::styled(
                format!(
                    "* krävs · {} sparar · {} avbryter · inga personuppgifter i fritext",
                    state.keymap.first_key(FormCmd::Save),
                    state.keymap.first_key(FormCmd::Cancel)
                ),
                t.dim,
            )));
            // Values are wrapped already; only the footer and a warning may wrap further.
            let height = (lines.len() + 2 + usize::from(form.pii_warning.is_some()) * 2) as u16;
            let rect = centered(area, width, height);
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(lines)
                    .wrap(Wrap { trim: false })
                    .block(block(form.title.clone(), state)),
                rect,
            );
            if let Some(picker) = &form.picker {
                picker_view::render(state, form, picker, frame, area);
            }
        }
    }
}
