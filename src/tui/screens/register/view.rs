//! The register screen: the lists' names on top, the selected list on the left (areas as a
//! tree), the selected record whole on the right.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::tui::app::state::State;
use crate::tui::input::commands::RegisterCmd;
use crate::tui::screens::register::setup::Step;
use crate::tui::screens::register::state::Section;
use crate::tui::screens::register::words;
use crate::tui::widgets::text::{block, cut, filter_line, sel};

pub fn render(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let r = &state.register;
    let checklist = r.setup.is_some_and(|s| s.next().is_some());
    let [sections, setup, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(checklist)),
        Constraint::Min(3),
    ])
    .areas(area);
    if checklist {
        render_setup(state, frame, setup);
    }
    let mut spans = Vec::new();
    for s in Section::ALL {
        let style = if s == r.section { t.tab_active } else { t.dim };
        spans.push(Span::styled(format!(" {} ", s.title(state.lang)), style));
    }
    spans.push(Span::styled(
        crate::i18n::t!(
            state.lang,
            "tui-register-switch-list",
            previous = state.keymap.first_key(RegisterCmd::PrevSection),
            next = state.keymap.first_key(RegisterCmd::NextSection)
        ),
        t.dim,
    ));
    frame.render_widget(Paragraph::new(Line::from(spans)), sections);
    let [list, detail] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(body);
    render_list(state, frame, list);
    render_detail(state, frame, detail);
}

/// "Kom igång: ✓ områden → ▶ platser → · organisationer → · första mötet  s öppnar".
fn render_setup(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let setup = state.register.setup.unwrap_or_default();
    let next = setup.next();
    let mut spans = vec![Span::styled(
        format!("{} ", words::setup(state.lang)),
        t.warn,
    )];
    // Five steps and the key do not fit 80 columns: there the steps done are one "✓ 3", and
    // at most three steps to go are named.
    let full: usize = Step::ALL
        .iter()
        .map(|s| words::setup_step(*s, state.lang).chars().count() + 5)
        .sum();
    let narrow = full + 22 > usize::from(area.width);
    let done = Step::ALL.iter().filter(|s| setup.done(**s)).count();
    let mut steps: Vec<Step> = Step::ALL
        .into_iter()
        .filter(|s| !(narrow && setup.done(*s)))
        .collect();
    let more = narrow && steps.len() > 3;
    if more {
        steps.truncate(3);
    }
    if narrow && done > 0 {
        spans.push(Span::styled(format!("✓ {done} → "), t.ok));
    }
    for (i, step) in steps.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" → ", t.dim));
        }
        let (mark, style) = if setup.done(step) {
            ("✓", t.ok)
        } else if Some(step) == next {
            ("▶", t.title)
        } else {
            ("·", t.dim)
        };
        spans.push(Span::styled(
            format!("{mark} {}", words::setup_step(step, state.lang)),
            style,
        ));
    }
    if more {
        spans.push(Span::styled(" → …", t.dim));
    }
    spans.push(Span::styled(
        words::setup_key(&state.keymap.first_key(RegisterCmd::SetupStep), state.lang),
        t.key,
    ));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn render_list(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let r = &state.register;
    let width = area.width.saturating_sub(2) as usize;
    // The filter's line takes one row.
    let height = area.height.saturating_sub(3) as usize;
    let visible = r.visible();
    let mut lines = vec![filter_line(state, &r.filter, &[])];
    if !r.loaded {
        lines.push(Line::from(Span::styled(
            crate::i18n::t!(state.lang, "tui-loading"),
            t.dim,
        )));
    } else if r.rows.is_empty() {
        lines.push(Line::from(Span::styled(
            words::empty(r.section, state.lang),
            t.dim,
        )));
        lines.push(Line::from(Span::styled(
            words::new_hint(&state.keymap.first_key(RegisterCmd::New), state.lang),
            t.dim,
        )));
        // A list a partner keeps in Excel comes in whole (`jobs::sheet_import`).
        if r.section.sheet_kind().is_some() {
            lines.push(Line::from(Span::styled(
                crate::i18n::t!(
                    state.lang,
                    "sheet-tui-empty-hint",
                    key = state.keymap.first_key(RegisterCmd::Import)
                ),
                t.dim,
            )));
        }
    }
    let start = r.cursor.saturating_sub(height.saturating_sub(1));
    for (i, row) in visible.iter().enumerate().skip(start).take(height) {
        let selected = i == r.cursor;
        let mut text = format!("{}{}{}", sel(selected), "  ".repeat(row.depth), row.name);
        if !row.active {
            text.push_str(&format!(" [{}]", words::inactive(state.lang)));
        }
        if !row.note.is_empty() {
            text.push_str(&format!("  ({})", row.note));
        }
        let style = if selected {
            t.selected
        } else if row.active {
            t.normal
        } else {
            t.dim
        };
        lines.push(Line::from(Span::styled(cut(&text, width), style)));
    }
    let title = if !r.loaded {
        r.section.title(state.lang).to_string()
    } else if visible.len() == r.rows.len() {
        format!("{} ({})", r.section.title(state.lang), r.rows.len())
    } else {
        crate::i18n::t!(
            state.lang,
            "tui-register-title-filtered",
            section = r.section.title(state.lang),
            shown = visible.len(),
            total = r.rows.len()
        )
    };
    frame.render_widget(Paragraph::new(lines).block(block(title, state)), area);
}

fn render_detail(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let t = &state.theme;
    let lines: Vec<Line> = match state.register.selected() {
        None => vec![Line::from(Span::styled(
            words::nothing_selected(state.lang),
            t.dim,
        ))],
        Some(row) => row
            .detail
            .iter()
            .map(|(label, value)| {
                Line::from(vec![
                    Span::styled(format!("{label}: "), t.dim),
                    Span::styled(value.clone(), t.normal),
                ])
            })
            .collect(),
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block(words::detail_title(state.lang), state)),
        area,
    );
}
