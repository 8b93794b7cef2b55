//! Keymaps as data: the defaults are embedded from `data/keymap.toml`, a user's `[keys.<mode>]`
//! table in config.toml overrides only the bindings it names. The help overlay and the status
//! bar are generated from the live keymap.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

use crate::domain::Lang;

const DEFAULTS: &str = include_str!("../../data/keymap.toml");

/// The modes (sections) in the order the help overlay lists them.
pub const MODES: &[&str] = &[
    "global",
    "list",
    "meeting",
    "observations",
    "actions",
    "places",
    "exchange",
    "form",
];

/// A key as the keymap writes it: a code with an optional Ctrl.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    /// Normalises a terminal key event: Shift is part of the character ("G", "?").
    pub fn from_event(ev: &KeyEvent) -> Key {
        let code = match ev.code {
            KeyCode::BackTab => KeyCode::BackTab,
            KeyCode::Tab if ev.modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            c => c,
        };
        Key {
            code,
            ctrl: ev.modifiers.contains(KeyModifiers::CONTROL),
        }
    }

    pub fn parse(s: &str) -> Option<Key> {
        let (ctrl, rest) = match s.strip_prefix("ctrl+") {
            Some(r) => (true, r),
            None => (false, s),
        };
        let code = match rest {
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" | "shift+tab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "delete" => KeyCode::Delete,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            f if f.starts_with('f') && f.len() > 1 => KeyCode::F(f[1..].parse().ok()?),
            c => {
                let mut chars = c.chars();
                let ch = chars.next()?;
                if chars.next().is_some() {
                    return None;
                }
                KeyCode::Char(ch)
            }
        };
        Some(Key { code, ctrl })
    }

    /// How the help overlay and the status bar write it.
    pub fn label(self) -> String {
        let base = match self.code {
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Esc => "Esc".to_string(),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::BackTab => "Shift+Tab".to_string(),
            KeyCode::Char(' ') => "Mellanslag".to_string(),
            KeyCode::Backspace => "Backsteg".to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::Home => "Home".to_string(),
            KeyCode::End => "End".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Char(c) => c.to_string(),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl+{base}")
        } else {
            base
        }
    }
}

/// One named command with its keys and descriptions.
#[derive(Debug, Clone)]
pub struct Binding {
    pub mode: String,
    pub command: String,
    pub keys: Vec<Key>,
    pub sv: String,
    pub en: String,
}

impl Binding {
    pub fn description(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }

    pub fn keys_label(&self) -> String {
        self.keys
            .iter()
            .map(|k| k.label())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[derive(Debug, Clone, Default)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

#[derive(Deserialize)]
struct RawBinding {
    keys: Vec<String>,
    sv: String,
    en: String,
}

/// What a user may write for an override: one key or a list.
#[derive(Deserialize)]
#[serde(untagged)]
enum UserKeys {
    One(String),
    Many(Vec<String>),
}

fn parse_keys(raw: &[String], mode: &str, command: &str) -> Result<Vec<Key>, String> {
    raw.iter()
        .map(|s| {
            Key::parse(s).ok_or_else(|| {
                format!(
                    "Tangenten ”{s}” för {mode}.{command} förstås inte. Skriv till exempel \"n\", \"ctrl+s\", \"enter\" eller \"pagedown\"."
                )
            })
        })
        .collect()
}

impl Keymap {
    /// The embedded defaults.
    pub fn defaults() -> Keymap {
        // The embedded file is part of the binary and covered by a test; an error here is a
        // programming error, so an empty keymap (help shows nothing) is the fallback.
        Self::from_toml(DEFAULTS).unwrap_or_default()
    }

    fn from_toml(text: &str) -> Result<Keymap, String> {
        let table: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut bindings = Vec::new();
        for mode in MODES {
            let Some(section) = table.get(*mode).and_then(|v| v.as_table()) else {
                continue;
            };
            for (command, value) in section {
                let raw: RawBinding = value.clone().try_into().map_err(|e| e.to_string())?;
                bindings.push(Binding {
                    mode: mode.to_string(),
                    command: command.clone(),
                    keys: parse_keys(&raw.keys, mode, command)?,
                    sv: raw.sv,
                    en: raw.en,
                });
            }
        }
        Ok(Keymap { bindings })
    }

    /// The defaults with the user's `[keys.<mode>]` overrides applied. Unknown modes, commands
    /// and keys are errors in Swedish that say what to fix.
    pub fn with_overrides(user: &toml::Table) -> Result<Keymap, String> {
        let mut map = Keymap::defaults();
        for (mode, section) in user {
            let Some(section) = section.as_table() else {
                return Err(format!(
                    "[keys.{mode}] i inställningsfilen ska vara en tabell, till exempel [keys.{mode}] quit = \"q\"."
                ));
            };
            for (command, value) in section {
                let keys: UserKeys = value.clone().try_into().map_err(|_| {
                    format!(
                        "keys.{mode}.{command} ska vara en tangent eller en lista av tangenter."
                    )
                })?;
                let raw = match keys {
                    UserKeys::One(k) => vec![k],
                    UserKeys::Many(ks) => ks,
                };
                let parsed = parse_keys(&raw, mode, command)?;
                let binding = map
                    .bindings
                    .iter_mut()
                    .find(|b| &b.mode == mode && &b.command == command)
                    .ok_or_else(|| {
                        format!(
                            "keys.{mode}.{command} finns inte. Se hjälpen (?) i programmet för namnen."
                        )
                    })?;
                binding.keys = parsed;
            }
        }
        Ok(map)
    }

    /// The command a key means in the given modes (looked up in that order).
    pub fn command(&self, modes: &[&str], key: Key) -> Option<&str> {
        modes.iter().find_map(|mode| {
            self.bindings
                .iter()
                .find(|b| b.mode == *mode && b.keys.contains(&key))
                .map(|b| b.command.as_str())
        })
    }

    pub fn binding(&self, mode: &str, command: &str) -> Option<&Binding> {
        self.bindings
            .iter()
            .find(|b| b.mode == mode && b.command == command)
    }

    /// The first key of a command, for hints ("n Ny iakttagelse").
    pub fn first_key(&self, mode: &str, command: &str) -> String {
        self.binding(mode, command)
            .and_then(|b| b.keys.first())
            .map(|k| k.label())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_keymap_parses_and_describes_every_binding() {
        let map = Keymap::from_toml(DEFAULTS).expect("embedded keymap");
        assert!(map.bindings.len() > 30);
        for b in &map.bindings {
            assert!(
                !b.keys.is_empty() && !b.sv.is_empty() && !b.en.is_empty(),
                "{b:?}"
            );
        }
        let q = Key::parse("q").expect("q");
        assert_eq!(map.command(&["list", "global"], q), Some("quit"));
    }

    #[test]
    fn a_user_override_replaces_only_what_it_names() {
        let user: toml::Table =
            toml::from_str("[global]\nquit = \"x\"\n[list]\ndown = [\"down\", \"ctrl+n\"]\n")
                .expect("toml");
        let map = Keymap::with_overrides(&user).expect("overrides");
        let key = |s| Key::parse(s).expect("key");
        assert_eq!(map.command(&["global"], key("x")), Some("quit"));
        assert_eq!(map.command(&["global"], key("q")), None);
        assert_eq!(map.command(&["list"], key("ctrl+n")), Some("down"));
        assert_eq!(map.command(&["global"], key("?")), Some("help"));
        let bad: toml::Table = toml::from_str("[global]\nfly = \"x\"\n").expect("toml");
        assert!(Keymap::with_overrides(&bad).is_err_and(|e| e.contains("finns inte")));
    }
}
