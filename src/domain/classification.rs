//! Information classification (informationsklassning) of every record.
//!
//! Ordered from least to most restricted, so "may this leave the copy?" is a comparison.

use super::vocab::vocabulary;

vocabulary! {
    /// öppen < begränsad < intern. *Intern* never leaves the owning partner's copy.
    Classification, "classification" {
        Oppen = "oppen";
        Begransad = "begransad";
        Intern = "intern";
    }
}

// The enum is declared by a macro, so the default cannot be derived.
#[allow(clippy::derivable_impls)]
impl Default for Classification {
    fn default() -> Self {
        Classification::Begransad
    }
}

impl Classification {
    /// Whether a record with this classification may be sent to another partner at all.
    pub fn may_leave_copy(self) -> bool {
        self < Classification::Intern
    }

    /// The stricter of two classifications (a document gets the strictest of its contents).
    pub fn max_with(self, other: Classification) -> Classification {
        self.max(other)
    }

    /// The label stamped on exported documents.
    pub fn stamp_sv(self) -> String {
        self.stamp(super::Lang::Sv)
    }

    /// The stamp in `lang` (messages `stamp-<code>`).
    pub fn stamp(self, lang: super::Lang) -> String {
        crate::i18n::message(
            lang,
            &format!("stamp-{}", super::Vocabulary::code(self)),
            None,
        )
        .into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordering_runs_from_open_to_internal() {
        assert!(Classification::Oppen < Classification::Begransad);
        assert!(Classification::Begransad < Classification::Intern);
        assert_eq!(
            Classification::Oppen.max_with(Classification::Intern),
            Classification::Intern
        );
        assert!(Classification::Begransad.may_leave_copy());
        assert!(!Classification::Intern.may_leave_copy());
    }

    #[test]
    fn parses_swedish_labels() {
        assert_eq!(
            "öppen".parse::<Classification>().ok(),
            Some(Classification::Oppen)
        );
        assert_eq!(
            "INTERN".parse::<Classification>().ok(),
            Some(Classification::Intern)
        );
    }
}
