//! The help overlay: every binding of the live keymap by section, filtered as you type; the
//! scroll stays within the rows there are.

use crate::tui::app::state::State;
use crate::tui::input::commands::Mode;
use crate::tui::input::keymap::Binding;

/// A line of the help: a section heading or a binding.
pub enum HelpRow<'a> {
    Heading(Mode),
    Binding(&'a Binding),
}

/// The rows the filter leaves, sections without a match left out.
pub fn rows<'a>(state: &'a State, filter: &str) -> Vec<HelpRow<'a>> {
    let f = filter.to_lowercase();
    let mut out = Vec::new();
    for mode in Mode::ALL {
        let matching: Vec<&Binding> = state
            .keymap
            .bindings
            .iter()
            .filter(|b| b.mode() == mode)
            .filter(|b| {
                f.is_empty()
                    || b.description(state.lang).to_lowercase().contains(&f)
                    || b.keys_label(state.lang).to_lowercase().contains(&f)
            })
            .collect();
        if matching.is_empty() {
            continue;
        }
        out.push(HelpRow::Heading(mode));
        out.extend(matching.into_iter().map(HelpRow::Binding));
    }
    out
}

/// How many rows fit below the filter line (the overlay takes the whole height).
pub fn room(height: u16) -> usize {
    (height as usize).saturating_sub(3)
}

/// The furthest the help can scroll: its last row at the bottom.
pub fn max_scroll(state: &State, filter: &str) -> usize {
    rows(state, filter).len().saturating_sub(room(state.height))
}
