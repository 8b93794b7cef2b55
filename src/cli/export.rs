//! What every export command shares: opening the store with the write lock (the export is
//! recorded in the audit log), writing the file safely and saying where it went.

use std::path::PathBuf;

use clap::Args;

use super::output::say;
use super::{CliError, CliResult, Context};
use crate::domain::Lang;
use crate::i18n::t;
use crate::report::{Format, MinutesTitle, Options};
use crate::store::{Access, Store, StoreError};

/// Flags common to every export.
#[derive(Debug, Clone, Args)]
pub struct ExportFlags {
    /// Filen att skriva (annars ett standardnamn i aktuell mapp).
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
    /// Ta med poster klassade intern (dokumentet märks då på varje sida).
    #[arg(long)]
    pub include_internal: bool,
    /// Skriv över filen om den redan finns.
    #[arg(long)]
    pub overwrite: bool,
}

pub fn parse_format(s: &str) -> Result<Format, String> {
    // A value parser runs before the run's language is known: the default language.
    Format::parse(s).ok_or_else(|| t!(Lang::default(), "cli-unknown-format", format = s))
}

/// Refuses a format the document does not come in, listing those it does.
/// `document` is the message id of the document's name ("cli-document-minutes").
pub fn require_format(format: Format, allowed: &[Format], document: &str, lang: Lang) -> CliResult {
    if allowed.contains(&format) {
        return Ok(());
    }
    let valid: Vec<&str> = allowed.iter().map(|f| f.extension()).collect();
    Err(CliError::Worded(t!(
        lang,
        "cli-format-refused",
        document = t!(lang, document),
        format = format.name(),
        valid = valid.join(", ")
    )))
}

/// Opens the store for an export: writable, because the export is written to the audit log.
pub fn open(ctx: &Context) -> CliResult<Store> {
    ctx.refuse_missing()?;
    match Store::open(&ctx.db, Access::ReadWrite) {
        Ok(s) => Ok(s),
        Err(e @ StoreError::Locked { .. }) => Err(CliError::Worded(format!(
            "{} {e}",
            t!(ctx.lang, "cli-export-needs-writer")
        ))),
        Err(e) => Err(e.into()),
    }
}

pub fn options(ctx: &Context, flags: &ExportFlags, title: Option<&str>) -> CliResult<Options> {
    let mut o = Options::new(super::today());
    o.include_internal = flags.include_internal;
    o.lang = ctx.lang;
    let configured = title.or(ctx.config.minutes_title.as_deref());
    if let Some(t) = configured {
        o.minutes_title = MinutesTitle::parse(t).ok_or_else(|| {
            CliError::Worded(t!(ctx.lang, "cli-minutes-title-unknown", title = t))
        })?;
    }
    Ok(o)
}

/// Writes the file, records the export in the audit log and says where it went.
pub fn finish(
    lang: Lang,
    store: &mut Store,
    flags: &ExportFlags,
    default_name: String,
    bytes: Vec<u8>,
    detail: serde_json::Value,
) -> CliResult {
    let path = flags
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(default_name));
    let mut detail = detail;
    if let Some(map) = detail.as_object_mut() {
        map.insert("include_internal".into(), flags.include_internal.into());
    }
    crate::report::save::save(store, &path, &bytes, detail, flags.overwrite)?;
    say!(
        "{}",
        t!(lang, "cli-wrote", path = path.display().to_string())
    );
    Ok(())
}
