//! The command-line flags of a record kind, generated from the entity registry: one per field
//! (`area_id` becomes `--area`, `partner_org_ids` becomes `--partner-orgs`, `lat` stays
//! `--lat`), with help that says what a valid value is and lists a vocabulary's codes.

use clap::{Arg, ArgAction};

use super::messages;
use crate::domain::{EntityKind, FieldDef, FieldType, Lang, Vocabulary};
use crate::i18n::t;

/// The flag name of a field (without `--`): a reference loses its `_id`/`_ids`
/// (`parent_id` → `parent`, `theme_ids` → `themes`) unless that clashes with another field.
pub fn flag_name(kind: EntityKind, field: &FieldDef) -> String {
    let base = if field.reference {
        field
            .name
            .strip_suffix("_ids")
            .map(|s| format!("{s}s"))
            .or_else(|| field.name.strip_suffix("_id").map(str::to_string))
            .filter(|short| kind.field(short).is_none())
            .unwrap_or_else(|| field.name.to_string())
    } else {
        field.name.to_string()
    };
    base.replace('_', "-")
}

/// The fields a person sets from the command line: all but the personal-data confirmation,
/// which `--confirm-personal-data` sets.
pub fn settable(kind: EntityKind) -> impl Iterator<Item = &'static FieldDef> {
    kind.fields()
        .iter()
        .filter(|f| f.name != crate::domain::entity::PII_CONFIRMED_FIELD)
}

/// The arguments of `new <kind>` (required fields marked in the help) or, with `for_new`
/// false, the same flags for `edit`. An argument's id is its flag name.
pub fn args(kind: EntityKind, for_new: bool, lang: Lang) -> Vec<Arg> {
    let mut args: Vec<Arg> = settable(kind)
        .map(|field| {
            let name = flag_name(kind, field);
            let list = field.ty == FieldType::Json;
            let value_name = if super::values::term_vocabulary(kind, field).is_some() {
                messages::code_value_name(lang)
            } else {
                messages::value_name(field, lang)
            };
            let mut arg = Arg::new(name.clone())
                .long(name)
                .value_name(value_name)
                .help(messages::field_help(kind, field, for_new, lang))
                // `edit` shares one flag between kinds, a list in one and not in another.
                .action(if list || !for_new {
                    ArgAction::Append
                } else {
                    ArgAction::Set
                });
            if for_new && name_differs(kind, field) {
                arg = arg.alias(field.name.replace('_', "-"));
            }
            arg
        })
        .collect();
    if has_position(kind) {
        args.push(
            Arg::new(POSITION)
                .long(POSITION)
                .value_name("LAT, LON")
                .action(if for_new {
                    ArgAction::Set
                } else {
                    ArgAction::Append
                })
                .help(t!(lang, "cli-record-position-help")),
        );
    }
    args.push(
        Arg::new(CLASSIFICATION)
            .long(CLASSIFICATION)
            .value_name(t!(lang, "cli-record-classification-value"))
            .help(t!(lang, "cli-record-classification-help")),
    );
    args.push(
        Arg::new(CONFIRM)
            .long(CONFIRM)
            .action(ArgAction::SetTrue)
            .help(t!(lang, "cli-record-confirm-help")),
    );
    args
}

fn name_differs(kind: EntityKind, field: &FieldDef) -> bool {
    flag_name(kind, field) != field.name.replace('_', "-")
}

pub const CLASSIFICATION: &str = "classification";
/// Both coordinates at once, as a map shows them: `--position "59.2391, 18.2297"`.
pub const POSITION: &str = "position";

pub use crate::domain::field_values::has_position;
pub const CONFIRM: &str = "confirm-personal-data";

/// The codes of a fixed vocabulary, for help: "låg, medel, hög" as "lag, medel, hog".
pub fn codes(field: &FieldDef) -> Vec<&'static str> {
    field.codes.to_vec()
}

/// The kind a command-line word names: `area`, `event-type`, `event_type`, `område`.
pub fn kind_named(word: &str) -> Option<EntityKind> {
    let w = word.trim().replace('-', "_");
    EntityKind::parse(&w).or_else(|| EntityKind::parse(word))
}

/// Every kind's command-line word.
pub fn kind_word(kind: EntityKind) -> String {
    kind.code().replace('_', "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_named_after_fields_without_id() {
        let area = EntityKind::Area;
        let parent = area.field("parent_id").map(|f| flag_name(area, f));
        assert_eq!(parent.as_deref(), Some("parent"));
        let action = EntityKind::Action;
        let partners = action
            .field("partner_org_ids")
            .map(|f| flag_name(action, f));
        assert_eq!(partners.as_deref(), Some("partner-orgs"));
        // Priority has a text field "causes"; no reference clashes with it, but the rule holds.
        let inspection = EntityKind::Inspection;
        let project = inspection
            .field("project_id")
            .map(|f| flag_name(inspection, f));
        assert_eq!(project.as_deref(), Some("project"));
        assert_eq!(kind_named("event-type"), Some(EntityKind::EventType));
        assert_eq!(kind_named("område"), Some(EntityKind::Area));
        assert_eq!(kind_word(EntityKind::PlaceProject), "place-project");
    }

    #[test]
    fn every_kinds_flags_are_unique() {
        for kind in EntityKind::ALL {
            let mut names: Vec<String> = settable(*kind).map(|f| flag_name(*kind, f)).collect();
            names.push(CLASSIFICATION.into());
            if has_position(*kind) {
                names.push(POSITION.into());
            }
            names.push(CONFIRM.into());
            let n = names.len();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), n, "{}", kind.code());
        }
    }
}
