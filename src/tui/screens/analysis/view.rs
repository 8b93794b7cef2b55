//! The Analys screen's overview: the period and its total against a year earlier, the ranked
//! areas (the proposed three first, with count, weighted count, trend and score, and the count
//! a year earlier), the weekday × part-of-day heat map, the weekly trend (a ratatui `Chart`)
//! and the event type × area matrix (those three in `patterns`). A pure function of the state:
//! every number comes from the view-models the load built.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::i18n::t;
use crate::tui::app::state::State;
use crate::tui::input::commands::{AnalysisCmd, Command, ListCmd};
use crate::tui::screens::analysis::model::{AnalysisData, PROPOSED};
use crate::tui::screens::analysis::patterns;
use crate::tui::screens::analysis::state::AnalysisView;
use crate::tui::widgets::columns;
use crate::tui::widgets::text::{block, fit_text, row_style, sel};

/// The keys the key bar shows on this screen.
pub fn keys(state: &State, push: &mut impl FnMut(Command, &'static str)) {
    let lang = state.lang;
    let word = |id: &str| crate::i18n::message_static(lang, id).unwrap_or_default();
    // The screen's own keys first: at 80 columns the bar keeps only the first few.
    push(AnalysisCmd::Decide.into(), word("tui-analysis-key-decide"));
    let map = match state.analysis.view {
        AnalysisView::Overview => "tui-analysis-key-map",
        AnalysisView::Map => "tui-analysis-key-overview",
    };
    push(AnalysisCmd::Map.into(), word(map));
    push(AnalysisCmd::Filter.into(), word("tui-analysis-key-filter"));
    push(
        AnalysisCmd::PeriodKind.into(),
        word("tui-analysis-key-kind"),
    );
    push(
        AnalysisCmd::PrevPeriod.into(),
        word("tui-analysis-key-previous"),
    );
    push(
        AnalysisCmd::NextPeriod.into(),
        word("tui-analysis-key-next"),
    );
    push(ListCmd::Down.into(), word("tui-analysis-key-area"));
}

pub fn render(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let [head, body] = Layout::vertical([Constraint::Length(2), Constraint::Min(3)]).areas(area);
    frame.render_widget(
        Paragraph::new(header(state)).wrap(Wrap { trim: true }),
        head,
    );
    let Some(data) = state.analysis.data.as_deref() else {
        let text = t!(state.lang, "tui-analysis-loading");
        frame.render_widget(Paragraph::new(text), body);
        return;
    };
    match state.analysis.view {
        AnalysisView::Overview => overview(state, data, frame, body),
        AnalysisView::Map => super::map_view::render(state, data, frame, body),
    }
}

/// The period, its total against a year earlier, the filter, and whether a load is under way.
fn header(state: &State) -> Vec<Line<'static>> {
    let lang = state.lang;
    let t = &state.theme;
    let a = &state.analysis;
    let period = a.period_or(state.today);
    let mut first = vec![Span::styled(period.label(lang), t.title)];
    if let Some(d) = a.data.as_deref().filter(|d| d.period == period) {
        first.push(Span::raw(format!(
            "  {}",
            t!(
                lang,
                "tui-analysis-total",
                count = d.total,
                before = d.total_year_before,
                change = if d.year_before_complete {
                    change_text(d.total, d.total_year_before, lang)
                } else {
                    t!(lang, "year-change-incomplete")
                }
            )
        )));
    }
    if a.is_loading(state.today) {
        first.push(Span::styled(
            format!("  {}", t!(lang, "tui-analysis-loading")),
            t.warn,
        ));
    }
    let mut second = Vec::new();
    if let Some(decided) = a.data.as_deref().and_then(|d| decided_names(state, d)) {
        second.push(Span::styled(
            format!("{}  ", t!(lang, "tui-analysis-decided", areas = decided)),
            t.ok,
        ));
    }
    if !a.filter.is_empty() {
        let names = filter_names(state);
        second.push(Span::styled(
            t!(lang, "tui-analysis-filter-shown", names = names),
            t.warn,
        ));
    }
    if let Some(day) = a
        .data
        .as_deref()
        .and_then(|d| d.through.filter(|_| d.period == period))
    {
        second.push(Span::styled(
            format!(
                "{}  ",
                t!(
                    lang,
                    "tui-analysis-partial",
                    date = day.format("%Y-%m-%d").to_string()
                )
            ),
            t.dim,
        ));
    }
    vec![Line::from(first), Line::from(second)]
}

/// The recorded decision's areas in rank ("1. Lindängen, 2. …"), if the period has one.
fn decided_names(state: &State, data: &AnalysisData) -> Option<String> {
    let priorities = data.decision.as_ref()?.priorities();
    if priorities.is_empty() {
        return None;
    }
    let name = |id| {
        state
            .refs
            .areas
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    Some(
        priorities
            .iter()
            .enumerate()
            .map(|(i, a)| format!("{}. {}", i + 1, name(a.area_id)))
            .collect::<Vec<_>>()
            .join(", "),
    )
}

/// The chosen areas' and event types' names, for the header.
fn filter_names(state: &State) -> String {
    let f = &state.analysis.filter;
    let areas = f.areas.iter().filter_map(|id| {
        state
            .refs
            .areas
            .iter()
            .find(|a| a.id == *id)
            .map(|a| a.name.clone())
    });
    let types = f.event_types.iter().filter_map(|id| {
        state
            .refs
            .event_types
            .iter()
            .find(|e| e.id == *id)
            .map(|e| crate::tui::screens::analysis::model::event_type_name(e, state.lang))
    });
    areas.chain(types).collect::<Vec<_>>().join(", ")
}

/// "+12 %", "−5 %", "±0 %"; "–" when there was nothing a year earlier, and "inget att
/// jämföra" when neither period had an event (no change of zero: there is nothing to see).
pub fn change_text(now: u32, before: u32, lang: crate::domain::Lang) -> String {
    if before == 0 {
        return if now == 0 {
            t!(lang, "analysis3-nothing-to-compare")
        } else {
            "–".into()
        };
    }
    let pct = (now as f64 - before as f64) / before as f64 * 100.0;
    match pct.round() as i64 {
        0 => "±0 %".into(),
        p if p > 0 => format!("+{p} %"),
        p => format!("−{} %", -p),
    }
}

fn overview(state: &State, data: &AnalysisData, frame: &mut Frame<'_>, area: Rect) {
    let wide = area.width >= 120 && area.height >= 30;
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    let heat_width = if wide { 40 } else { 30 };
    let [scores_area, heat_area] =
        Layout::horizontal([Constraint::Min(30), Constraint::Length(heat_width)]).areas(top);
    scores(state, data, frame, scores_area);
    patterns::heat(state, data, frame, heat_area);
    let [chart_area, matrix_area] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(bottom);
    patterns::trend_chart(state, data, frame, chart_area);
    patterns::matrix(state, data, frame, matrix_area);
}

/// The selection marker and the proposal's rank ("›1. ") before an area's name.
const RANK: usize = 4;

/// Formats a weight or score with `digits` decimals the language's way (6,8 or 6.8).
pub fn decimal(x: f64, digits: usize, lang: crate::domain::Lang) -> String {
    lang.numbers().decimal(x, Some(digits), Some(digits))
}

/// The ranked areas: the proposed three first, with the score's parts, the count a year
/// earlier, and the recorded decision's rank.
fn scores(state: &State, data: &AnalysisData, frame: &mut Frame<'_>, area: Rect) {
    let lang = state.lang;
    let th = &state.theme;
    let title = t!(
        lang,
        "tui-analysis-proposal-title",
        next = data.period.next().label(lang)
    );
    let outer = block(title, state);
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    let decided: Vec<_> = data
        .decision
        .as_ref()
        .map(|d| d.priorities().iter().map(|a| a.area_id).collect())
        .unwrap_or_default();
    // Name, then the numbers: count, a year earlier, weighted, trend, score, and the decided
    // rank when the period has a decision. Each column is as wide as its heading or widest
    // value and a space; the name gets what its longest name needs, cut only when out of room.
    let mut heads = vec![
        t!(lang, "tui-analysis-col-count"),
        t!(lang, "tui-analysis-col-year-before"),
        t!(lang, "tui-analysis-col-weighted"),
        t!(lang, "tui-analysis-col-trend"),
        t!(lang, "tui-analysis-col-score"),
    ];
    if !decided.is_empty() {
        heads.push(t!(lang, "tui-analysis-col-decided"));
    }
    let values: Vec<Vec<String>> = data
        .scores
        .iter()
        .map(|s| {
            let before = data
                .compare
                .iter()
                .find(|c| c.area_id == s.area_id)
                .map_or(0, |c| c.year_before);
            let decided_rank = decided
                .iter()
                .position(|a| *a == s.area_id)
                .map_or(String::new(), |r| format!("✓{}", r + 1));
            let mut row = vec![
                s.count.to_string(),
                before.to_string(),
                decimal(s.weighted, 1, lang),
                format!("×{}", decimal(s.trend_factor, 2, lang)),
                decimal(s.score, 1, lang),
                decided_rank,
            ];
            row.truncate(heads.len());
            row
        })
        .collect();
    let widths: Vec<usize> = heads
        .iter()
        .enumerate()
        .map(|(k, h)| {
            let widest = columns::natural(values.iter().map(|row| row[k].as_str()));
            h.chars().count().max(widest) + 1
        })
        .collect();
    let numbers: usize = widths.iter().sum();
    let area_head = t!(lang, "tui-analysis-col-area");
    let longest = columns::natural(
        data.scores
            .iter()
            .map(|s| s.name.as_str())
            .chain([area_head.as_str()]),
    );
    let name_width = longest.min((inner.width as usize).saturating_sub(numbers + RANK));
    let numbers_text = |cells: &[String]| {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:>w$}"))
            .collect::<String>()
    };
    let mut lines = vec![Line::from(Span::styled(
        format!(
            "{}{}{}",
            " ".repeat(RANK),
            fit_text(&area_head, name_width),
            numbers_text(&heads)
        ),
        th.title,
    ))];
    let rows = (inner.height as usize).saturating_sub(2);
    // Keep the cursor in view.
    let start = state.analysis.cursor.saturating_sub(rows.saturating_sub(1));
    for (i, (s, cells)) in data
        .scores
        .iter()
        .zip(&values)
        .enumerate()
        .skip(start)
        .take(rows)
    {
        let selected = i == state.analysis.cursor;
        let rank = if i < PROPOSED {
            format!("{}.", i + 1)
        } else {
            String::new()
        };
        let text = format!(
            "{}{:<3}{}{}",
            sel(selected),
            rank,
            fit_text(&s.name, name_width),
            numbers_text(cells),
        );
        let style = if i < PROPOSED && !selected {
            th.title
        } else {
            row_style(state, selected)
        };
        lines.push(Line::from(Span::styled(text, style)));
    }
    if data.scores.is_empty() {
        lines.push(Line::from(t!(lang, "tui-analysis-no-events")));
    }
    lines.push(Line::from(Span::styled(
        t!(lang, "tui-analysis-score-explained"),
        th.dim,
    )));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
