//! Plain types and rules: entities, vocabularies, ISO weeks, classification, the personal-data
//! lint, the hybrid logical clock and operations. No I/O and no SQL here.

pub mod action;
pub mod agreement;
pub mod area;
pub mod classification;
pub mod due;
pub mod entity;
pub mod hlc;
pub mod id;
pub mod meeting;
pub mod municipality;
pub mod observation;
pub mod op;
pub mod organisation;
pub mod pii;
pub mod place_project;
pub mod plan;
pub mod police_event;
pub mod prevention;
pub mod situation;
pub mod taxonomy;
pub mod time_of_day;
pub mod vocab;
pub mod week;

pub use action::{Action, FollowUp};
pub use agreement::{Agreement, CitizenPromise, Priority, PromiseActivity};
pub use area::{Area, Place};
pub use classification::Classification;
pub use due::Due;
pub use entity::{Entity, EntityKind, FieldDef, FieldType};
pub use hlc::Hlc;
pub use id::Id;
pub use meeting::{AgendaItem, Attendance, Meeting};
pub use observation::Observation;
pub use op::{Digest32, Op, OpKind, ValueText};
pub use organisation::{Organisation, Participant};
pub use place_project::{Finding, Inspection, PlaceProject};
pub use plan::{ActionPlan, Cause, Goal, Indicator, IndicatorValue, PlanItem, Problem};
pub use police_event::PoliceEvent;
pub use prevention::{Factor, PreventiveMeasure, Theme};
pub use situation::{AreaAssessment, SituationPicture};
pub use taxonomy::{EventType, Term};
pub use time_of_day::TimeOfDay;
pub use vocab::*;
pub use week::IsoWeek;
