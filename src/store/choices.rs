//! What a form's reference picker offers: the live records of a kind that are in use (see
//! [`super::retire::deactivation`]), by the name a person knows them by, in Swedish order.

use super::Store;
use super::collation::sort_sv_by;
use super::error::Result;
use super::lookup::Named;
use super::retire::{Deactivation, deactivation};
use crate::domain::{EntityKind, Id};

impl Store {
    /// The records of `kind` a picker offers. A kind without a name field (a cause) is named
    /// by its description; one with neither by its short id.
    pub fn choices_of(&self, kind: EntityKind) -> Result<Vec<Named>> {
        self.named_by_use(kind, true)
    }

    /// The live records of `kind` out of use (deactivated): a record that still refers to one
    /// shows it by its name, marked, until the reference is changed.
    pub fn retired_of(&self, kind: EntityKind) -> Result<Vec<Named>> {
        self.named_by_use(kind, false)
    }

    /// The live records of `kind` that lie in an area (its `area_id`), with that area; none
    /// for a kind without one.
    pub fn areas_of(&self, kind: EntityKind) -> Result<Vec<(Id, Id)>> {
        let single_area = kind.field("area_id").is_some_and(|f| {
            f.flags.refers == Some(EntityKind::Area) && f.ty != crate::domain::FieldType::Json
        });
        if !single_area {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT id, area_id FROM {} WHERE deleted = 0 AND area_id IS NOT NULL",
            kind.table()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut found = Vec::new();
        for row in rows {
            let (id, area) = row?;
            if let (Ok(id), Ok(area)) = (id.parse(), area.parse()) {
                found.push((id, area));
            }
        }
        Ok(found)
    }

    fn named_by_use(&self, kind: EntityKind, wanted: bool) -> Result<Vec<Named>> {
        // A situation picture goes by its period, and none is ever out of use.
        if kind == EntityKind::SituationPicture {
            return if wanted {
                self.pictures_by_period()
            } else {
                Ok(Vec::new())
            };
        }
        let in_use = match deactivation(kind) {
            Deactivation::Active => "coalesce(active, 1) = 1".to_string(),
            Deactivation::Status { field, code } => format!("coalesce({field}, '') <> '{code}'"),
            Deactivation::Unsupported => "1".to_string(),
        };
        let in_use = if wanted {
            in_use
        } else {
            format!("NOT ({in_use})")
        };
        let name = kind
            .name_field()
            .or_else(|| kind.field("description").map(|f| f.name))
            .map_or("NULL".to_string(), |f| format!("CAST({f} AS TEXT)"));
        // Sorted here, not by `ORDER BY … COLLATE sv`: SQLite would call the collation for
        // every comparison of 10,000 actions' titles, most of them repeated.
        let sql = format!(
            "SELECT id, {name} FROM {} WHERE deleted = 0 AND {in_use} ORDER BY n",
            kind.table()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
        })?;
        let mut found = Vec::new();
        for row in rows {
            let (id, name) = row?;
            if let Ok(id) = id.parse::<crate::domain::Id>() {
                found.push((id, name));
            }
        }
        // Unnamed records first, as SQLite sorts NULL.
        Ok(sort_sv_by(found, |(_, name)| name.as_deref().unwrap_or(""))
            .into_iter()
            .map(|(id, name)| Named {
                id,
                name: name.unwrap_or_else(|| id.short()),
                active: wanted,
            })
            .collect())
    }
}
