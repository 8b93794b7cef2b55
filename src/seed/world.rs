//! The demo municipality's partners, participants, areas and places (`data/demo/world.toml`),
//! and the lookups every other demo loader resolves its references with.

use chrono::NaiveDate;
use serde::Deserialize;

use super::counts::Counts;
use super::dates;
use super::error::SeedError;
use super::source;
use super::taxonomy::{self, Taxonomies};
use crate::domain::{
    Area, Classification, Id, Organisation, Participant, Place, PoliceStatus, PublicKind,
};
use crate::store::{self, Writer};

/// The stable id of a demo record: `Id::from_name("demo", "<kind>:<code>")`.
pub fn demo_id(kind: &str, code: &str) -> Id {
    Id::from_name("demo", &format!("{kind}:{code}"))
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MeetingDef {
    pub group_name: String,
    pub weekday: crate::domain::Weekday,
    /// "09:00"
    pub start_time: String,
    pub end_time: String,
    pub location: String,
    pub chair: String,
    pub note_taker: String,
    pub adjuster: String,
    pub distribution: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WorldFile {
    municipality: String,
    own_organisation: String,
    meeting: MeetingDef,
    organisation: Vec<OrgDef>,
    participant: Vec<ParticipantDef>,
    area: Vec<AreaDef>,
    place: Vec<PlaceDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgDef {
    code: String,
    name: String,
    short_name: String,
    kind: String,
    is_authority: bool,
    member: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParticipantDef {
    organisation: String,
    function: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AreaDef {
    code: String,
    name: String,
    kind: String,
    parent: Option<String>,
    area_code: Option<String>,
    police_status: Option<PoliceStatus>,
    police_status_year: Option<i64>,
    pa: String,
    weight: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceDef {
    code: String,
    area: String,
    name: String,
    kind: String,
    public_kind: Option<PublicKind>,
    pa: String,
    weight: f64,
    /// WGS84; optional, as in a real register.
    lat: Option<f64>,
    lon: Option<f64>,
}

#[derive(Debug, Clone)]
pub(crate) struct OrgInfo {
    pub code: String,
    pub id: Id,
    pub short_name: String,
    pub member: bool,
    pub functions: Vec<String>,
    pub participant_ids: Vec<Id>,
}

#[derive(Debug, Clone)]
pub(crate) struct AreaInfo {
    pub code: String,
    pub id: Id,
    pub name: String,
    pub pa: String,
    pub weight: f64,
}

#[derive(Debug, Clone)]
pub(crate) struct PlaceInfo {
    pub code: String,
    pub id: Id,
    /// Index into `World::areas`.
    pub area: usize,
    pub name: String,
    pub pa: String,
    pub kind: String,
    pub weight: f64,
}

/// The demo municipality as loaded: the records to write and the lookups by code.
pub(crate) struct World {
    pub municipality: String,
    pub own_org: Id,
    pub meeting: MeetingDef,
    /// The samverkansgrupp's meeting series, made from `meeting`.
    pub series: crate::domain::MeetingSeries,
    pub orgs: Vec<OrgInfo>,
    pub areas: Vec<AreaInfo>,
    pub places: Vec<PlaceInfo>,
    pub tax: Taxonomies,
    pub today: NaiveDate,
    records: (Vec<Organisation>, Vec<Participant>, Vec<Area>, Vec<Place>),
}

impl World {
    pub fn parse(tax: Taxonomies, today: NaiveDate) -> Result<World, SeedError> {
        let file = source::DEMO_WORLD.name;
        let wf: WorldFile = source::DEMO_WORLD.parse()?;
        let mut orgs = Vec::new();
        let mut org_records = Vec::new();
        for o in &wf.organisation {
            if !tax.has_term("organisation_kind", &o.kind) {
                return Err(SeedError::data(
                    file,
                    format!("okänd organisationstyp ”{}”", o.kind),
                ));
            }
            let id = demo_id("organisation", &o.code);
            org_records.push(Organisation {
                id,
                classification: Classification::Begransad,
                name: o.name.clone(),
                short_name: Some(o.short_name.clone()),
                kind: o.kind.clone(),
                is_authority: o.is_authority,
                active: true,
            });
            orgs.push(OrgInfo {
                code: o.code.clone(),
                id,
                short_name: o.short_name.clone(),
                member: o.member,
                functions: Vec::new(),
                participant_ids: Vec::new(),
            });
        }
        let mut participants = Vec::new();
        for p in &wf.participant {
            let org = orgs
                .iter_mut()
                .find(|o| o.code == p.organisation)
                .ok_or_else(|| {
                    SeedError::data(file, format!("okänd organisation ”{}”", p.organisation))
                })?;
            let id = demo_id("participant", &format!("{}:{}", p.organisation, p.function));
            org.functions.push(p.function.clone());
            org.participant_ids.push(id);
            participants.push(Participant {
                id,
                classification: Classification::Begransad,
                organisation_id: org.id,
                function: p.function.clone(),
                display_name: None,
                active: true,
            });
        }
        let mut areas = Vec::new();
        let mut area_records = Vec::new();
        for a in &wf.area {
            if !tax.has_term("area_kind", &a.kind) {
                return Err(SeedError::data(
                    file,
                    format!("okänd områdestyp ”{}”", a.kind),
                ));
            }
            let parent_id = match &a.parent {
                Some(p) if wf.area.iter().any(|x| &x.code == p) => Some(demo_id("area", p)),
                Some(p) => {
                    return Err(SeedError::data(
                        file,
                        format!("okänt överordnat område ”{p}”"),
                    ));
                }
                None => None,
            };
            let id = demo_id("area", &a.code);
            area_records.push(Area {
                id,
                classification: Classification::Oppen,
                name: a.name.clone(),
                kind: a.kind.clone(),
                code: a.area_code.clone(),
                parent_id,
                police_status: a.police_status.unwrap_or(PoliceStatus::Ingen),
                police_status_year: a.police_status_year,
                active: true,
            });
            areas.push(AreaInfo {
                code: a.code.clone(),
                id,
                name: a.name.clone(),
                pa: a.pa.clone(),
                weight: a.weight,
            });
        }
        let mut places = Vec::new();
        let mut place_records = Vec::new();
        for p in &wf.place {
            if !tax.has_term("place_kind", &p.kind) {
                return Err(SeedError::data(
                    file,
                    format!("okänd platstyp ”{}”", p.kind),
                ));
            }
            let area = areas
                .iter()
                .position(|a| a.code == p.area)
                .ok_or_else(|| SeedError::data(file, format!("okänt område ”{}”", p.area)))?;
            let id = demo_id("place", &p.code);
            place_records.push(Place {
                id,
                classification: Classification::Oppen,
                area_id: areas[area].id,
                name: p.name.clone(),
                kind: p.kind.clone(),
                public_kind: p.public_kind.unwrap_or(PublicKind::Offentlig),
                lat: p.lat,
                lon: p.lon,
                active: true,
            });
            places.push(PlaceInfo {
                code: p.code.clone(),
                id,
                area,
                name: p.name.clone(),
                pa: p.pa.clone(),
                kind: p.kind.clone(),
                weight: p.weight,
            });
        }
        let own_org = orgs
            .iter()
            .find(|o| o.code == wf.own_organisation)
            .map(|o| o.id)
            .ok_or_else(|| {
                SeedError::data(
                    file,
                    format!("okänd egen organisation ”{}”", wf.own_organisation),
                )
            })?;
        let members = orgs.iter().filter(|o| o.member).map(|o| o.id).collect();
        let series = super::series::of(&wf.meeting, members, file)?;
        Ok(World {
            municipality: wf.municipality,
            own_org,
            meeting: wf.meeting,
            series,
            orgs,
            areas,
            places,
            tax,
            today,
            records: (org_records, participants, area_records, place_records),
        })
    }

    pub fn write(&self, w: &mut Writer<'_>, counts: &mut Counts) -> store::Result<()> {
        let (orgs, participants, areas, places) = &self.records;
        for r in orgs {
            counts.create(w, r)?;
        }
        counts.create(w, &self.series)?;
        for r in participants {
            counts.create(w, r)?;
        }
        for r in areas {
            counts.create(w, r)?;
        }
        for r in places {
            counts.create(w, r)?;
        }
        Ok(())
    }

    /// A resolver for references in one demo file.
    pub fn refs(&self, file: &'static str) -> Refs<'_> {
        Refs { world: self, file }
    }

    pub fn org_index(&self, code: &str) -> Option<usize> {
        self.orgs.iter().position(|o| o.code == code)
    }
}

/// Resolves codes used in one demo file to ids, with errors naming the file.
#[derive(Clone, Copy)]
pub(crate) struct Refs<'a> {
    pub world: &'a World,
    pub file: &'static str,
}

impl Refs<'_> {
    fn missing(&self, what: &str, code: &str) -> SeedError {
        SeedError::data(self.file, format!("{what} ”{code}” finns inte"))
    }

    pub fn org(&self, code: &str) -> Result<Id, SeedError> {
        self.world
            .orgs
            .iter()
            .find(|o| o.code == code)
            .map(|o| o.id)
            .ok_or_else(|| self.missing("organisationen", code))
    }

    pub fn orgs(&self, codes: &[String]) -> Result<Vec<Id>, SeedError> {
        codes.iter().map(|c| self.org(c)).collect()
    }

    pub fn area(&self, code: &str) -> Result<Id, SeedError> {
        self.world
            .areas
            .iter()
            .find(|a| a.code == code)
            .map(|a| a.id)
            .ok_or_else(|| self.missing("området", code))
    }

    pub fn place(&self, code: &str) -> Result<&PlaceInfo, SeedError> {
        self.world
            .places
            .iter()
            .find(|p| p.code == code)
            .ok_or_else(|| self.missing("platsen", code))
    }

    pub fn event_type(&self, code: &str) -> Result<Id, SeedError> {
        self.world
            .tax
            .event_types
            .iter()
            .find(|e| e.code == code)
            .map(|e| e.id)
            .ok_or_else(|| self.missing("händelsetypen", code))
    }

    pub fn themes(&self, codes: &[String]) -> Result<Vec<Id>, SeedError> {
        codes
            .iter()
            .map(|c| {
                self.world
                    .tax
                    .themes
                    .iter()
                    .find(|t| &t.code == c)
                    .map(|t| t.id)
                    .ok_or_else(|| self.missing("temat", c))
            })
            .collect()
    }

    pub fn factors(&self, codes: &[String]) -> Result<Vec<Id>, SeedError> {
        codes
            .iter()
            .map(|c| {
                let id = taxonomy::factor_id(c);
                self.world
                    .tax
                    .factors
                    .iter()
                    .find(|f| f.id == id)
                    .map(|f| f.id)
                    .ok_or_else(|| self.missing("faktorn", c))
            })
            .collect()
    }

    pub fn date(&self, expr: &str) -> Result<NaiveDate, SeedError> {
        dates::resolve(expr, self.world.today)
            .ok_or_else(|| SeedError::data(self.file, format!("”{expr}” är inget giltigt datum")))
    }

    pub fn opt_date(&self, expr: Option<&String>) -> Result<Option<NaiveDate>, SeedError> {
        expr.map(|e| self.date(e)).transpose()
    }
}
