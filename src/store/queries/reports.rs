//! The reads the exports need (minutes, åtgärdsplan, agreement follow-up, yearly summary):
//! whole domain records, in the order the documents list them.

use chrono::NaiveDate;

use crate::domain::{
    Action, ActionPlan, AgendaItem, Agreement, AreaAssessment, Attendance, Cause, CitizenPromise,
    FollowUp, Goal, Id, Indicator, IndicatorValue, Meeting, Observation, PlanItem, Priority,
    Problem, PromiseActivity, SituationPicture,
};
use crate::store::{Result, Store};

impl Store {
    /// Who attended a meeting (one row per organisation).
    pub fn attendance_of(&self, meeting: Id) -> Result<Vec<Attendance>> {
        self.find("e.meeting_id = ?1", "e.n", [meeting.to_string()])
    }

    /// The agenda of a meeting, by § number.
    pub fn agenda_of(&self, meeting: Id) -> Result<Vec<AgendaItem>> {
        self.find("e.meeting_id = ?1", "e.number, e.n", [meeting.to_string()])
    }

    /// The situation pictures drawn up at a meeting.
    pub fn pictures_of_meeting(&self, meeting: Id) -> Result<Vec<SituationPicture>> {
        self.find("e.meeting_id = ?1", "e.n", [meeting.to_string()])
    }

    /// Situation pictures whose period overlaps `from..=to`, oldest first.
    pub fn pictures_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<SituationPicture>> {
        self.find(
            "e.period_end >= ?1 AND e.period_start <= ?2",
            "e.period_start, e.n",
            [from.to_string(), to.to_string()],
        )
    }

    /// The area assessments of a situation picture; priorities first by rank.
    pub fn assessments_of(&self, picture: Id) -> Result<Vec<AreaAssessment>> {
        self.find(
            "e.picture_id = ?1",
            "e.is_priority DESC, e.priority_rank IS NULL, e.priority_rank, e.n",
            [picture.to_string()],
        )
    }

    /// The meeting of the same group before a date, if any.
    pub fn meeting_before(&self, group: &str, date: NaiveDate) -> Result<Option<Meeting>> {
        let found: Vec<Meeting> = self.find(
            "e.group_name = ?1 AND e.date < ?2",
            "e.date DESC, e.n DESC LIMIT 1",
            [group.to_string(), date.to_string()],
        )?;
        Ok(found.into_iter().next())
    }

    /// The meeting of the same group after a date, if any.
    pub fn meeting_after(&self, group: &str, date: NaiveDate) -> Result<Option<Meeting>> {
        let found: Vec<Meeting> = self.find(
            "e.group_name = ?1 AND e.date > ?2",
            "e.date, e.n LIMIT 1",
            [group.to_string(), date.to_string()],
        )?;
        Ok(found.into_iter().next())
    }

    /// The next meeting of any group on or after a day.
    pub fn next_meeting_from(&self, day: NaiveDate) -> Result<Option<Meeting>> {
        let found: Vec<Meeting> = self.find(
            "e.date >= ?1 AND e.status IN ('planerat', 'pagar')",
            "e.date, e.start_time, e.n LIMIT 1",
            [day.to_string()],
        )?;
        Ok(found.into_iter().next())
    }

    /// Observations that occurred in `from..=to` and count in a lägesbild (not dismissed, not
    /// duplicates), in time order.
    pub fn observations_for_picture(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<Observation>> {
        self.find(
            "e.occurred_on BETWEEN ?1 AND ?2 AND e.review_status NOT IN ('avford', 'dubblett')",
            "e.occurred_on, e.time_from, e.n",
            [from.to_string(), to.to_string()],
        )
    }

    /// The day of the first observation this copy holds, dismissed ones included (they show
    /// that recording had begun): how far back a comparison can reach.
    pub fn first_observation_on(&self) -> Result<Option<NaiveDate>> {
        let first: Vec<Observation> = self.find("1", "e.occurred_on, e.n LIMIT 1", [])?;
        Ok(first.into_iter().next().map(|o| o.occurred_on))
    }

    /// Actions decided at a meeting, in the order they were created.
    pub fn actions_decided_at(&self, meeting: Id) -> Result<Vec<Action>> {
        self.find("e.meeting_id = ?1", "e.n", [meeting.to_string()])
    }

    /// Actions still open (föreslagen, beslutad, pågår), earliest deadline first.
    pub fn open_actions(&self) -> Result<Vec<Action>> {
        self.find(
            "e.status IN ('foreslagen', 'beslutad', 'pagar')",
            "e.due_on IS NULL, e.due_on, e.n",
            [],
        )
    }

    /// Every action, earliest deadline first.
    pub fn all_actions(&self) -> Result<Vec<Action>> {
        self.find("1", "e.due_on IS NULL, e.due_on, e.n", [])
    }

    /// Follow-ups written at a meeting.
    pub fn follow_ups_at(&self, meeting: Id) -> Result<Vec<FollowUp>> {
        self.find("e.meeting_id = ?1", "e.date, e.n", [meeting.to_string()])
    }

    /// The action plans, the newest period first.
    pub fn action_plans(&self) -> Result<Vec<ActionPlan>> {
        self.find("1", "e.period_start DESC, e.n DESC", [])
    }

    /// The items of a plan, in plan numbering order.
    pub fn plan_items(&self, plan: Id) -> Result<Vec<PlanItem>> {
        self.find("e.plan_id = ?1", "e.number, e.n", [plan.to_string()])
    }

    /// The actions carrying out a plan item.
    pub fn actions_of_plan_item(&self, item: Id) -> Result<Vec<Action>> {
        self.find(
            "e.plan_item_id = ?1",
            "e.due_on IS NULL, e.due_on, e.n",
            [item.to_string()],
        )
    }

    /// Every problem picture, highest priority first.
    pub fn problems(&self) -> Result<Vec<Problem>> {
        self.find("1", "e.priority, e.n", [])
    }

    /// The causes found for a problem.
    pub fn causes_of(&self, problem: Id) -> Result<Vec<Cause>> {
        self.find("e.problem_id = ?1", "e.n", [problem.to_string()])
    }

    /// The indicators of a goal.
    pub fn indicators_of(&self, goal: Id) -> Result<Vec<Indicator>> {
        self.find("e.goal_id = ?1", "e.n", [goal.to_string()])
    }

    /// The measured values of an indicator, oldest first.
    pub fn indicator_values(&self, indicator: Id) -> Result<Vec<IndicatorValue>> {
        self.find(
            "e.indicator_id = ?1",
            "e.measured_on, e.n",
            [indicator.to_string()],
        )
    }

    /// The agreements with the police, the newest period first.
    pub fn agreements(&self) -> Result<Vec<Agreement>> {
        self.find("1", "e.period_start DESC, e.n DESC", [])
    }

    /// The priorities of an agreement, by number.
    pub fn priorities_of(&self, agreement: Id) -> Result<Vec<Priority>> {
        self.find(
            "e.agreement_id = ?1",
            "e.number, e.n",
            [agreement.to_string()],
        )
    }

    /// The goals of an agreement priority.
    pub fn goals_of_priority(&self, priority: Id) -> Result<Vec<Goal>> {
        self.find("e.priority_id = ?1", "e.n", [priority.to_string()])
    }

    /// The actions (activities) carrying out an agreement priority.
    pub fn actions_of_priority(&self, priority: Id) -> Result<Vec<Action>> {
        self.find(
            "e.priority_id = ?1",
            "e.due_on IS NULL, e.due_on, e.n",
            [priority.to_string()],
        )
    }

    /// The medborgarlöften of an agreement, the newest period first.
    pub fn promises_of(&self, agreement: Id) -> Result<Vec<CitizenPromise>> {
        self.find(
            "e.agreement_id = ?1",
            "e.period_start DESC, e.n",
            [agreement.to_string()],
        )
    }

    /// The activities of a medborgarlöfte, by number.
    pub fn activities_of(&self, promise: Id) -> Result<Vec<PromiseActivity>> {
        self.find("e.promise_id = ?1", "e.number, e.n", [promise.to_string()])
    }
}
