//! Keymaps as data: the defaults are embedded from `data/keymap.toml`, a user's `[keys.<mode>]`
//! table in config.toml overrides only the bindings it names. The help overlay and the status
//! bar are generated from the live keymap.

use crate::i18n::{Said, said};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

use crate::domain::Lang;
use crate::tui::input::commands::{Command, Mode};

const DEFAULTS: &str = include_str!("../../../data/keymap.toml");

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
    pub fn label(self, lang: Lang) -> String {
        let base = match self.code {
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Esc => "Esc".to_string(),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::BackTab => "Shift+Tab".to_string(),
            KeyCode::Char(' ') => crate::i18n::t!(lang, "tui-key-name-space"),
            KeyCode::Backspace => crate::i18n::t!(lang, "tui-key-name-backspace"),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::Home => "Home".to_string(),
            KeyCode::End => "End".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::F(n) => format!("F{n}"),
            // Ctrl+S, as menus and manuals write it (the key is the same either way).
            KeyCode::Char(c) if self.ctrl => c.to_uppercase().to_string(),
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
    pub command: Command,
    pub keys: Vec<Key>,
    pub sv: String,
    pub en: String,
}

impl Binding {
    pub fn mode(&self) -> Mode {
        self.command.mode()
    }

    pub fn description(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }

    pub fn keys_label(&self, lang: Lang) -> String {
        self.keys
            .iter()
            .map(|k| k.label(lang))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[derive(Debug, Clone, Default)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
    /// The language the keys' names are in ("Mellanslag", "Space"): the app's (`State::new`).
    pub lang: Lang,
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

fn parse_keys(raw: &[String], mode: &str, command: &str) -> Result<Vec<Key>, Said> {
    raw.iter()
        .map(|s| {
            Key::parse(s).ok_or_else(|| {
                said!(
                    "tui-keymap-bad-key",
                    key = s.as_str(),
                    mode = mode,
                    command = command
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

    fn from_toml(text: &str) -> Result<Keymap, Said> {
        let table: toml::Table =
            toml::from_str(text).map_err(|e| said!("tui-keymap-toml", error = e.to_string()))?;
        let mut bindings = Vec::new();
        for (mode_name, section) in &table {
            let mode = Mode::parse(mode_name).ok_or_else(|| unknown_mode(mode_name))?;
            let Some(section) = section.as_table() else {
                return Err(said!("tui-keymap-not-a-table", mode = mode_name.as_str()));
            };
            for (name, value) in section {
                let command = Command::parse(mode, name).ok_or_else(|| unknown(mode, name))?;
                let raw: RawBinding = value.clone().try_into().map_err(|e: toml::de::Error| {
                    said!("tui-keymap-toml", error = e.to_string())
                })?;
                bindings.push(Binding {
                    command,
                    keys: parse_keys(&raw.keys, mode_name, name)?,
                    sv: raw.sv,
                    en: raw.en,
                });
            }
        }
        // The help overlay lists the modes in their order.
        bindings.sort_by_key(|b| Mode::ALL.iter().position(|m| *m == b.mode()));
        Ok(Keymap {
            bindings,
            lang: Lang::default(),
        })
    }

    /// The defaults with the user's `[keys.<mode>]` overrides applied. Unknown modes, commands
    /// and keys are errors in Swedish that say what to fix.
    pub fn with_overrides(user: &toml::Table) -> Result<Keymap, Said> {
        let mut map = Keymap::from_toml(DEFAULTS)?;
        for (mode, section) in user {
            let m = Mode::parse(mode).ok_or_else(|| unknown_mode(mode))?;
            let Some(section) = section.as_table() else {
                return Err(said!("tui-keymap-user-not-a-table", mode = mode.as_str()));
            };
            for (command, value) in section {
                let keys: UserKeys = value.clone().try_into().map_err(|_| {
                    said!(
                        "tui-keymap-not-keys",
                        mode = mode.as_str(),
                        command = command.as_str()
                    )
                })?;
                let raw = match keys {
                    UserKeys::One(k) => vec![k],
                    UserKeys::Many(ks) => ks,
                };
                let parsed = parse_keys(&raw, mode, command)?;
                let c = Command::parse(m, command).ok_or_else(|| unknown(m, command))?;
                let binding = map
                    .bindings
                    .iter_mut()
                    .find(|b| b.command == c)
                    .ok_or_else(|| unknown(m, command))?;
                binding.keys = parsed;
            }
        }
        Ok(map)
    }

    /// The command a key means in the given modes (looked up in that order).
    pub fn command(&self, modes: &[Mode], key: Key) -> Option<Command> {
        modes.iter().find_map(|mode| {
            self.bindings
                .iter()
                .find(|b| b.mode() == *mode && b.keys.contains(&key))
                .map(|b| b.command)
        })
    }

    pub fn binding(&self, command: Command) -> Option<&Binding> {
        self.bindings.iter().find(|b| b.command == command)
    }

    /// The first key of a command, for hints ("n Ny iakttagelse"); empty when it has none.
    pub fn first_key(&self, command: impl Into<Command>) -> String {
        self.binding(command.into())
            .and_then(|b| b.keys.first())
            .map(|k| k.label(self.lang))
            .unwrap_or_default()
    }
}

fn unknown_mode(mode: &str) -> Said {
    let names: Vec<&str> = Mode::ALL.iter().map(|m| m.name()).collect();
    said!(
        "tui-keymap-unknown-mode",
        mode = mode,
        modes = names.join(", ")
    )
}

fn unknown(mode: Mode, name: &str) -> Said {
    let names: Vec<&str> = mode.commands().iter().map(|c| c.name()).collect();
    said!(
        "tui-keymap-unknown-command",
        mode = mode.name(),
        command = name,
        commands = names.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::input::commands::{GlobalCmd, ListCmd};

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
        assert_eq!(
            map.command(&[Mode::List, Mode::Global], q),
            Some(Command::Global(GlobalCmd::Quit))
        );
    }

    /// Two commands of one mode on one key: only the first would ever run (the spreadsheet
    /// import and the personal-data filter both took `i` on Lägesbild once).
    #[test]
    fn no_key_means_two_commands_in_one_mode() {
        let map = Keymap::from_toml(DEFAULTS).expect("embedded keymap");
        // A form's keys mean what the focused field makes of them (Enter breaks the line in a
        // text area and moves on elsewhere; space opens a list or ticks in one).
        for mode in Mode::ALL.into_iter().filter(|m| *m != Mode::Form) {
            let mut seen: Vec<(Key, Command)> = Vec::new();
            for b in map.bindings.iter().filter(|b| b.mode() == mode) {
                for key in &b.keys {
                    if let Some((_, first)) = seen.iter().find(|(k, _)| k == key) {
                        panic!(
                            "{}: {} means both {} and {}",
                            mode.name(),
                            key.label(Lang::Sv),
                            first.name(),
                            b.command.name()
                        );
                    }
                    seen.push((*key, b.command));
                }
            }
        }
    }

    #[test]
    fn every_command_has_a_default_key_and_every_default_is_a_command() {
        let map = Keymap::from_toml(DEFAULTS).expect("embedded keymap");
        for mode in Mode::ALL {
            for c in mode.commands() {
                assert!(
                    map.binding(c).is_some_and(|b| !b.keys.is_empty()),
                    "{}.{} has no key in data/keymap.toml",
                    mode.name(),
                    c.name()
                );
            }
        }
        let typo = "[meeting]\nclose_meting = { keys = [\"a\"], sv = \"x\", en = \"x\" }\n";
        let err = Keymap::from_toml(typo)
            .expect_err("a misspelt command is refused")
            .to_string();
        assert!(
            err.contains("keys.meeting.close_meting finns inte"),
            "{err}"
        );
        assert!(
            err.contains("close_meeting"),
            "the message names the real commands: {err}"
        );
    }

    #[test]
    fn a_user_override_replaces_only_what_it_names() {
        let user: toml::Table =
            toml::from_str("[global]\nquit = \"x\"\n[list]\ndown = [\"down\", \"ctrl+n\"]\n")
                .expect("toml");
        let map = Keymap::with_overrides(&user).expect("overrides");
        let key = |s| Key::parse(s).expect("key");
        let global = |k| map.command(&[Mode::Global], key(k));
        assert_eq!(global("x"), Some(Command::Global(GlobalCmd::Quit)));
        assert_eq!(global("q"), None);
        assert_eq!(global("?"), Some(Command::Global(GlobalCmd::Help)));
        assert_eq!(
            map.command(&[Mode::List], key("ctrl+n")),
            Some(Command::List(ListCmd::Down))
        );
        let bad: toml::Table = toml::from_str("[global]\nfly = \"x\"\n").expect("toml");
        assert!(Keymap::with_overrides(&bad).is_err_and(|e| e.to_string().contains("finns inte")));
    }
}
