//! The gate every exported record passes: records classified intern stay out unless asked
//! for, free text the personal-data lint flags must have been confirmed, and the document's
//! stamp is the strictest classification of what went in.

use chrono::NaiveDate;

use super::error::{ReportError, Result};
use crate::domain::pii;
use crate::domain::{Classification, EntityKind, Id, Lang};

/// Tracks what a document contains while it is being gathered.
#[derive(Debug, Clone)]
pub struct Gate {
    include_internal: bool,
    /// The copy's own names (places, organisations): not people.
    register: pii::Register,
    strictest: Classification,
    internal_included: bool,
    internal_left_out: usize,
}

/// One free-text field of a record, as the gate needs to see it.
pub struct Text<'a> {
    pub kind: EntityKind,
    pub id: Id,
    /// The record's date, to name it in the error ("iakttagelse 2026-11-17").
    pub date: Option<NaiveDate>,
    pub field: &'static str,
    pub text: &'a str,
    /// The writer saw the warning and confirmed (only some kinds can be confirmed).
    pub confirmed: bool,
}

impl<'a> Text<'a> {
    /// A cause's description.
    pub fn cause(c: &'a crate::domain::Cause) -> Self {
        Text {
            kind: EntityKind::Cause,
            id: c.id,
            date: None,
            field: "description",
            text: &c.description,
            confirmed: c.pii_confirmed,
        }
    }

    /// A problem's description.
    pub fn problem(p: &'a crate::domain::Problem) -> Self {
        Text {
            kind: EntityKind::Problem,
            id: p.id,
            date: None,
            field: "description",
            text: &p.description,
            confirmed: p.pii_confirmed,
        }
    }

    /// A follow-up's comment.
    pub fn follow_up(f: &'a crate::domain::FollowUp) -> Self {
        Text {
            kind: EntityKind::FollowUp,
            id: f.id,
            date: Some(f.date),
            field: "comment",
            text: &f.comment,
            confirmed: f.pii_confirmed,
        }
    }

    /// A situation picture's summary (a picture has no confirmation).
    pub fn picture_summary(p: &'a crate::domain::SituationPicture) -> Self {
        Text {
            kind: EntityKind::SituationPicture,
            id: p.id,
            date: Some(p.period_end),
            field: "summary",
            text: &p.summary,
            confirmed: false,
        }
    }
}

impl Gate {
    pub fn new(include_internal: bool) -> Self {
        Gate {
            include_internal,
            register: pii::Register::default(),
            strictest: Classification::Oppen,
            internal_included: false,
            internal_left_out: 0,
        }
    }

    /// The gate of a document gathered from `store`: the copy's register tells its place and
    /// organisation names from people, as on save and in bundles.
    pub fn for_store(store: &crate::store::Store, include_internal: bool) -> Result<Self> {
        Ok(Gate {
            register: store.pii_register()?,
            ..Gate::new(include_internal)
        })
    }

    /// Whether records classified intern go into the document at all.
    pub fn includes_internal(&self) -> bool {
        self.include_internal
    }

    /// Whether a record with this classification goes into the document; remembers the
    /// strictest classification admitted.
    pub fn admit(&mut self, classification: Classification) -> bool {
        if classification == Classification::Intern && !self.include_internal {
            self.internal_left_out += 1;
            return false;
        }
        if classification == Classification::Intern {
            self.internal_included = true;
        }
        self.strictest = self.strictest.max_with(classification);
        true
    }

    /// Refuses text that looks like personal data (medium or high confidence) unless the
    /// writer confirmed it, naming the record and how to fix it.
    pub fn check(&self, t: Text<'_>) -> Result<()> {
        if t.confirmed || t.text.trim().is_empty() {
            return Ok(());
        }
        let findings = pii::flagged(t.text, &self.register);
        if pii::warning_sv(&findings).is_none() {
            return Ok(());
        }
        Err(ReportError::PersonalData {
            kind: t.kind,
            when: t.date,
            short_id: t.id.short(),
            field: t.field,
            findings,
            can_confirm: can_confirm(t.kind),
        })
    }

    /// The classification label for every page.
    pub fn stamp(&self, lang: Lang) -> String {
        self.strictest.stamp(lang)
    }

    /// Said on every page when intern records were included on request.
    pub fn internal_notice(&self, lang: Lang) -> Option<String> {
        self.internal_included
            .then(|| crate::i18n::t!(lang, "report-internal-included"))
    }

    /// How many intern records were left out.
    pub fn internal_left_out(&self) -> usize {
        self.internal_left_out
    }

    pub fn strictest(&self) -> Classification {
        self.strictest
    }
}

/// A row's or a text's words with "(intern)" after them when its record is classified intern:
/// such records are in a document only on request, and then every text of theirs says so,
/// in every document kind and format.
pub fn marked(text: String, classification: Classification, lang: Lang) -> String {
    if classification == Classification::Intern && !text.trim().is_empty() {
        format!(
            "{} {}",
            text.trim_end(),
            crate::i18n::t!(lang, "minutes-intern-mark")
        )
    } else {
        text
    }
}

/// A written text (a § text, a decision, an area's words) marked as [`marked`] marks a row,
/// its trailing space trimmed; an empty text stays empty.
pub fn marked_text(text: &str, classification: Classification, lang: Lang) -> String {
    marked(text.trim_end().to_string(), classification, lang)
}

/// Record kinds whose personal-data warning can be confirmed (they have `pii_confirmed`).
fn can_confirm(kind: EntityKind) -> bool {
    kind.confirms_personal_data()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intern_stays_out_unless_asked_for_and_then_is_announced() {
        let mut g = Gate::new(false);
        assert!(g.admit(Classification::Oppen));
        assert!(!g.admit(Classification::Intern));
        assert_eq!(g.internal_left_out(), 1);
        assert!(g.internal_notice(Lang::Sv).is_none());
        assert!(g.stamp(Lang::Sv).contains("ÖPPEN"));
        let mut g = Gate::new(true);
        assert!(g.admit(Classification::Begransad));
        assert!(g.admit(Classification::Intern));
        assert!(g.stamp(Lang::Sv).contains("INTERN"));
        assert!(g.internal_notice(Lang::Sv).is_some());
    }

    #[test]
    fn flagged_text_is_refused_with_the_record_named_unless_confirmed() {
        let g = Gate::new(false);
        let id = Id::new();
        let text = |confirmed| Text {
            kind: EntityKind::Observation,
            id,
            date: NaiveDate::from_ymd_opt(2026, 11, 17),
            field: "description",
            text: "Bil ABC 123 körde runt torget, ring 070-123 45 67.",
            confirmed,
        };
        let err = g
            .check(text(false))
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("iakttagelse 2026-11-17"), "{err}");
        assert!(err.contains(&id.short()), "{err}");
        assert!(err.contains("bekräfta"), "{err}");
        assert!(g.check(text(true)).is_ok());
        assert!(
            g.check(Text {
                text: "Klotter på gångtunneln vid torget.",
                ..text(false)
            })
            .is_ok()
        );
    }

    #[test]
    fn the_copys_own_place_names_are_not_people_in_a_document() {
        let id = Id::new();
        let text = || Text {
            kind: EntityKind::Observation,
            id,
            date: NaiveDate::from_ymd_opt(2026, 11, 17),
            field: "description",
            text: "Klotter på muren vid Hedvig Eleonora i natt.",
            confirmed: false,
        };
        assert!(
            Gate::new(false).check(text()).is_err(),
            "without the register the name looks like a person's"
        );
        let gate = Gate {
            register: pii::Register::from_names(["Hedvig Eleonora"]),
            ..Gate::new(false)
        };
        assert!(gate.check(text()).is_ok(), "a registered place passes");
    }
}
