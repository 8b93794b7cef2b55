//! The record command line: `new <kind> --<field> …`, `edit <ID> --<field> …`,
//! `delete <ID> [--deactivate]` and `list <kind>` for every kind in the entity registry. The
//! flags are generated from the registry (clap's builder API); every write goes through the
//! store's one write path as one undoable user action, judged by the same validation as the
//! forms.

mod flags;
mod list;
mod messages;
mod rules;
mod short_ids;
mod values;

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::{Map, Value};

use super::output::say;
use super::{CliError, CliResult, Context};
use crate::domain::{Classification, EntityKind, Id, Lang, Vocabulary, pii};
use crate::i18n::{said, t};
use crate::store::Store;

pub use flags::kind_named;
pub use list::run as list_kind;
pub use short_ids::shortest_unique;

pub const NEW: &str = "new";
pub const EDIT: &str = "edit";
pub const DELETE: &str = "delete";

/// The subcommands this module adds to the program's command line, their help in `lang`.
pub fn commands(lang: Lang) -> Vec<Command> {
    let new = Command::new(NEW)
        .about(t!(lang, "cli-record-new-about"))
        .subcommand_required(true)
        .subcommands(EntityKind::ALL.iter().map(|kind| {
            Command::new(flags::kind_word(*kind))
                .about(messages::kind_about(*kind, lang))
                .args(flags::args(*kind, true, lang))
        }));
    // `edit` takes any field of any kind: the record's kind is known only from its id, so the
    // flags are the union of every kind's, checked against the record's kind when it runs.
    let mut seen = std::collections::BTreeSet::new();
    let mut edit_args = vec![
        Arg::new("id")
            .value_name("ID")
            .required(true)
            .help(t!(lang, "cli-record-id-help")),
    ];
    for kind in EntityKind::ALL {
        for arg in flags::args(*kind, false, lang) {
            if seen.insert(arg.get_id().to_string()) {
                edit_args.push(arg.hide(true));
            }
        }
    }
    let edit = Command::new(EDIT)
        .about(t!(lang, "cli-record-edit-about"))
        .after_help(t!(lang, "cli-record-edit-help"))
        .args(edit_args);
    let delete = Command::new(DELETE)
        .about(t!(lang, "cli-record-delete-about"))
        .arg(
            Arg::new("id")
                .value_name("ID")
                .required(true)
                .help(t!(lang, "cli-record-id-help")),
        )
        .arg(
            Arg::new("deactivate")
                .long("deactivate")
                .action(ArgAction::SetTrue)
                .help(t!(lang, "cli-record-deactivate-help")),
        );
    vec![new, edit, delete]
}

/// Runs `new`, `edit` or `delete`; `None` for any other subcommand.
pub fn run(name: &str, matches: &ArgMatches, ctx: &Context) -> Option<CliResult> {
    Some(match name {
        NEW => run_new(matches, ctx),
        EDIT => run_edit(matches, ctx),
        DELETE => run_delete(matches, ctx),
        _ => return None,
    })
}

/// The words given for a field, if its flag was given.
fn words(matches: &ArgMatches, id: &str) -> Option<Vec<String>> {
    if matches.value_source(id) != Some(clap::parser::ValueSource::CommandLine) {
        return None;
    }
    // A global flag (`--db` is a path) is no field's words: `try_` keeps its type from
    // panicking here.
    matches
        .try_get_many::<String>(id)
        .ok()
        .flatten()
        .map(|v| v.cloned().collect())
}

/// The fields given on the command line for `kind`, parsed, with the personal-data lint
/// applied to free text. An error is a Swedish sentence naming the field.
/// With `appending`, a list flag whose every word starts with `+` adds to the list: such
/// fields are returned beside the values.
fn given_fields(
    store: &Store,
    kind: EntityKind,
    matches: &ArgMatches,
    appending: bool,
    lang: Lang,
) -> Result<(Map<String, Value>, Vec<&'static str>), CliError> {
    let mut fields = Map::new();
    let mut appended = Vec::new();
    let confirmed = matches.get_flag(flags::CONFIRM);
    for field in flags::settable(kind) {
        let Some(mut words) = words(matches, &flags::flag_name(kind, field)) else {
            continue;
        };
        let list = field.ty == crate::domain::FieldType::Json;
        if appending && list && !words.is_empty() && words.iter().all(|w| w.starts_with('+')) {
            for w in &mut words {
                *w = w.trim_start_matches('+').to_string();
            }
            appended.push(field.name);
        }
        let value = values::parse(store, kind, field, &words)?;
        if field.flags.free_text
            && !confirmed
            && let Some(text) = value.as_str()
            && let Some(warning) = pii::warning(&pii::lint(text), lang)
        {
            return Err(CliError::Worded(messages::personal_data(
                lang,
                kind,
                field.name,
                &flags::flag_name(kind, field),
                &warning,
            )));
        }
        fields.insert(field.name.to_string(), value);
    }
    if flags::has_position(kind)
        && let Some(word) = words(matches, flags::POSITION).and_then(|w| w.last().cloned())
    {
        let (lat, lon) = values::position_in(&word, lang).map_err(|reason| {
            CliError::from(messages::bad_value(
                said!("cli-records-position-label"),
                flags::POSITION,
                // Worded in the run's language by the parser the TUI's form shares.
                said!("cli-messages-reason", reason = reason),
            ))
        })?;
        fields.insert("lat".into(), serde_json::json!(lat));
        fields.insert("lon".into(), serde_json::json!(lon));
    }
    if confirmed && kind.confirms_personal_data() {
        fields.insert(
            crate::domain::entity::PII_CONFIRMED_FIELD.into(),
            Value::Bool(true),
        );
    }
    Ok((fields, appended))
}

fn classification(matches: &ArgMatches) -> Result<Option<Classification>, CliError> {
    let Some(word) = words(matches, flags::CLASSIFICATION).and_then(|w| w.last().cloned()) else {
        return Ok(None);
    };
    Classification::parse(&word).map(Some).ok_or_else(|| {
        CliError::from(messages::bad_value(
            said!("cli-records-classification-label"),
            flags::CLASSIFICATION,
            messages::unknown_code(&word, &["oppen", "begransad", "intern"]),
        ))
    })
}

fn run_new(matches: &ArgMatches, ctx: &Context) -> CliResult {
    let Some((word, sub)) = matches.subcommand() else {
        return Err(CliError::Worded(t!(Lang::Sv, "cli-record-new-about")));
    };
    let kind = kind_named(word).ok_or_else(|| CliError::from(unknown_kind(word)))?;
    let mut store = ctx.open_checked_writer()?;
    let (mut fields, _) = given_fields(&store, kind, sub, false, ctx.lang)?;
    rules::presets(&store, kind, &mut fields, super::today())?;
    let mut missing = Vec::new();
    for field in kind.fields() {
        let blank = fields
            .get(field.name)
            .is_none_or(|v| v.is_null() || v.as_str().is_some_and(|s| s.trim().is_empty()));
        if blank && rules::form_requires(kind).contains(&field.name) {
            fields.remove(field.name);
        }
        if fields.contains_key(field.name) {
            continue;
        }
        let preset = values::preset_value(kind, field)
            .filter(|_| !rules::form_requires(kind).contains(&field.name));
        match preset {
            Some(v) => {
                fields.insert(field.name.to_string(), v);
            }
            None => missing.push(messages::field_and_flag(
                kind,
                field.name,
                &flags::flag_name(kind, field),
            )),
        }
    }
    if !missing.is_empty() {
        // The own organisation would have filled it: without one, set the copy up first.
        if let Some(flag) = rules::wants_own_organisation(&store, kind, &fields)? {
            return Err(messages::no_own_organisation(&flag).into());
        }
        return Err(messages::missing(kind, missing).into());
    }
    rules::on_new(kind, &mut fields, super::today());
    let class = classification(sub)?.unwrap_or_default();
    let label = crate::services::labels::created(kind, &given_name(kind, &fields));
    let id = store.write_action(&label, |w| w.create_json(kind, class, fields))?;
    say!(
        "{}",
        messages::created(kind, &id.to_string()).text(ctx.lang)
    );
    if class == Classification::Intern {
        say!("{}", messages::intern_notice().text(ctx.lang));
    }
    Ok(())
}

fn run_edit(matches: &ArgMatches, ctx: &Context) -> CliResult {
    let mut store = ctx.open_checked_writer()?;
    let (kind, id) = resolve_id(&store, id_word(matches))?;
    if store.is_deleted(kind, id)? {
        return Err(messages::edit_deleted(kind, &id.short()).into());
    }
    // A flag of another kind's field is named, not ignored.
    for arg in matches.ids() {
        let name = arg.as_str();
        let position = name == flags::POSITION && flags::has_position(kind);
        if name == "id" || name == flags::CLASSIFICATION || name == flags::CONFIRM || position {
            continue;
        }
        let known = flags::settable(kind).any(|f| flags::flag_name(kind, f) == name);
        if words(matches, name).is_some() && !known {
            return Err(messages::no_such_flag(kind, name).into());
        }
    }
    let (mut fields, appended) = given_fields(&store, kind, matches, true, ctx.lang)?;
    rules::on_edit(&store, kind, id, &mut fields, &appended, super::today())?;
    let class = classification(matches)?;
    if fields.is_empty() && class.is_none() {
        return Err(messages::nothing_to_edit().into());
    }
    let short = id.to_string();
    let name = crate::services::history::name_of(&store, id, ctx.lang)?.unwrap_or_default();
    let label = crate::services::labels::edited(kind, &name);
    let changed = store.write_action(&label, |w| {
        let mut changed = 0;
        if let Some(c) = class {
            let before = w.ops().len();
            w.set(kind, id, "classification", c.code())?;
            changed += w.ops().len() - before;
        }
        for (name, value) in fields {
            let before = w.ops().len();
            w.set(kind, id, &name, value)?;
            changed += w.ops().len() - before;
        }
        Ok(changed)
    })?;
    say!("{}", messages::edited(kind, &short, changed).text(ctx.lang));
    if class == Some(Classification::Intern) {
        say!("{}", messages::intern_notice().text(ctx.lang));
    }
    Ok(())
}

fn run_delete(matches: &ArgMatches, ctx: &Context) -> CliResult {
    use crate::services::retire::{Retired, Target, retire};
    let mut store = ctx.open_checked_writer()?;
    let typed = id_word(matches).trim().to_string();
    let (kind, id) = resolve_id(&store, &typed)?;
    if store.is_deleted(kind, id)? {
        return Err(messages::deleted_already(kind, &id.to_string()).into());
    }
    let deactivate = matches.get_flag("deactivate");
    let name = crate::services::history::name_of(&store, id, ctx.lang)?.unwrap_or_default();
    let label = if deactivate {
        crate::services::labels::deactivated(kind, &name)
    } else {
        crate::services::labels::deleted(kind, &name)
    };
    let target = Target { kind, id, typed };
    let said = match retire(&mut store, &target, deactivate, &label, ctx.lang)? {
        Ok(Retired::Deleted) => messages::deleted(kind, &target.typed).text(ctx.lang),
        Ok(Retired::Deactivated) => messages::deactivated(kind, &target.typed).text(ctx.lang),
        Ok(Retired::AlreadyInactive) => t!(
            ctx.lang,
            "retire-already-inactive",
            kind = crate::domain::text::capitalised(kind.label(ctx.lang)),
            id = target.typed.as_str()
        ),
        Err(why) => return Err(CliError::Worded(why)),
    };
    say!("{said}");
    Ok(())
}

/// What a new record is called in its label: its name, else its description's first line.
fn given_name(kind: EntityKind, fields: &Map<String, Value>) -> String {
    let text = |name: &str| match fields.get(name) {
        Some(Value::String(s)) => s
            .lines()
            .next()
            .map(|l| crate::domain::text::clip(l.trim(), 60)),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    kind.name_field()
        .and_then(text)
        .or_else(|| text("description"))
        .unwrap_or_default()
}

fn id_word(matches: &ArgMatches) -> &str {
    matches
        .get_one::<String>("id")
        .map(String::as_str)
        .unwrap_or_default()
}

/// The record a person means by an id or a unique prefix of one (8 characters are enough when
/// they are unique). Deleted records are found too (for history).
pub fn resolve_id(store: &Store, word: &str) -> Result<(EntityKind, Id), CliError> {
    let word = word.trim();
    if let Ok(id) = word.parse::<Id>() {
        return match store.kind_of(id)? {
            Some(kind) => Ok((kind, id)),
            None => Err(messages::no_record_with(word).into()),
        };
    }
    if word.chars().count() < 8 || !word.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
        return Err(messages::not_an_id(word).into());
    }
    const SHOWN: usize = 8;
    let found = store.ids_with_prefix(word, SHOWN + 1)?;
    match found.as_slice() {
        [(kind, id)] => Ok((*kind, *id)),
        [] => Err(messages::no_record_with(word).into()),
        many => {
            let mut candidates = Vec::new();
            for (k, id) in many.iter().take(SHOWN) {
                let name = crate::services::history::name_of(store, *id, Lang::Sv)?;
                candidates.push(format!(
                    "{id} ({} ”{}”)",
                    k.label_sv(),
                    name.unwrap_or_default()
                ));
            }
            if many.len() > SHOWN {
                candidates.push("…".into());
            }
            Err(messages::ambiguous_id(word, &candidates).into())
        }
    }
}

fn unknown_kind(word: &str) -> crate::i18n::Said {
    let kinds: Vec<String> = EntityKind::ALL
        .iter()
        .map(|k| flags::kind_word(*k))
        .collect();
    messages::unknown_kind(word, &kinds)
}

/// The record kind a `list` word names, or a Swedish error listing the kinds.
pub fn list_kind_named(word: &str) -> Result<EntityKind, CliError> {
    kind_named(word).ok_or_else(|| CliError::from(unknown_kind(word)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_generated_commands_are_well_formed() {
        // clap's own checks: unique flags per command, valid names (release builds skip them).
        for lang in [crate::domain::Lang::Sv, crate::domain::Lang::En] {
            for command in super::commands(lang) {
                command.debug_assert();
            }
        }
    }
}
