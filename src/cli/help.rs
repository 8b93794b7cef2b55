//! The command line's help in the chosen language: every command's description, every flag's
//! help text and value name, and the headings clap lets us set come from the catalogue
//! (`cli-…` in `cli.ftl`). The doc comments on the argument structs say the same in Swedish for
//! the reader of the code; what a user sees is the catalogue's.
//!
//! Message ids follow the command path: `cli-about` for the program, `cli-<command>-about`,
//! `cli-<command>-<subcommand>-about`, and `cli-<path>-arg-<argument>` for an argument
//! (`cli-arg-<argument>` for the program's global ones). Value names are `cli-value-<name>`.
//!
//! clap writes a few words itself that it does not let a program change: `[default: …]`,
//! `[possible values: …]`, `[env: …]` and `[aliases: …]` inside an argument's help.

use clap::Command;

use crate::domain::Lang;
use crate::i18n::{has_message, t};

/// `cmd` and all its subcommands, with help texts and headings in `lang`.
pub fn localise(cmd: Command, lang: Lang) -> Command {
    localise_at(cmd, lang, "cli")
}

fn localise_at(mut cmd: Command, lang: Lang, path: &str) -> Command {
    cmd = cmd.help_template(format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t!(lang, "cli-heading-usage")
    ));
    let about = format!("{path}-about");
    if has_message(lang, &about) {
        cmd = cmd.about(t!(lang, &about));
    }
    let long_about = format!("{path}-long-about");
    if has_message(lang, &long_about) {
        cmd = cmd.long_about(t!(lang, &long_about));
    }
    let args: Vec<(String, bool, Option<String>)> = cmd
        .get_arguments()
        .map(|a| {
            let value_name = a
                .get_value_names()
                .and_then(|v| v.first())
                .map(|v| v.to_string());
            (a.get_id().to_string(), a.is_positional(), value_name)
        })
        .collect();
    for (id, positional, value_name) in args {
        let help = format!("{path}-arg-{}", id.replace('_', "-"));
        let heading = if positional {
            t!(lang, "cli-heading-arguments")
        } else {
            t!(lang, "cli-heading-options")
        };
        let value = value_name.map(|v| format!("cli-value-{}", value_id(&v)));
        cmd = cmd.mut_arg(id.as_str(), |mut a| {
            if has_message(lang, &help) {
                a = a.help(t!(lang, &help));
            }
            if let Some(value) = value.filter(|v| has_message(lang, v)) {
                a = a.value_name(t!(lang, &value));
            }
            a.help_heading(heading)
        });
    }
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subcommands {
        let sub_path = format!("{path}-{name}");
        cmd = cmd.mut_subcommand(name.as_str(), |s| localise_at(s, lang, &sub_path));
    }
    cmd.subcommand_help_heading(t!(lang, "cli-heading-commands"))
        .subcommand_value_name(t!(lang, "cli-value-command"))
}

/// A value name as part of a message id: "SÖKVÄG" → "sokvag", "POLIS-ID" → "polis-id".
fn value_id(value_name: &str) -> String {
    value_name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect()
}

/// The language for the help and errors of this run, before the arguments are parsed:
/// `--lang X` or `--lang=X` on the command line, else the settings file, else Swedish.
pub fn early_lang(args: &[std::ffi::OsString]) -> Lang {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let given = args.iter().enumerate().find_map(|(i, a)| {
        if a == "--lang" {
            args.get(i + 1).cloned()
        } else {
            a.strip_prefix("--lang=").map(str::to_string)
        }
    });
    given
        .and_then(|g| super::parse_lang(&g).ok())
        .or_else(|| {
            crate::config::Config::load(crate::config::default_path().as_deref())
                .ok()
                .and_then(|c| c.lang)
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::Cli;

    fn walk(cmd: &Command, path: &str, out: &mut Vec<(String, String)>) {
        out.push((format!("{path}-about"), String::new()));
        for a in cmd.get_arguments() {
            let id = a.get_id().as_str();
            if ["help", "version"].contains(&id) && path != "cli" {
                continue;
            }
            out.push((
                format!("{path}-arg-{}", id.replace('_', "-")),
                String::new(),
            ));
        }
        for s in cmd.get_subcommands() {
            walk(s, &format!("{path}-{}", s.get_name()), out);
        }
    }

    #[test]
    fn every_command_and_argument_has_help_in_every_language() {
        let mut ids = Vec::new();
        walk(&Cli::command(), "cli", &mut ids);
        for lang in Lang::ALL {
            let missing: Vec<_> = ids
                .iter()
                .filter(|(id, _)| !has_message(*lang, id))
                .map(|(id, _)| id.as_str())
                .collect();
            assert!(missing.is_empty(), "{}: {missing:?}", lang.code());
        }
    }

    fn help(lang: Lang, path: &[&str]) -> String {
        let mut cmd = localise(Cli::command(), lang);
        cmd.build();
        let mut at = &mut cmd;
        for p in path {
            match at.find_subcommand_mut(p) {
                Some(s) => at = s,
                None => panic!("no {p}"),
            }
        }
        at.render_long_help().to_string()
    }

    #[test]
    fn help_is_in_the_chosen_language() {
        let en = help(Lang::En, &["polisen", "promote"]);
        assert!(en.contains("Usage:") && en.contains("Options:"), "{en}");
        for swedish in ["Användning", "Flaggor", "Platsen", " och ", "NAMN"] {
            assert!(!en.contains(swedish), "{swedish} in {en}");
        }
        let sv = help(Lang::Sv, &["polisen", "promote"]);
        assert!(
            sv.contains("Användning:") && sv.contains("Flaggor:"),
            "{sv}"
        );
        let top = help(Lang::En, &[]);
        assert!(
            top.contains("Commands:") && top.contains("minutes"),
            "{top}"
        );
    }

    #[test]
    fn the_language_is_known_before_parsing() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            early_lang(&args(&["lagesbild", "--lang", "en", "list"])),
            Lang::En
        );
        assert_eq!(
            early_lang(&args(&["lagesbild", "list", "--lang=en"])),
            Lang::En
        );
    }
}

/// Prints the derive's (Swedish) help texts as catalogue lines: how `cli.ftl` was first made.
/// `cargo test --lib dump_cli_help -- --ignored --nocapture`
#[cfg(test)]
#[test]
#[ignore = "manual: prints the derive's help as .ftl lines (how cli.ftl was first made)"]
fn dump_cli_help() {
    use clap::CommandFactory;
    fn walk(cmd: &Command, path: &str) {
        let about = cmd.get_about().map(|s| s.to_string()).unwrap_or_default();
        println!("{path}-about = {about}");
        if let Some(long) = cmd.get_long_about() {
            println!(
                "{path}-long-about = {}",
                long.to_string().replace('\n', "\n    ")
            );
        }
        for a in cmd.get_arguments() {
            let id = a.get_id().as_str();
            let help = a.get_help().map(|s| s.to_string()).unwrap_or_default();
            println!("{path}-arg-{} = {help}", id.replace('_', "-"));
            for v in a.get_value_names().unwrap_or_default() {
                println!("VALUE {v}");
            }
        }
        for s in cmd.get_subcommands() {
            walk(s, &format!("{path}-{}", s.get_name()));
        }
    }
    walk(&crate::cli::Cli::command(), "cli");
}
