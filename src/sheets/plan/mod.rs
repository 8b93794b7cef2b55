//! Moving an åtgärdsplan in: the app's own follow-up sheet (`report::plan`, one row per action
//! with its plan item's problem, causes, goal and indicators beside it) read back into a copy as
//! the same plan, so that exporting it again gives the same rows. What the sheet does not carry
//! (the plan's period, a problem's description, an indicator's source) gets the form's default.
//!
//! `cells` reads the texts the export joined (causes, indicators); `rows` walks the rows;
//! `template` is the sheet's empty shape to fill in by hand.

mod cells;
mod rows;
pub mod template;

pub use rows::records;

use std::io::Read;

use crate::domain::{
    Action, ActionPlan, Cause, FollowUp, Goal, Indicator, IndicatorValue, Lang, Organisation,
    PlanItem, Problem,
};
use crate::i18n::t;
use crate::report::plan::headers;

use super::read::Table;

/// Whether a sheet's headings are those of the plan's follow-up sheet, in any language.
pub fn is_plan_sheet(table: &Table) -> Option<Lang> {
    Lang::ALL.iter().copied().find(|lang| {
        let want = headers(*lang);
        want.len() == table.headings.len()
            && want
                .iter()
                .zip(&table.headings)
                .all(|(w, h)| w.trim().eq_ignore_ascii_case(h.trim()))
    })
}

/// The plan's title as the export wrote it in the workbook's properties ("Åtgärdsplan – X").
pub fn workbook_title(bytes: &[u8], lang: Lang) -> Option<String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut core = String::new();
    zip.by_name("docProps/core.xml")
        .ok()?
        .read_to_string(&mut core)
        .ok()?;
    let (_, rest) = core.split_once("<dc:title>")?;
    let (title, _) = rest.split_once("</dc:title>")?;
    let title = title
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
    let prefix = t!(lang, "plan-name", title = "");
    Some(
        title
            .strip_prefix(&prefix)
            .unwrap_or(&title)
            .trim()
            .to_string(),
    )
}

/// Every record the plan becomes, in the order they must be written.
#[derive(Debug, Clone, Default)]
pub struct PlanRecords {
    pub organisations: Vec<Organisation>,
    pub plan: Option<ActionPlan>,
    pub problems: Vec<Problem>,
    pub causes: Vec<Cause>,
    pub goals: Vec<Goal>,
    pub indicators: Vec<Indicator>,
    pub values: Vec<IndicatorValue>,
    pub items: Vec<PlanItem>,
    pub actions: Vec<Action>,
    pub follow_ups: Vec<FollowUp>,
}

impl PlanRecords {
    /// How many records are new.
    pub fn count(&self) -> usize {
        self.organisations.len()
            + usize::from(self.plan.is_some())
            + self.problems.len()
            + self.causes.len()
            + self.goals.len()
            + self.indicators.len()
            + self.values.len()
            + self.items.len()
            + self.actions.len()
            + self.follow_ups.len()
    }

    /// Writes them, in one transaction the caller opened.
    pub fn write(&self, w: &mut crate::store::Writer<'_>) -> crate::store::Result<()> {
        for o in &self.organisations {
            w.create(o)?;
        }
        if let Some(p) = &self.plan {
            w.create(p)?;
        }
        for p in &self.problems {
            w.create(p)?;
        }
        for c in &self.causes {
            w.create(c)?;
        }
        for g in &self.goals {
            w.create(g)?;
        }
        for i in &self.indicators {
            w.create(i)?;
        }
        for v in &self.values {
            w.create(v)?;
        }
        for i in &self.items {
            w.create(i)?;
        }
        for a in &self.actions {
            w.create(a)?;
        }
        for f in &self.follow_ups {
            w.create(f)?;
        }
        Ok(())
    }
}
