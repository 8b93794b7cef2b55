//! The entity registry: every record kind, its table and its fields.
//!
//! The registry is what makes one generic write path possible: an operation names an entity kind
//! and a field, the registry says whether that field exists and how it is stored, and the store
//! applies it. It is also the whitelist an import is checked against.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::classification::Classification;
use super::id::Id;
use super::vocab::{Vocabulary, vocabulary};

/// How a field is stored in its SQLite column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    Text,
    Integer,
    Real,
    /// Stored as 0/1, exchanged as JSON true/false.
    Bool,
    /// A list, stored as JSON text.
    Json,
}

#[derive(Debug, Clone, Copy)]
pub struct FieldDef {
    pub name: &'static str,
    pub ty: FieldType,
    pub optional: bool,
    /// For a field of a fixed vocabulary: the vocabulary's key in the message catalogue.
    pub vocabulary: Option<&'static str>,
    /// For a field of a fixed vocabulary: its codes; else empty.
    pub codes: &'static [&'static str],
    /// The message id that says what a valid value is ("ett datum (ÅÅÅÅ-MM-DD)"); for a
    /// vocabulary field, the vocabulary's name says it.
    pub expects: &'static str,
    /// Whether a JSON value is one the field's Rust type accepts (the same parse the forms'
    /// values and every read of the record go through).
    pub parses: fn(&serde_json::Value) -> bool,
    /// The field holds the id of another record (or a list of them).
    pub reference: bool,
    /// What the entity block says about the field beyond its type: see [`FieldFlags`].
    pub flags: FieldFlags,
}

/// Attributes a field gets in its `entity!` block, after its type: `text: String [free_text]`.
/// Everything that would otherwise be a hand-kept list per kind (which texts the
/// personal-data lint checks, which fields a partner may change in another's record, what a
/// reference points to) is read from here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldFlags {
    /// Text a person wrote: the personal-data lint checks it and search indexes it. Its warning
    /// can be confirmed (and the confirmation kept) when the kind has `pii_confirmed`.
    pub free_text: bool,
    /// Shared work: any trusted partner may change it in a record another partner owns.
    pub shared: bool,
    /// The kind of record a reference field points to (`None` for a reference to any kind).
    pub refers: Option<EntityKind>,
    /// What a person calls a record of the kind (`[name]`, at most one field per kind): how
    /// messages name it and how the command line finds it by name.
    pub is_name: bool,
}

impl FieldFlags {
    pub const NONE: FieldFlags = FieldFlags {
        free_text: false,
        shared: false,
        refers: None,
        is_name: false,
    };
    pub const fn name(self) -> Self {
        FieldFlags {
            is_name: true,
            ..self
        }
    }
    pub const fn free_text(self) -> Self {
        FieldFlags {
            free_text: true,
            ..self
        }
    }
    pub const fn shared(self) -> Self {
        FieldFlags {
            shared: true,
            ..self
        }
    }
    pub const fn refers(self, kind: EntityKind) -> Self {
        FieldFlags {
            refers: Some(kind),
            ..self
        }
    }
}

/// Two declarations are the same field when everything but the parse function (which has no
/// meaningful identity) is equal.
impl PartialEq for FieldDef {
    fn eq(&self, other: &Self) -> bool {
        (
            self.name,
            self.ty,
            self.optional,
            self.vocabulary,
            self.codes,
            self.expects,
            self.reference,
            self.flags,
        ) == (
            other.name,
            other.ty,
            other.optional,
            other.vocabulary,
            other.codes,
            other.expects,
            other.reference,
            other.flags,
        )
    }
}
impl Eq for FieldDef {}

/// Whether `value` deserialises as a `T`: the check behind [`FieldDef::parses`].
pub fn parses_as<T: DeserializeOwned>(value: &serde_json::Value) -> bool {
    T::deserialize(value).is_ok()
}

impl FieldDef {
    /// A stored value as a person reads it: a vocabulary code as its label, true/false as
    /// ja/nej, a missing value as "(tomt)", text as it is.
    pub fn show(&self, value: &serde_json::Value, lang: super::Lang) -> String {
        use crate::i18n::t;
        use serde_json::Value;
        match value {
            Value::Null => t!(lang, "value-empty"),
            Value::Bool(true) => t!(lang, "value-yes"),
            Value::Bool(false) => t!(lang, "value-no"),
            Value::String(s) => self
                .vocabulary
                .and_then(|key| super::vocab::vocabulary_label(key, s, lang))
                .map_or_else(|| s.clone(), str::to_string),
            Value::Array(items) if items.is_empty() => t!(lang, "value-empty"),
            Value::Array(items) => items
                .iter()
                .map(|v| self.show(v, lang))
                .collect::<Vec<_>>()
                .join(", "),
            other => other.to_string(),
        }
    }

    /// What a valid value of the field is, for messages ("ett datum (ÅÅÅÅ-MM-DD)", "status").
    pub fn expects(&self, lang: super::Lang) -> String {
        match self.vocabulary {
            Some(key) => crate::i18n::message(lang, &format!("vocab-{key}"), None).into_owned(),
            None => crate::i18n::message(lang, self.expects, None).into_owned(),
        }
    }

    /// Whether the field holds a code of a fixed vocabulary.
    pub fn is_vocabulary(&self) -> bool {
        self.vocabulary.is_some()
    }
}

/// The pseudo-field deletes and undeletes set.
pub const DELETED_FIELD: &str = "deleted";
/// Classification can be changed like a field.
pub const CLASSIFICATION_FIELD: &str = "classification";

const CLASSIFICATION_DEF: FieldDef = FieldDef {
    name: CLASSIFICATION_FIELD,
    ty: FieldType::Text,
    optional: false,
    vocabulary: Some(<Classification as Vocabulary>::KEY),
    codes: <Classification as Vocabulary>::CODES,
    expects: "",
    parses: parses_as::<Classification>,
    reference: false,
    flags: FieldFlags::NONE,
};
const DELETED_DEF: FieldDef = FieldDef {
    name: DELETED_FIELD,
    ty: FieldType::Bool,
    optional: false,
    vocabulary: None,
    codes: &[],
    expects: "expects-bool",
    parses: parses_as::<bool>,
    reference: false,
    flags: FieldFlags::NONE,
};

/// Maps a Rust field type to its storage.
pub trait FieldValue {
    const TYPE: FieldType;
    const OPTIONAL: bool = false;
    const VOCABULARY: Option<&'static str> = None;
    const CODES: &'static [&'static str] = &[];
    /// The message id that describes a valid value.
    const EXPECTS: &'static str;
    /// The value is another record's id (or a list of ids).
    const REFERENCE: bool = false;
}

macro_rules! field_value {
    ($ty:ty => $ft:ident, $expects:literal $(, $reference:literal)?) => {
        impl FieldValue for $ty {
            const TYPE: FieldType = FieldType::$ft;
            const EXPECTS: &'static str = $expects;
            $(const REFERENCE: bool = $reference;)?
        }
    };
}
field_value!(String => Text, "expects-text");
field_value!(i64 => Integer, "expects-integer");
field_value!(f64 => Real, "expects-number");
field_value!(bool => Bool, "expects-bool");
field_value!(chrono::NaiveDate => Text, "expects-date");
field_value!(chrono::NaiveTime => Text, "expects-time");
field_value!(chrono::DateTime<chrono::Utc> => Text, "expects-timestamp");
field_value!(Id => Text, "expects-id", true);
field_value!(super::week::IsoWeek => Text, "expects-week");
field_value!(Vec<Id> => Json, "expects-id-list", true);
field_value!(Vec<String> => Json, "expects-text-list");

impl<T: FieldValue> FieldValue for Option<T> {
    const TYPE: FieldType = T::TYPE;
    const OPTIONAL: bool = true;
    const VOCABULARY: Option<&'static str> = T::VOCABULARY;
    const CODES: &'static [&'static str] = T::CODES;
    const EXPECTS: &'static str = T::EXPECTS;
    const REFERENCE: bool = T::REFERENCE;
}

impl<T: Vocabulary> FieldValue for T {
    const TYPE: FieldType = FieldType::Text;
    const VOCABULARY: Option<&'static str> = Some(T::KEY);
    const CODES: &'static [&'static str] = T::CODES;
    const EXPECTS: &'static str = "";
}

/// A record kind stored through the op log.
pub trait Entity: Serialize + DeserializeOwned + Clone {
    const KIND: EntityKind;
    /// Every field except `id` and `classification`, in column order.
    const FIELDS: &'static [FieldDef];
    fn id(&self) -> Id;
    fn classification(&self) -> Classification;
}

/// Declares an entity: the struct (with `id` and `classification` first) and its field list.
/// A field may carry [`FieldFlags`] after its type: `description: String [free_text]`,
/// `status: ActionStatus [shared]`, `area_id: Id [refers(Area)]`, `name: String [name]`.
macro_rules! entity {
    ($(#[$meta:meta])* $name:ident => $kind:ident {
        $($(#[$fmeta:meta])* $field:ident : $ty:ty $([$($flag:ident $(($arg:ident))?),+])?),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        pub struct $name {
            pub id: $crate::domain::Id,
            pub classification: $crate::domain::Classification,
            $($(#[$fmeta])* pub $field: $ty,)+
        }

        impl $crate::domain::entity::Entity for $name {
            const KIND: $crate::domain::entity::EntityKind = $crate::domain::entity::EntityKind::$kind;
            const FIELDS: &'static [$crate::domain::entity::FieldDef] = &[$(
                $crate::domain::entity::FieldDef {
                    name: stringify!($field),
                    ty: <$ty as $crate::domain::entity::FieldValue>::TYPE,
                    optional: <$ty as $crate::domain::entity::FieldValue>::OPTIONAL,
                    vocabulary: <$ty as $crate::domain::entity::FieldValue>::VOCABULARY,
                    codes: <$ty as $crate::domain::entity::FieldValue>::CODES,
                    expects: <$ty as $crate::domain::entity::FieldValue>::EXPECTS,
                    parses: $crate::domain::entity::parses_as::<$ty>,
                    reference: <$ty as $crate::domain::entity::FieldValue>::REFERENCE,
                    flags: $crate::domain::entity::FieldFlags::NONE
                        $($(.$flag($($crate::domain::entity::EntityKind::$arg)?))+)?,
                }
            ),+];
            fn id(&self) -> $crate::domain::Id { self.id }
            fn classification(&self) -> $crate::domain::Classification { self.classification }
        }
    };
}
pub(crate) use entity;

vocabulary! {
    /// Every kind of record. The code is the table name.
    EntityKind, "entity-kind" {
        Organisation = "organisation";
        Participant = "participant";
        Term = "term";
        Area = "area";
        Place = "place";
        EventType = "event_type";
        Observation = "observation";
        PoliceEvent = "police_event";
        Meeting = "meeting";
        MeetingSeries = "meeting_series";
        Attendance = "attendance";
        AgendaItem = "agenda_item";
        SituationPicture = "situation_picture";
        AreaAssessment = "area_assessment";
        Action = "action";
        FollowUp = "follow_up";
        Problem = "problem";
        Cause = "cause";
        ActionPlan = "action_plan";
        PlanItem = "plan_item";
        Goal = "goal";
        Indicator = "indicator";
        IndicatorValue = "indicator_value";
        Agreement = "agreement";
        Priority = "priority";
        CitizenPromise = "citizen_promise";
        PromiseActivity = "promise_activity";
        PlaceProject = "place_project";
        Inspection = "inspection";
        Finding = "finding";
        Theme = "theme";
        Factor = "factor";
        PreventiveMeasure = "preventive_measure";
    }
}

impl EntityKind {
    /// The projection table.
    pub fn table(self) -> &'static str {
        self.code()
    }

    pub fn fields(self) -> &'static [FieldDef] {
        use super::*;
        match self {
            EntityKind::Organisation => Organisation::FIELDS,
            EntityKind::Participant => Participant::FIELDS,
            EntityKind::Term => Term::FIELDS,
            EntityKind::Area => Area::FIELDS,
            EntityKind::Place => Place::FIELDS,
            EntityKind::EventType => EventType::FIELDS,
            EntityKind::Observation => Observation::FIELDS,
            EntityKind::PoliceEvent => PoliceEvent::FIELDS,
            EntityKind::Meeting => Meeting::FIELDS,
            EntityKind::MeetingSeries => MeetingSeries::FIELDS,
            EntityKind::Attendance => Attendance::FIELDS,
            EntityKind::AgendaItem => AgendaItem::FIELDS,
            EntityKind::SituationPicture => SituationPicture::FIELDS,
            EntityKind::AreaAssessment => AreaAssessment::FIELDS,
            EntityKind::Action => Action::FIELDS,
            EntityKind::FollowUp => FollowUp::FIELDS,
            EntityKind::Problem => Problem::FIELDS,
            EntityKind::Cause => Cause::FIELDS,
            EntityKind::ActionPlan => ActionPlan::FIELDS,
            EntityKind::PlanItem => PlanItem::FIELDS,
            EntityKind::Goal => Goal::FIELDS,
            EntityKind::Indicator => Indicator::FIELDS,
            EntityKind::IndicatorValue => IndicatorValue::FIELDS,
            EntityKind::Agreement => Agreement::FIELDS,
            EntityKind::Priority => Priority::FIELDS,
            EntityKind::CitizenPromise => CitizenPromise::FIELDS,
            EntityKind::PromiseActivity => PromiseActivity::FIELDS,
            EntityKind::PlaceProject => PlaceProject::FIELDS,
            EntityKind::Inspection => Inspection::FIELDS,
            EntityKind::Finding => Finding::FIELDS,
            EntityKind::Theme => Theme::FIELDS,
            EntityKind::Factor => Factor::FIELDS,
            EntityKind::PreventiveMeasure => PreventiveMeasure::FIELDS,
        }
    }

    pub fn field(self, name: &str) -> Option<&'static FieldDef> {
        self.fields().iter().find(|f| f.name == name)
    }

    /// A field an op may set: one of the kind's fields, or the pseudo-fields every record has
    /// ([`CLASSIFICATION_FIELD`], and [`DELETED_FIELD`] that deletes and undeletes set).
    pub fn settable_field(self, name: &str) -> Option<&'static FieldDef> {
        match name {
            CLASSIFICATION_FIELD => Some(&CLASSIFICATION_DEF),
            DELETED_FIELD => Some(&DELETED_DEF),
            _ => self.field(name),
        }
    }

    /// "inget område", "ingen åtgärd": the Swedish "no such …" with the noun's gender.
    pub fn none_sv(self) -> String {
        crate::i18n::t!(
            super::Lang::Sv,
            "entity-none",
            gender = self.gender(),
            kind = self.label_sv()
        )
    }

    /// The noun's grammatical gender in Swedish, for messages whose words follow it ("inget
    /// område", "ingen åtgärd"): `"neuter"` or `"common"`, a selector of the catalogue.
    pub fn gender(self) -> &'static str {
        let neuter = matches!(
            self,
            EntityKind::Area
                | EntityKind::Meeting
                | EntityKind::Goal
                | EntityKind::Theme
                | EntityKind::Term
                | EntityKind::Priority
                | EntityKind::CitizenPromise
                | EntityKind::IndicatorValue
        );
        if neuter { "neuter" } else { "common" }
    }

    /// The fields holding free text a person wrote: the personal-data lint checks them and
    /// search indexes them (`[free_text]` in the entity block).
    pub fn free_text_fields(self) -> impl Iterator<Item = &'static FieldDef> {
        self.fields().iter().filter(|f| f.flags.free_text)
    }

    /// The fields a partner may change in a record another partner owns (`[shared]`).
    pub fn shared_fields(self) -> impl Iterator<Item = &'static FieldDef> {
        self.fields().iter().filter(|f| f.flags.shared)
    }

    /// The fields that refer to other records (ids or lists of ids).
    pub fn reference_fields(self) -> impl Iterator<Item = &'static FieldDef> {
        self.fields().iter().filter(|f| f.reference)
    }

    /// The field a person knows a record of this kind by (`[name]` in the entity block), for
    /// messages and for finding a record by name; `None` when it has none (an observation is
    /// known by its date and place, not a name).
    pub fn name_field(self) -> Option<&'static str> {
        self.fields()
            .iter()
            .find(|f| f.flags.is_name)
            .map(|f| f.name)
    }

    /// Whether a personal-data warning on this kind's free text can be confirmed, and the
    /// confirmation kept with the record (the kind has `pii_confirmed`).
    pub fn confirms_personal_data(self) -> bool {
        self.field(PII_CONFIRMED_FIELD).is_some()
    }
}

/// The field that records a confirmed personal-data warning.
pub const PII_CONFIRMED_FIELD: &str = "pii_confirmed";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;
    use serde_json::json;

    #[test]
    fn a_vocabulary_code_is_shown_as_its_label() {
        let status = EntityKind::Action.field("status").expect("status");
        assert_eq!(status.show(&json!("pagar"), Lang::Sv), "pågår");
        assert_eq!(status.show(&json!("pagar"), Lang::En), "ongoing");
        // A code the vocabulary does not know (a newer partner's) is shown as it is.
        assert_eq!(status.show(&json!("okand"), Lang::Sv), "okand");
        let description = EntityKind::Action.field("title").expect("title");
        assert!(!description.is_vocabulary());
        assert_eq!(description.show(&json!("pagar"), Lang::Sv), "pagar");
        assert_eq!(description.show(&json!(null), Lang::Sv), "(tomt)");
        assert_eq!(description.show(&json!(true), Lang::Sv), "ja");
    }
}
