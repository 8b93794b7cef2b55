//! Reads the action list and the chain around one action (no SQL here).

use chrono::NaiveDate;

use crate::domain::{Cause, Goal, Id, Indicator, PlanItem, Problem, Vocabulary};
use crate::store::queries::Page;
use crate::store::queries::actions::{ActionFilter, ActionRow};
use crate::store::{Result, Store};
use crate::tui::app::messages::Msg;
use crate::tui::screens::Screen;
use crate::tui::screens::actions::messages::{ActionsEffect, ActionsMsg};
use crate::tui::screens::actions::state::{ActionDetail, ActionFilterState};

pub fn action_filter(f: &ActionFilterState, today: NaiveDate) -> ActionFilter {
    ActionFilter {
        statuses: f.status.map(|s| vec![s]),
        overdue_on: f.overdue_only.then_some(today),
        personal_data_only: f.personal_data_only,
        owner: f.owner,
        plan_item: f.plan_item,
        text: Some(f.text.clone()).filter(|t| !t.trim().is_empty()),
        ..ActionFilter::default()
    }
}

pub fn actions(
    s: &Store,
    f: &ActionFilterState,
    page: Page,
    today: NaiveDate,
) -> Result<(usize, Vec<ActionRow>)> {
    let filter = action_filter(f, today);
    Ok((s.count_actions(&filter)?, s.actions(&filter, today, page)?))
}

/// One action with its follow-ups and its place in the chain problem → cause → action →
/// goal → indicator.
pub fn action_detail(s: &Store, id: Id, lang: crate::domain::Lang) -> Result<ActionDetail> {
    let action: Option<crate::domain::Action> = s.get(id)?;
    let follow_ups = s.follow_ups(id)?;
    let mut d = ActionDetail {
        follow_ups,
        ..ActionDetail::default()
    };
    if let Some(item_id) = action.as_ref().and_then(|a| a.plan_item_id)
        && let Some(item) = s.get::<PlanItem>(item_id)?
    {
        d.plan_item = Some(format!("{} {}", item.number, item.title));
        if let Some(p) = item
            .problem_id
            .map(|p| s.get::<Problem>(p))
            .transpose()?
            .flatten()
        {
            d.problem = Some(p.title);
        }
        for c in &item.cause_ids {
            if let Some(c) = s.get::<Cause>(*c)? {
                d.causes
                    .push(format!("{}: {}", c.perspective.label_sv(), c.description));
            }
        }
        if let Some(g) = item
            .goal_id
            .map(|g| s.get::<Goal>(g))
            .transpose()?
            .flatten()
        {
            let indicators: Vec<Indicator> = s.indicators_of(g.id)?;
            d.indicators = indicators
                .into_iter()
                .map(|i| {
                    let target = i
                        .target_value
                        .map(|v| crate::i18n::t!(lang, "tui-actions-indicator-target", value = v))
                        .unwrap_or_default();
                    let base = i
                        .baseline_value
                        .map(|v| crate::i18n::t!(lang, "tui-actions-indicator-baseline", value = v))
                        .unwrap_or_default();
                    format!("{} [{}]{base}{target}", i.name, i.unit)
                })
                .collect();
            d.goal = Some(g.text);
        }
        d.other_actions_in_chain = s
            .count_actions(&ActionFilter {
                plan_item: Some(item_id),
                ..ActionFilter::default()
            })?
            .saturating_sub(1);
    }
    d.action = action;
    Ok(d)
}

/// Carries out Åtgärder's work.
pub fn execute(
    s: &Store,
    today: NaiveDate,
    lang: crate::domain::Lang,
    effect: ActionsEffect,
) -> Result<Msg> {
    Ok(match effect {
        ActionsEffect::Load {
            filter,
            page,
            reset,
        } => {
            let (total, rows) = actions(s, &filter, page, today)?;
            ActionsMsg::Loaded {
                total,
                page,
                rows,
                reset,
            }
            .into()
        }
        ActionsEffect::LoadDetail(id) => {
            ActionsMsg::Detail(Box::new(action_detail(s, id, lang)?)).into()
        }
        ActionsEffect::Locate { filter, id } => Msg::Located {
            screen: Screen::Actions,
            index: s.action_position(&action_filter(&filter, today), id)?,
        },
    })
}
