//! The copy's current lists as a template offers them and a row is checked against them: the
//! areas, places, event types, organisations and vocabularies, each value with the label a
//! drop-down shows and the other names it is known by.

use std::collections::HashMap;

use serde_json::Value;

use super::columns::Values;
use crate::domain::vocab::vocabulary_label;
use crate::domain::{
    Area, EntityKind, EventType, Factor, Id, Lang, Organisation, Place, PreventiveMeasure, Term,
    Theme,
};
use crate::store::Store;

/// How alike a mistyped value and a listed one must be (Jaro–Winkler) to be suggested.
const SUGGEST_FROM: f64 = 0.85;

/// One value a column may take.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// What the drop-down shows.
    pub label: String,
    /// What the record stores (an id, a code, a truth value).
    pub value: Value,
    /// The area a place lies in.
    pub within: Option<Id>,
}

/// The values of one column, found by label or any other name, any case.
#[derive(Debug, Clone, Default)]
pub struct ChoiceList {
    pub items: Vec<Choice>,
    index: HashMap<String, usize>,
}

fn key(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl ChoiceList {
    /// Adds a value known by its label and these other names (codes, short names, ids).
    pub fn push(&mut self, choice: Choice, aliases: &[&str]) {
        let at = self.items.len();
        for name in aliases.iter().copied().chain([choice.label.as_str()]) {
            if !name.trim().is_empty() {
                self.index.entry(key(name)).or_insert(at);
            }
        }
        self.items.push(choice);
    }

    /// Another name of the value at `at`, unless the name is taken.
    pub fn alias(&mut self, at: usize, name: &str) {
        if at < self.items.len() && !name.trim().is_empty() {
            self.index.entry(key(name)).or_insert(at);
        }
    }

    pub fn find(&self, text: &str) -> Option<&Choice> {
        self.index.get(&key(text)).map(|i| &self.items[*i])
    }

    /// The listed label most like `text`, when one is alike enough to be what was meant.
    pub fn suggest(&self, text: &str) -> Option<&str> {
        let wanted = key(text);
        self.items
            .iter()
            .map(|c| (strsim::jaro_winkler(&wanted, &key(&c.label)), c))
            .filter(|(score, _)| *score >= SUGGEST_FROM)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, c)| c.label.as_str())
    }

    pub fn labels(&self) -> Vec<&str> {
        self.items.iter().map(|c| c.label.as_str()).collect()
    }
}

fn text(s: &str) -> Value {
    Value::String(s.to_string())
}

/// The names a record had before it was renamed, from its history in the op log.
fn earlier_names(store: &Store, id: Id) -> crate::store::Result<Vec<String>> {
    Ok(store
        .history(id)?
        .into_iter()
        .filter(|e| e.field.as_deref() == Some("name"))
        .filter_map(|e| e.old.and_then(|v| v.as_str().map(String::from)))
        .collect())
}

/// Every list a template may offer, read from the copy once.
#[derive(Debug, Clone, Default)]
pub struct Lists {
    pub areas: ChoiceList,
    pub places: ChoiceList,
    pub event_types: ChoiceList,
    pub organisations: ChoiceList,
    pub themes: ChoiceList,
    pub factors: ChoiceList,
    /// The preventive measures' titles: a measure of the same title is read before.
    pub measures: ChoiceList,
    terms: HashMap<String, ChoiceList>,
    lang: Option<Lang>,
}

impl Lists {
    /// The copy's live, active records, labelled in `lang`.
    pub fn load(store: &Store, lang: Lang) -> crate::store::Result<Lists> {
        let mut lists = Lists {
            lang: Some(lang),
            ..Lists::default()
        };
        for a in store.all::<Area>()?.into_iter().filter(|a| a.active) {
            lists.add_area(a.id, &a.name, a.code.as_deref());
        }
        for p in store.all::<Place>()?.into_iter().filter(|p| p.active) {
            lists.add_place(p.id, &p.name, p.area_id);
        }
        for e in store.all::<EventType>()?.into_iter().filter(|e| e.active) {
            let (label, other) = match lang {
                Lang::Sv => (&e.label_sv, &e.label_en),
                _ => (&e.label_en, &e.label_sv),
            };
            let id = e.id.to_string();
            lists.event_types.push(
                Choice {
                    label: label.clone(),
                    value: text(&id),
                    within: None,
                },
                &[other, &e.code, &id],
            );
        }
        let organisations: Vec<Organisation> = store
            .all::<Organisation>()?
            .into_iter()
            .filter(|o| o.active)
            .collect();
        for o in &organisations {
            lists.add_organisation(o.id, &o.name, o.short_name.as_deref());
        }
        // A file filled in before a rename names the organisation as it was called then;
        // after every current name, so a name taken over by another organisation is its.
        for (at, o) in organisations.iter().enumerate() {
            for name in earlier_names(store, o.id)? {
                lists.organisations.alias(at, &name);
            }
        }
        for theme in store.all::<Theme>()?.into_iter().filter(|t| t.active) {
            let (label, other) = match lang {
                Lang::Sv => (&theme.label_sv, &theme.label_en),
                _ => (&theme.label_en, &theme.label_sv),
            };
            let id = theme.id.to_string();
            lists.themes.push(
                Choice {
                    label: label.clone(),
                    value: text(&id),
                    within: None,
                },
                &[other, &theme.code, &id],
            );
        }
        for factor in store
            .all::<Factor>()?
            .into_iter()
            .filter(|f| f.active != Some(false))
        {
            let id = factor.id.to_string();
            lists.factors.push(
                Choice {
                    label: factor.label.clone(),
                    value: text(&id),
                    within: None,
                },
                &[&id],
            );
        }
        for m in store.all::<PreventiveMeasure>()? {
            lists.add_measure(m.id, &m.title);
        }
        for term in store.all::<Term>()?.into_iter().filter(|t| t.active) {
            let (label, other) = match lang {
                Lang::Sv => (&term.label_sv, &term.label_en),
                _ => (&term.label_en, &term.label_sv),
            };
            lists
                .terms
                .entry(term.vocabulary.clone())
                .or_default()
                .push(
                    Choice {
                        label: label.clone(),
                        value: text(&term.code),
                        within: None,
                    },
                    &[other, &term.code],
                );
        }
        Ok(lists)
    }

    pub fn add_area(&mut self, id: Id, name: &str, code: Option<&str>) {
        let id_text = id.to_string();
        self.areas.push(
            Choice {
                label: name.to_string(),
                value: text(&id_text),
                within: None,
            },
            &[code.unwrap_or_default(), &id_text],
        );
    }

    pub fn add_place(&mut self, id: Id, name: &str, area: Id) {
        let id_text = id.to_string();
        self.places.push(
            Choice {
                label: name.to_string(),
                value: text(&id_text),
                within: Some(area),
            },
            &[&id_text],
        );
    }

    pub fn add_organisation(&mut self, id: Id, name: &str, short_name: Option<&str>) {
        let id_text = id.to_string();
        self.organisations.push(
            Choice {
                label: name.to_string(),
                value: text(&id_text),
                within: None,
            },
            &[short_name.unwrap_or_default(), &id_text],
        );
    }

    pub fn add_measure(&mut self, id: Id, title: &str) {
        self.measures.push(
            Choice {
                label: title.to_string(),
                value: text(&id.to_string()),
                within: None,
            },
            &[],
        );
    }

    /// The values a column takes; `None` for a column of free values (text, dates, numbers).
    pub fn choices(&self, values: Values) -> Option<ChoiceList> {
        let lang = self.lang.unwrap_or_default();
        match values {
            Values::Reference(kind) | Values::References(kind) => match kind {
                EntityKind::Area => Some(self.areas.clone()),
                EntityKind::Place => Some(self.places.clone()),
                EntityKind::EventType => Some(self.event_types.clone()),
                EntityKind::Organisation => Some(self.organisations.clone()),
                EntityKind::Theme => Some(self.themes.clone()),
                EntityKind::Factor => Some(self.factors.clone()),
                _ => None,
            },
            Values::Term(vocabulary) => {
                Some(self.terms.get(vocabulary).cloned().unwrap_or_default())
            }
            Values::Vocabulary { key, codes } => {
                let mut list = ChoiceList::default();
                for code in codes {
                    let label = vocabulary_label(key, code, lang).unwrap_or(code);
                    let others: Vec<&str> = Lang::ALL
                        .iter()
                        .filter_map(|l| vocabulary_label(key, code, *l))
                        .chain([*code])
                        .collect();
                    list.push(
                        Choice {
                            label: label.to_string(),
                            value: text(code),
                            within: None,
                        },
                        &others,
                    );
                }
                Some(list)
            }
            Values::YesNo => {
                let mut list = ChoiceList::default();
                for (yes, id, others) in [
                    (
                        true,
                        "sheet-yes",
                        ["ja", "yes", "1", "x", "true", "sant"].as_slice(),
                    ),
                    (
                        false,
                        "sheet-no",
                        ["nej", "no", "0", "false", "falskt"].as_slice(),
                    ),
                ] {
                    list.push(
                        Choice {
                            label: crate::i18n::t!(lang, id),
                            value: Value::Bool(yes),
                            within: None,
                        },
                        others,
                    );
                }
                Some(list)
            }
            Values::Text | Values::Date | Values::Time | Values::Decimal | Values::Whole => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_near_miss_is_suggested_and_a_stranger_is_not() {
        let mut places = ChoiceList::default();
        for name in ["Lindängstorget", "Stationen", "Skolgården"] {
            places.push(
                Choice {
                    label: name.into(),
                    value: text(name),
                    within: None,
                },
                &[],
            );
        }
        assert_eq!(places.suggest("Lindängstorg"), Some("Lindängstorget"));
        assert_eq!(places.suggest("stationn"), Some("Stationen"));
        assert_eq!(places.suggest("Badhuset"), None);
        assert!(places.find("  LINDÄNGSTORGET ").is_some());
    }
}
