//! The words for records: "15 organisationer", "1 område" — a number of records of one kind,
//! in the singular or the plural as the language's plural rules say (`count-<kind>` in
//! `common.ftl`) — and the label of each field (`field-<kind>-<field>` in `fields.ftl`).

use super::{EntityKind, Lang, Vocabulary};

impl EntityKind {
    /// `n` records of this kind, as a person says it.
    pub fn count_text(self, n: usize, lang: Lang) -> String {
        let id = format!("count-{}", self.code().replace('_', "-"));
        crate::i18n::t!(lang, &id, count = n)
    }

    /// The label of one of the kind's fields ("klart senast"), or `None` for a field the kind
    /// does not have.
    pub fn field_label(self, field: &str, lang: Lang) -> Option<&'static str> {
        let id = format!(
            "field-{}-{}",
            self.code().replace('_', "-"),
            field.replace('_', "-")
        );
        crate::i18n::message_static(lang, &id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_counted_form_in_every_language() {
        for lang in Lang::ALL {
            for kind in EntityKind::ALL {
                let one = kind.count_text(1, *lang);
                let many = kind.count_text(2, *lang);
                assert!(
                    one.starts_with("1 ") && many.starts_with("2 "),
                    "{one} / {many}"
                );
            }
        }
        assert_eq!(EntityKind::Meeting.count_text(2, Lang::Sv), "2 möten");
        assert_eq!(EntityKind::Meeting.count_text(1, Lang::Sv), "1 möte");
    }

    #[test]
    fn every_field_of_every_kind_has_a_label_in_every_language() {
        for lang in Lang::ALL {
            for kind in EntityKind::ALL {
                let names = kind.fields().iter().map(|f| f.name);
                for field in names.chain([crate::domain::entity::CLASSIFICATION_FIELD]) {
                    assert!(
                        kind.field_label(field, *lang).is_some(),
                        "{}: no label for {}.{field}",
                        lang.code(),
                        kind.code()
                    );
                }
            }
        }
        assert_eq!(
            EntityKind::Action.field_label("due_on", Lang::Sv),
            Some("klart senast")
        );
        assert_eq!(
            EntityKind::Action.field_label("due_on", Lang::En),
            Some("due")
        );
        assert_eq!(
            EntityKind::Action.field_label("no_such_field", Lang::Sv),
            None
        );
    }
}
