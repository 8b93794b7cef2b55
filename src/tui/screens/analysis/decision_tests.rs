//! The decision recorded from the ranking (`decision::change`), on the view-models' fixture:
//! a first decision makes the tertial's picture, a changed one moves ranks and marks.

use super::model_tests::{built, day, fixture};
use crate::analysis::Period;
use crate::domain::{AreaLevel, Id, Lang, PictureLevel, Trend};
use crate::tui::screens::analysis::state::AnalysisFilter;

use crate::tui::app::effects::Record;
use crate::tui::screens::analysis::decision;
use crate::tui::screens::analysis::model::Decision;

fn assessments(records: &[Record]) -> Vec<(Id, bool, Option<i64>, AreaLevel, Trend)> {
    records
        .iter()
        .filter_map(|r| match r {
            Record::AreaAssessment(a) => {
                Some((a.area_id, a.is_priority, a.priority_rank, a.level, a.trend))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_first_decision_makes_the_tertials_picture_and_ranks_the_chosen_areas() {
    let f = fixture();
    let i = &f.i;
    let d = built(&f, &AnalysisFilter::default());
    let change = decision::change(&d, &[i.soder, i.norr], Lang::Sv).expect("change");
    assert_eq!(
        change.label,
        "Prioriterade områden efter tertial 1 2027: Söder, Norr."
    );
    let Some(Record::SituationPicture(p)) = change.records.first() else {
        panic!("a new picture first: {:?}", change.records)
    };
    assert_eq!(p.level, PictureLevel::Tertial);
    assert_eq!(
        (p.period_start, p.period_end),
        (day("2027-01-01"), day("2027-04-30"))
    );
    assert_eq!(p.scope_area_id, None);
    // Never assessed: lugnt; the score's trend factor 2 is a rise.
    assert_eq!(
        assessments(&change.records),
        [
            (i.soder, true, Some(1), AreaLevel::Lugnt, Trend::Okande),
            (i.norr, true, Some(2), AreaLevel::Lugnt, Trend::Okande),
        ]
    );
}

#[test]
fn a_changed_decision_moves_the_ranks_and_takes_the_mark_from_areas_left_out() {
    let f = fixture();
    let i = &f.i;
    let mut d = built(&f, &AnalysisFilter::default());
    let first = decision::change(&d, &[i.norr, i.soder], Lang::Sv).expect("first");
    let mut picture = None;
    let mut kept = Vec::new();
    for r in first.records {
        match r {
            Record::SituationPicture(p) => picture = Some(p),
            Record::AreaAssessment(a) => kept.push(a),
            _ => {}
        }
    }
    d.decision = Some(Decision {
        picture: picture.expect("picture"),
        assessments: kept,
    });
    let again = decision::change(&d, &[i.soder], Lang::Sv).expect("again");
    assert!(
        !again
            .records
            .iter()
            .any(|r| matches!(r, Record::SituationPicture(_))),
        "the same picture"
    );
    assert_eq!(
        assessments(&again.records),
        [
            (i.soder, true, Some(1), AreaLevel::Lugnt, Trend::Okande),
            (i.norr, false, None, AreaLevel::Lugnt, Trend::Okande),
        ]
    );
}

#[test]
fn a_quarter_has_no_decision_and_nothing_chosen_is_no_decision() {
    let f = fixture();
    let mut d = built(&f, &AnalysisFilter::default());
    assert!(decision::change(&d, &[], Lang::Sv).is_err());
    d.period = Period::containing(crate::analysis::PeriodKind::Quarter, day("2027-01-01"));
    let err = decision::change(&d, &[f.i.norr], Lang::Sv).expect_err("quarter");
    assert!(err.contains("tertial eller år"), "{err}");
}
