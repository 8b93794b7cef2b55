//! A message not yet put into words: its catalogue id and its variables, rendered later in
//! the reader's language. Errors carry one, so the layer that knows the language (the CLI's
//! `--lang`, the TUI's settings) chooses the words, not the layer that found the fault.

use fluent_bundle::{FluentArgs, FluentValue};

use super::Lang;

/// A message id with its variables; see [`said!`](crate::i18n::said).
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    id: &'static str,
    args: Vec<(&'static str, FluentValue<'static>)>,
}

impl Said {
    /// The message `id` with `args` (as `said!` builds it).
    pub fn new(id: &'static str, args: Vec<(&'static str, FluentValue<'static>)>) -> Said {
        Said { id, args }
    }

    /// The catalogue id, for tests and logs.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        if self.args.is_empty() {
            return super::message(lang, self.id, None).into_owned();
        }
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            args.set(*name, value.clone());
        }
        super::message(lang, self.id, Some(&args)).into_owned()
    }
}

/// Swedish, the default language: for logs, the audit log and tests.
impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

/// A variable's value made to outlive the call that built it.
pub fn owned<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'static> {
    value.into().into_owned()
}

/// Something that can say itself in any language: errors whose `Display` is Swedish.
pub trait Localized {
    /// What happened and what to do, in `lang`.
    fn message(&self, lang: Lang) -> String;
}

/// `said!("id", name = value, …)`: a [`Said`] with the variables `$name`, like `t!` without a
/// language.
macro_rules! said {
    ($id:expr $(,)?) => {
        $crate::i18n::Said::new($id, Vec::new())
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Said::new(
            $id,
            vec![$((stringify!($name), $crate::i18n::owned($value))),+],
        )
    };
}
pub(crate) use said;
