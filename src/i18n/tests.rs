//! The catalogue's own checks: every language has every message with the same variables,
//! every id the code names exists, and plural forms come out right.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::{Lang, has_message};

/// Every message of one language: id → the variables it uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, text) in lang.sources() {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, errors)| {
            panic!("{}/{file} does not parse: {errors:?}", lang.code())
        });
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_variables(p, &mut vars);
                }
                for a in &m.attributes {
                    pattern_variables(&a.value, &mut vars);
                }
                let id = m.id.name.to_string();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{}: the id {id} is defined twice",
                    lang.code()
                );
            }
        }
    }
    out
}

fn pattern_variables(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for v in variants {
                pattern_variables(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_variables(i, vars),
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let reference = messages(Lang::ALL[0]);
    assert!(reference.len() > 100, "{} messages", reference.len());
    for lang in &Lang::ALL[1..] {
        let other = messages(*lang);
        let missing: Vec<_> = reference
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !reference.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{} has ids Swedish lacks: {extra:?}",
            lang.code()
        );
        for (id, vars) in &reference {
            assert_eq!(
                Some(vars),
                other.get(id),
                "{id}: {} uses other variables",
                lang.code()
            );
        }
    }
}

/// Every `t!(lang, "id" …)` in the source names a message that exists, so a missing id (which
/// would show as the id itself) cannot reach a user.
#[test]
fn every_id_the_code_names_exists() {
    let pattern = regex::Regex::new(r#"\bt!\(\s*[^,()]+(?:\([^()]*\))?,\s*"([a-z0-9-]+)""#)
        .unwrap_or_else(|e| panic!("{e}"));
    // Ids held in lists and passed on (`["column-date", …].map(|id| t!(lang, id))`): every
    // literal that starts like a message id, except a vocabulary's key (`Name, "key" {`).
    let listed = regex::Regex::new(
        r#""((?:column|form|plan|year|cli|minutes|area|agreement|indicator|calendar|report|error|value|expects|demo|action|week|time|date|tui|exchange|file)-[a-z0-9-]+)"(\s*\{)?"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    // Messages built now and worded later: `said!("id", …)`.
    let said = regex::Regex::new(r#"\bsaid!\(\s*"([a-z0-9-]+)""#).unwrap_or_else(|e| panic!("{e}"));
    let mut named = BTreeSet::new();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{e}"))
            .flatten()
        {
            let path = entry.path();
            if path.ends_with("i18n") {
                // The catalogue's own examples and tests name ids that must not exist.
            } else if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for c in pattern
                    .captures_iter(&text)
                    .chain(said.captures_iter(&text))
                {
                    named.insert(c[1].to_string());
                }
                let code = text.lines().filter(|l| !l.trim_start().starts_with("//"));
                for line in code {
                    for c in listed.captures_iter(line) {
                        if c.get(2).is_none() {
                            named.insert(c[1].to_string());
                        }
                    }
                }
            }
        }
    }
    assert!(!named.is_empty(), "the pattern finds no t! at all");
    for lang in Lang::ALL {
        let missing: Vec<_> = named.iter().filter(|id| !has_message(*lang, id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
    }
}

/// Called by the test `vocabulary!` writes for every vocabulary.
pub(crate) fn assert_vocabulary<V: crate::domain::Vocabulary>() {
    for lang in Lang::ALL {
        assert!(
            has_message(*lang, &format!("vocab-{}", V::KEY)),
            "{}: vocab-{} missing",
            lang.code(),
            V::KEY
        );
        for code in V::CODES {
            let id = format!("vocab-{}-{code}", V::KEY);
            assert!(
                super::message_static(*lang, &id).is_some(),
                "{}: {id} missing or not plain text",
                lang.code()
            );
        }
    }
}

#[test]
fn a_missing_id_shows_as_itself() {
    assert_eq!(t!(Lang::Sv, "no-such-message"), "no-such-message");
}

#[test]
fn counts_take_the_plural_form() {
    assert_eq!(
        t!(Lang::Sv, "count-organisation", count = 1),
        "1 organisation"
    );
    assert_eq!(
        t!(Lang::Sv, "count-organisation", count = 15),
        "15 organisationer"
    );
    assert_eq!(t!(Lang::Sv, "count-area", count = 13), "13 områden");
    assert_eq!(t!(Lang::Sv, "count-area", count = 1), "1 område");
    assert_eq!(t!(Lang::En, "count-priority", count = 2), "2 priorities");
    assert_eq!(t!(Lang::En, "count-priority", count = 1), "1 priority");
}

#[test]
fn numbers_in_messages_follow_the_language_without_isolation_marks() {
    let sv = t!(Lang::Sv, "count-observation", count = 106_821);
    assert_eq!(sv, "106\u{202F}821 iakttagelser");
    assert_eq!(
        t!(Lang::En, "count-observation", count = 106_821),
        "106,821 observations"
    );
    for lang in Lang::ALL {
        for (_, text) in lang.sources() {
            assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
        }
    }
    assert!(!sv.contains('\u{2068}'));
}

#[test]
fn vocabulary_labels_come_from_the_catalogue() {
    use crate::domain::{ActionStatus, Vocabulary};
    assert_eq!(ActionStatus::Pagar.label(Lang::Sv), "pågår");
    assert_eq!(ActionStatus::Pagar.label(Lang::En), "ongoing");
    assert_eq!(ActionStatus::parse("ONGOING"), Some(ActionStatus::Pagar));
    assert_eq!(ActionStatus::name(Lang::Sv), "status");
}

#[test]
fn counted_phrases_of_the_reports_agree_with_their_number() {
    let decided = |n: usize| t!(Lang::Sv, "minutes-decided", count = n);
    assert_eq!(
        decided(1),
        "Gruppen beslutade om en åtgärd; se åtgärdslistan."
    );
    assert_eq!(
        decided(4),
        "Gruppen beslutade om 4 åtgärder; se åtgärdslistan."
    );
    assert_eq!(
        t!(Lang::En, "minutes-decided", count = 1),
        "The group decided on one action; see the action list."
    );
    let review = |n: u32| t!(Lang::Sv, "plan-review-interval", months = n);
    assert_eq!(review(1), "varje månad");
    assert_eq!(review(6), "var sjätte månad");
    assert_eq!(review(12), "en gång om året");
    assert_eq!(review(18), "var 18:e månad");
    assert_eq!(
        t!(Lang::En, "plan-review-interval", months = 6u32),
        "every 6 months"
    );
}

#[test]
fn number_options_in_messages_are_honoured() {
    // The formatter sees NUMBER()'s options: no grouping where a message asks for none.
    let bundle = super::catalogue::build(Lang::Sv);
    let mut args = super::FluentArgs::new();
    args.set("n", 106_821.26);
    let resource = fluent_bundle::FluentResource::try_new(
        "x = { NUMBER($n, maximumFractionDigits: 1) } / { NUMBER($n, useGrouping: \"false\") }"
            .to_string(),
    )
    .unwrap_or_else(|(r, _)| r);
    let mut bundle = bundle;
    bundle.add_resource_overriding(resource);
    let pattern = bundle.get_message("x").and_then(|m| m.value());
    let mut errors = Vec::new();
    let text = pattern
        .map(|p| {
            bundle
                .format_pattern(p, Some(&args), &mut errors)
                .into_owned()
        })
        .unwrap_or_default();
    assert_eq!(text, "106\u{202F}821,3 / 106821,26");
}
