//! Themes: dark, light and plain. Plain has no colours at all (used under NO_COLOR): selection is
//! reversed, focus bold. Status never depends on colour alone: every screen also writes it out
//! or marks it with a symbol.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeKind {
    Dark,
    Light,
    Plain,
}

impl ThemeKind {
    /// The configured theme; `NO_COLOR` (any value) always wins.
    pub fn resolve(configured: Option<&str>, no_color: bool) -> ThemeKind {
        if no_color {
            return ThemeKind::Plain;
        }
        match configured.map(str::to_lowercase).as_deref() {
            Some("light" | "ljust" | "ljus") => ThemeKind::Light,
            Some("plain" | "none" | "ingen" | "färglöst") => ThemeKind::Plain,
            _ => ThemeKind::Dark,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub kind: ThemeKind,
    pub normal: Style,
    pub title: Style,
    pub selected: Style,
    pub tab_active: Style,
    pub dim: Style,
    pub warn: Style,
    pub error: Style,
    pub ok: Style,
    pub key: Style,
    pub border: Style,
}

impl Theme {
    pub fn new(kind: ThemeKind) -> Theme {
        let plain = Style::default();
        match kind {
            ThemeKind::Plain => Theme {
                kind,
                normal: plain,
                title: plain.add_modifier(Modifier::BOLD),
                selected: plain.add_modifier(Modifier::REVERSED),
                tab_active: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
                dim: plain,
                warn: plain.add_modifier(Modifier::BOLD),
                error: plain.add_modifier(Modifier::BOLD),
                ok: plain,
                key: plain.add_modifier(Modifier::BOLD),
                border: plain,
            },
            ThemeKind::Dark => Theme {
                kind,
                normal: plain,
                title: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
                selected: plain.bg(Color::Blue).fg(Color::White),
                tab_active: plain.fg(Color::Black).bg(Color::Cyan),
                dim: plain.fg(Color::Gray),
                warn: plain.fg(Color::Yellow).add_modifier(Modifier::BOLD),
                error: plain.fg(Color::LightRed).add_modifier(Modifier::BOLD),
                ok: plain.fg(Color::Green),
                key: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
                border: plain.fg(Color::DarkGray),
            },
            ThemeKind::Light => Theme {
                kind,
                normal: plain.fg(Color::Black),
                title: plain.fg(Color::Blue).add_modifier(Modifier::BOLD),
                selected: plain.bg(Color::LightBlue).fg(Color::Black),
                tab_active: plain.fg(Color::White).bg(Color::Blue),
                dim: plain.fg(Color::DarkGray),
                warn: plain.fg(Color::Magenta).add_modifier(Modifier::BOLD),
                error: plain.fg(Color::Red).add_modifier(Modifier::BOLD),
                ok: plain.fg(Color::Green),
                key: plain.fg(Color::Blue).add_modifier(Modifier::BOLD),
                border: plain.fg(Color::Gray),
            },
        }
    }
}
