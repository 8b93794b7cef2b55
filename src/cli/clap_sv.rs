//! clap's errors in the run's language. clap writes its own (English) sentences around the
//! argument it could not use; we keep what it found (the argument, the value, its suggestion)
//! and say the rest from the catalogue (`cli-messages.ftl`). Help and version output pass
//! through as clap renders them (the help is already localised, see `localise`).

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::domain::Lang;
use crate::i18n::t;

/// The message for a parse error in `lang`, or `None` for help and version output (printed
/// as they are).
pub fn message(e: &clap::Error, lang: Lang) -> Option<String> {
    let get = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::StyledStrs(v)) => Some(
            v.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let arg = get(ContextKind::InvalidArg)
        .or_else(|| get(ContextKind::InvalidSubcommand))
        .unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let suggestion = get(ContextKind::SuggestedArg)
        .or_else(|| get(ContextKind::SuggestedSubcommand))
        .map(|s| t!(lang, "cli-clap-did-you-mean", suggestion = s))
        .unwrap_or_default();
    let text = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => return None,
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            t!(lang, "cli-clap-no-command")
        }
        ErrorKind::UnknownArgument => t!(
            lang,
            "cli-clap-unknown-argument",
            arg = arg,
            suggestion = suggestion
        ),
        ErrorKind::InvalidSubcommand => t!(
            lang,
            "cli-clap-unknown-command",
            arg = arg,
            suggestion = suggestion
        ),
        ErrorKind::InvalidValue => {
            let valid = get(ContextKind::ValidValue)
                .map(|v| t!(lang, "cli-clap-valid-values", values = v))
                .unwrap_or_default();
            if value.is_empty() {
                t!(lang, "cli-clap-needs-value", arg = arg, valid = valid)
            } else {
                t!(
                    lang,
                    "cli-clap-bad-value",
                    value = value,
                    arg = arg,
                    valid = valid
                )
            }
        }
        ErrorKind::ValueValidation => {
            // Our own value parsers give reasons from the catalogue; a number parser's is
            // English, and left out of a Swedish sentence.
            let reason = std::error::Error::source(e)
                .map(|s| s.to_string())
                .filter(|s| {
                    lang != Lang::Sv
                        || s.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö'])
                        || s.starts_with("ange")
                })
                .map(|s| t!(lang, "cli-clap-reason", reason = s))
                .unwrap_or_default();
            t!(
                lang,
                "cli-clap-invalid-value",
                value = value,
                arg = arg,
                reason = reason
            )
        }
        ErrorKind::MissingRequiredArgument => t!(lang, "cli-clap-missing", arg = arg),
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg).unwrap_or_default();
            t!(lang, "cli-clap-conflict", arg = arg, other = other)
        }
        ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues
        | ErrorKind::NoEquals => t!(lang, "cli-clap-wrong-count", arg = arg),
        ErrorKind::InvalidUtf8 => t!(lang, "cli-clap-not-utf8"),
        _ => t!(lang, "cli-clap-unreadable"),
    };
    Some(crate::domain::text::one_line(&text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, Parser};

    #[derive(Debug, Parser)]
    struct Demo {
        #[command(subcommand)]
        command: Option<Sub>,
        #[arg(long)]
        antal: Option<u32>,
        #[arg(long)]
        namn: String,
    }

    #[derive(Debug, clap::Subcommand)]
    enum Sub {
        List,
    }

    fn error(args: &[&str]) -> String {
        let e = Demo::command()
            .try_get_matches_from(args)
            .expect_err("an error");
        message(&e, Lang::Sv).expect("a message")
    }

    #[test]
    fn the_argument_is_named_and_the_words_are_swedish() {
        let m = error(&["demo", "--namn", "x", "--okand"]);
        assert!(
            m.starts_with("Okänd flagga") && m.contains("--okand"),
            "{m}"
        );
        let m = error(&["demo"]);
        assert!(m.starts_with("Det saknas: --namn"), "{m}");
        let m = error(&["demo", "--namn", "x", "--antal", "många"]);
        assert_eq!(
            m,
            "Värdet ”många” går inte att använda för --antal <ANTAL>."
        );
    }
}
