//! The Utbyte screen: this copy's identity and fingerprint, the trusted partners with the last
//! bundle each way, the open conflicts; and the conflict view with both values side by side.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect, Spacing};
use ratatui::symbols::merge::MergeStrategy;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::domain::Lang;
use crate::exchange::screen::{ConflictSide, Overview, PartnerView};
use crate::i18n::{message_static, t};
use crate::store::partners::BundleLogEntry;
use crate::tui::app::state::State;
use crate::tui::input::commands::{Command, ExchangeCmd};
use crate::tui::widgets::columns;
use crate::tui::widgets::text::sel;
use crate::tui::widgets::text::{block, row_style};

/// Cuts or pads to a width in characters.
fn cut(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    let len = out.chars().count();
    out.extend(std::iter::repeat_n(' ', n - len));
    out
}

/// An RFC 3339 time as local "YYYY-MM-DD HH:MM".
fn when(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| {
            crate::domain::swedish_time::from_utc(&t)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| rfc3339.chars().take(16).collect())
}

fn bundle_cell(entry: &Option<BundleLogEntry>, wide: bool, lang: Lang) -> String {
    match entry {
        None => "–".into(),
        Some(e) if wide => t!(
            lang,
            "exchange-bundle-cell",
            when = when(&e.at),
            count = e.op_count
        ),
        Some(e) => when(&e.at),
    }
}

/// The keys the key bar shows on this screen.
pub fn keys(state: &State, push: &mut impl FnMut(Command, &'static str)) {
    let x = &state.exchange;
    let mut key = |command: ExchangeCmd, id: &str| {
        push(command.into(), message_static(state.lang, id).unwrap_or(""));
    };
    if x.show_conflicts {
        key(ExchangeCmd::KeepCurrent, "exchange-key-keep");
        key(ExchangeCmd::TakeOther, "exchange-key-take");
        key(ExchangeCmd::ShowAll, "exchange-key-all");
        key(ExchangeCmd::Conflicts, "exchange-key-partners");
    } else if x.overview.is_some() && !x.has_identity() {
        key(ExchangeCmd::Init, "exchange-key-init");
    } else {
        key(ExchangeCmd::Import, "exchange-key-import");
        key(ExchangeCmd::Export, "exchange-key-export");
        key(ExchangeCmd::Conflicts, "exchange-key-conflicts");
    }
    if !x.show_conflicts {
        key(ExchangeCmd::Check, "exchange-key-check");
    }
}

pub fn render(state: &State, frame: &mut Frame<'_>, area: Rect) {
    if state.exchange.show_conflicts {
        return conflicts(state, frame, area);
    }
    let lines = match &state.exchange.overview {
        None => vec![Line::from(t!(state.lang, "exchange-loading"))],
        Some(o) => overview_lines(state, o, area.width as usize),
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block(t!(state.lang, "exchange-title"), state)),
        area,
    );
}

fn overview_lines(state: &State, o: &Overview, width: usize) -> Vec<Line<'static>> {
    let theme = &state.theme;
    let lang = state.lang;
    let mut out = Vec::new();
    match &o.identity {
        None => {
            out.push(Line::from(Span::styled(
                t!(lang, "exchange-no-identity"),
                theme.warn,
            )));
            out.push(Line::from(t!(
                lang,
                "exchange-no-identity-press",
                key = state.keymap.first_key(ExchangeCmd::Init)
            )));
            out.push(Line::from(Span::styled(
                format!("  {}", t!(lang, "exchange-no-identity-command")),
                theme.key,
            )));
            out.push(Line::from(t!(lang, "exchange-no-identity-then")));
        }
        Some(id) => {
            out.push(Line::from(Span::styled(
                t!(lang, "exchange-this-copy"),
                theme.title,
            )));
            out.push(Line::from(format!(
                "  {}",
                t!(lang, "exchange-own-name", name = id.name.as_str())
            )));
            out.push(Line::from(format!(
                "  {}",
                t!(
                    lang,
                    "exchange-own-partner-id",
                    id = id.partner_id.to_string()
                )
            )));
            out.push(Line::from(vec![
                Span::raw(format!("  {} ", t!(lang, "exchange-own-fingerprint"))),
                Span::styled(id.fingerprint.clone(), theme.title),
            ]));
        }
    }
    out.push(Line::from(""));
    out.extend(partner_lines(state, &o.partners, width));
    out.push(Line::from(""));
    out.push(if o.open_conflicts > 0 {
        Line::from(Span::styled(
            t!(
                lang,
                "exchange-open-conflicts",
                count = o.open_conflicts,
                key = state.keymap.first_key(ExchangeCmd::Conflicts)
            ),
            theme.warn,
        ))
    } else {
        Line::from(t!(lang, "exchange-no-open-conflicts"))
    });
    if o.identity.is_some() {
        out.push(Line::from(Span::styled(
            t!(
                lang,
                "exchange-import-export-hint",
                import = state.keymap.first_key(ExchangeCmd::Import),
                export = state.keymap.first_key(ExchangeCmd::Export)
            ),
            theme.dim,
        )));
    }
    if let Some(s) = &state.status
        && s.text.chars().count() + 2 > width
    {
        // The message line cuts long results (file paths): here they wrap.
        out.push(Line::from(""));
        let id = if s.error {
            "exchange-status-error"
        } else {
            "exchange-status-last"
        };
        out.push(Line::from(Span::styled(
            t!(lang, id, text = s.text.as_str()),
            if s.error { theme.error } else { theme.ok },
        )));
    }
    out
}

fn partner_lines(state: &State, partners: &[PartnerView], width: usize) -> Vec<Line<'static>> {
    let theme = &state.theme;
    let lang = state.lang;
    let wide = width >= 120;
    let inner = width.saturating_sub(2);
    // Columns sized from the partners: the name, when each bundle was received and sent (a
    // date, or – before the first); the fingerprint always whole (it is read aloud).
    let received: Vec<String> = partners
        .iter()
        .map(|p| bundle_cell(&p.last_received, wide, lang))
        .collect();
    let sent: Vec<String> = partners
        .iter()
        .map(|p| bundle_cell(&p.last_sent, wide, lang))
        .collect();
    // Narrow: shorter headings, so a column of dashes stays narrow.
    let (received_h, sent_h) = if wide {
        (
            t!(lang, "exchange-column-last-received"),
            t!(lang, "exchange-column-last-sent"),
        )
    } else {
        (
            t!(lang, "exchange-column-received"),
            t!(lang, "exchange-column-sent"),
        )
    };
    let partner_h = t!(lang, "exchange-column-partner");
    let natural = [
        columns::natural(
            partners
                .iter()
                .map(|p| p.name.as_str())
                .chain([partner_h.as_str()]),
        )
        .min(40),
        columns::natural(
            received
                .iter()
                .map(String::as_str)
                .chain([received_h.as_str()]),
        ),
        columns::natural(sent.iter().map(String::as_str).chain([sent_h.as_str()])),
    ];
    let revoked_word = t!(lang, "exchange-revoked");
    let revoked_w = if partners.iter().any(|p| p.revoked_at.is_some()) {
        revoked_word.chars().count() + 2
    } else {
        0
    };
    let widths = columns::fit(
        &natural,
        &[10, 7, 7],
        inner.saturating_sub(1 + 19 + 3 + revoked_w),
    );
    let [name_w, cell_w, sent_w] = [widths[0], widths[1], widths[2]];
    let mut out = vec![Line::from(Span::styled(
        t!(lang, "exchange-trusted", count = partners.len()),
        theme.title,
    ))];
    if partners.is_empty() {
        out.push(Line::from(format!(
            "  {}",
            t!(lang, "exchange-no-partners")
        )));
        return out;
    }
    out.push(Line::from(Span::styled(
        format!(
            " {} {} {} {}",
            cut(&partner_h, name_w),
            cut(&t!(lang, "exchange-column-fingerprint"), 19),
            cut(&received_h, cell_w),
            cut(&sent_h, sent_w)
        ),
        theme.dim,
    )));
    for (i, p) in partners.iter().enumerate() {
        let selected = i == state.exchange.cursor;
        let revoked = if p.revoked_at.is_some() {
            format!(" {revoked_word}")
        } else {
            String::new()
        };
        out.push(Line::from(Span::styled(
            format!(
                "{}{} {} {} {}{revoked}",
                sel(selected),
                cut(&p.name, name_w),
                cut(&p.fingerprint, 19),
                cut(&received[i], cell_w),
                cut(&sent[i], sent_w),
            ),
            row_style(state, selected),
        )));
    }
    out
}

fn conflicts(state: &State, frame: &mut Frame<'_>, area: Rect) {
    let theme = &state.theme;
    let lang = state.lang;
    let x = &state.exchange;
    // The list and the two panes share their borders (┬ ┴ between the panes, ├ ┤ below the
    // list) instead of standing box against box.
    let [list_area, detail_area] = Layout::vertical([Constraint::Min(4), Constraint::Length(10)])
        .spacing(Spacing::Overlap(1))
        .areas(area);
    let height = list_area.height.saturating_sub(2) as usize;
    let start = x.conflict_cursor.saturating_sub(height.saturating_sub(1));
    let mut lines = Vec::new();
    if x.conflicts.is_empty() {
        lines.push(Line::from(if x.all_conflicts {
            t!(lang, "exchange-no-conflicts")
        } else {
            t!(
                lang,
                "exchange-no-open-conflicts-all",
                key = state.keymap.first_key(ExchangeCmd::ShowAll)
            )
        }));
    }
    // Both state words padded to one width, so the fields line up.
    let (open_word, resolved_word) = (
        t!(lang, "exchange-conflict-open"),
        t!(lang, "exchange-conflict-resolved"),
    );
    let word_w = open_word.chars().count().max(resolved_word.chars().count());
    for (i, c) in x.conflicts.iter().enumerate().skip(start).take(height) {
        let selected = i == x.conflict_cursor;
        let state_word = cut(if c.open { &open_word } else { &resolved_word }, word_w);
        let style = if selected {
            theme.selected
        } else if c.open {
            theme.warn
        } else {
            theme.normal
        };
        lines.push(Line::from(Span::styled(
            format!(
                // The field first: long titles are cut at the right edge.
                "{}{state_word} {} · {}: {}",
                sel(selected),
                if c.is_delete_race {
                    t!(lang, "exchange-conflict-delete-race")
                } else {
                    t!(lang, "exchange-conflict-field", field = c.field.as_str())
                },
                c.entity_label,
                c.record_title,
            ),
            style,
        )));
    }
    let title = t!(
        lang,
        if x.all_conflicts {
            "exchange-conflicts-title-all"
        } else {
            "exchange-conflicts-title"
        },
        at = if x.conflicts.is_empty() {
            0
        } else {
            x.conflict_cursor + 1
        },
        total = x.conflicts.len()
    );
    frame.render_widget(
        Paragraph::new(lines).block(block(title, state).merge_borders(MergeStrategy::Exact)),
        list_area,
    );
    let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)])
        .spacing(Spacing::Overlap(1))
        .areas(detail_area);
    let (current, other) = match x.selected_conflict() {
        Some(c) => (side_lines(&c.current, lang), side_lines(&c.other, lang)),
        None => (Vec::new(), Vec::new()),
    };
    let km = &state.keymap;
    for (rect, title, lines) in [
        (
            left,
            t!(
                lang,
                "exchange-current-value",
                key = km.first_key(ExchangeCmd::KeepCurrent)
            ),
            current,
        ),
        (
            right,
            t!(
                lang,
                "exchange-other-value",
                key = km.first_key(ExchangeCmd::TakeOther)
            ),
            other,
        ),
    ] {
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(block(title, state).merge_borders(MergeStrategy::Exact)),
            rect,
        );
    }
}

fn side_lines(s: &ConflictSide, lang: Lang) -> Vec<Line<'static>> {
    vec![
        Line::from(t!(
            lang,
            "exchange-side-partner",
            value = s.partner.as_str()
        )),
        Line::from(t!(lang, "exchange-side-actor", value = s.actor.as_str())),
        Line::from(t!(lang, "exchange-side-time", value = s.at.as_str())),
        Line::from(t!(lang, "exchange-side-value", value = s.shown.as_str())),
    ]
}
