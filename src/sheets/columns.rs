//! What each template holds: its columns, in order, with the kind of value each takes. The
//! template, the reader and the row checks all work from these lists, so a column added here
//! is written, offered in a drop-down and read back without another change.

use crate::domain::vocab::{
    DayPeriod, Grade, MeasureStatus, PoliceStatus, PreventionLevel, PublicKind, Severity,
    Vocabulary,
};
use crate::domain::{EntityKind, Lang};
use crate::i18n::t;

/// The records a template is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    Observations,
    Areas,
    Places,
    Organisations,
    /// Preventive measures (förebyggande insatser) under the preventionsstjärnan.
    Measures,
    /// The åtgärdsplan's own follow-up sheet (`report::plan`), read back as a plan.
    Plan,
}

/// The pseudo-field of the optional reference column every template starts with: a partner's
/// own row reference, and the marker of the example row.
pub const REFERENCE: &str = "reference";

/// What a column's cells hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Values {
    Text,
    Date,
    /// A clock time ("22:30").
    Time,
    /// A decimal number (coordinates).
    Decimal,
    /// A whole number (a count, a year).
    Whole,
    /// ja / nej.
    YesNo,
    /// A record of this kind in the copy, by name.
    Reference(EntityKind),
    /// Records of this kind, by name, separated by semicolons ("Alkohol; Våld").
    References(EntityKind),
    /// A fixed vocabulary: its message key and codes.
    Vocabulary {
        key: &'static str,
        codes: &'static [&'static str],
    },
    /// A code of an extensible vocabulary kept as data (`area_kind`, `place_kind` …).
    Term(&'static str),
}

impl Values {
    fn of<V: Vocabulary>() -> Values {
        Values::Vocabulary {
            key: V::KEY,
            codes: V::CODES,
        }
    }

    /// Whether the template offers a drop-down for the column.
    pub fn has_list(self) -> bool {
        matches!(
            self,
            Values::YesNo
                | Values::Reference(_)
                | Values::References(_)
                | Values::Vocabulary { .. }
                | Values::Term(_)
        )
    }
}

/// One column of a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnSpec {
    /// The record's field the column fills ([`REFERENCE`] for the reference column).
    pub field: &'static str,
    pub required: bool,
    pub values: Values,
}

const fn column(field: &'static str, required: bool, values: Values) -> ColumnSpec {
    ColumnSpec {
        field,
        required,
        values,
    }
}

impl SheetKind {
    /// The templates read row by row, whose headings tell which a file is.
    pub const ALL: [SheetKind; 5] = [
        SheetKind::Observations,
        SheetKind::Areas,
        SheetKind::Places,
        SheetKind::Organisations,
        SheetKind::Measures,
    ];

    /// Every template `sheet template` writes: those and the plan's.
    pub const TEMPLATES: [SheetKind; 6] = [
        SheetKind::Observations,
        SheetKind::Areas,
        SheetKind::Places,
        SheetKind::Organisations,
        SheetKind::Measures,
        SheetKind::Plan,
    ];

    /// The kind of record one row becomes.
    pub fn entity(self) -> EntityKind {
        match self {
            SheetKind::Observations => EntityKind::Observation,
            SheetKind::Areas => EntityKind::Area,
            SheetKind::Places => EntityKind::Place,
            SheetKind::Organisations => EntityKind::Organisation,
            SheetKind::Measures => EntityKind::PreventiveMeasure,
            SheetKind::Plan => EntityKind::ActionPlan,
        }
    }

    /// The name on the command line (`sheet template observations`).
    pub fn code(self) -> &'static str {
        match self {
            SheetKind::Observations => "observations",
            SheetKind::Areas => "areas",
            SheetKind::Places => "places",
            SheetKind::Organisations => "organisations",
            SheetKind::Measures => "measures",
            SheetKind::Plan => "plan",
        }
    }

    /// The kind named on the command line, in English or Swedish.
    pub fn parse(s: &str) -> Option<SheetKind> {
        let s = s.trim().to_lowercase();
        SheetKind::TEMPLATES
            .into_iter()
            .find(|k| k.code() == s || Lang::ALL.iter().any(|l| k.title(*l).to_lowercase() == s))
    }

    /// The sheet's name and the kind's plural ("Iakttagelser").
    pub fn title(self, lang: Lang) -> String {
        t!(lang, &format!("sheet-kind-{}", self.code()))
    }

    /// The template's default file name ("mall-forebyggande-insatser.xlsx"): no spaces and
    /// no letters outside ASCII, so it survives mail attachments and shells.
    pub fn file_name(self, lang: Lang, extension: &str) -> String {
        t!(
            lang,
            "sheet-cli-file-name",
            kind = crate::domain::text::ascii_slug(&self.title(lang)),
            extension = extension
        )
    }

    /// The template's columns; none for the plan, whose sheet is the plan export's.
    pub fn columns(self) -> Vec<ColumnSpec> {
        if self == SheetKind::Plan {
            return Vec::new();
        }
        let reference = column(REFERENCE, false, Values::Text);
        let mut columns = vec![reference];
        columns.extend(match self {
            SheetKind::Observations => vec![
                column("occurred_on", true, Values::Date),
                column("time_from", false, Values::Time),
                column("day_period", false, Values::of::<DayPeriod>()),
                column("area_id", true, Values::Reference(EntityKind::Area)),
                column("place_id", false, Values::Reference(EntityKind::Place)),
                column(
                    "event_type_id",
                    true,
                    Values::Reference(EntityKind::EventType),
                ),
                column("description", true, Values::Text),
                column("severity", false, Values::of::<Severity>()),
                column("grade", false, Values::of::<Grade>()),
                column("count_estimate", false, Values::Whole),
                column(
                    "reporting_org_id",
                    true,
                    Values::Reference(EntityKind::Organisation),
                ),
            ],
            SheetKind::Areas => vec![
                column("name", true, Values::Text),
                column("kind", true, Values::Term("area_kind")),
                column("code", false, Values::Text),
                column("parent_id", false, Values::Reference(EntityKind::Area)),
                column("police_status", false, Values::of::<PoliceStatus>()),
                column("police_status_year", false, Values::Whole),
            ],
            SheetKind::Places => vec![
                column("name", true, Values::Text),
                column("area_id", true, Values::Reference(EntityKind::Area)),
                column("kind", true, Values::Term("place_kind")),
                column("public_kind", false, Values::of::<PublicKind>()),
                column("lat", false, Values::Decimal),
                column("lon", false, Values::Decimal),
            ],
            SheetKind::Organisations => vec![
                column("name", true, Values::Text),
                column("short_name", false, Values::Text),
                column("kind", true, Values::Term("organisation_kind")),
                column("is_authority", false, Values::YesNo),
            ],
            SheetKind::Measures => vec![
                column("title", true, Values::Text),
                column("description", false, Values::Text),
                column(
                    "responsible_org_id",
                    false,
                    Values::Reference(EntityKind::Organisation),
                ),
                column("responsible_unit", false, Values::Text),
                // Whom the measure reaches, and how many.
                column("target_group", false, Values::Text),
                column("level", true, Values::of::<PreventionLevel>()),
                column("theme_ids", false, Values::References(EntityKind::Theme)),
                column("factor_ids", false, Values::References(EntityKind::Factor)),
                column("status", false, Values::of::<MeasureStatus>()),
                column("last_follow_up_on", false, Values::Date),
            ],
            SheetKind::Plan => Vec::new(),
        });
        columns
    }
}

impl ColumnSpec {
    /// The heading in the template ("Plats"), from the entity's field labels.
    pub fn heading(&self, kind: SheetKind, lang: Lang) -> String {
        if self.field == REFERENCE {
            return t!(lang, "sheet-column-reference");
        }
        let label = kind
            .entity()
            .field_label(self.field, lang)
            .unwrap_or(self.field);
        let mut chars = label.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }

    /// Whether a heading read from a file names this column: its heading in any language or
    /// its field name, any case.
    pub fn is_named(&self, kind: SheetKind, heading: &str) -> bool {
        let heading = heading.trim().trim_end_matches('*').trim().to_lowercase();
        heading == self.field
            || Lang::ALL
                .iter()
                .any(|l| self.heading(kind, *l).to_lowercase() == heading)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_fills_a_field_of_its_record_and_has_a_heading() {
        for kind in SheetKind::ALL {
            for c in kind.columns() {
                assert!(
                    c.field == REFERENCE || kind.entity().field(c.field).is_some(),
                    "{kind:?} {}",
                    c.field
                );
                for lang in Lang::ALL {
                    assert!(
                        c.field == REFERENCE || kind.entity().field_label(c.field, *lang).is_some(),
                        "{kind:?} {} has no label",
                        c.field
                    );
                    assert!(c.is_named(kind, &c.heading(kind, *lang)));
                }
            }
            assert_eq!(SheetKind::parse(kind.code()), Some(kind));
        }
        assert_eq!(
            SheetKind::Observations.columns()[5].heading(SheetKind::Observations, Lang::Sv),
            "Plats"
        );
    }
}
