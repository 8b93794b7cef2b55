//! The onboarding form: the municipality, the own organisation and the user's function.

use crate::domain::{Classification, Id, Organisation};
use crate::store::meta;
use crate::tui::app::effects::{Change, Record};
use crate::tui::app::state::{FormPurpose, OpenForm};
use crate::tui::widgets::form::{Field, Form};

pub fn onboarding(year: i32) -> OpenForm {
    OpenForm {
        form: Form::new(
            "Börja tomt: kommunen och din organisation",
            vec![
                Field::text("municipality", "Kommunens namn", "").required(),
                Field::text("organisation", "Din organisation", "").required(),
                Field::text("function", "Din funktion", "trygghetssamordnare").required(),
            ],
            year,
        ),
        purpose: FormPurpose::Onboarding,
    }
}

/// The own organisation and this copy's settings.
pub fn submit(f: &Form) -> Change {
    let org = Organisation {
        id: Id::new(),
        classification: Classification::Oppen,
        name: f.text("organisation"),
        short_name: None,
        kind: "kommun".into(),
        is_authority: true,
        active: true,
    };
    let mut change = Change::new(
        format!("Välkommen! {} är inlagd.", f.text("municipality")),
        vec![Record::Organisation(org.clone())],
    );
    change.settings = vec![
        (meta::MUNICIPALITY, f.text("municipality")),
        (meta::OWN_ORGANISATION, org.id.to_string()),
        (meta::ACTOR, f.text("function")),
    ];
    change
}
