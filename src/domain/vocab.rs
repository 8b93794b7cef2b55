//! Fixed vocabularies: the enumerations that the law or the method fixes (status, level,
//! perspective …). Vocabularies users may extend (event types, themes, area kinds) are data.
//!
//! Each value has a stable code (stored and exchanged); its labels are in the message catalogue.

pub use crate::i18n::Lang;

/// Implemented by every fixed vocabulary. The labels live in the message catalogue
/// (`data/i18n/<lang>/vocab.ftl`): `vocab-<KEY>` names the vocabulary, `vocab-<KEY>-<code>`
/// labels a value.
pub trait Vocabulary: Sized + Copy + 'static {
    const ALL: &'static [Self];
    /// The vocabulary's part of its message ids ("action-status").
    const KEY: &'static str;
    /// Every value's stable code, in declaration order.
    const CODES: &'static [&'static str];
    fn code(self) -> &'static str;
    fn label(self, lang: Lang) -> &'static str {
        vocabulary_label(Self::KEY, self.code(), lang).unwrap_or(self.code())
    }
    fn label_sv(self) -> &'static str {
        self.label(Lang::Sv)
    }
    fn label_en(self) -> &'static str {
        self.label(Lang::En)
    }
    /// The vocabulary's own name ("status", "nivå"), for messages.
    fn name(lang: Lang) -> String {
        crate::i18n::message(lang, &format!("vocab-{}", Self::KEY), None).into_owned()
    }
    /// The value whose code is exactly `s`, as the database stores it: no label looked up
    /// in the catalogue (reading a year's events parses four values a row).
    fn from_code(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.code() == s)
    }
    /// Parses a code or a label (any language, any case).
    fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let lower = s.to_lowercase();
        Self::ALL.iter().copied().find(|v| {
            v.code().eq_ignore_ascii_case(s)
                || Lang::ALL
                    .iter()
                    .any(|l| v.label(*l).to_lowercase() == lower)
        })
    }
}

/// The label of `code` in the vocabulary `key`, or `None` when the code is not one of it.
pub fn vocabulary_label(key: &str, code: &str, lang: Lang) -> Option<&'static str> {
    crate::i18n::message_static(lang, &format!("vocab-{key}-{code}"))
}

/// The error when a text names no value of a vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::Localized::message(self, Lang::Sv))]
pub struct UnknownValue {
    pub vocabulary: String,
    pub value: String,
    pub valid: String,
}

impl crate::i18n::Localized for UnknownValue {
    fn message(&self, lang: Lang) -> String {
        crate::i18n::t!(
            lang,
            "error-vocab-unknown-value",
            value = self.value.as_str(),
            vocabulary = self.vocabulary.as_str(),
            valid = self.valid.as_str()
        )
    }
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $key:literal {
        $($(#[$vmeta:meta])* $variant:ident = $code:literal;)+
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $code)] $variant,)+
        }

        impl $crate::domain::vocab::Vocabulary for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            const KEY: &'static str = $key;
            const CODES: &'static [&'static str] = &[$($code),+];
            fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
        }

        /// Every value of the vocabulary has a label in every language.
        #[cfg(test)]
        #[test]
        #[allow(non_snake_case)]
        fn $name() {
            $crate::i18n::tests::assert_vocabulary::<$name>();
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::domain::vocab::Vocabulary::label_sv(*self))
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::domain::vocab::UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$name as $crate::domain::vocab::Vocabulary>::parse(s).ok_or_else(|| $crate::domain::vocab::UnknownValue {
                    vocabulary: <Self as $crate::domain::vocab::Vocabulary>::name($crate::domain::Lang::Sv),
                    value: s.to_string(),
                    valid: <Self as $crate::domain::vocab::Vocabulary>::ALL.iter().map(|v| $crate::domain::vocab::Vocabulary::label_sv(*v)).collect::<Vec<_>>().join(", "),
                })
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary! {
    /// The police's classification of an area (the year it was set is stored beside it).
    PoliceStatus, "police-status" {
        Ingen = "ingen";
        Utsatt = "utsatt";
        Riskomrade = "riskomrade";
        SarskiltUtsatt = "sarskilt_utsatt";
    }
}

vocabulary! {
    /// Whether a place is public or semi-public (a courtyard, a shopping centre).
    PublicKind, "public-kind" {
        Offentlig = "offentlig";
        Halvoffentlig = "halvoffentlig";
    }
}

vocabulary! {
    /// Time of day, when the exact time is unknown.
    DayPeriod, "day-period" {
        Morgon = "morgon";
        Dag = "dag";
        Kvall = "kvall";
        Natt = "natt";
    }
}

vocabulary! {
    /// The reporter's assessment of an observation (bedömning 1–3).
    Grade, "grade" {
        Lag = "1";
        Medel = "2";
        Hog = "3";
    }
}

vocabulary! {
    /// The municipalities' event severity levels.
    Severity, "severity" {
        Storning = "storning";
        SarskildHandelse = "sarskild_handelse";
        ExtraordinarHandelse = "extraordinar_handelse";
    }
}

impl Severity {
    /// Who must be told when an observation is above störning: the lägesbild is where
    /// escalation starts.
    pub fn escalation_path(self, lang: Lang) -> Option<&'static str> {
        match self {
            Severity::Storning => None,
            _ => crate::i18n::message_static(
                lang,
                &format!("severity-escalation-{}", self.code().replace('_', "-")),
            ),
        }
    }

    /// [`Severity::escalation_path`] in Swedish.
    pub fn escalation_path_sv(self) -> Option<&'static str> {
        self.escalation_path(Lang::Sv)
    }
}

vocabulary! {
    /// Where an observation came from.
    ObservationSource, "observation-source" {
        Rapportor = "rapportor";
        PolisensOppnaData = "polisens_oppna_data";
        Trygghetsvandring = "trygghetsvandring";
        Etjanst = "etjanst";
        Annan = "annan";
        /// A partner's filled-in spreadsheet template (`sheet import`).
        Mall = "mall";
    }
}

vocabulary! {
    /// Review status of an observation.
    ReviewStatus, "review-status" {
        Ny = "ny";
        Granskad = "granskad";
        ILagesbild = "i_lagesbild";
        Avford = "avford";
        Dubblett = "dubblett";
    }
}

vocabulary! {
    MeetingKind, "meeting-kind" {
        Vecka = "vecka";
        Tertial = "tertial";
        Ar = "ar";
        Platssamverkan = "platssamverkan";
        Rad = "rad";
    }
}

vocabulary! {
    MeetingStatus, "meeting-status" {
        Planerat = "planerat";
        Pagar = "pagar";
        Avslutat = "avslutat";
        Justerat = "justerat";
        /// Inställt: called off; kept in history, never given minutes.
        Installt = "installt";
    }
}

vocabulary! {
    /// A day of the week, Monday first (ISO 8601), for a meeting series' standing day.
    Weekday, "weekday" {
        Mandag = "mandag";
        Tisdag = "tisdag";
        Onsdag = "onsdag";
        Torsdag = "torsdag";
        Fredag = "fredag";
        Lordag = "lordag";
        Sondag = "sondag";
    }
}

impl Weekday {
    /// As chrono counts it.
    pub fn chrono(self) -> chrono::Weekday {
        match self {
            Weekday::Mandag => chrono::Weekday::Mon,
            Weekday::Tisdag => chrono::Weekday::Tue,
            Weekday::Onsdag => chrono::Weekday::Wed,
            Weekday::Torsdag => chrono::Weekday::Thu,
            Weekday::Fredag => chrono::Weekday::Fri,
            Weekday::Lordag => chrono::Weekday::Sat,
            Weekday::Sondag => chrono::Weekday::Sun,
        }
    }
}

vocabulary! {
    /// An organisation's attendance at a meeting.
    Presence, "presence" {
        Narvarande = "narvarande";
        Forhinder = "forhinder";
        Delvis = "delvis";
    }
}

vocabulary! {
    /// The kind of a § in the agenda.
    AgendaKind, "agenda-kind" {
        Oppnande = "oppnande";
        Dagordning = "dagordning";
        Uppfoljning = "uppfoljning";
        PolisensLagesbild = "polisens_lagesbild";
        Omrade = "omrade";
        Analys = "analys";
        Beslut = "beslut";
        PlaneradeHandelser = "planerade_handelser";
        Information = "information";
        Ovrigt = "ovrigt";
        NastaMote = "nasta_mote";
        Avslutande = "avslutande";
    }
}

vocabulary! {
    PictureLevel, "picture-level" {
        Vecka = "vecka";
        Tertial = "tertial";
        Ar = "ar";
        Platssamverkan = "platssamverkan";
    }
}

vocabulary! {
    PictureStatus, "picture-status" {
        Utkast = "utkast";
        Faststalld = "faststalld";
    }
}

vocabulary! {
    /// An area's assessed level in a situation picture.
    AreaLevel, "area-level" {
        Lugnt = "lugnt";
        Forhojt = "forhojt";
        Allvarligt = "allvarligt";
    }
}

vocabulary! {
    Trend, "trend" {
        Okande = "okande";
        Oforandrad = "oforandrad";
        Minskande = "minskande";
    }
}

impl Trend {
    /// An arrow that carries the trend without colour.
    pub fn arrow(self) -> &'static str {
        match self {
            Trend::Okande => "↑",
            Trend::Oforandrad => "→",
            Trend::Minskande => "↓",
        }
    }
}

vocabulary! {
    ActionKind, "action-kind" {
        Situationell = "situationell";
        Social = "social";
        Kombinerad = "kombinerad";
    }
}

vocabulary! {
    Horizon, "horizon" {
        Kort = "kort";
        Lang = "lang";
    }
}

vocabulary! {
    /// Status of an action, an activity or a priority. *Försenad* is derived, never stored.
    ActionStatus, "action-status" {
        Foreslagen = "foreslagen";
        Beslutad = "beslutad";
        Pagar = "pagar";
        Genomford = "genomford";
        Installd = "installd";
    }
}

vocabulary! {
    /// Where an action comes from.
    ActionOrigin, "action-origin" {
        Vecka = "vecka";
        Atgardsplan = "atgardsplan";
        Overenskommelse = "overenskommelse";
        Medborgarlofte = "medborgarlofte";
        Platssamverkan = "platssamverkan";
        Besiktning = "besiktning";
    }
}

vocabulary! {
    /// The perspective of a cause (orsaksanalys).
    Perspective, "perspective" {
        Situationell = "situationell";
        Brottsutsatthet = "brottsutsatthet";
        Garningsperson = "garningsperson";
    }
}

vocabulary! {
    /// The side of the crime triangle a cause sits on.
    TriangleSide, "triangle-side" {
        Plats = "plats";
        OfferObjekt = "offer_objekt";
        Garningsperson = "garningsperson";
    }
}

vocabulary! {
    Certainty, "certainty" {
        Lag = "lag";
        Medel = "medel";
        Hog = "hog";
    }
}

vocabulary! {
    /// Who decided an action plan.
    DecisionBody, "decision-body" {
        Kf = "kf";
        Ks = "ks";
        Namnd = "namnd";
        Styrgrupp = "styrgrupp";
    }
}

vocabulary! {
    PlanStatus, "plan-status" {
        Utkast = "utkast";
        Beslutad = "beslutad";
        Avslutad = "avslutad";
    }
}

vocabulary! {
    IndicatorSource, "indicator-source" {
        BraAnmaldaBrott = "bra_anmalda_brott";
        Ntu = "ntu";
        PolisensTrygghetsmatning = "polisens_trygghetsmatning";
        EstCounts = "est";
        Skolenkat = "skolenkat";
        EgenEnkat = "egen_enkat";
        Annan = "annan";
    }
}

vocabulary! {
    Direction, "direction" {
        Oka = "oka";
        Minska = "minska";
    }
}

vocabulary! {
    Frequency, "frequency" {
        Manad = "manad";
        Tertial = "tertial";
        Halvar = "halvar";
        Ar = "ar";
    }
}

vocabulary! {
    PromiseBasis, "promise-basis" {
        Medborgardialog = "medborgardialog";
        Medarbetardialog = "medarbetardialog";
        Statistik = "statistik";
    }
}

vocabulary! {
    InspectionKind, "inspection-kind" {
        Trygghetsbesiktning = "trygghetsbesiktning";
        Trygghetsvandring = "trygghetsvandring";
        Enkat = "enkat";
    }
}

vocabulary! {
    PreventionLevel, "prevention-level" {
        Universell = "universell";
        Selektiv = "selektiv";
        Indikerad = "indikerad";
    }
}

vocabulary! {
    FactorType, "factor-type" {
        Risk = "risk";
        Skydd = "skydd";
    }
}

vocabulary! {
    FactorContext, "factor-context" {
        Individ = "individ";
        Familj = "familj";
        KamraterFritid = "kamrater_fritid";
        Skola = "skola";
        Samhalle = "samhalle";
    }
}

vocabulary! {
    MeasureStatus, "measure-status" {
        Planerad = "planerad";
        Aktiv = "aktiv";
        Pausad = "pausad";
        Avslutad = "avslutad";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_labels_and_parsing_round_trip() {
        for s in ActionStatus::ALL {
            assert_eq!(ActionStatus::parse(s.code()), Some(*s));
            assert_eq!(ActionStatus::parse(s.label_sv()), Some(*s));
            assert_eq!(ActionStatus::parse(&s.label_sv().to_uppercase()), Some(*s));
        }
        assert_eq!(
            "Pågår".parse::<ActionStatus>().ok(),
            Some(ActionStatus::Pagar)
        );
        let err = "klar"
            .parse::<ActionStatus>()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("klar") && err.contains("genomförd"), "{err}");
    }

    #[test]
    fn serde_uses_the_stable_code() {
        assert_eq!(
            serde_json::to_string(&Severity::SarskildHandelse)
                .ok()
                .as_deref(),
            Some("\"sarskild_handelse\"")
        );
        assert_eq!(
            serde_json::from_str::<Grade>("\"3\"").ok(),
            Some(Grade::Hog)
        );
    }

    #[test]
    fn escalation_paths_exist_in_every_language() {
        for lang in Lang::ALL {
            assert!(Severity::SarskildHandelse.escalation_path(*lang).is_some());
            assert!(
                Severity::ExtraordinarHandelse
                    .escalation_path(*lang)
                    .is_some()
            );
        }
    }

    #[test]
    fn only_escalated_severities_have_a_path() {
        assert!(Severity::Storning.escalation_path_sv().is_none());
        assert!(
            Severity::SarskildHandelse
                .escalation_path_sv()
                .is_some_and(|p| p.contains("beredskap"))
        );
        assert!(
            Severity::ExtraordinarHandelse
                .escalation_path_sv()
                .is_some_and(|p| p.contains("Krisledning"))
        );
    }
}
