//! The I/O side of the Utbyte screen: calls `exchange::screen`, `exchange::import`,
//! `exchange::export` and `exchange::partner`, and answers with messages. Import and export run
//! here, synchronously: a normal bundle takes well under a second.

use std::path::PathBuf;

use crate::domain::Lang;
use crate::exchange::import::{ImportOptions, ImportOutcome, import_file, import_file_with};
use crate::exchange::screen::{self, Choice};
use crate::exchange::{ExchangeError, Result, export, partner};
use crate::files::FileError;
use crate::i18n::{Localized, t};
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
    lang: Lang,
) -> Vec<Msg> {
    let preview = matches!(effect, ExchangeEffect::Preview(_));
    let stopped = match effect {
        ExchangeEffect::Import(_) => t!(lang, "tui-exchange-import-cancelled"),
        _ => t!(lang, "tui-exchange-export-cancelled"),
    };
    let result = run(store, effect, progress, lang);
    if preview && !progress(1.0) {
        return vec![Msg::Cancelled(t!(lang, "tui-exchange-preview-cancelled"))];
    }
    match result {
        Ok(msg) => vec![msg],
        Err(ExchangeError::Cancelled) => vec![Msg::Cancelled(stopped)],
        Err(e) => {
            crate::tui::app::log::write(&format!("exchange error: {e}"));
            vec![Msg::Failed(e.message(lang))]
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
    lang: Lang,
) -> Result<Msg> {
    Ok(match effect {
        ExchangeEffect::Load { all, lang } => exchange(ExchangeMsg::Loaded {
            overview: screen::overview(store)?,
            conflicts: screen::conflicts_in(store, all, lang)?,
            cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
        }),
        ExchangeEffect::Init { name } => {
            let identity = partner::init(store, &name)?;
            saved(t!(lang, "tui-exchange-named", name = identity.name))
        }
        ExchangeEffect::Preview(file) => {
            let options = ImportOptions {
                dry_run: true,
                backup: true,
            };
            match import_file(store, &file, options)? {
                outcome @ ImportOutcome::Preview(_) => exchange(ExchangeMsg::Preview {
                    file,
                    text: outcome.told(lang).join(" "),
                }),
                other => exchange(ExchangeMsg::Notice(other.summary(lang))),
            }
        }
        ExchangeEffect::Import(file) => {
            match import_file_with(store, &file, ImportOptions::default(), &mut || {
                progress(0.5)
            })? {
                outcome @ ImportOutcome::Imported { .. } => saved(outcome.summary(lang)),
                other => exchange(ExchangeMsg::Notice(other.summary(lang))),
            }
        }
        ExchangeEffect::Export {
            partner,
            file,
            overwrite,
        } => match export::export_to_with(store, &partner, &file, overwrite, &mut || progress(1.0))
        {
            Ok(report) => saved(report.summary(lang)),
            Err(ExchangeError::File(FileError::Exists { .. })) if !overwrite => {
                exchange(ExchangeMsg::ExportExists { partner, file })
            }
            Err(e) => return Err(e),
        },
        ExchangeEffect::Resolve { id, choice } => {
            screen::resolve(store, id, choice)?;
            saved(match choice {
                Choice::KeepCurrent => t!(lang, "tui-exchange-kept-current"),
                Choice::TakeOther => t!(lang, "tui-exchange-took-other"),
            })
        }
    })
}
