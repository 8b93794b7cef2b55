//! A fixed word of the catalogue as a `&'static str`, for the places that keep labels as
//! long as the program runs (form labels, tab names, help headings).

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use crate::domain::Lang;

/// The message `id` in `lang`; the id itself if the catalogue lacks it (a test makes that
/// impossible to ship: every `tui-` id the code names exists). A text Fluent has to put
/// together (a `{" "}` at its end) is made once and kept.
pub fn word(lang: Lang, id: &'static str) -> &'static str {
    if let Some(text) = crate::i18n::message_static(lang, id) {
        return text;
    }
    static MADE: LazyLock<Mutex<HashMap<(Lang, &'static str), &'static str>>> =
        LazyLock::new(Default::default);
    let Ok(mut made) = MADE.lock() else {
        return id;
    };
    made.entry((lang, id)).or_insert_with(|| {
        let text = crate::i18n::message(lang, id, None).into_owned();
        Box::leak(text.into_boxed_str())
    })
}

#[cfg(test)]
mod tests {
    use crate::domain::Lang;
    use crate::i18n::t;

    /// Where a number meets a noun the catalogue picks the form: never "1 …er".
    #[test]
    fn counted_phrases_of_the_screens_take_the_numbers_form() {
        let sv = Lang::Sv;
        let present = |n: usize| t!(sv, "tui-meeting-present", count = n, key = "x", hint = "");
        assert!(
            present(1).starts_with("1 organisation närvarande"),
            "{}",
            present(1)
        );
        assert!(
            present(2).starts_with("2 organisationer närvarande"),
            "{}",
            present(2)
        );
        let decided = |n: usize| t!(sv, "tui-meeting-decided", count = n, key = "n");
        assert!(
            decided(1).starts_with("1 åtgärd beslutad på mötet"),
            "{}",
            decided(1)
        );
        assert!(
            decided(3).starts_with("3 åtgärder beslutade"),
            "{}",
            decided(3)
        );
        let summary = t!(
            sv,
            "tui-meeting-close-summary",
            present = 1,
            decided = 1,
            events = 1
        );
        assert_eq!(
            summary,
            "Närvaro noterad för 1 organisation · 1 ny åtgärd · 1 planerad händelse"
        );
        let summary = t!(
            sv,
            "tui-meeting-close-summary",
            present = 4,
            decided = 2,
            events = 0
        );
        assert_eq!(
            summary,
            "Närvaro noterad för 4 organisationer · 2 nya åtgärder · 0 planerade händelser"
        );
        assert_eq!(t!(sv, "tui-meeting-escalated", count = 1), " ‼ 1 särskild");
        assert_eq!(t!(sv, "tui-meeting-escalated", count = 2), " ‼ 2 särskilda");
        let open = t!(
            sv,
            "tui-meeting-open-actions",
            count = 1,
            overdue = 0,
            key = "s"
        );
        assert!(open.starts_with("1 öppen åtgärd, 0 försenade"), "{open}");
        let item = t!(sv, "tui-actions-plan-item", item = "P1", count = 1);
        assert_eq!(item, "Planpunkt: P1 (+1 åtgärd, c visar dem)");
        let priority = |n: usize| {
            t!(
                sv,
                "tui-agreement-priority",
                number = 4,
                title = "T",
                status = "s",
                count = n
            )
        };
        assert!(priority(1).ends_with("· 1 aktivitet"), "{}", priority(1));
        assert!(priority(2).ends_with("· 2 aktiviteter"), "{}", priority(2));
        let en = t!(
            Lang::En,
            "tui-meeting-close-summary",
            present = 1,
            decided = 2,
            events = 1
        );
        assert_eq!(
            en,
            "Attendance noted for 1 organisation · 2 new actions · 1 planned event"
        );
    }

    /// Swedish gender: "Nytt område", "Ny plats"; English says "New" to both.
    #[test]
    fn a_new_records_title_agrees_with_its_noun() {
        use crate::domain::EntityKind;
        use crate::tui::forms::labels::new_title;
        assert_eq!(new_title(EntityKind::Area, Lang::Sv), "Nytt område");
        assert_eq!(new_title(EntityKind::Place, Lang::Sv), "Ny plats");
        assert_eq!(new_title(EntityKind::Area, Lang::En), "New area");
    }

    /// A text Fluent puts together (a space kept at its end) is still the text, not its id.
    #[test]
    fn a_word_with_a_kept_space_is_the_word() {
        assert_eq!(super::word(Lang::Sv, "tui-overdue-flag"), "⚠ FÖRSENAD ");
        assert_eq!(super::word(Lang::En, "tui-overdue-flag"), "⚠ OVERDUE ");
    }
}
