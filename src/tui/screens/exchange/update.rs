//! The Utbyte screen's update: partner list and conflict list, the identity, import
//! (preview → confirmation → import), export and conflict resolution. No I/O here.

use std::path::{Path, PathBuf};

use chrono::Datelike;

use crate::domain::Lang;
use crate::exchange::screen::Choice;
use crate::i18n::t;
use crate::tui::app::effects::Effect;
use crate::tui::app::state::{Confirmed, FormPurpose, OpenForm, Overlay, State};
use crate::tui::input::commands::{ExchangeCmd, ListCmd};
use crate::tui::screens::exchange::messages::{ExchangeEffect, ExchangeMsg};
use crate::tui::screens::exchange::state::ExchangeForm;
use crate::tui::widgets::form::{Field, Form};

fn fx(effect: ExchangeEffect) -> Vec<Effect> {
    vec![Effect::Exchange(effect)]
}

/// Loads the overview and the conflicts.
pub fn reload(state: &State) -> Vec<Effect> {
    fx(ExchangeEffect::Load {
        all: state.exchange.all_conflicts,
        lang: state.lang,
    })
}

pub fn on_msg(state: &mut State, msg: ExchangeMsg) -> Vec<Effect> {
    let x = &mut state.exchange;
    match msg {
        ExchangeMsg::Loaded {
            overview,
            conflicts,
            cwd,
        } => {
            x.cursor = x.cursor.min(overview.partners.len().saturating_sub(1));
            x.conflict_cursor = x.conflict_cursor.min(conflicts.len().saturating_sub(1));
            x.overview = Some(overview);
            x.conflicts = conflicts;
            x.cwd.get_or_insert(cwd);
        }
        ExchangeMsg::Preview { file, text } => {
            crate::tui::overlays::confirm::ask(
                state,
                t!(state.lang, "exchange-import-question", text = text.as_str()),
                Confirmed::ImportBundle(file),
            );
        }
        ExchangeMsg::ExportExists { partner, file } => {
            // "No" goes back to the export form, to choose another name.
            crate::tui::overlays::confirm::ask_over(
                state,
                t!(
                    state.lang,
                    "exchange-file-exists",
                    file = file.display().to_string()
                ),
                Confirmed::OverwriteBundle { partner, file },
            );
        }
        ExchangeMsg::Notice(text) => {
            if matches!(state.overlay, Some(Overlay::Form(_))) {
                state.overlay = None;
            }
            state.info(text);
        }
    }
    Vec::new()
}

/// Moving in the partner list, or in the conflicts when they are shown.
pub fn on_list(state: &mut State, command: ListCmd) -> Vec<Effect> {
    let height = state.list_height;
    let x = &mut state.exchange;
    let (cursor, len) = if x.show_conflicts {
        (&mut x.conflict_cursor, x.conflicts.len())
    } else {
        let n = x.partners().len();
        (&mut x.cursor, n)
    };
    let last = len.saturating_sub(1);
    if let Some(delta) = crate::tui::screens::lists::delta(command, height) {
        *cursor = (*cursor as isize)
            .saturating_add(delta)
            .clamp(0, last as isize) as usize;
    }
    Vec::new()
}

pub fn on_command(state: &mut State, command: ExchangeCmd) -> Vec<Effect> {
    let x = &mut state.exchange;
    match command {
        ExchangeCmd::Conflicts => {
            x.show_conflicts = !x.show_conflicts;
            reload(state)
        }
        ExchangeCmd::ShowAll => {
            x.all_conflicts = !x.all_conflicts;
            x.show_conflicts = true;
            reload(state)
        }
        ExchangeCmd::KeepCurrent => resolve(state, Choice::KeepCurrent),
        ExchangeCmd::TakeOther => resolve(state, Choice::TakeOther),
        ExchangeCmd::Check => vec![Effect::Check],
        ExchangeCmd::Init => {
            if x.has_identity() {
                state.error(t!(state.lang, "exchange-identity-exists"));
            } else {
                let own = state
                    .refs
                    .own_organisation
                    .and_then(|id| state.refs.organisations.iter().find(|o| o.id == id))
                    .map(|o| o.name.clone())
                    .unwrap_or_default();
                open_form(state, init_form(state.today.year(), &own, state.lang));
            }
            Vec::new()
        }
        ExchangeCmd::Import => {
            if !x.has_identity() {
                let hint = no_identity(state);
                state.error(hint);
            } else {
                let dir = x.cwd.clone().unwrap_or_else(|| PathBuf::from("."));
                open_form(state, import_form(&dir, state.today.year(), state.lang));
            }
            Vec::new()
        }
        ExchangeCmd::Export => {
            export_form(state);
            Vec::new()
        }
    }
}

/// Says how to create the identity, with the key of the live keymap.
fn no_identity(state: &State) -> String {
    t!(
        state.lang,
        "exchange-no-identity-short",
        key = state.keymap.first_key(ExchangeCmd::Init)
    )
}

fn open_form(state: &mut State, open: OpenForm) {
    state.overlay = Some(Overlay::Form(Box::new(open)));
}

fn resolve(state: &mut State, choice: Choice) -> Vec<Effect> {
    let x = &state.exchange;
    if !x.show_conflicts {
        let km = &state.keymap;
        let text = t!(
            state.lang,
            "exchange-show-conflicts-first",
            conflicts = km.first_key(ExchangeCmd::Conflicts),
            keep = km.first_key(ExchangeCmd::KeepCurrent),
            take = km.first_key(ExchangeCmd::TakeOther)
        );
        state.error(text);
        return Vec::new();
    }
    match x.selected_conflict() {
        Some(c) if c.open => fx(ExchangeEffect::Resolve { id: c.id, choice }),
        Some(_) => {
            state.error(t!(state.lang, "exchange-conflict-already-resolved"));
            Vec::new()
        }
        None => {
            state.error(t!(state.lang, "exchange-no-conflict"));
            Vec::new()
        }
    }
}

/// A form field's label from the catalogue (labels live as long as the program).
fn label(lang: Lang, id: &str) -> &'static str {
    crate::i18n::message_static(lang, id).unwrap_or_default()
}

/// The identity's form, prefilled with the own organisation's name.
fn init_form(year: i32, own: &str, lang: Lang) -> OpenForm {
    OpenForm {
        form: Form::new(
            t!(lang, "exchange-form-identity"),
            vec![
                Field::text("name", label(lang, "exchange-field-organisation-name"), own)
                    .required(),
            ],
            year,
        ),
        purpose: FormPurpose::Exchange(ExchangeForm::Init),
    }
}

/// The path with a separator at the end, so the user only types the file name.
fn dir_text(dir: &Path) -> String {
    let mut s = dir.display().to_string();
    if !s.ends_with(std::path::MAIN_SEPARATOR) {
        s.push(std::path::MAIN_SEPARATOR);
    }
    s
}

fn import_form(dir: &Path, year: i32, lang: Lang) -> OpenForm {
    file_form(
        t!(lang, "exchange-form-import"),
        dir,
        year,
        lang,
        FormPurpose::Exchange(ExchangeForm::Import),
    )
}

/// A form of one file to read, its path started in `dir` (a bundle here, a spreadsheet on
/// Lägesbild and Register).
pub fn file_form(
    title: String,
    dir: &Path,
    year: i32,
    lang: Lang,
    purpose: FormPurpose,
) -> OpenForm {
    OpenForm {
        form: Form::new(
            title,
            vec![
                Field::text("file", label(lang, "exchange-field-file"), &dir_text(dir))
                    .required()
                    .continued(),
            ],
            year,
        ),
        purpose,
    }
}

/// "paket-till-lokalpolisområde-nacka-2026-11-19.lagesbild": letters and digits kept, the rest
/// become dashes.
pub fn default_file_name(partner: &str, today: chrono::NaiveDate) -> String {
    let mut slug = String::new();
    for c in partner.trim().to_lowercase().chars() {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    format!("paket-till-{}-{today}.lagesbild", slug.trim_matches('-'))
}

fn export_form(state: &mut State) {
    let x = &state.exchange;
    if !x.has_identity() {
        state.error(no_identity(state));
        return;
    }
    let Some(p) = x.selected_partner() else {
        state.error(t!(state.lang, "exchange-no-trusted-partner"));
        return;
    };
    if p.revoked_at.is_some() {
        state.error(t!(
            state.lang,
            "exchange-partner-revoked",
            partner = p.name.as_str()
        ));
        return;
    }
    let dir = x.cwd.clone().unwrap_or_else(|| PathBuf::from("."));
    let file = format!(
        "{}{}",
        dir_text(&dir),
        default_file_name(&p.name, state.today)
    );
    let open = OpenForm {
        form: Form::new(
            t!(
                state.lang,
                "exchange-form-export",
                partner = p.name.as_str()
            ),
            vec![Field::text("file", label(state.lang, "exchange-field-file"), &file).required()],
            state.today.year(),
        ),
        purpose: FormPurpose::Exchange(ExchangeForm::Export {
            partner: p.name.clone(),
        }),
    };
    open_form(state, open);
}

/// What a valid Utbyte form asks the I/O side to do; None for the other forms.
pub fn submit(open: &OpenForm) -> Option<Vec<Effect>> {
    let FormPurpose::Exchange(kind) = &open.purpose else {
        return None;
    };
    let f = &open.form;
    Some(match kind {
        ExchangeForm::Init => fx(ExchangeEffect::Init {
            name: f.text("name"),
        }),
        ExchangeForm::Import => fx(ExchangeEffect::Preview(PathBuf::from(f.text("file")))),
        ExchangeForm::Export { partner } => fx(ExchangeEffect::Export {
            partner: partner.clone(),
            file: PathBuf::from(f.text("file")),
            overwrite: false,
        }),
    })
}

/// The confirmation of replacing a file with a new bundle.
pub fn confirmed_overwrite(state: &mut State, partner: String, file: PathBuf) -> Vec<Effect> {
    state.info(t!(state.lang, "exchange-writing-bundle"));
    fx(ExchangeEffect::Export {
        partner,
        file,
        overwrite: true,
    })
}

/// The confirmation of a previewed import.
pub fn confirmed_import(state: &mut State, file: PathBuf) -> Vec<Effect> {
    state.info(t!(state.lang, "exchange-importing"));
    fx(ExchangeEffect::Import(file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_file_names_come_from_the_partner_and_the_date() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 19).expect("date");
        assert_eq!(
            default_file_name("Lokalpolisområde Nacka", day),
            "paket-till-lokalpolisområde-nacka-2026-11-19.lagesbild"
        );
        assert_eq!(
            default_file_name(" Tyresö kommun / LPO ", day),
            "paket-till-tyresö-kommun-lpo-2026-11-19.lagesbild"
        );
    }
}
