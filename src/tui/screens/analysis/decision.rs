//! Recording the chosen priority areas as the period's decision. The domain's place for it is
//! the situation picture of the period (level tertial or år, spanning the period, for the whole
//! municipality) and its area assessments: `is_priority` and `priority_rank` (DOMAIN.md). One
//! change: the picture when it is new, and the assessments whose priority changes — one
//! transaction through the op log, undone as a whole.

use crate::analysis::{Period, PeriodKind};
use crate::domain::{
    AreaAssessment, AreaLevel, Classification, Id, Lang, PictureLevel, PictureStatus,
    SituationPicture, Trend,
};
use crate::i18n::t;
use crate::tui::app::effects::{Change, Record};
use crate::tui::screens::analysis::model::AnalysisData;

/// The picture level that records a period's decision; a quarter has none (the law's and the
/// municipalities' rhythm is the tertial and the year).
pub fn picture_level(kind: PeriodKind) -> Option<PictureLevel> {
    match kind {
        PeriodKind::Tertial => Some(PictureLevel::Tertial),
        PeriodKind::Year => Some(PictureLevel::Ar),
        _ => None,
    }
}

/// The trend a new assessment gets from the score's trend factor (this period's weighted
/// count against the previous period's).
fn trend_of(factor: f64) -> Trend {
    if factor > 1.0 {
        Trend::Okande
    } else if factor < 1.0 {
        Trend::Minskande
    } else {
        Trend::Oforandrad
    }
}

/// The change that makes `chosen` (in rank order) the period's priority areas. Areas that were
/// priorities and are not chosen any more lose the mark; an area without an assessment in the
/// picture gets one with its latest level (lugnt when it was never assessed) and the score's
/// trend. `Err` is a sentence for the user.
pub fn change(data: &AnalysisData, chosen: &[Id], lang: Lang) -> Result<Change, String> {
    let period = data.period;
    let Some(level) = picture_level(period.kind) else {
        return Err(t!(lang, "tui-analysis-decision-no-level"));
    };
    if chosen.is_empty() {
        return Err(t!(lang, "tui-analysis-decision-none-chosen"));
    }
    let mut records = Vec::new();
    let (picture_id, assessments) = match &data.decision {
        Some(d) => (d.picture.id, d.assessments.clone()),
        None => {
            let picture = new_picture(period, level);
            let id = picture.id;
            records.push(Record::SituationPicture(picture));
            (id, Vec::new())
        }
    };
    for (i, area) in chosen.iter().enumerate() {
        let rank = Some(i as i64 + 1);
        let mut a = match assessments.iter().find(|a| a.area_id == *area) {
            Some(a) => a.clone(),
            None => new_assessment(data, picture_id, *area),
        };
        if !a.is_priority || a.priority_rank != rank {
            a.is_priority = true;
            a.priority_rank = rank;
            records.push(Record::AreaAssessment(a));
        }
    }
    for a in assessments
        .iter()
        .filter(|a| a.is_priority && !chosen.contains(&a.area_id))
    {
        let mut a = a.clone();
        a.is_priority = false;
        a.priority_rank = None;
        records.push(Record::AreaAssessment(a));
    }
    let names: Vec<String> = chosen
        .iter()
        .map(|id| {
            data.scores
                .iter()
                .find(|s| s.area_id == *id)
                .map(|s| s.name.clone())
                .unwrap_or_default()
        })
        .collect();
    Ok(Change::new(
        t!(
            lang,
            "tui-analysis-decision-saved",
            period = period.label(lang),
            areas = names.join(", ")
        ),
        records,
    ))
}

fn new_picture(period: Period, level: PictureLevel) -> SituationPicture {
    SituationPicture {
        id: Id::new(),
        classification: Classification::Begransad,
        level,
        period_start: period.from,
        period_end: period.to,
        scope_area_id: None,
        meeting_id: None,
        summary: String::new(),
        status: PictureStatus::Utkast,
        established_by: None,
        established_at: None,
        distribution: String::new(),
    }
}

fn new_assessment(data: &AnalysisData, picture_id: Id, area: Id) -> AreaAssessment {
    let factor = data
        .scores
        .iter()
        .find(|s| s.area_id == area)
        .map_or(1.0, |s| s.trend_factor);
    AreaAssessment {
        id: Id::new(),
        classification: Classification::Begransad,
        picture_id,
        area_id: area,
        level: data.levels.get(&area).copied().unwrap_or(AreaLevel::Lugnt),
        trend: trend_of(factor),
        key_event_type_ids: Vec::new(),
        text: String::new(),
        is_priority: false,
        priority_rank: None,
        hot_spot_place_ids: Vec::new(),
    }
}
