//! The minutes' § list: the meeting's own agenda (a standard one when it has none), with
//! planned events and extra items in their place, numbered 1…n without gaps.

use crate::domain::{AgendaItem, AgendaKind, Classification, Id, Vocabulary};

/// The agenda Swedish weekly minutes follow (see docs: EXPORTS.md, "Minutes layout").
fn standard(meeting: Id) -> Vec<AgendaItem> {
    use AgendaKind::*;
    [
        Oppnande,
        Dagordning,
        Uppfoljning,
        Omrade,
        Analys,
        Beslut,
        Information,
        NastaMote,
        Avslutande,
    ]
    .iter()
    .enumerate()
    .map(|(i, kind)| AgendaItem {
        id: Id::from_name("standard_agenda", kind.code()),
        classification: Classification::Oppen,
        meeting_id: meeting,
        number: i as i64 + 1,
        kind: *kind,
        area_id: None,
        title: String::new(),
        text: String::new(),
        decision: None,
    })
    .collect()
}

/// Items added to an agenda beside its regular §§ (the meeting screen numbers them apart).
fn is_added(kind: AgendaKind) -> bool {
    matches!(kind, AgendaKind::PlaneradeHandelser | AgendaKind::Ovrigt)
}

/// Where a kind stands in an agenda: the vocabulary lists the kinds in agenda order.
fn rank(kind: AgendaKind) -> usize {
    AgendaKind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(usize::MAX)
}

/// The §§ as the minutes number them, and the stored number of each (what attendance
/// "t.o.m. § n" refers to), in order. `stored` is in the agenda's own order.
pub(super) fn numbered(stored: Vec<AgendaItem>, meeting: Id) -> (Vec<AgendaItem>, Vec<i64>) {
    let (added, mut regular): (Vec<_>, Vec<_>) = stored.into_iter().partition(|i| is_added(i.kind));
    if regular.is_empty() {
        regular = standard(meeting);
    }
    let mut items = regular;
    for item in added {
        // Before the first regular § that comes later in an agenda (information, next
        // meeting, closing), after any added item already there.
        let at = items
            .iter()
            .position(|i| !is_added(i.kind) && rank(i.kind) > rank(item.kind))
            .unwrap_or(items.len());
        items.insert(at, item);
    }
    let stored_numbers = items.iter().map(|i| i.number).collect();
    for (n, item) in items.iter_mut().enumerate() {
        item.number = n as i64 + 1;
    }
    (items, stored_numbers)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(n: i64, kind: AgendaKind) -> AgendaItem {
        AgendaItem {
            number: n,
            ..standard(Id::from_name("t", "m"))
                .into_iter()
                .find(|i| i.kind == AgendaKind::Oppnande)
                .map(|i| AgendaItem { kind, ..i })
                .expect("standard item")
        }
    }

    #[test]
    fn a_planned_event_takes_its_place_and_the_numbers_close_up() {
        let mut stored: Vec<_> = standard(Id::from_name("t", "m"));
        stored.push(item(80, AgendaKind::PlaneradeHandelser));
        let (items, numbers) = numbered(stored, Id::from_name("t", "m"));
        let kinds: Vec<_> = items.iter().map(|i| i.kind).collect();
        assert_eq!(
            kinds[6],
            AgendaKind::PlaneradeHandelser,
            "after the decisions"
        );
        assert_eq!(kinds[7], AgendaKind::Information);
        assert_eq!(
            items.iter().map(|i| i.number).collect::<Vec<_>>(),
            (1..=10).collect::<Vec<_>>()
        );
        assert_eq!(numbers[6], 80);
    }

    #[test]
    fn an_agenda_of_only_planned_events_gets_the_standard_one_around_them() {
        let stored = vec![item(80, AgendaKind::PlaneradeHandelser)];
        let (items, _) = numbered(stored, Id::from_name("t", "m"));
        assert_eq!(items.len(), 10);
        assert_eq!(items[0].kind, AgendaKind::Oppnande);
        assert_eq!(items[8].kind, AgendaKind::NastaMote);
        assert_eq!(items[9].number, 10);
    }
}
