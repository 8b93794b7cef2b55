//! Loads that need not run: a screen still shows what its last load answered, so when nothing
//! was written since (the store's `WriteMark`) and the same load is asked for again (a tab
//! switch back), the store worker skips it and the screen's data is on screen at once. Any
//! write (this app, an import, the CLI beside it) changes the mark, and every load runs again:
//! nothing stale is shown after a write.

use std::collections::HashMap;

use crate::store::Store;
use crate::store::queries::write_mark::WriteMark;
use crate::tui::app::effects::Effect;
use crate::tui::app::messages::Msg;
use crate::tui::screens::actions::messages::ActionsEffect;
use crate::tui::screens::exchange::messages::ExchangeEffect;
use crate::tui::screens::meeting::messages::MeetingEffect;
use crate::tui::screens::situation::messages::SituationEffect;
use crate::tui::screens::text::messages::TextEffect;

/// What a screen holds from the store: each load replaces its slot's data in the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Slot {
    Meeting,
    Observations,
    Overview,
    Police,
    Actions,
    ActionDetail,
    /// A document screen, by its index.
    Text(usize),
    Exchange,
}

/// The slot a pure read fills; `None` for everything else (writes, jobs, searches).
fn slot(effect: &Effect) -> Option<Slot> {
    Some(match effect {
        Effect::Meeting(MeetingEffect::Load) => Slot::Meeting,
        Effect::Situation(SituationEffect::LoadObservations { .. }) => Slot::Observations,
        Effect::Situation(SituationEffect::LoadOverview) => Slot::Overview,
        Effect::Situation(SituationEffect::LoadPolice(_)) => Slot::Police,
        Effect::Actions(ActionsEffect::Load { .. }) => Slot::Actions,
        Effect::Actions(ActionsEffect::LoadDetail(_)) => Slot::ActionDetail,
        Effect::Text(TextEffect::Load(screen)) => Slot::Text(screen.index()),
        // Besides the store it reads only the working directory, which the app never changes.
        Effect::Exchange(ExchangeEffect::Load { .. }) => Slot::Exchange,
        _ => return None,
    })
}

/// The last load answered per slot, at the database's mark when it ran. The UI applies every
/// answer in the order asked, so a slot's last load is what that screen shows.
#[derive(Debug, Default)]
pub struct Answered {
    mark: Option<WriteMark>,
    last: HashMap<Slot, Effect>,
}

impl Answered {
    /// Whether an effect is a load this remembers.
    pub fn is_load(effect: &Effect) -> bool {
        slot(effect).is_some()
    }

    /// Whether `effect` would answer exactly what its screen already shows.
    pub fn on_screen(&mut self, store: &Store, effect: &Effect) -> bool {
        let Some(slot) = slot(effect) else {
            return false;
        };
        // Unknown (an error reading the mark): load.
        let Ok(mark) = store.write_mark() else {
            self.forget();
            return false;
        };
        if self.mark != Some(mark) {
            self.last.clear();
            self.mark = Some(mark);
            return false;
        }
        self.last.get(&slot) == Some(effect)
    }

    /// Remembers a load the worker carried out and its answers (a failed load is not on screen).
    pub fn carried_out(&mut self, effect: Effect, answers: &[Msg]) {
        let Some(slot) = slot(&effect) else {
            return;
        };
        if answers.iter().any(|m| matches!(m, Msg::Failed(_))) {
            self.last.remove(&slot);
        } else {
            self.last.insert(slot, effect);
        }
    }

    fn forget(&mut self) {
        self.mark = None;
        self.last.clear();
    }
}
