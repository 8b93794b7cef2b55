//! Undo as both front ends say it: the TUI's `u` and `lagesbild undo` take back the same
//! action (this copy's latest, read from the op log by `Store::undo_last`) and say the same
//! sentence about it.

use crate::domain::Lang;
use crate::i18n::t;
use crate::store::undo::UndoOutcome;
use crate::store::{Result, Store};

/// What an undo did or would do, as a sentence: `Ok` when something is (or would be) taken
/// back, `Err` when nothing is, and why.
pub type Said = std::result::Result<String, String>;

/// Takes back this copy's latest action and says what was undone ("Ångrade: Ny plats").
pub fn undo_last(store: &mut Store, lang: Lang) -> Result<Said> {
    Ok(said(store.undo_last()?, lang, "undo-done"))
}

/// What [`undo_last`] would take back now, without writing anything.
pub fn preview(store: &Store, lang: Lang) -> Result<Said> {
    Ok(said(store.undo_preview()?, lang, "undo-would"))
}

/// "Ångrade: Ny plats": said after `label` was taken back.
pub fn undone(label: &str, lang: Lang) -> String {
    t!(lang, "undo-done", label = label)
}

/// Said when there is nothing of this copy's left to undo.
pub fn nothing(lang: Lang) -> String {
    t!(lang, "undo-nothing")
}

fn said(outcome: UndoOutcome, lang: Lang, id: &str) -> Said {
    match outcome {
        UndoOutcome::Nothing => Err(nothing(lang)),
        UndoOutcome::Refused(why) => Err(why),
        UndoOutcome::Undone { label } => Ok(t!(lang, id, label = label)),
    }
}
