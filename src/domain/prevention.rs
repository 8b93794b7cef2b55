//! Preventive work under the preventionsstjärnan: themes, risk and protective factors, measures.

use chrono::NaiveDate;

use super::entity::entity;
use super::id::Id;
use super::vocab::{FactorContext, FactorType, MeasureStatus, PreventionLevel};

entity! {
    /// A theme of the preventionsstjärnan (configurable, loaded from `data/`).
    Theme => Theme {
        code: String,
        label_sv: String [name],
        label_en: String,
        sort: i64,
        active: bool,
    }
}

entity! {
    /// A risk or protective factor in a context.
    Factor => Factor {
        label: String [name],
        factor_type: FactorType,
        context: FactorContext,
        theme_ids: Vec<Id> [refers(Theme)],
        /// Out of use when false: it leaves the pickers and stays in history and reports.
        /// Empty (records made before the field existed) counts as in use.
        active: Option<bool>,
    }
}

entity! {
    PreventiveMeasure => PreventiveMeasure {
        title: String [name],
        description: String [free_text],
        responsible_org_id: Option<Id> [refers(Organisation)],
        /// Förvaltning or unit inside the organisation.
        responsible_unit: String,
        target_group: String,
        level: PreventionLevel,
        theme_ids: Vec<Id> [refers(Theme)],
        factor_ids: Vec<Id> [refers(Factor)],
        status: MeasureStatus,
        last_follow_up_on: Option<NaiveDate>,
    }
}

impl MeasureStatus {
    /// Counts in the coverage view.
    pub fn is_active(self) -> bool {
        matches!(self, MeasureStatus::Aktiv)
    }
}

/// The themes that no active measure covers: "which themes have no active measure?".
pub fn uncovered_themes<'a>(themes: &'a [Theme], measures: &[PreventiveMeasure]) -> Vec<&'a Theme> {
    themes
        .iter()
        .filter(|t| t.active)
        .filter(|t| {
            !measures
                .iter()
                .any(|m| m.status.is_active() && m.theme_ids.contains(&t.id))
        })
        .collect()
}
