//! Actions (insatser, åtgärder) — weekly insatser and plan items alike — and their follow-ups.

use chrono::NaiveDate;

use super::entity::{EntityKind, entity};
use super::id::Id;
use super::vocab::{ActionKind, ActionOrigin, ActionStatus, Horizon};
use super::week::IsoWeek;

entity! {
    Action => Action {
        title: String [name, free_text],
        description: String [free_text],
        kind: ActionKind,
        horizon: Horizon,
        area_id: Option<Id> [refers(Area)],
        place_id: Option<Id> [refers(Place)],
        responsible_org_id: Option<Id> [refers(Organisation)],
        /// The function responsible at that organisation ("fältsekreterare").
        responsible_function: String,
        partner_org_ids: Vec<Id> [refers(Organisation)],
        start_on: Option<NaiveDate>,
        /// The deadline. When a week was given, this is its Sunday.
        due_on: Option<NaiveDate>,
        /// The week the deadline was given as, when it was given as a week.
        due_week: Option<IsoWeek>,
        /// "fre–lör kvällar v. 34–36"
        recurrence: Option<String>,
        status: ActionStatus [shared],
        origin: ActionOrigin,
        /// The meeting that decided it.
        meeting_id: Option<Id> [refers(Meeting)],
        plan_item_id: Option<Id> [refers(PlanItem)],
        priority_id: Option<Id> [refers(Priority)],
        promise_activity_id: Option<Id> [refers(PromiseActivity)],
        finding_id: Option<Id> [refers(Finding)],
        theme_ids: Vec<Id> [refers(Theme)],
        factor_ids: Vec<Id> [refers(Factor)],
        expected_effect: String [free_text],
        result: String [free_text, shared],
        done_on: Option<NaiveDate> [shared],
        pii_confirmed: bool,
    }
}

/// Why a status change is not allowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}.", self.reason())]
pub struct StatusChangeError {
    pub from: ActionStatus,
    pub to: ActionStatus,
    /// The message id of what to do first, if anything.
    pub hint: Option<&'static str>,
}

impl StatusChangeError {
    /// Why, and what to do first, to be worded in the reader's language (without a full stop,
    /// so a longer sentence can carry it).
    pub fn reason(&self) -> crate::i18n::Said {
        let said = crate::i18n::said!("error-action-status-change")
            .with_label("from", self.from)
            .with_label("to", self.to);
        match self.hint {
            Some(hint) => said.with_said("hint", crate::i18n::said!(hint)),
            None => said.with_message("hint", "error-action-no-hint".to_string()),
        }
    }
}

impl ActionStatus {
    /// Still to be done: counts towards the open list and can be late.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            ActionStatus::Foreslagen | ActionStatus::Beslutad | ActionStatus::Pagar
        )
    }

    /// The statuses this one may change to. Finished work can be reopened (set to pågår); a
    /// cancelled action can be proposed again.
    pub fn allowed_next(self) -> &'static [ActionStatus] {
        use ActionStatus::*;
        match self {
            Foreslagen => &[Beslutad, Pagar, Installd],
            Beslutad => &[Pagar, Genomford, Installd],
            Pagar => &[Genomford, Installd],
            Genomford => &[Pagar],
            Installd => &[Foreslagen],
        }
    }

    pub fn check_change(self, to: ActionStatus) -> Result<(), StatusChangeError> {
        if self == to || self.allowed_next().contains(&to) {
            return Ok(());
        }
        let hint = match (self, to) {
            (ActionStatus::Foreslagen, ActionStatus::Genomford) => {
                Some("error-action-decide-first")
            }
            (ActionStatus::Installd, _) => Some("error-action-propose-again"),
            _ => None,
        };
        Err(StatusChangeError {
            from: self,
            to,
            hint,
        })
    }
}

impl Action {
    /// Late: still open and past its deadline. Derived, never stored.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        is_overdue(self.status, self.due_on, today)
    }

    /// Sets the deadline as a week: the action is due by that week's Sunday.
    pub fn set_due_week(&mut self, week: IsoWeek) {
        self.due_week = Some(week);
        self.due_on = Some(week.sunday());
    }

    /// Changes status by the rules, keeping `done_on` in step.
    pub fn change_status(
        &mut self,
        to: ActionStatus,
        today: NaiveDate,
    ) -> Result<(), StatusChangeError> {
        self.status.check_change(to)?;
        self.status = to;
        self.done_on = (to == ActionStatus::Genomford).then_some(self.done_on.unwrap_or(today));
        Ok(())
    }
}

/// The overdue rule, shared by the domain type and store queries that only have the columns.
pub fn is_overdue(status: ActionStatus, due_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    status.is_open() && due_on.is_some_and(|d| d < today)
}

entity! {
    /// A follow-up line in the history of an action, an activity or a priority.
    FollowUp => FollowUp {
        subject_kind: EntityKind,
        subject_id: Id,
        meeting_id: Option<Id> [refers(Meeting)],
        date: NaiveDate,
        status_after: Option<ActionStatus>,
        comment: String [name, free_text],
        pii_confirmed: bool,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Classification;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    fn action(status: ActionStatus, due: Option<NaiveDate>) -> Action {
        Action {
            id: Id::new(),
            classification: Classification::Begransad,
            title: "Utökad belysning i gångtunneln".into(),
            description: String::new(),
            kind: ActionKind::Situationell,
            horizon: Horizon::Kort,
            area_id: None,
            place_id: None,
            responsible_org_id: None,
            responsible_function: String::new(),
            partner_org_ids: vec![],
            start_on: None,
            due_on: due,
            due_week: None,
            recurrence: None,
            status,
            origin: ActionOrigin::Vecka,
            meeting_id: None,
            plan_item_id: None,
            priority_id: None,
            promise_activity_id: None,
            finding_id: None,
            theme_ids: vec![],
            factor_ids: vec![],
            expected_effect: String::new(),
            result: String::new(),
            done_on: None,
            pii_confirmed: false,
        }
    }

    #[test]
    fn overdue_needs_an_open_status_and_a_past_deadline() {
        let today = d(2026, 11, 19);
        assert!(action(ActionStatus::Pagar, Some(d(2026, 11, 18))).is_overdue(today));
        assert!(action(ActionStatus::Beslutad, Some(d(2026, 1, 1))).is_overdue(today));
        assert!(
            !action(ActionStatus::Pagar, Some(today)).is_overdue(today),
            "due today is not late"
        );
        assert!(!action(ActionStatus::Genomford, Some(d(2026, 1, 1))).is_overdue(today));
        assert!(!action(ActionStatus::Installd, Some(d(2026, 1, 1))).is_overdue(today));
        assert!(!action(ActionStatus::Pagar, None).is_overdue(today));
    }

    #[test]
    fn a_due_week_means_its_sunday() {
        let mut a = action(ActionStatus::Beslutad, None);
        if let Ok(w) = IsoWeek::new(2026, 47) {
            a.set_due_week(w);
        }
        assert_eq!(a.due_on, Some(d(2026, 11, 22)));
        assert!(!a.is_overdue(d(2026, 11, 22)));
        assert!(a.is_overdue(d(2026, 11, 23)));
    }

    #[test]
    fn status_transitions_follow_the_rules() {
        use ActionStatus::*;
        assert!(Foreslagen.check_change(Beslutad).is_ok());
        assert!(Beslutad.check_change(Genomford).is_ok());
        assert!(
            Genomford.check_change(Pagar).is_ok(),
            "finished work can be reopened"
        );
        let err = Foreslagen
            .check_change(Genomford)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("Besluta"), "{err}");
        assert!(Installd.check_change(Pagar).is_err());
        assert!(Installd.check_change(Foreslagen).is_ok());
        for s in ActionStatus::ALL {
            assert!(
                s.check_change(*s).is_ok(),
                "unchanged status is always fine"
            );
        }
    }

    #[test]
    fn done_on_follows_the_status() {
        let today = d(2026, 11, 19);
        let mut a = action(ActionStatus::Pagar, None);
        assert!(a.change_status(ActionStatus::Genomford, today).is_ok());
        assert_eq!(a.done_on, Some(today));
        assert!(a.change_status(ActionStatus::Pagar, today).is_ok());
        assert_eq!(a.done_on, None);
    }

    use crate::domain::vocab::Vocabulary;
}
