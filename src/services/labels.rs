//! What a change to a record is called, the same from a form and from the command line: the
//! label kept with the undoable action, which undo names afterwards ("Ångrade: Ändrade område
//! ”Ekudden”."). Always Swedish: it is stored with the action.

use crate::domain::{EntityKind, Lang, Vocabulary};
use crate::i18n::t;

/// Whether the kind's Swedish noun is neuter ("inget område", "ingen plats").
fn neuter(kind: EntityKind) -> &'static str {
    if kind.gender() == "neuter" {
        "yes"
    } else {
        "no"
    }
}

/// "Sparat: nytt område ”Ekudden”."
pub fn created(kind: EntityKind, name: &str) -> String {
    t!(
        Lang::Sv,
        "action-created",
        neuter = neuter(kind),
        kind = kind.label_sv(),
        name = name
    )
}

/// "Ändrade område ”Ekudden”."
pub fn edited(kind: EntityKind, name: &str) -> String {
    t!(
        Lang::Sv,
        "action-edited",
        kind = kind.label_sv(),
        name = name
    )
}

/// "Tog bort område ”Ekudden”."
pub fn deleted(kind: EntityKind, name: &str) -> String {
    t!(
        Lang::Sv,
        "action-deleted",
        kind = kind.label_sv(),
        name = name
    )
}

/// "Inaktiverade område ”Ekudden”: posten finns inte längre i valen."
pub fn deactivated(kind: EntityKind, name: &str) -> String {
    t!(
        Lang::Sv,
        "action-deactivated",
        kind = kind.label_sv(),
        name = name
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_agree_with_the_nouns_gender() {
        assert_eq!(
            created(EntityKind::Area, "Ekudden"),
            "Sparat: nytt område ”Ekudden”."
        );
        assert_eq!(
            created(EntityKind::Place, "Bryggan"),
            "Sparat: ny plats ”Bryggan”."
        );
        assert_eq!(
            deactivated(EntityKind::Area, "Ekudden"),
            "Inaktiverade område ”Ekudden”: posten finns inte längre i valen."
        );
    }
}
