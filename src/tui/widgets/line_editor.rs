//! The line editor of a text field: `ratatui-textarea` does the editing (cursor moves, Home/End,
//! word and line deletes, paste); this wraps it with the keys our users expect from a shell or a
//! browser field, and selects the whole text on entry so that typing replaces it. A multi-line
//! editor (a description) takes Enter as a line break and keeps the line breaks of a paste.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{CursorMove, TextArea};

#[derive(Clone, Debug)]
pub struct LineEditor {
    area: TextArea<'static>,
    /// Enter breaks the line and a paste keeps its line breaks.
    multi: bool,
}

impl PartialEq for LineEditor {
    fn eq(&self, other: &Self) -> bool {
        self.area.lines() == other.area.lines()
            && self.area.cursor() == other.area.cursor()
            && self.multi == other.multi
    }
}

impl Default for LineEditor {
    /// An empty one-line editor.
    fn default() -> LineEditor {
        LineEditor::at_end("")
    }
}

impl LineEditor {
    /// An editor on `text`, all of it selected.
    pub fn new(text: &str) -> LineEditor {
        let mut e = LineEditor::at_end(text);
        e.area.select_all();
        e
    }

    /// An editor on `text` with the cursor at its end, nothing selected.
    pub fn at_end(text: &str) -> LineEditor {
        let mut area = TextArea::new(vec![text.to_string()]);
        area.move_cursor(CursorMove::End);
        LineEditor { area, multi: false }
    }

    /// A multi-line editor on `text` (its lines split at line breaks), all of it selected.
    pub fn multi_line(text: &str) -> LineEditor {
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        let mut area = TextArea::new(if lines.is_empty() {
            vec![String::new()]
        } else {
            lines
        });
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        area.select_all();
        LineEditor { area, multi: true }
    }

    pub fn is_multi_line(&self) -> bool {
        self.multi
    }

    /// The text; the lines of a multi-line editor joined by line breaks.
    pub fn text(&self) -> String {
        self.area.lines().join(if self.multi { "\n" } else { " " })
    }

    /// The cursor as a character index in its line.
    pub fn cursor(&self) -> usize {
        self.area.cursor().1
    }

    /// The cursor's line (0 in a one-line editor).
    pub fn cursor_row(&self) -> usize {
        self.area.cursor().0
    }

    /// The lines with the cursor mark `▏` where the cursor is (at the very end when all of the
    /// text is selected: typing replaces it, which the field's style shows).
    pub fn lines_with_cursor(&self) -> Vec<String> {
        let lines = self.area.lines();
        let (row, col) = if self.all_selected() {
            let last = lines.len().saturating_sub(1);
            (last, lines.get(last).map_or(0, |l| l.chars().count()))
        } else {
            (self.area.cursor().0, self.area.cursor().1)
        };
        lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                if i != row {
                    return line.clone();
                }
                let mut out: String = line.chars().take(col).collect();
                out.push('▏');
                out.extend(line.chars().skip(col));
                out
            })
            .collect()
    }

    /// The whole text is selected (typing replaces it).
    pub fn all_selected(&self) -> bool {
        self.area.is_selecting()
    }

    /// A key for the field; false when the editor has no use for it.
    pub fn key(&mut self, code: KeyCode, ctrl: bool) -> bool {
        let multi = self.multi;
        let a = &mut self.area;
        match (code, ctrl) {
            // Up and down move between the lines of a multi-line text; at its first or last
            // line they are left to the form (the field before or after).
            (KeyCode::Up | KeyCode::Down, false) if multi => {
                let (row, last) = (a.cursor().0, a.lines().len().saturating_sub(1));
                let (can, to) = if code == KeyCode::Up {
                    (row > 0, CursorMove::Up)
                } else {
                    (row < last, CursorMove::Down)
                };
                if !can {
                    return false;
                }
                a.cancel_selection();
                a.move_cursor(to);
            }
            (KeyCode::Home, _) | (KeyCode::Char('a'), true) => {
                a.cancel_selection();
                a.move_cursor(CursorMove::Head);
            }
            (KeyCode::End, _) | (KeyCode::Char('e'), true) => {
                a.cancel_selection();
                a.move_cursor(CursorMove::End);
            }
            // Ctrl+U deletes back to the start, as in a shell (the widget's own is undo).
            (KeyCode::Char('u'), true) => {
                a.cancel_selection();
                a.delete_line_by_head();
            }
            (KeyCode::Left | KeyCode::Right, _) => {
                // Out of a whole selection, the cursor goes to that end of the text.
                if a.is_selecting() {
                    a.cancel_selection();
                    let to = if code == KeyCode::Left {
                        CursorMove::Head
                    } else {
                        CursorMove::End
                    };
                    a.move_cursor(to);
                } else {
                    let mods = if ctrl {
                        KeyModifiers::CONTROL
                    } else {
                        KeyModifiers::NONE
                    };
                    a.input(KeyEvent::new(code, mods));
                }
            }
            (KeyCode::Char(_) | KeyCode::Backspace | KeyCode::Delete, false)
            | (KeyCode::Char('w' | 'h' | 'd' | 'k'), true) => {
                let mods = if ctrl {
                    KeyModifiers::CONTROL
                } else {
                    KeyModifiers::NONE
                };
                a.input(KeyEvent::new(code, mods));
            }
            _ => return false,
        }
        true
    }

    /// A line break at the cursor (replacing a selection); false in a one-line editor.
    pub fn line_break(&mut self) -> bool {
        if self.multi {
            self.area.insert_newline();
        }
        self.multi
    }

    /// Pasted text at the cursor (replacing a selection). A multi-line editor keeps its line
    /// breaks (\r\n and \r read as \n); in a one-line editor they become spaces.
    pub fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let text = text.trim_end();
        if self.multi {
            self.area.insert_str(text);
        } else {
            self.area.insert_str(text.replace('\n', " "));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(editor: &mut LineEditor, text: &str) {
        for c in text.chars() {
            editor.key(KeyCode::Char(c), false);
        }
    }

    #[test]
    fn typing_replaces_the_text_selected_on_entry() {
        let mut e = LineEditor::new("09.00");
        assert!(e.all_selected());
        typed(&mut e, "13.30");
        assert_eq!(e.text(), "13.30", "not 09.0013.30");
    }

    #[test]
    fn the_cursor_moves_and_the_shell_keys_delete() {
        let mut e = LineEditor::new("Lindängstorget kväll");
        e.key(KeyCode::Home, false);
        e.key(KeyCode::Right, false);
        typed(&mut e, "x");
        assert_eq!(e.text(), "Lxindängstorget kväll");
        e.key(KeyCode::Char('e'), true);
        e.key(KeyCode::Char('w'), true);
        assert_eq!(e.text(), "Lxindängstorget ");
        e.key(KeyCode::Char('a'), true);
        e.key(KeyCode::Delete, false);
        e.key(KeyCode::Delete, false);
        assert_eq!(e.text(), "indängstorget ");
        e.key(KeyCode::End, false);
        e.key(KeyCode::Left, false);
        e.key(KeyCode::Char('u'), true);
        assert_eq!(e.text(), " ");
        e.paste("Torget\nnorra");
        assert_eq!(e.text(), "Torget norra ");
        assert_eq!(e.cursor(), 12);
    }

    #[test]
    fn a_multi_line_editor_breaks_lines_and_keeps_pasted_ones() {
        let mut e = LineEditor::multi_line("Klotter vid\nbiblioteket");
        assert!(e.all_selected());
        assert_eq!(
            e.lines_with_cursor(),
            vec!["Klotter vid".to_string(), "biblioteket▏".to_string()]
        );
        e.key(KeyCode::End, false);
        assert!(e.line_break());
        typed(&mut e, "Sanerat");
        assert_eq!(e.text(), "Klotter vid\nbiblioteket\nSanerat");
        // Up moves a line; at the first line it is not the editor's.
        assert!(e.key(KeyCode::Up, false));
        assert!(e.key(KeyCode::Up, false));
        assert!(!e.key(KeyCode::Up, false));
        assert_eq!(e.cursor_row(), 0);
        e.key(KeyCode::End, false);
        e.paste("\r\ntvå rader\r\n");
        assert_eq!(e.text(), "Klotter vid\ntvå rader\nbiblioteket\nSanerat");
        // A one-line editor takes neither Enter nor a pasted line break.
        let mut one = LineEditor::at_end("a");
        assert!(!one.key(KeyCode::Enter, false));
        assert!(!one.line_break());
        one.paste("b\nc");
        assert_eq!(one.text(), "ab c");
    }

    #[test]
    fn left_out_of_a_selection_goes_to_the_start() {
        let mut e = LineEditor::new("v. 48");
        e.key(KeyCode::Left, false);
        typed(&mut e, "2026-");
        assert_eq!(e.text(), "2026-v. 48");
    }
}
