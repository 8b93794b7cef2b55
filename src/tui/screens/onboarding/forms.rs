//! The onboarding form: the municipality, the own organisation and the user's function.

use crate::domain::{Classification, Id, Organisation};
use crate::store::meta;
use crate::tui::app::effects::{Change, Record};
use crate::tui::app::state::{FormPurpose, OpenForm};
use crate::tui::widgets::form::{Field, FieldKind, Form};
use crate::tui::widgets::words::word;

pub fn onboarding(year: i32, lang: crate::domain::Lang) -> OpenForm {
    OpenForm {
        form: Form::new(
            word(lang, "tui-onboarding-form-title"),
            vec![
                Field::of_kind(
                    "municipality",
                    word(lang, "tui-field-municipality"),
                    FieldKind::Municipality,
                    "",
                )
                .required(),
                Field::text("organisation", word(lang, "tui-field-own-organisation"), "")
                    .required(),
                Field::text(
                    "function",
                    word(lang, "tui-field-own-function"),
                    word(lang, "tui-onboarding-default-function"),
                )
                .required(),
            ],
            year,
        ),
        purpose: FormPurpose::Onboarding,
    }
}

/// The own organisation and this copy's settings: the municipality (one of the 290, with its
/// kommunkod), the own organisation (of the kind a municipality's own office is), the function.
pub fn submit(f: &Form, lang: crate::domain::Lang) -> Result<Change, (&'static str, String)> {
    let kommun = crate::domain::kommuner::find_one(&f.text("municipality"))
        .map_err(|e| ("municipality", e))?;
    let org = Organisation {
        id: Id::new(),
        classification: Classification::Oppen,
        name: f.text("organisation"),
        short_name: None,
        kind: crate::services::setup::OWN_ORGANISATION_KIND.into(),
        is_authority: true,
        active: true,
    };
    let mut change = Change::new(
        crate::i18n::t!(
            lang,
            "tui-onboarding-welcome",
            municipality = kommun.name,
            code = kommun.code
        ),
        vec![Record::Organisation(org.clone())],
    );
    change.settings = vec![
        (meta::MUNICIPALITY, kommun.name.to_string()),
        (meta::MUNICIPALITY_CODE, kommun.code.to_string()),
        (meta::OWN_ORGANISATION, org.id.to_string()),
        (meta::ACTOR, f.text("function")),
    ];
    Ok(change)
}
