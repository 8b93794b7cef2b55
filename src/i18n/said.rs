//! A message not yet put into words: its catalogue id and its variables, rendered later in
//! the reader's language. Errors carry one, so the layer that knows the language (the CLI's
//! `--lang`, the TUI's settings) chooses the words, not the layer that found the fault.

use fluent_bundle::{FluentArgs, FluentValue};

use super::Lang;

/// A message id with its variables; see [`said!`](crate::i18n::said).
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// A variable's value: a plain value, or words that are themselves chosen in the reader's
/// language when the message is ("område" or "area", a list of findings).
#[derive(Debug, Clone, PartialEq)]
enum Arg {
    /// An error that words itself (a store's refusal inside a bundle's), worded in every
    /// language when it is held, in the order of `Lang::ALL`.
    Worded(Vec<String>),
    Value(FluentValue<'static>),
    Said(Said),
    /// A vocabulary's label: `vocab-<key>-<code>`, with a capital first letter when the
    /// label begins a sentence.
    Label {
        key: &'static str,
        code: &'static str,
        capitalised: bool,
    },
    /// A record field's label as a form shows it ("Överordnat område"), else its code.
    FieldLabel(crate::domain::EntityKind, &'static str),
    /// Messages joined with a separator.
    List(Vec<Said>, &'static str),
    /// A message without variables, by an id made at run time (`vocab-<key>`).
    Message(String),
}

impl Said {
    /// The message `id` with `args` (as `said!` builds it).
    pub fn new(id: &'static str, args: Vec<(&'static str, FluentValue<'static>)>) -> Said {
        Said {
            id,
            args: args.into_iter().map(|(n, v)| (n, Arg::Value(v))).collect(),
        }
    }

    /// The catalogue id, for tests and logs.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// With the variable `$name` worded by another message.
    #[must_use]
    pub fn with_said(mut self, name: &'static str, value: Said) -> Said {
        self.args.push((name, Arg::Said(value)));
        self
    }

    /// With the variable `$name` as a vocabulary value's label ("område", "area").
    #[must_use]
    pub fn with_label<V: crate::domain::Vocabulary>(self, name: &'static str, value: V) -> Said {
        self.label(name, value, false)
    }

    /// [`Said::with_label`] with a capital first letter, for a label that begins a sentence.
    #[must_use]
    pub fn with_label_capitalised<V: crate::domain::Vocabulary>(
        self,
        name: &'static str,
        value: V,
    ) -> Said {
        self.label(name, value, true)
    }

    fn label<V: crate::domain::Vocabulary>(
        mut self,
        name: &'static str,
        value: V,
        capitalised: bool,
    ) -> Said {
        let (key, code) = (V::KEY, value.code());
        self.args.push((
            name,
            Arg::Label {
                key,
                code,
                capitalised,
            },
        ));
        self
    }

    /// With the variable `$name` as the label of `kind`'s field `field`, as a form shows it.
    #[must_use]
    pub fn with_field_label(
        mut self,
        name: &'static str,
        kind: crate::domain::EntityKind,
        field: &'static str,
    ) -> Said {
        self.args.push((name, Arg::FieldLabel(kind, field)));
        self
    }

    /// With the variable `$name` as an error that words itself in the reader's language.
    #[must_use]
    pub fn with_error(mut self, name: &'static str, error: impl Localized) -> Said {
        let worded = Lang::ALL.iter().map(|l| error.message(*l)).collect();
        self.args.push((name, Arg::Worded(worded)));
        self
    }

    /// With the variable `$name` as the message `id` (one without variables).
    #[must_use]
    pub fn with_message(mut self, name: &'static str, id: String) -> Said {
        self.args.push((name, Arg::Message(id)));
        self
    }

    /// With the variable `$name` as messages joined by `separator` ("; ").
    #[must_use]
    pub fn with_list(
        mut self,
        name: &'static str,
        items: Vec<Said>,
        separator: &'static str,
    ) -> Said {
        self.args.push((name, Arg::List(items, separator)));
        self
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        if self.args.is_empty() {
            return super::message(lang, self.id, None).into_owned();
        }
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let value = match value {
                Arg::Value(v) => v.clone(),
                Arg::Worded(texts) => {
                    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
                    FluentValue::from(texts.get(index).cloned().unwrap_or_default())
                }
                Arg::Said(said) => FluentValue::from(said.text(lang)),
                Arg::Label {
                    key,
                    code,
                    capitalised,
                } => {
                    let label =
                        crate::domain::vocab::vocabulary_label(key, code, lang).unwrap_or(code);
                    FluentValue::from(if *capitalised {
                        crate::domain::text::capitalised(label)
                    } else {
                        label.to_string()
                    })
                }
                Arg::FieldLabel(kind, field) => {
                    FluentValue::from(crate::domain::text::capitalised(
                        kind.field_label(field, lang).unwrap_or(field),
                    ))
                }
                Arg::Message(id) => FluentValue::from(super::message(lang, id, None).into_owned()),
                Arg::List(items, separator) => FluentValue::from(
                    items
                        .iter()
                        .map(|s| s.text(lang))
                        .collect::<Vec<_>>()
                        .join(separator),
                ),
            };
            args.set(*name, value);
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

impl Localized for Said {
    fn message(&self, lang: Lang) -> String {
        self.text(lang)
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
