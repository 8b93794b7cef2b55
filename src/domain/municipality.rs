//! Matching municipality names the way people and the police write them: "Tyresö",
//! "Tyresö kommun", "tyresö", "Malung-Sälens kommun", "Stockholms stad", "Region Gotland".

/// Official names whose short form is not the official name minus its genitive "s".
const IRREGULAR: &[(&str, &str)] = &[("falu", "falun")];

/// Lower case, hyphens as spaces, runs of spaces collapsed: "Malung-Sälen" and
/// "malung sälen" compare equal.
fn normalise(name: &str) -> String {
    name.to_lowercase()
        .replace(['-', '–'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// One municipality as a user named it, compared with the place names in the police feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Municipality {
    /// As the user wrote it (trimmed), for messages.
    pub given: String,
    /// Normalised names that count as this municipality.
    forms: Vec<String>,
}

impl Municipality {
    pub fn new(given: &str) -> Self {
        let given = given.trim().to_string();
        let full = normalise(&given);
        let mut forms = vec![full.clone()];
        let stripped = full
            .strip_prefix("region ")
            .or_else(|| full.strip_suffix(" kommun"))
            .or_else(|| full.strip_suffix(" stad"))
            .or_else(|| full.strip_suffix(" municipality"));
        if let Some(base) = stripped {
            forms.push(base.to_string());
            // "Malung-Sälens kommun", "Stockholms stad": the official name is a genitive.
            if let Some(short) = base.strip_suffix('s').filter(|s| s.chars().count() >= 2) {
                forms.push(short.to_string());
            }
            if let Some((_, short)) = IRREGULAR.iter().find(|(official, _)| *official == base) {
                forms.push((*short).to_string());
            }
        }
        Municipality { given, forms }
    }

    /// Whether a place name from the feed (the last part of `name`) is this municipality.
    pub fn matches(&self, place: &str) -> bool {
        self.matches_normalised(&normalise(place))
    }

    fn matches_normalised(&self, place: &str) -> bool {
        self.forms.iter().any(|f| f == place)
    }
}

/// Several municipalities (a user may follow neighbours too).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Municipalities(pub Vec<Municipality>);

impl Municipalities {
    pub fn new<S: AsRef<str>>(names: &[S]) -> Self {
        Municipalities(
            names
                .iter()
                .map(|n| n.as_ref())
                .filter(|n| !n.trim().is_empty())
                .map(Municipality::new)
                .collect(),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn matches(&self, place: &str) -> bool {
        let place = normalise(place);
        self.0.iter().any(|m| m.matches_normalised(&place))
    }

    /// "Tyresö, Haninge" — for messages.
    pub fn names(&self) -> String {
        self.0
            .iter()
            .map(|m| m.given.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_name_matches_any_case() {
        let m = Municipality::new("Tyresö");
        assert!(m.matches("Tyresö"));
        assert!(m.matches(" tyresö "));
        assert!(!m.matches("Tyresö län"));
        assert!(!m.matches("Täby"));
    }

    #[test]
    fn kommun_and_stad_suffixes_are_accepted() {
        assert!(Municipality::new("Tyresö kommun").matches("Tyresö"));
        assert!(Municipality::new("Stockholms stad").matches("Stockholm"));
        assert!(Municipality::new("Malung-Sälens kommun").matches("Malung-Sälen"));
        assert!(Municipality::new("Falu kommun").matches("Falun"));
        assert!(Municipality::new("Region Gotland").matches("Gotland"));
        assert!(Municipality::new("Vännäs kommun").matches("Vännäs"));
    }

    #[test]
    fn names_with_spaces_and_hyphens() {
        assert!(Municipality::new("Upplands Väsby").matches("Upplands Väsby"));
        assert!(Municipality::new("upplands  väsby").matches("Upplands Väsby"));
        assert!(Municipality::new("Upplands Väsby kommun").matches("Upplands Väsby"));
        assert!(Municipality::new("Malung Sälen").matches("Malung-Sälen"));
        assert!(Municipality::new("Lilla Edet").matches("Lilla edet"));
        assert!(Municipality::new("Östra Göinge").matches("Östra göinge"));
        // A part of a name is not the name.
        assert!(!Municipality::new("Upplands").matches("Upplands Väsby"));
        assert!(!Municipality::new("Malung").matches("Malung-Sälen"));
    }

    #[test]
    fn a_county_is_not_its_main_municipality() {
        assert!(!Municipality::new("Stockholm").matches("Stockholms län"));
        assert!(!Municipality::new("Gotland").matches("Gotlands län"));
    }

    #[test]
    fn several_and_blank() {
        let ms = Municipalities::new(&["Tyresö", " ", "Haninge"]);
        assert_eq!(ms.0.len(), 2);
        assert!(ms.matches("Haninge"));
        assert_eq!(ms.names(), "Tyresö, Haninge");
        assert!(Municipalities::new::<&str>(&[]).is_empty());
    }
}
