//! Forms: labelled fields, validation with the message beside the field, and the personal-data
//! lint on free text (a flagged text needs a confirmation before it is saved).

use chrono::{NaiveDate, NaiveTime};

pub use crate::domain::Due;
use crate::domain::week::{parse_date, parse_time};
use crate::domain::{Id, TimeOfDay, pii};
use crate::tui::widgets::line_editor::LineEditor;
use crate::tui::widgets::narrowing::PlacesByArea;
use crate::tui::widgets::picker::{self, Picker};

#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    /// A short text.
    Text,
    /// Free text a person writes: checked for personal data.
    FreeText,
    Date,
    Time,
    /// A time (21.30) or a part of the day (kväll).
    TimeOrPeriod,
    /// A date (2026-11-26) or a week (v. 48, 2026-W48); a bare week is the next one from
    /// `today` on.
    DateOrWeek {
        today: NaiveDate,
    },
    /// One of Sweden's 290 municipalities, by name or kommunkod; what it resolves to is shown
    /// beside it as it is typed.
    Municipality,
    /// One of a list; `options` are (label, value).
    Choice {
        options: Vec<(String, String)>,
    },
    /// Several of a list (a record's references to others); `options` are (label, value) and
    /// the field's value is the chosen values, one per line, in the order they were chosen.
    Multi {
        options: Vec<(String, String)>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub key: &'static str,
    pub label: &'static str,
    pub kind: FieldKind,
    pub value: String,
    pub required: bool,
    pub error: Option<String>,
    /// The value is a start to write on (a directory before the file name): on entry the
    /// cursor goes to its end instead of selecting it.
    pub continue_on_entry: bool,
    /// Several lines (a description): Enter breaks the line, the field shows every line.
    pub multi_line: bool,
}

impl Field {
    pub fn text(key: &'static str, label: &'static str, value: &str) -> Field {
        Field {
            key,
            label,
            kind: FieldKind::Text,
            value: value.to_string(),
            required: false,
            error: None,
            continue_on_entry: false,
            multi_line: false,
        }
    }

    pub fn free_text(key: &'static str, label: &'static str, value: &str) -> Field {
        Field {
            kind: FieldKind::FreeText,
            ..Field::text(key, label, value)
        }
    }

    /// Free text of several lines: a description, a note.
    pub fn description(key: &'static str, label: &'static str, value: &str) -> Field {
        Field {
            multi_line: true,
            ..Field::free_text(key, label, value)
        }
    }

    pub fn of_kind(key: &'static str, label: &'static str, kind: FieldKind, value: &str) -> Field {
        Field {
            kind,
            ..Field::text(key, label, value)
        }
    }

    /// A choice; `selected` is a value (the first option when it matches none).
    pub fn choice(
        key: &'static str,
        label: &'static str,
        options: Vec<(String, String)>,
        selected: &str,
    ) -> Field {
        let value = options
            .iter()
            .find(|(_, v)| v == selected)
            .or_else(|| options.first())
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        Field {
            kind: FieldKind::Choice { options },
            ..Field::text(key, label, &value)
        }
    }

    /// Several of a list; `chosen` are values (kept even when no option has them).
    pub fn multi(
        key: &'static str,
        label: &'static str,
        options: Vec<(String, String)>,
        chosen: &[String],
    ) -> Field {
        Field {
            kind: FieldKind::Multi { options },
            ..Field::text(key, label, &chosen.join("\n"))
        }
    }

    pub fn required(mut self) -> Field {
        self.required = true;
        self
    }

    /// See `continue_on_entry`.
    pub fn continued(mut self) -> Field {
        self.continue_on_entry = true;
        self
    }

    /// What the field shows: the label of a choice, the chosen labels of a multi-select
    /// joined ("Polisen, Räddningstjänsten"), the text otherwise.
    pub fn display(&self) -> String {
        match &self.kind {
            FieldKind::Choice { options } => options
                .iter()
                .find(|(_, v)| *v == self.value)
                .map(|(l, _)| l.clone())
                .unwrap_or_default(),
            FieldKind::Multi { options } => self
                .chosen()
                .iter()
                .map(|c| {
                    options
                        .iter()
                        .find(|(_, v)| v == c)
                        .map_or(*c, |(l, _)| l.as_str())
                })
                .collect::<Vec<_>>()
                .join(", "),
            _ => self.value.clone(),
        }
    }

    pub fn is_choice(&self) -> bool {
        matches!(self.kind, FieldKind::Choice { .. })
    }

    pub fn is_multi(&self) -> bool {
        matches!(self.kind, FieldKind::Multi { .. })
    }

    /// The options of a choice or a multi-select (none for a text).
    pub fn options(&self) -> &[(String, String)] {
        match &self.kind {
            FieldKind::Choice { options } | FieldKind::Multi { options } => options,
            _ => &[],
        }
    }

    /// The chosen values of a multi-select, in the order they were chosen.
    pub fn chosen(&self) -> Vec<&str> {
        self.value
            .lines()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect()
    }

    /// Chooses `value` in a multi-select, or unchooses it when it was chosen.
    pub fn toggle(&mut self, value: &str) {
        let mut chosen: Vec<String> = self.chosen().into_iter().map(str::to_string).collect();
        match chosen.iter().position(|c| c == value) {
            Some(i) => {
                chosen.remove(i);
            }
            None => chosen.push(value.to_string()),
        }
        self.value = chosen.join("\n");
        self.error = None;
    }

    /// Moves a choice by `step` (wrapping).
    pub fn cycle(&mut self, step: isize) {
        if let FieldKind::Choice { options } = &self.kind {
            if options.is_empty() {
                return;
            }
            let i = options
                .iter()
                .position(|(_, v)| *v == self.value)
                .unwrap_or(0) as isize;
            let n = options.len() as isize;
            let next = (i + step).rem_euclid(n) as usize;
            if let Some((_, v)) = options.get(next) {
                self.value = v.clone();
            }
        }
    }

    fn validate(&self, lang: crate::domain::Lang) -> Option<String> {
        let v = self.value.trim();
        if v.is_empty() {
            return self
                .required
                .then(|| crate::i18n::t!(lang, "tui-field-required", label = self.label));
        }
        match self.kind {
            FieldKind::Date => parse_date(v).err().map(|e| e.to_string()),
            FieldKind::Time => parse_time(v).err().map(|e| e.to_string()),
            FieldKind::TimeOrPeriod => TimeOfDay::parse(v).err().map(|e| e.to_string()),
            FieldKind::DateOrWeek { today } => parse_date_or_week(v, today)
                .is_none()
                .then(|| crate::i18n::t!(lang, "tui-field-not-date-or-week", value = v)),
            FieldKind::Municipality => crate::domain::kommuner::find_one(v).err(),
            _ => None,
        }
    }

    /// What the typed value resolved to, shown beside it ("→ sön 17 jan 2027").
    pub fn resolved(&self) -> Option<String> {
        match self.kind {
            FieldKind::DateOrWeek { today } => {
                parse_date_or_week(&self.value, today).map(Due::resolved_sv)
            }
            FieldKind::Municipality => municipality_resolved(&self.value),
            _ => None,
        }
    }
}

/// "→ Tyresö (0138, Stockholms län)", or the first candidates while several match.
fn municipality_resolved(typed: &str) -> Option<String> {
    let found = crate::domain::kommuner::find(typed);
    match found.as_slice() {
        [] => None,
        [one] => Some(format!("→ {} ({}, {})", one.name, one.code, one.county)),
        many => Some(format!(
            "→ {}{}",
            many.iter()
                .take(3)
                .map(|k| format!("{} ({})", k.name, k.code))
                .collect::<Vec<_>>()
                .join(", "),
            if many.len() > 3 { " …" } else { "" }
        )),
    }
}

/// A date or a week; `None` when it is neither (the form says so in its language).
pub fn parse_date_or_week(s: &str, today: NaiveDate) -> Option<Due> {
    Due::parse(s, today).ok()
}

#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// The personal-data warning waiting for the user's confirmation.
    pub pii_warning: Option<String>,
    /// The user confirmed the flagged text.
    pub pii_confirmed: bool,
    /// The year the form was opened in. (Week fields resolve a bare week themselves, see
    /// `FieldKind::DateOrWeek`.)
    pub year: i32,
    /// The editor of the focused text field (none on a choice).
    pub editor: Option<LineEditor>,
    /// The values as the form opened, to tell whether anything was changed.
    initial: Vec<String>,
    /// What is typed on the focused choice: the first option whose label holds it is chosen.
    pub choice_filter: String,
    /// The open list of the focused multi-select (see `widgets::picker`).
    pub picker: Option<Picker>,
    /// The place picker narrowed to the chosen area (see `widgets::narrowing`).
    pub narrowing: Option<PlacesByArea>,
    /// The form was looked at for something to narrow its place picker by (it is done once).
    pub narrowing_checked: bool,
}

impl Form {
    pub fn new(title: impl Into<String>, fields: Vec<Field>, year: i32) -> Form {
        Form {
            title: title.into(),
            fields,
            focus: 0,
            pii_warning: None,
            pii_confirmed: false,
            year,
            editor: None,
            initial: Vec::new(),
            choice_filter: String::new(),
            picker: None,
            narrowing: None,
            narrowing_checked: false,
        }
        .entered()
    }

    fn entered(mut self) -> Form {
        self.picker = None;
        self.initial = self.fields.iter().map(|f| f.value.clone()).collect();
        self.enter_focus();
        self
    }

    /// A new editor on the focused field, its text selected whole (typing replaces it).
    fn enter_focus(&mut self) {
        self.choice_filter.clear();
        self.picker = None;
        self.editor = self
            .fields
            .get(self.focus)
            .filter(|f| !f.is_choice() && !f.is_multi())
            .map(|f| {
                if f.multi_line {
                    LineEditor::multi_line(&f.value)
                } else if f.continue_on_entry {
                    LineEditor::at_end(&f.value)
                } else {
                    LineEditor::new(&f.value)
                }
            });
    }

    /// Something differs from what the form opened with.
    pub fn is_changed(&self) -> bool {
        self.fields.iter().map(|f| &f.value).ne(self.initial.iter())
    }

    /// A key for the focused text field; false when it has no use for it.
    pub fn edit(&mut self, code: crossterm::event::KeyCode, ctrl: bool) -> bool {
        let Some(editor) = self.editor.as_mut() else {
            return false;
        };
        if !editor.key(code, ctrl) {
            return false;
        }
        let text = editor.text();
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.value = text;
            f.error = None;
        }
        true
    }

    /// ↑↓ in a multi-line field: a move between its lines. True when the field took the key
    /// (at its first or last line the form's own meaning of it comes second).
    pub fn edit_in_lines(&mut self, code: crossterm::event::KeyCode, ctrl: bool) -> bool {
        use crossterm::event::KeyCode;
        let multi = self.editor.as_ref().is_some_and(LineEditor::is_multi_line);
        multi && !ctrl && matches!(code, KeyCode::Up | KeyCode::Down) && self.edit(code, ctrl)
    }

    /// The focused field is a multi-line text (a description).
    pub fn in_lines(&self) -> bool {
        self.editor.as_ref().is_some_and(LineEditor::is_multi_line)
    }

    /// A line break in a multi-line field; false elsewhere.
    pub fn line_break(&mut self) -> bool {
        let Some(editor) = self.editor.as_mut().filter(|e| e.is_multi_line()) else {
            return false;
        };
        editor.line_break();
        let text = editor.text();
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.value = text;
            f.error = None;
        }
        true
    }

    /// Pasted text into the focused text field.
    pub fn paste(&mut self, text: &str) {
        if let Some(editor) = self.editor.as_mut() {
            editor.paste(text);
            let text = editor.text();
            if let Some(f) = self.fields.get_mut(self.focus) {
                f.value = text;
                f.error = None;
            }
        }
    }

    /// Typing on a choice (`None`: backspace): picks the first option whose label starts
    /// with what is typed, else the first that holds it (case does not matter, å ä ö are
    /// letters of their own), so a long list (areas, places) is found by a few letters; the
    /// choice keys then step among the matches only. True when it matched.
    pub fn filter_choice(&mut self, typed: Option<char>) -> bool {
        match typed {
            Some(c) => self.choice_filter.push(c),
            None => {
                self.choice_filter.pop();
            }
        }
        let wanted = picker::fold(&self.choice_filter);
        let Some(field) = self.fields.get_mut(self.focus).filter(|f| f.is_choice()) else {
            return false;
        };
        let options = field.options();
        let folded: Vec<String> = options.iter().map(|(l, _)| picker::fold(l)).collect();
        let found = folded
            .iter()
            .position(|label| label.starts_with(&wanted))
            .or_else(|| picker::matching(&folded, &wanted).first().copied())
            .and_then(|i| options.get(i))
            .map(|(_, v)| v.clone());
        let Some(v) = found else {
            return false;
        };
        field.value = v;
        field.error = None;
        self.settle_places();
        true
    }

    /// The options of the focused choice that hold what is typed on it (all without typing).
    pub fn choice_matches(&self) -> Vec<usize> {
        let Some(field) = self.fields.get(self.focus) else {
            return Vec::new();
        };
        let folded: Vec<String> = field
            .options()
            .iter()
            .map(|(l, _)| picker::fold(l))
            .collect();
        picker::matching(&folded, &picker::fold(&self.choice_filter))
    }

    /// Steps the focused choice by `step` (wrapping): among the options that hold what is
    /// typed on it, or among all when nothing is.
    pub fn cycle_choice(&mut self, step: isize) {
        if self.choice_filter.is_empty() {
            if let Some(f) = self.fields.get_mut(self.focus) {
                f.cycle(step);
            }
            self.settle_places();
            return;
        }
        let matches = self.choice_matches();
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        let options = field.options();
        let at = matches
            .iter()
            .position(|&i| options.get(i).is_some_and(|(_, v)| *v == field.value));
        let n = matches.len() as isize;
        if n == 0 {
            return;
        }
        let next = match at {
            Some(at) => (at as isize + step).rem_euclid(n) as usize,
            None => 0,
        };
        if let Some((_, v)) = matches.get(next).and_then(|&i| options.get(i)).cloned() {
            field.value = v;
            field.error = None;
        }
        self.settle_places();
    }

    pub fn focused_mut(&mut self) -> Option<&mut Field> {
        self.fields.get_mut(self.focus)
    }

    pub fn move_focus(&mut self, step: isize) {
        let n = self.fields.len() as isize;
        if n > 0 {
            self.focus = (self.focus as isize + step).rem_euclid(n) as usize;
            self.enter_focus();
        }
    }

    /// Validates every field; true when all are fine. Messages go beside the fields and the
    /// focus moves to the first wrong one.
    pub fn validate(&mut self, lang: crate::domain::Lang) -> bool {
        for f in &mut self.fields {
            f.error = f.validate(lang);
        }
        if let Some(i) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = i;
            self.enter_focus();
            return false;
        }
        true
    }

    /// A value refused on save (by the registry's types, by the screen's own rule): the message
    /// goes beside the field `key` and the focus with it, its text selected whole as on
    /// entering it, so what is typed next goes there.
    pub fn refuse(&mut self, key: &str, message: String) {
        if let Some(i) = self.fields.iter().position(|f| f.key == key) {
            self.fields[i].error = Some(message);
            self.focus = i;
            self.enter_focus();
        }
    }

    /// The personal-data warning for the free text, if any: one confirmation that names, field
    /// by field, what was found at `pii::CONFIRM_LEVEL` (the level exports refuse at).
    pub fn pii_check(&self) -> Option<String> {
        self.pii_check_with(pii::Register::empty())
    }

    /// The same, with the copy's own names (places, organisations) known not to be people.
    pub fn pii_check_with(&self, register: &pii::Register) -> Option<String> {
        let lang = crate::domain::Lang::Sv;
        let fields: Vec<String> = self
            .fields
            .iter()
            .filter(|f| f.kind == FieldKind::FreeText)
            .filter_map(|f| {
                let found = pii::found_list_sv(&pii::lint_with(&f.value, register))?;
                Some(crate::i18n::t!(
                    lang,
                    "pii-field-found",
                    field = f.label.to_string(),
                    found = found
                ))
            })
            .collect();
        (!fields.is_empty())
            .then(|| crate::i18n::t!(lang, "pii-form-warning", fields = fields.join("; ")))
    }

    fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    pub fn text(&self, key: &str) -> String {
        self.field(key)
            .map(|f| f.value.trim().to_string())
            .unwrap_or_default()
    }

    pub fn opt_text(&self, key: &str) -> Option<String> {
        Some(self.text(key)).filter(|s| !s.is_empty())
    }

    pub fn date(&self, key: &str) -> Option<NaiveDate> {
        parse_date(&self.text(key)).ok()
    }

    pub fn time(&self, key: &str) -> Option<NaiveTime> {
        parse_time(&self.text(key)).ok()
    }

    pub fn time_of_day(&self, key: &str) -> Option<TimeOfDay> {
        TimeOfDay::parse(&self.text(key)).ok()
    }

    pub fn due(&self, key: &str) -> Option<Due> {
        let field = self.field(key)?;
        match field.kind {
            FieldKind::DateOrWeek { today } => parse_date_or_week(&field.value, today),
            _ => None,
        }
    }

    pub fn id(&self, key: &str) -> Option<Id> {
        self.text(key).parse().ok()
    }

    /// Sets a field's value from code (a prefill, a suggestion): not a change the user made,
    /// so Esc does not ask about it.
    pub fn set_value(&mut self, key: &str, value: &str) {
        if let Some(i) = self.fields.iter().position(|f| f.key == key) {
            self.fields[i].value = value.to_string();
            if let Some(initial) = self.initial.get_mut(i) {
                *initial = value.to_string();
            }
        }
        if self.narrowing.is_some() {
            // A prefilled place brings its area, which is no change of the user's either.
            self.settle_places();
            for (f, initial) in self.fields.iter().zip(self.initial.iter_mut()) {
                if self
                    .narrowing
                    .as_ref()
                    .is_some_and(|n| f.key == n.area_key || f.key == n.place_key)
                {
                    *initial = f.value.clone();
                }
            }
        }
        if self.fields.get(self.focus).is_some_and(|f| f.key == key) {
            self.enter_focus();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_puts_the_message_beside_the_first_wrong_field() {
        let mut form = Form::new(
            "Test",
            vec![
                Field::text("title", "Rubrik", "").required(),
                Field::of_kind(
                    "due",
                    "Klart senast",
                    FieldKind::DateOrWeek {
                        today: NaiveDate::from_ymd_opt(2026, 11, 19).unwrap_or_default(),
                    },
                    "v. 60",
                ),
                Field::of_kind("at", "Tid", FieldKind::Time, "9.00"),
            ],
            2026,
        );
        assert!(!form.validate(crate::domain::Lang::Sv));
        assert_eq!(form.focus, 0);
        assert!(form.fields[0].error.as_deref() == Some("Rubrik måste fyllas i."));
        assert!(form.fields[1].error.is_some());
        assert!(form.fields[2].error.is_none());
        form.set_value("title", "Belysning");
        form.set_value("due", "v. 48");
        assert!(form.validate(crate::domain::Lang::Sv));
        assert_eq!(
            form.due("due"),
            crate::domain::IsoWeek::new(2026, 48).ok().map(Due::Week),
            "a bare week still to come is this year's"
        );
        form.set_value("due", "v. 2");
        assert_eq!(
            form.due("due"),
            crate::domain::IsoWeek::new(2027, 2).ok().map(Due::Week),
            "a bare week already past is next year's"
        );
        assert_eq!(
            form.fields[1].resolved().as_deref(),
            Some("→ sön 17 jan 2027")
        );
    }

    #[test]
    fn a_value_set_by_code_is_not_a_change_but_typing_is() {
        let mut form = Form::new(
            "Test",
            vec![
                Field::text("title", "Rubrik", ""),
                Field::text("place", "Plats", ""),
            ],
            2026,
        );
        form.set_value("place", "Lindängstorget");
        assert!(!form.is_changed(), "a prefill is not the user's change");
        assert_eq!(form.text("place"), "Lindängstorget");
        assert!(form.edit(crossterm::event::KeyCode::Char('B'), false));
        assert!(form.is_changed());
    }

    #[test]
    fn free_text_with_personal_data_is_flagged() {
        let form = Form::new(
            "Test",
            vec![Field::free_text("d", "Beskrivning", "Ring 070-123 45 67")],
            2026,
        );
        assert!(form.pii_check().is_some());
    }

    #[test]
    fn typing_on_a_pick_list_finds_an_option_and_the_choice_keys_step_among_the_matches() {
        let options: Vec<(String, String)> = [
            "Polisen",
            "Räddningstjänsten",
            "Östra skolan",
            "Årsta bostäder",
        ]
        .iter()
        .enumerate()
        .map(|(i, l)| (l.to_string(), i.to_string()))
        .collect();
        let mut form = Form::new(
            "Test",
            vec![Field::choice("org", "Organisation", options, "0")],
            2026,
        );
        assert!(form.filter_choice(Some('Ö')), "Ö finds Östra");
        assert_eq!(form.fields[0].display(), "Östra skolan");
        assert_eq!(
            form.choice_matches(),
            [2],
            "ö is not o: Polisen is not a match"
        );
        form.filter_choice(None);
        for c in "ST".chars() {
            assert!(form.filter_choice(Some(c)));
        }
        assert_eq!(
            form.fields[0].display(),
            "Räddningstjänsten",
            "the first that holds st"
        );
        assert_eq!(form.choice_matches(), [1, 2, 3]);
        form.cycle_choice(1);
        assert_eq!(form.fields[0].display(), "Östra skolan");
        form.cycle_choice(1);
        form.cycle_choice(1);
        assert_eq!(
            form.fields[0].display(),
            "Räddningstjänsten",
            "round among the matches"
        );
        form.cycle_choice(-1);
        assert_eq!(form.fields[0].display(), "Årsta bostäder");
        assert!(!form.filter_choice(Some('x')), "no match keeps the choice");
        assert_eq!(form.fields[0].display(), "Årsta bostäder");
        form.move_focus(0);
        assert!(form.choice_filter.is_empty());
        form.cycle_choice(1);
        assert_eq!(
            form.fields[0].display(),
            "Polisen",
            "without typing, every option"
        );
    }

    #[test]
    fn the_warning_names_each_flagged_field_and_what_was_found() {
        let form = Form::new(
            "Test",
            vec![
                Field::free_text("d", "Beskrivning", "Killen Omar sprang därifrån."),
                Field::free_text("c", "Kommentar", "Lugnt vid torget."),
                Field::free_text("n", "Anteckning", "Frågor till info@example.com"),
            ],
            2026,
        );
        let warning = form.pii_check().unwrap_or_default();
        assert!(warning.contains("Beskrivning: namn (”Omar”)"), "{warning}");
        assert!(!warning.contains("Kommentar"), "{warning}");
        assert!(
            !warning.contains("Anteckning"),
            "a functional mailbox asks nothing: {warning}"
        );
    }

    #[test]
    fn the_copys_own_place_names_are_not_asked_about_on_save() {
        let form = Form::new(
            "Test",
            vec![Field::free_text(
                "d",
                "Beskrivning",
                "Klotter på muren vid Hedvig Eleonora i natt.",
            )],
            2026,
        );
        assert!(form.pii_check().is_some());
        let register = pii::Register::from_names(["Hedvig Eleonora"]);
        assert_eq!(form.pii_check_with(&register), None);
    }
}
