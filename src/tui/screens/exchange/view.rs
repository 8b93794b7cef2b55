//! The Utbyte screen: this copy's identity and fingerprint, the trusted partners with the last
//! bundle each way, the open conflicts; and the conflict view with both values side by side.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect, Spacing};
use ratatui::symbols::merge::MergeStrategy;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::exchange::screen::{ConflictSide, Overview, PartnerView};
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

fn bundle_cell(entry: &Option<BundleLogEntry>, wide: bool) -> String {
    match entry {
        None => "–".into(),
        Some(e) if wide => format!("{} ({} ändr.)", when(&e.at), e.op_count),
        Some(e) => when(&e.at),
    }
}

/// The keys the key bar shows on this screen.
pub fn keys(state: &State, push: &mut impl FnMut(Command, &'static str)) {
    let x = &state.exchange;
    if x.show_conflicts {
        push(ExchangeCmd::KeepCurrent.into(), "behåll");
        push(ExchangeCmd::TakeOther.into(), "ta andra");
        push(ExchangeCmd::ShowAll.into(), "alla");
        push(ExchangeCmd::Conflicts.into(), "partner");
    } else if x.overview.is_some() && !x.has_identity() {
        push(ExchangeCmd::Init.into(), "skapa identitet");
    } else {
        push(ExchangeCmd::Import.into(), "importera");
        push(ExchangeCmd::Export.into(), "exportera");
        push(ExchangeCmd::Conflicts.into(), "konflikter");
    }
    if !x.show_conflicts {
        push(ExchangeCmd::Check.into(), "kontrollera");
    }
}

pub fn render(state: &State, frame: &mut Frame<'_>, area: Rect) {
    if state.exchange.show_conflicts {
        return conflicts(state, frame, area);
    }
    let lines = match &state.exchange.overview {
        None => vec![Line::from("Läser in …")],
        Some(o) => overview_lines(state, o, area.width as usize),
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block("Utbyte med partner", state)),
        area,
    );
}

fn overview_lines(state: &State, o: &Overview, width: usize) -> Vec<Line<'static>> {
    let t = &state.theme;
    let mut out = Vec::new();
    match &o.identity {
        None => {
            out.push(Line::from(Span::styled(
                "⚠ Den här kopian har ingen partneridentitet ännu.",
                t.warn,
            )));
            out.push(Line::from(format!(
                "Tryck {} och ange organisationens namn, eller kör i ett terminalfönster:",
                state.keymap.first_key(ExchangeCmd::Init)
            )));
            out.push(Line::from(Span::styled(
                "  lagesbild partner init --name \"Organisationens namn\"",
                t.key,
            )));
            out.push(Line::from(
                "Ge sedan nyckeln (lagesbild partner show-key) till partnerna och läs upp fingeravtrycket.",
            ));
        }
        Some(id) => {
            out.push(Line::from(Span::styled("Den här kopian", t.title)));
            out.push(Line::from(format!("  Namn: {}", id.name)));
            out.push(Line::from(format!("  Partner-id: {}", id.partner_id)));
            out.push(Line::from(vec![
                Span::raw("  Fingeravtryck (läs upp): "),
                Span::styled(id.fingerprint.clone(), t.title),
            ]));
        }
    }
    out.push(Line::from(""));
    out.extend(partner_lines(state, &o.partners, width));
    out.push(Line::from(""));
    out.push(if o.open_conflicts > 0 {
        Line::from(Span::styled(
            format!(
                "⚠ {} {} – {} visar dem och låter dig välja värde.",
                o.open_conflicts,
                if o.open_conflicts == 1 {
                    "öppen konflikt"
                } else {
                    "öppna konflikter"
                },
                state.keymap.first_key(ExchangeCmd::Conflicts)
            ),
            t.warn,
        ))
    } else {
        Line::from("✓ Inga öppna konflikter.")
    });
    if o.identity.is_some() {
        out.push(Line::from(Span::styled(
            format!(
                "{} importerar ett paket · {} exporterar ett paket till vald partner",
                state.keymap.first_key(ExchangeCmd::Import),
                state.keymap.first_key(ExchangeCmd::Export)
            ),
            t.dim,
        )));
    }
    if let Some(s) = &state.status
        && s.text.chars().count() + 2 > width
    {
        // The message line cuts long results (file paths): here they wrap.
        out.push(Line::from(""));
        out.push(Line::from(Span::styled(
            format!("{}{}", if s.error { "Fel: " } else { "Senast: " }, s.text),
            if s.error { t.error } else { t.ok },
        )));
    }
    out
}

fn partner_lines(state: &State, partners: &[PartnerView], width: usize) -> Vec<Line<'static>> {
    let t = &state.theme;
    let wide = width >= 120;
    let inner = width.saturating_sub(2);
    // Columns sized from the partners: the name, when each bundle was received and sent (a
    // date, or – before the first); the fingerprint always whole (it is read aloud).
    let received: Vec<String> = partners
        .iter()
        .map(|p| bundle_cell(&p.last_received, wide))
        .collect();
    let sent: Vec<String> = partners
        .iter()
        .map(|p| bundle_cell(&p.last_sent, wide))
        .collect();
    // Narrow: shorter headings, so a column of dashes stays narrow.
    let (received_h, sent_h) = if wide {
        ("Senast mottaget", "Senast skickat")
    } else {
        ("Mottaget", "Skickat")
    };
    let natural = [
        columns::natural(partners.iter().map(|p| p.name.as_str()).chain(["Partner"])).min(40),
        columns::natural(received.iter().map(String::as_str).chain([received_h])),
        columns::natural(sent.iter().map(String::as_str).chain([sent_h])),
    ];
    let revoked_w = if partners.iter().any(|p| p.revoked_at.is_some()) {
        13
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
        format!("Betrodda partner ({})", partners.len()),
        t.title,
    ))];
    if partners.is_empty() {
        out.push(Line::from(
            "  Inga ännu. Lägg till en med lagesbild partner trust NAMN NYCKEL.",
        ));
        return out;
    }
    out.push(Line::from(Span::styled(
        format!(
            " {} {} {} {}",
            cut("Partner", name_w),
            cut("Fingeravtryck", 19),
            cut(received_h, cell_w),
            cut(sent_h, sent_w)
        ),
        t.dim,
    )));
    for (i, p) in partners.iter().enumerate() {
        let selected = i == state.exchange.cursor;
        let revoked = if p.revoked_at.is_some() {
            " ✗ återkallad"
        } else {
            ""
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
    let t = &state.theme;
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
            "Inga konflikter."
        } else {
            "✓ Inga öppna konflikter. a visar även lösta."
        }));
    }
    for (i, c) in x.conflicts.iter().enumerate().skip(start).take(height) {
        let selected = i == x.conflict_cursor;
        let state_word = if c.open { "⚠ öppen" } else { "✓ löst " };
        let style = if selected {
            t.selected
        } else if c.open {
            t.warn
        } else {
            t.normal
        };
        lines.push(Line::from(Span::styled(
            format!(
                // The field first: long titles are cut at the right edge.
                "{}{state_word} {} · {}: {}",
                sel(selected),
                if c.is_delete_race {
                    "borttagen eller ändrad".to_string()
                } else {
                    format!("fält {}", c.field)
                },
                c.entity_label,
                c.record_title,
            ),
            style,
        )));
    }
    let title = format!(
        "Konflikter{} · {} av {}",
        if x.all_conflicts {
            " (även lösta)"
        } else {
            ""
        },
        if x.conflicts.is_empty() {
            0
        } else {
            x.conflict_cursor + 1
        },
        x.conflicts.len()
    );
    frame.render_widget(
        Paragraph::new(lines).block(block(title, state).merge_borders(MergeStrategy::Exact)),
        list_area,
    );
    let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)])
        .spacing(Spacing::Overlap(1))
        .areas(detail_area);
    let (current, other) = match x.selected_conflict() {
        Some(c) => (side_lines(&c.current), side_lines(&c.other)),
        None => (Vec::new(), Vec::new()),
    };
    let km = &state.keymap;
    for (rect, title, lines) in [
        (
            left,
            format!(
                "Nuvarande värde ({} behåller)",
                km.first_key(ExchangeCmd::KeepCurrent)
            ),
            current,
        ),
        (
            right,
            format!(
                "Det andra värdet ({} tar det)",
                km.first_key(ExchangeCmd::TakeOther)
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

fn side_lines(s: &ConflictSide) -> Vec<Line<'static>> {
    vec![
        Line::from(format!("Partner: {}", s.partner)),
        Line::from(format!("Av: {}", s.actor)),
        Line::from(format!("Tid: {} UTC", s.at)),
        Line::from(format!("Värde: {}", s.shown)),
    ]
}
