//! "15 organisationer", "1 område": a number of records of one kind, in the singular or the
//! plural as the language's plural rules say (messages `count-<kind>` in `common.ftl`).

use super::{EntityKind, Lang, Vocabulary};

impl EntityKind {
    /// `n` records of this kind, as a person says it.
    pub fn count_text(self, n: usize, lang: Lang) -> String {
        let id = format!("count-{}", self.code().replace('_', "-"));
        crate::i18n::t!(lang, &id, count = n)
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
}
