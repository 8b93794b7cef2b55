//! Type-to-filter over a field's choices: the list a multi-select field opens (every choice
//! with a mark, narrowed by what is typed, Space toggles) and the matching that a single pick
//! list's typing uses. Matching ignores case (Å finds å) and keeps the choices' order.

use crate::tui::widgets::form::Form;

/// A choice's label folded for matching: lower case, so "ÖSTRA" and "östra" meet.
pub fn fold(label: &str) -> String {
    label.to_lowercase()
}

/// The indexes of the options whose label holds `wanted` (folded already), in order.
pub fn matching(folded: &[String], wanted: &str) -> Vec<usize> {
    folded
        .iter()
        .enumerate()
        .filter(|(_, label)| label.contains(wanted))
        .map(|(i, _)| i)
        .collect()
}

/// The open list of a multi-select field.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Picker {
    /// What is typed to narrow the list.
    pub filter: String,
    /// The row under the cursor, an index into `shown`.
    pub cursor: usize,
    /// The options that hold the filter (indexes into the field's options), in their order.
    pub shown: Vec<usize>,
    /// The options' labels folded once when the list opens, so typing over a few thousand
    /// choices does not fold them again at every key.
    folded: Vec<String>,
}

impl Picker {
    /// The list over `options` (label, value), with `typed` as the start of the filter.
    pub fn open(options: &[(String, String)], typed: &str) -> Picker {
        let mut picker = Picker {
            filter: typed.to_string(),
            cursor: 0,
            shown: Vec::new(),
            folded: options.iter().map(|(label, _)| fold(label)).collect(),
        };
        picker.refilter();
        picker
    }

    /// Typing (`None`: backspace) narrows or widens the list; the cursor goes to its top.
    pub fn type_char(&mut self, typed: Option<char>) {
        match typed {
            Some(c) => self.filter.push(c),
            None => {
                self.filter.pop();
            }
        }
        self.refilter();
    }

    fn refilter(&mut self) {
        self.shown = matching(&self.folded, &fold(&self.filter));
        self.cursor = 0;
    }

    /// Moves the cursor by `step`, staying within the list.
    pub fn move_cursor(&mut self, step: isize) {
        let last = self.shown.len().saturating_sub(1) as isize;
        self.cursor = (self.cursor as isize + step).clamp(0, last) as usize;
    }

    /// The option under the cursor (an index into the field's options).
    pub fn current(&self) -> Option<usize> {
        self.shown.get(self.cursor).copied()
    }

    /// How many options there are in all.
    pub fn total(&self) -> usize {
        self.folded.len()
    }
}

/// The multi-select list of a form: open on the focused field, toggle, type, move, close.
impl Form {
    /// Opens the focused multi-select's list, filtered by `typed`; false when the focus is not
    /// on a multi-select.
    pub fn open_picker(&mut self, typed: &str) -> bool {
        let Some(field) = self.fields.get(self.focus).filter(|f| f.is_multi()) else {
            return false;
        };
        self.picker = Some(Picker::open(field.options(), typed));
        true
    }

    pub fn close_picker(&mut self) {
        self.picker = None;
    }

    /// Chooses the option under the list's cursor, or unchooses it.
    pub fn picker_toggle(&mut self) {
        let Some(i) = self.picker.as_ref().and_then(Picker::current) else {
            return;
        };
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        if let Some((_, value)) = field.options().get(i).cloned() {
            field.toggle(&value);
        }
    }

    pub fn picker_type(&mut self, typed: Option<char>) {
        if let Some(p) = self.picker.as_mut() {
            p.type_char(typed);
        }
    }

    pub fn picker_move(&mut self, step: isize) {
        if let Some(p) = self.picker.as_mut() {
            p.move_cursor(step);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(labels: &[&str]) -> Vec<(String, String)> {
        labels
            .iter()
            .enumerate()
            .map(|(i, l)| (l.to_string(), i.to_string()))
            .collect()
    }

    #[test]
    fn typing_narrows_the_list_whatever_the_case_and_with_swedish_letters() {
        let options = options(&[
            "Polisen",
            "Räddningstjänsten",
            "Östra skolan",
            "ÅRSTA BoStad",
        ]);
        let mut picker = Picker::open(&options, "");
        assert_eq!(picker.shown, [0, 1, 2, 3]);
        picker.type_char(Some('ö'));
        assert_eq!(picker.shown, [2], "ö finds Östra");
        picker.type_char(None);
        picker.type_char(Some('Å'));
        assert_eq!(
            picker.shown,
            [3],
            "Å finds ÅRSTA, not Räddningstjänsten's ä"
        );
        picker.type_char(None);
        for c in "ST".chars() {
            picker.type_char(Some(c));
        }
        assert_eq!(picker.shown, [1, 2, 3], "case does not matter");
        picker.move_cursor(5);
        assert_eq!(picker.current(), Some(3), "the cursor stays in the list");
        picker.type_char(Some('x'));
        assert!(picker.shown.is_empty());
        assert_eq!(picker.current(), None);
        assert_eq!(picker.total(), 4);
    }
}
