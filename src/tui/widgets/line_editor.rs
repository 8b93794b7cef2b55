//! The line editor of a text field: `ratatui-textarea` does the editing (cursor moves, Home/End,
//! word and line deletes, paste); this wraps it with the keys our users expect from a shell or a
//! browser field, and selects the whole text on entry so that typing replaces it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{CursorMove, TextArea};

#[derive(Clone, Debug)]
pub struct LineEditor(TextArea<'static>);

impl PartialEq for LineEditor {
    fn eq(&self, other: &Self) -> bool {
        self.0.lines() == other.0.lines() && self.0.cursor() == other.0.cursor()
    }
}

impl LineEditor {
    /// An editor on `text`, all of it selected.
    pub fn new(text: &str) -> LineEditor {
        let mut area = TextArea::new(vec![text.to_string()]);
        area.select_all();
        LineEditor(area)
    }

    /// An editor on `text` with the cursor at its end, nothing selected.
    pub fn at_end(text: &str) -> LineEditor {
        let mut area = TextArea::new(vec![text.to_string()]);
        area.move_cursor(CursorMove::End);
        LineEditor(area)
    }

    pub fn text(&self) -> String {
        self.0.lines().join(" ")
    }

    /// The cursor as a character index.
    pub fn cursor(&self) -> usize {
        self.0.cursor().1
    }

    /// The whole text is selected (typing replaces it).
    pub fn all_selected(&self) -> bool {
        self.0.is_selecting()
    }

    /// A key for the field; false when the editor has no use for it.
    pub fn key(&mut self, code: KeyCode, ctrl: bool) -> bool {
        let a = &mut self.0;
        match (code, ctrl) {
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

    /// Pasted text at the cursor (replacing a selection); line breaks become spaces, a field
    /// is one line.
    pub fn paste(&mut self, text: &str) {
        let flat: String = text
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect();
        self.0.insert_str(flat.trim_end());
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
    fn left_out_of_a_selection_goes_to_the_start() {
        let mut e = LineEditor::new("v. 48");
        e.key(KeyCode::Left, false);
        typed(&mut e, "2026-");
        assert_eq!(e.text(), "2026-v. 48");
    }
}
