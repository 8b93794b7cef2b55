//! The samverkansöverenskommelse with the police, its priorities and the medborgarlöften.

use chrono::NaiveDate;

use super::entity::entity;
use super::id::Id;
use super::vocab::{ActionStatus, PromiseBasis};

entity! {
    Agreement => Agreement {
        title: String [name],
        party_org_ids: Vec<Id> [refers(Organisation)],
        period_start: NaiveDate,
        period_end: NaiveDate,
        /// Functions that signed: "kommunstyrelsens ordförande, lokalpolisområdeschef".
        signed_by: String,
        signed_on: Option<NaiveDate>,
        revision_due: Option<NaiveDate>,
        documentation_rule: String,
        follow_up_rule: String,
        /// Bilaga: lokal problembild.
        appendix: String [free_text],
        /// Out of use when false: it leaves the pickers and stays in history and reports.
        /// Empty (records made before the field existed) counts as in use.
        active: Option<bool>,
    }
}

entity! {
    /// A prioritised area (fokusområde) of the agreement.
    Priority => Priority {
        agreement_id: Id [refers(Agreement)],
        number: i64,
        title: String [name],
        problem_picture: String [free_text],
        causes: String [free_text],
        status: ActionStatus [shared],
    }
}

entity! {
    /// A medborgarlöfte: the police and the kommun promise residents something concrete.
    CitizenPromise => CitizenPromise {
        agreement_id: Id [refers(Agreement)],
        period_start: NaiveDate,
        period_end: NaiveDate,
        text: String [name, free_text],
        basis: PromiseBasis,
        place_ids: Vec<Id> [refers(Place)],
        /// Out of use when false: it leaves the pickers and stays in history and reports.
        /// Empty (records made before the field existed) counts as in use.
        active: Option<bool>,
    }
}

entity! {
    /// One row of a promise, in the police's columns: Aktivitet | Omfattning | Ansvarig | Uppföljning.
    PromiseActivity => PromiseActivity {
        promise_id: Id [refers(CitizenPromise)],
        number: i64,
        activity: String [name],
        scope: String,
        responsible_org_id: Id [refers(Organisation)],
        follow_up_forum: String,
        status: ActionStatus [shared],
    }
}
