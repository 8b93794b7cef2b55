//! The plan's rows walked in order: a plan item's problem, causes, goal and indicators once,
//! where its number and title first appear; an action, its owner and its last follow-up on
//! every row.

use chrono::{Datelike, NaiveDate};

use super::PlanRecords;
use super::cells::{IndicatorParts, causes, first, indicator_parts};
use crate::domain::pii::{self, Register};
use crate::domain::vocab::Vocabulary;
use crate::domain::vocab::{
    ActionKind, ActionOrigin, ActionStatus, Certainty, Direction, Frequency, Horizon,
    IndicatorSource, Perspective, PlanStatus, TriangleSide,
};
use crate::domain::{
    Action, ActionPlan, Cause, Classification, EntityKind, FollowUp, Goal, Id, Indicator,
    IndicatorValue, Lang, Organisation, PlanItem, Problem,
};
use crate::i18n::t;
use crate::report::plan::{Column, headers};
use crate::sheets::read::{Cell, Table};
use crate::sheets::rows::RowError;

/// What the rows read so far made of the current plan item.
struct ItemBuilt {
    number: String,
    title: String,
    id: Id,
}

/// The plan's records from its follow-up sheet's rows; or the faults, by row and column.
pub fn records(
    table: &Table,
    title: &str,
    existing_organisations: &[Organisation],
    register: &Register,
    confirm_personal_data: bool,
    today: NaiveDate,
    lang: Lang,
) -> Result<PlanRecords, Vec<RowError>> {
    let class = Classification::default();
    let year = today.year();
    let mut out = PlanRecords::default();
    let plan = ActionPlan {
        id: Id::new(),
        classification: class,
        title: title.to_string(),
        period_start: NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today),
        period_end: NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today),
        based_on_picture_id: None,
        decided_by: None,
        decision_ref: None,
        decided_on: None,
        review_interval_months: crate::domain::plan::DEFAULT_REVIEW_INTERVAL_MONTHS,
        status: PlanStatus::Utkast,
        place_project_id: None,
    };
    let mut errors = Vec::new();
    let mut organisations: Vec<Organisation> = existing_organisations.to_vec();
    let mut current: Option<ItemBuilt> = None;
    let heading =
        |c: Column| headers(lang)[Column::ALL.iter().position(|x| *x == c).unwrap_or(0)].clone();
    let no_actions = t!(lang, "plan-no-actions");
    for (row, cells) in &table.rows {
        let text = |c: Column| {
            let at = Column::ALL.iter().position(|x| *x == c).unwrap_or(0);
            cells.get(at).map(Cell::shown).unwrap_or_default()
        };
        let date = |c: Column, errors: &mut Vec<RowError>| -> Option<NaiveDate> {
            let at = Column::ALL.iter().position(|x| *x == c).unwrap_or(0);
            let cell = cells.get(at).cloned().unwrap_or(Cell::Empty);
            match crate::sheets::values::value(
                &cell,
                crate::sheets::columns::Values::Date,
                None,
                lang,
            ) {
                Ok(v) => serde_json::from_value(v).ok().flatten(),
                Err(problem) => {
                    errors.push(RowError {
                        row: *row,
                        column: Some(heading(c)),
                        problem,
                    });
                    None
                }
            }
        };
        for c in [
            Column::Problem,
            Column::Cause,
            Column::Goal,
            Column::Action,
            Column::Comment,
        ] {
            let found = pii::flagged(&text(c), register);
            if !found.is_empty() && !confirm_personal_data {
                errors.push(RowError {
                    row: *row,
                    column: Some(heading(c)),
                    problem: t!(
                        lang,
                        "sheet-personal-data",
                        found = pii::found_list_sv(&found).unwrap_or_default()
                    ),
                });
            }
        }
        let owner = text(Column::Owner);
        let owner_id = (!owner.is_empty()).then(|| {
            // The export writes the short name; the template's drop-down offers the name.
            let known = organisations.iter().find(|o| {
                o.short_name
                    .as_deref()
                    .unwrap_or(&o.name)
                    .eq_ignore_ascii_case(&owner)
                    || o.name.eq_ignore_ascii_case(&owner)
            });
            match known {
                Some(o) => o.id,
                None => {
                    let o = Organisation {
                        id: Id::new(),
                        classification: class,
                        name: owner.clone(),
                        short_name: None,
                        kind: "annan".into(),
                        is_authority: false,
                        active: true,
                    };
                    organisations.push(o.clone());
                    out.organisations.push(o.clone());
                    o.id
                }
            }
        });
        let same_item = current
            .as_ref()
            .is_some_and(|c| c.number == text(Column::Number) && c.title == text(Column::Item));
        if !same_item {
            let problem_id = (!text(Column::Problem).is_empty()).then(|| {
                let p = Problem {
                    id: Id::new(),
                    classification: class,
                    title: text(Column::Problem),
                    description: String::new(),
                    area_ids: Vec::new(),
                    event_type_ids: Vec::new(),
                    evidence: String::new(),
                    priority: out.problems.len() as i64 + 1,
                    pii_confirmed: confirm_personal_data,
                    active: None,
                };
                let id = p.id;
                out.problems.push(p);
                id
            });
            let mut cause_ids = Vec::new();
            for cause in causes(&text(Column::Cause)) {
                let (description, perspective) = cause
                    .rsplit_once(" (")
                    .and_then(|(d, p)| Some((d, Perspective::parse(p.strip_suffix(')')?)?)))
                    .unwrap_or((cause.as_str(), first::<Perspective>()));
                let c = Cause {
                    id: Id::new(),
                    classification: class,
                    problem_id: problem_id.unwrap_or_default(),
                    perspective,
                    triangle_side: first::<TriangleSide>(),
                    description: description.to_string(),
                    certainty: Certainty::Medel,
                    pii_confirmed: confirm_personal_data,
                    active: None,
                };
                if problem_id.is_none() {
                    errors.push(RowError {
                        row: *row,
                        column: Some(heading(Column::Cause)),
                        problem: t!(lang, "sheet-plan-cause-without-problem"),
                    });
                }
                cause_ids.push(c.id);
                out.causes.push(c);
            }
            let goal_id = (!text(Column::Goal).is_empty()).then(|| {
                let g = Goal {
                    id: Id::new(),
                    classification: class,
                    text: text(Column::Goal),
                    measurable: !text(Column::Indicator).is_empty(),
                    plan_id: Some(plan.id),
                    priority_id: None,
                    place_project_id: None,
                    active: None,
                };
                let id = g.id;
                out.goals.push(g);
                id
            });
            for indicator in text(Column::Indicator)
                .split("; ")
                .filter(|c| !c.trim().is_empty())
            {
                let IndicatorParts {
                    name,
                    now,
                    baseline,
                    target,
                } = indicator_parts(indicator, lang);
                let i = Indicator {
                    id: Id::new(),
                    classification: class,
                    goal_id,
                    name,
                    unit: now.as_ref().map(|n| n.1.clone()).unwrap_or_default(),
                    source: first::<IndicatorSource>(),
                    direction: match (baseline, target) {
                        (Some(b), Some(t)) if t < b => Direction::Minska,
                        _ => Direction::Oka,
                    },
                    baseline_value: baseline,
                    baseline_on: None,
                    target_value: target,
                    target_on: None,
                    frequency: first::<Frequency>(),
                    active: None,
                };
                if let Some((value, _, period)) = now {
                    out.values.push(IndicatorValue {
                        id: Id::new(),
                        classification: class,
                        indicator_id: i.id,
                        period,
                        measured_on: today,
                        value,
                        note: String::new(),
                    });
                }
                out.indicators.push(i);
            }
            let item = PlanItem {
                id: Id::new(),
                classification: class,
                plan_id: plan.id,
                number: text(Column::Number),
                title: text(Column::Item),
                problem_id,
                cause_ids,
                goal_id,
                responsible_org_id: None,
                start_on: None,
                end_on: None,
                resources: String::new(),
                active: None,
            };
            current = Some(ItemBuilt {
                number: item.number.clone(),
                title: item.title.clone(),
                id: item.id,
            });
            out.items.push(item);
        }
        let item_id = current.as_ref().map(|c| c.id).unwrap_or_default();
        if text(Column::Action).is_empty() {
            if let Some(item) = out.items.iter_mut().find(|i| i.id == item_id) {
                item.responsible_org_id = owner_id;
            }
            if !text(Column::Status).is_empty() && text(Column::Status) != no_actions {
                errors.push(RowError {
                    row: *row,
                    column: Some(heading(Column::Action)),
                    problem: t!(lang, "sheet-required", column = heading(Column::Action)),
                });
            }
            continue;
        }
        let status_text = text(Column::Status);
        let status_label = status_text.split(" – ").next().unwrap_or_default();
        let Some(status) = ActionStatus::parse(status_label) else {
            errors.push(RowError {
                row: *row,
                column: Some(heading(Column::Status)),
                problem: t!(
                    lang,
                    "sheet-unknown",
                    value = status_text.as_str(),
                    valid = ActionStatus::ALL
                        .iter()
                        .map(|s| s.label(lang))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
            continue;
        };
        let due = date(Column::Due, &mut errors);
        let last = date(Column::LastFollowUp, &mut errors);
        let action = Action {
            id: Id::new(),
            classification: class,
            title: text(Column::Action),
            description: String::new(),
            kind: first::<ActionKind>(),
            horizon: Horizon::Lang,
            area_id: None,
            place_id: None,
            responsible_org_id: owner_id,
            responsible_function: String::new(),
            partner_org_ids: Vec::new(),
            start_on: None,
            due_on: due,
            due_week: None,
            recurrence: None,
            status,
            origin: ActionOrigin::Atgardsplan,
            meeting_id: None,
            plan_item_id: Some(item_id),
            priority_id: None,
            promise_activity_id: None,
            finding_id: None,
            theme_ids: Vec::new(),
            factor_ids: Vec::new(),
            expected_effect: String::new(),
            result: String::new(),
            done_on: None,
            pii_confirmed: confirm_personal_data,
        };
        if let Some(on) = last {
            out.follow_ups.push(FollowUp {
                id: Id::new(),
                classification: class,
                subject_kind: EntityKind::Action,
                subject_id: action.id,
                meeting_id: None,
                date: on,
                status_after: None,
                comment: text(Column::Comment),
                pii_confirmed: confirm_personal_data,
            });
        }
        out.actions.push(action);
    }
    out.plan = Some(plan);
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}
