//! clap's errors in Swedish. clap writes its own (English) sentences around the argument it
//! could not use; we keep what it found (the argument, the value, its suggestion) and say the
//! rest ourselves. Help and version output pass through as clap renders them (the help is
//! already Swedish, see `localise`).

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The Swedish message for a parse error, or `None` for help and version output (printed as
/// they are).
pub fn message(e: &clap::Error) -> Option<String> {
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
        .map(|s| format!(" Menade du {s}?"))
        .unwrap_or_default();
    let text = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => return None,
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            "Ange ett kommando.".to_string()
        }
        ErrorKind::UnknownArgument => {
            format!("Okänd flagga eller okänt argument: {arg}.{suggestion}")
        }
        ErrorKind::InvalidSubcommand => format!("Okänt kommando: {arg}.{suggestion}"),
        ErrorKind::InvalidValue => {
            let valid = get(ContextKind::ValidValue)
                .map(|v| format!(" Giltiga värden: {v}."))
                .unwrap_or_default();
            if value.is_empty() {
                format!("{arg} behöver ett värde.{valid}")
            } else {
                format!("Värdet ”{value}” går inte att använda för {arg}.{valid}")
            }
        }
        ErrorKind::ValueValidation => {
            // Our own value parsers give Swedish reasons; a number parser's is English.
            let reason = std::error::Error::source(e)
                .map(|s| s.to_string())
                .filter(|s| s.chars().any(|c| "åäöÅÄÖ".contains(c)) || s.starts_with("ange"))
                .map(|s| format!(": {s}"))
                .unwrap_or_default();
            format!("Värdet ”{value}” går inte att använda för {arg}{reason}.")
        }
        ErrorKind::MissingRequiredArgument => format!("Det saknas: {arg}."),
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg).unwrap_or_default();
            format!("{arg} kan inte användas tillsammans med {other}.")
        }
        ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues
        | ErrorKind::NoEquals => format!("Fel antal värden för {arg}."),
        ErrorKind::InvalidUtf8 => {
            "Kommandoraden innehåller tecken som inte går att läsa (inte UTF-8).".to_string()
        }
        _ => "Kommandoraden går inte att tolka.".to_string(),
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
        message(&e).expect("a message")
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
