//! The Utbyte screen's update: partner list and conflict list, the identity, import
//! (preview → confirmation → import), export and conflict resolution. No I/O here.

use std::path::{Path, PathBuf};

use chrono::Datelike;

use super::exchange_state::{ExchangeEffect, ExchangeForm, ExchangeMsg};
use super::form::{Field, Form};
use super::msg::Effect;
use super::state::{Confirmed, FormPurpose, OpenForm, Overlay, State};
use crate::exchange::screen::Choice;

fn fx(effect: ExchangeEffect) -> Vec<Effect> {
    vec![Effect::Exchange(effect)]
}

/// Loads the overview and the conflicts.
pub fn reload(state: &State) -> Vec<Effect> {
    fx(ExchangeEffect::Load {
        all: state.exchange.all_conflicts,
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
            state.overlay = Some(Overlay::Confirm {
                question: format!("{text} Importera paketet? j = ja, n = nej"),
                on_yes: Confirmed::ImportBundle(file),
            });
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

fn move_cursor(cursor: &mut usize, len: usize, command: &str, height: usize) -> bool {
    let last = len.saturating_sub(1);
    *cursor = match command {
        "down" => (*cursor + 1).min(last),
        "up" => cursor.saturating_sub(1),
        "page_down" => (*cursor + height).min(last),
        "page_up" => cursor.saturating_sub(height),
        "top" => 0,
        "bottom" => last,
        _ => return false,
    };
    true
}

pub fn on_command(state: &mut State, command: &str) -> Vec<Effect> {
    let height = state.list_height;
    let x = &mut state.exchange;
    let moved = if x.show_conflicts {
        move_cursor(&mut x.conflict_cursor, x.conflicts.len(), command, height)
    } else {
        let n = x.partners().len();
        move_cursor(&mut x.cursor, n, command, height)
    };
    if moved {
        return Vec::new();
    }
    match command {
        "conflicts" => {
            x.show_conflicts = !x.show_conflicts;
            reload(state)
        }
        "show_all" => {
            x.all_conflicts = !x.all_conflicts;
            x.show_conflicts = true;
            reload(state)
        }
        "keep_current" => resolve(state, Choice::KeepCurrent),
        "take_other" => resolve(state, Choice::TakeOther),
        "init" => {
            if x.has_identity() {
                state.error("Den här kopian har redan en identitet. Den visas överst.");
            } else {
                open_form(state, init_form(state.today.year()));
            }
            Vec::new()
        }
        "import" => {
            if !x.has_identity() {
                state.error(NO_IDENTITY);
            } else {
                let dir = x.cwd.clone().unwrap_or_else(|| PathBuf::from("."));
                open_form(state, import_form(&dir, state.today.year()));
            }
            Vec::new()
        }
        "export" => {
            export_form(state);
            Vec::new()
        }
        _ => Vec::new(),
    }
}

const NO_IDENTITY: &str =
    "Den här kopian har ingen partneridentitet ännu. Tryck n och ange organisationens namn.";

fn open_form(state: &mut State, open: OpenForm) {
    state.overlay = Some(Overlay::Form(Box::new(open)));
}

fn resolve(state: &mut State, choice: Choice) -> Vec<Effect> {
    let x = &state.exchange;
    if !x.show_conflicts {
        state.error("Visa konflikterna först med c, välj en och tryck b eller t.");
        return Vec::new();
    }
    match x.selected_conflict() {
        Some(c) if c.open => fx(ExchangeEffect::Resolve { id: c.id, choice }),
        Some(_) => {
            state.error("Den här konflikten är redan löst.");
            Vec::new()
        }
        None => {
            state.error("Det finns ingen konflikt att lösa.");
            Vec::new()
        }
    }
}

fn init_form(year: i32) -> OpenForm {
    OpenForm {
        form: Form::new(
            "Partneridentitet för den här kopian",
            vec![Field::text("name", "Organisationens namn", "").required()],
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

fn import_form(dir: &Path, year: i32) -> OpenForm {
    OpenForm {
        form: Form::new(
            "Importera paket från partner",
            vec![Field::text("file", "Fil", &dir_text(dir)).required()],
            year,
        ),
        purpose: FormPurpose::Exchange(ExchangeForm::Import),
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
        state.error(NO_IDENTITY);
        return;
    }
    let Some(p) = x.selected_partner() else {
        state.error(
            "Det finns ingen betrodd partner. Lägg till en med lagesbild partner trust NAMN NYCKEL.",
        );
        return;
    };
    if p.revoked_at.is_some() {
        state.error(format!(
            "{} är inte längre betrodd. Välj en annan partner med ↑↓.",
            p.name
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
            format!("Exportera paket till {}", p.name),
            vec![Field::text("file", "Fil", &file).required()],
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
        }),
    })
}

/// The confirmation of a previewed import.
pub fn confirmed_import(state: &mut State, file: PathBuf) -> Vec<Effect> {
    state.info("Importerar …");
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
