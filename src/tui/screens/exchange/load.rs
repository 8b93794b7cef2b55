//! The I/O side of the Utbyte screen: calls `exchange::screen`, `exchange::import`,
//! `exchange::export` and `exchange::partner`, and answers with messages. Import and export run
//! here, synchronously: a normal bundle takes well under a second.

use std::path::PathBuf;

use crate::exchange::import::{ImportOptions, ImportOutcome, import_file, import_file_with};
use crate::exchange::screen::{self, Choice};
use crate::exchange::{ExchangeError, Result, export, partner};
use crate::files::FileError;
use crate::store::Store;
use crate::tui::app::messages::Msg;
use crate::tui::screens::exchange::messages::{ExchangeEffect, ExchangeMsg};

/// Carries out one effect; every error becomes a Swedish sentence on the message line.
/// `progress` is asked after a preview whether to go on: a cancelled preview (it only reads)
/// asks nothing and imports nothing.
pub fn execute(
    store: &mut Store,
    effect: ExchangeEffect,
    progress: &mut dyn FnMut(f64) -> bool,
) -> Vec<Msg> {
    let preview = matches!(effect, ExchangeEffect::Preview(_));
    let stopped = match effect {
        ExchangeEffect::Import(_) => {
            "Importen avbröts innan något ändrades. Säkerhetskopian som togs först finns kvar."
        }
        _ => "Paketet skrevs inte: exporten avbröts. Ingen fil skrevs.",
    };
    let result = run(store, effect, progress);
    if preview && !progress(1.0) {
        return vec![Msg::Cancelled(
            "Förhandsvisningen avbröts. Inget importerades.".into(),
        )];
    }
    match result {
        Ok(msg) => vec![msg],
        Err(ExchangeError::Cancelled) => vec![Msg::Cancelled(stopped.into())],
        Err(e) => {
            crate::tui::app::log::write(&format!("exchange error: {e}"));
            vec![Msg::Failed(e.to_string())]
        }
    }
}

fn saved(label: String) -> Msg {
    Msg::Saved {
        label,
        undoable: false,
        hint: None,
    }
}

fn exchange(msg: ExchangeMsg) -> Msg {
    Msg::Exchange(Box::new(msg))
}

fn run(
    store: &mut Store,
    effect: ExchangeEffect,
    progress: &mut dyn FnMut(f64) -> bool,
) -> Result<Msg> {
    Ok(match effect {
        ExchangeEffect::Load { all, lang } => exchange(ExchangeMsg::Loaded {
            overview: screen::overview(store)?,
            conflicts: screen::conflicts_in(store, all, lang)?,
            cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
        }),
        ExchangeEffect::Init { name } => {
            let identity = partner::init(store, &name)?;
            saved(format!(
                "Den här kopian heter nu {} hos partnerna. Läs upp fingeravtrycket när ni byter nycklar.",
                identity.name
            ))
        }
        ExchangeEffect::Preview(file) => {
            let options = ImportOptions {
                dry_run: true,
                backup: true,
            };
            match import_file(store, &file, options)? {
                outcome @ ImportOutcome::Preview(_) => exchange(ExchangeMsg::Preview {
                    file,
                    text: outcome.told_sv().join(" "),
                }),
                other => exchange(ExchangeMsg::Notice(other.summary_sv())),
            }
        }
        ExchangeEffect::Import(file) => {
            match import_file_with(store, &file, ImportOptions::default(), &mut || {
                progress(0.5)
            })? {
                outcome @ ImportOutcome::Imported { .. } => saved(outcome.summary_sv()),
                other => exchange(ExchangeMsg::Notice(other.summary_sv())),
            }
        }
        ExchangeEffect::Export {
            partner,
            file,
            overwrite,
        } => match export::export_to_with(store, &partner, &file, overwrite, &mut || progress(1.0))
        {
            Ok(report) => saved(report.summary_sv()),
            Err(ExchangeError::File(FileError::Exists { .. })) if !overwrite => {
                exchange(ExchangeMsg::ExportExists { partner, file })
            }
            Err(e) => return Err(e),
        },
        ExchangeEffect::Resolve { id, choice } => {
            screen::resolve(store, id, choice)?;
            saved(match choice {
                Choice::KeepCurrent => "Konflikten är löst: det nuvarande värdet behålls.".into(),
                Choice::TakeOther => "Konflikten är löst: det andra värdet gäller nu.".into(),
            })
        }
    })
}
