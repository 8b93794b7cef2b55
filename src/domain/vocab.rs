//! Fixed vocabularies: the enumerations that the law or the method fixes (status, level,
//! perspective …). Vocabularies users may extend (event types, themes, area kinds) are data.
//!
//! Each value has a stable code (stored and exchanged), a Swedish and an English label.

/// The language the UI and reports speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Sv,
    En,
}

/// Implemented by every fixed vocabulary.
pub trait Vocabulary: Sized + Copy + 'static {
    const ALL: &'static [Self];
    /// A Swedish name of the vocabulary itself, for error messages ("status", "nivå").
    const NAME_SV: &'static str;
    /// Every value as (code, Swedish label, English label), for showing a stored code to a
    /// person where only the field is known (history, conflicts).
    const LABELS: &'static [(&'static str, &'static str, &'static str)];
    fn code(self) -> &'static str;
    fn label_sv(self) -> &'static str;
    fn label_en(self) -> &'static str;
    fn label(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Sv => self.label_sv(),
            Lang::En => self.label_en(),
        }
    }
    /// Parses a code or a label (either language, any case).
    fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        Self::ALL.iter().copied().find(|v| {
            v.code().eq_ignore_ascii_case(s)
                || v.label_sv().to_lowercase() == s.to_lowercase()
                || v.label_en().eq_ignore_ascii_case(s)
        })
    }
}

/// The error when a text names no value of a vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("”{value}” är inget giltigt värde för {vocabulary}. Giltiga värden: {valid}.")]
pub struct UnknownValue {
    pub vocabulary: &'static str,
    pub value: String,
    pub valid: String,
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $name_sv:literal {
        $($(#[$vmeta:meta])* $variant:ident = $code:literal, $sv:literal, $en:literal;)+
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $code)] $variant,)+
        }

        impl $crate::domain::vocab::Vocabulary for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            const NAME_SV: &'static str = $name_sv;
            const LABELS: &'static [(&'static str, &'static str, &'static str)] = &[$(($code, $sv, $en)),+];
            fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            fn label_sv(self) -> &'static str {
                match self { $($name::$variant => $sv),+ }
            }
            fn label_en(self) -> &'static str {
                match self { $($name::$variant => $en),+ }
            }
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
                    vocabulary: $name_sv,
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
    PoliceStatus, "polisens områdesstatus" {
        Ingen = "ingen", "ingen", "none";
        Utsatt = "utsatt", "utsatt område", "vulnerable area";
        Riskomrade = "riskomrade", "riskområde", "risk area";
        SarskiltUtsatt = "sarskilt_utsatt", "särskilt utsatt område", "especially vulnerable area";
    }
}

vocabulary! {
    /// Whether a place is public or semi-public (a courtyard, a shopping centre).
    PublicKind, "platsens karaktär" {
        Offentlig = "offentlig", "offentlig", "public";
        Halvoffentlig = "halvoffentlig", "halvoffentlig", "semi-public";
    }
}

vocabulary! {
    /// Time of day, when the exact time is unknown.
    DayPeriod, "dygnsperiod" {
        Morgon = "morgon", "morgon", "morning";
        Dag = "dag", "dag", "day";
        Kvall = "kvall", "kväll", "evening";
        Natt = "natt", "natt", "night";
    }
}

vocabulary! {
    /// The reporter's assessment of an observation (bedömning 1–3).
    Grade, "bedömning" {
        Lag = "1", "1 låg", "1 low";
        Medel = "2", "2 medel", "2 medium";
        Hog = "3", "3 hög", "3 high";
    }
}

vocabulary! {
    /// The municipalities' event severity levels.
    Severity, "allvarlighetsnivå" {
        Storning = "storning", "störning", "disturbance";
        SarskildHandelse = "sarskild_handelse", "särskild händelse", "serious event";
        ExtraordinarHandelse = "extraordinar_handelse", "extraordinär händelse", "extraordinary event";
    }
}

impl Severity {
    /// Who must be told when an observation is above störning: the lägesbild is where
    /// escalation starts.
    pub fn escalation_path_sv(self) -> Option<&'static str> {
        match self {
            Severity::Storning => None,
            Severity::SarskildHandelse => Some(
                "Kontakta tjänsteperson i beredskap (TiB). TiB bedömer om krisledningen ska informeras.",
            ),
            Severity::ExtraordinarHandelse => Some(
                "Larma tjänsteperson i beredskap (TiB) omedelbart. Krisledningsnämnden och krisledningsstaben kan behöva aktiveras.",
            ),
        }
    }
}

vocabulary! {
    /// Where an observation came from.
    ObservationSource, "källa" {
        Rapportor = "rapportor", "rapportör", "reporter";
        PolisensOppnaData = "polisens_oppna_data", "polisens öppna data", "police open data";
        Trygghetsvandring = "trygghetsvandring", "trygghetsvandring", "safety walk";
        Etjanst = "etjanst", "e-tjänst/allmänhet", "e-service/public";
        Annan = "annan", "annan", "other";
    }
}

vocabulary! {
    /// Review status of an observation.
    ReviewStatus, "granskningsstatus" {
        Ny = "ny", "ny", "new";
        Granskad = "granskad", "granskad", "reviewed";
        ILagesbild = "i_lagesbild", "i lägesbild", "in situation picture";
        Avford = "avford", "avförd", "dismissed";
        Dubblett = "dubblett", "dubblett", "duplicate";
    }
}

vocabulary! {
    MeetingKind, "mötestyp" {
        Vecka = "vecka", "veckomöte", "weekly meeting";
        Tertial = "tertial", "tertialmöte", "four-monthly meeting";
        Ar = "ar", "årsmöte", "yearly meeting";
        Platssamverkan = "platssamverkan", "platssamverkan", "place collaboration";
        Rad = "rad", "brottsförebyggande råd", "crime prevention council";
    }
}

vocabulary! {
    MeetingStatus, "mötesstatus" {
        Planerat = "planerat", "planerat", "planned";
        Pagar = "pagar", "pågår", "in progress";
        Avslutat = "avslutat", "avslutat", "closed";
        Justerat = "justerat", "justerat", "approved";
    }
}

vocabulary! {
    /// An organisation's attendance at a meeting.
    Presence, "närvaro" {
        Narvarande = "narvarande", "närvarande", "present";
        Forhinder = "forhinder", "anmält förhinder", "sent apologies";
        Delvis = "delvis", "delvis närvarande", "partly present";
    }
}

vocabulary! {
    /// The kind of a § in the agenda.
    AgendaKind, "dagordningspunkt" {
        Oppnande = "oppnande", "Mötets öppnande", "Opening";
        Dagordning = "dagordning", "Godkännande av dagordning", "Approval of the agenda";
        Uppfoljning = "uppfoljning", "Uppföljning av åtgärdslistan", "Follow-up of actions";
        PolisensLagesbild = "polisens_lagesbild", "Polisens lägesbild", "The police's situation picture";
        Omrade = "omrade", "Gemensam lägesbild – område", "Joint situation picture – area";
        Analys = "analys", "Analys och prioritering", "Analysis and priorities";
        Beslut = "beslut", "Åtgärder och insatser", "Actions";
        PlaneradeHandelser = "planerade_handelser", "Planerade händelser", "Planned events";
        Information = "information", "Information och övriga frågor", "Information and other business";
        Ovrigt = "ovrigt", "Övrigt", "Other";
        NastaMote = "nasta_mote", "Nästa möte", "Next meeting";
        Avslutande = "avslutande", "Mötets avslutande", "Closing";
    }
}

vocabulary! {
    PictureLevel, "lägesbildsnivå" {
        Vecka = "vecka", "vecka", "week";
        Tertial = "tertial", "tertial", "four months";
        Ar = "ar", "år (lag 2023:196)", "year (Act 2023:196)";
        Platssamverkan = "platssamverkan", "platssamverkan", "place collaboration";
    }
}

vocabulary! {
    PictureStatus, "lägesbildens status" {
        Utkast = "utkast", "utkast", "draft";
        Faststalld = "faststalld", "fastställd", "established";
    }
}

vocabulary! {
    /// An area's assessed level in a situation picture.
    AreaLevel, "läge" {
        Lugnt = "lugnt", "lugnt", "calm";
        Forhojt = "forhojt", "förhöjt", "elevated";
        Allvarligt = "allvarligt", "allvarligt", "serious";
    }
}

vocabulary! {
    Trend, "trend" {
        Okande = "okande", "ökande", "rising";
        Oforandrad = "oforandrad", "oförändrad", "unchanged";
        Minskande = "minskande", "minskande", "falling";
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
    ActionKind, "åtgärdstyp" {
        Situationell = "situationell", "situationell", "situational";
        Social = "social", "social", "social";
        Kombinerad = "kombinerad", "kombinerad", "combined";
    }
}

vocabulary! {
    Horizon, "tidshorisont" {
        Kort = "kort", "kort sikt", "short term";
        Lang = "lang", "lång sikt", "long term";
    }
}

vocabulary! {
    /// Status of an action, an activity or a priority. *Försenad* is derived, never stored.
    ActionStatus, "status" {
        Foreslagen = "foreslagen", "föreslagen", "proposed";
        Beslutad = "beslutad", "beslutad", "decided";
        Pagar = "pagar", "pågår", "ongoing";
        Genomford = "genomford", "genomförd", "done";
        Installd = "installd", "inställd", "cancelled";
    }
}

vocabulary! {
    /// Where an action comes from.
    ActionOrigin, "ursprung" {
        Vecka = "vecka", "veckomöte", "weekly meeting";
        Atgardsplan = "atgardsplan", "åtgärdsplan", "action plan";
        Overenskommelse = "overenskommelse", "samverkansöverenskommelse", "police agreement";
        Medborgarlofte = "medborgarlofte", "medborgarlöfte", "citizen promise";
        Platssamverkan = "platssamverkan", "platssamverkan", "place collaboration";
        Besiktning = "besiktning", "trygghetsbesiktning", "safety inspection";
    }
}

vocabulary! {
    /// The perspective of a cause (orsaksanalys).
    Perspective, "perspektiv" {
        Situationell = "situationell", "situationellt", "situational";
        Brottsutsatthet = "brottsutsatthet", "brottsutsatthet", "victimisation";
        Garningsperson = "garningsperson", "gärningsperson", "offender";
    }
}

vocabulary! {
    /// The side of the crime triangle a cause sits on.
    TriangleSide, "brottstriangeln" {
        Plats = "plats", "plats", "place";
        OfferObjekt = "offer_objekt", "offer/objekt", "victim/target";
        Garningsperson = "garningsperson", "gärningsperson", "offender";
    }
}

vocabulary! {
    Certainty, "säkerhet" {
        Lag = "lag", "låg", "low";
        Medel = "medel", "medel", "medium";
        Hog = "hog", "hög", "high";
    }
}

vocabulary! {
    /// Who decided an action plan.
    DecisionBody, "beslutsorgan" {
        Kf = "kf", "kommunfullmäktige", "municipal council";
        Ks = "ks", "kommunstyrelsen", "municipal executive board";
        Namnd = "namnd", "nämnd", "committee";
        Styrgrupp = "styrgrupp", "styrgrupp", "steering group";
    }
}

vocabulary! {
    PlanStatus, "planens status" {
        Utkast = "utkast", "utkast", "draft";
        Beslutad = "beslutad", "beslutad", "decided";
        Avslutad = "avslutad", "avslutad", "closed";
    }
}

vocabulary! {
    IndicatorSource, "indikatorns källa" {
        BraAnmaldaBrott = "bra_anmalda_brott", "Brå anmälda brott", "Brå reported crime";
        Ntu = "ntu", "NTU", "Swedish Crime Survey";
        PolisensTrygghetsmatning = "polisens_trygghetsmatning", "Polisens trygghetsmätning", "Police safety survey";
        EstCounts = "est", "EST-rapporter", "EST reports";
        Skolenkat = "skolenkat", "skolenkät", "school survey";
        EgenEnkat = "egen_enkat", "egen enkät", "own survey";
        Annan = "annan", "annan", "other";
    }
}

vocabulary! {
    Direction, "riktning" {
        Oka = "oka", "öka", "increase";
        Minska = "minska", "minska", "decrease";
    }
}

vocabulary! {
    Frequency, "frekvens" {
        Manad = "manad", "månad", "monthly";
        Tertial = "tertial", "tertial", "four-monthly";
        Halvar = "halvar", "halvår", "half-yearly";
        Ar = "ar", "år", "yearly";
    }
}

vocabulary! {
    PromiseBasis, "underlag" {
        Medborgardialog = "medborgardialog", "medborgardialog", "citizen dialogue";
        Medarbetardialog = "medarbetardialog", "medarbetardialog", "staff dialogue";
        Statistik = "statistik", "statistik", "statistics";
    }
}

vocabulary! {
    InspectionKind, "typ av inventering" {
        Trygghetsbesiktning = "trygghetsbesiktning", "trygghetsbesiktning", "safety inspection";
        Trygghetsvandring = "trygghetsvandring", "trygghetsvandring", "safety walk";
        Enkat = "enkat", "enkät", "survey";
    }
}

vocabulary! {
    PreventionLevel, "preventionsnivå" {
        Universell = "universell", "universell", "universal";
        Selektiv = "selektiv", "selektiv", "selective";
        Indikerad = "indikerad", "indikerad", "indicated";
    }
}

vocabulary! {
    FactorType, "faktortyp" {
        Risk = "risk", "riskfaktor", "risk factor";
        Skydd = "skydd", "skyddsfaktor", "protective factor";
    }
}

vocabulary! {
    FactorContext, "sammanhang" {
        Individ = "individ", "individ", "individual";
        Familj = "familj", "familj", "family";
        KamraterFritid = "kamrater_fritid", "kamrater och fritid", "peers and leisure";
        Skola = "skola", "skola", "school";
        Samhalle = "samhalle", "samhälle", "society";
    }
}

vocabulary! {
    MeasureStatus, "insatsens status" {
        Planerad = "planerad", "planerad", "planned";
        Aktiv = "aktiv", "aktiv", "active";
        Pausad = "pausad", "pausad", "paused";
        Avslutad = "avslutad", "avslutad", "ended";
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
