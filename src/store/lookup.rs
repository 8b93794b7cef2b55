//! Finding records the way a person names them on the command line: by a prefix of the id
//! ("0193abcd"), or by name within one kind ("Centrala Sjövik"); and every live record of a kind.

use serde_json::Value;

use super::Store;
use super::error::Result;
use crate::domain::{Entity, EntityKind, Id, Vocabulary};

/// A record found by name: its id, its name and whether it is in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub id: Id,
    pub name: String,
    pub active: bool,
}

/// `%` and `_` match themselves in a LIKE pattern escaped with `\`.
fn like_escaped(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

impl Store {
    /// The records (of any kind, deleted ones too) whose id begins with `prefix` (hex digits
    /// and hyphens, any case), at most `limit` of them.
    pub fn ids_with_prefix(&self, prefix: &str, limit: usize) -> Result<Vec<(EntityKind, Id)>> {
        let prefix = prefix.trim().to_lowercase();
        if prefix.is_empty() || !prefix.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT entity, id FROM record WHERE id LIKE ?1 ESCAPE '\\' ORDER BY id LIMIT ?2",
        )?;
        let rows = stmt.query_map(
            rusqlite::params![format!("{}%", like_escaped(&prefix)), limit as i64],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
        )?;
        let mut found = Vec::new();
        for row in rows {
            let (entity, id) = row?;
            if let (Some(kind), Ok(id)) = (EntityKind::parse(&entity), id.parse()) {
                found.push((kind, id));
            }
        }
        Ok(found)
    }

    /// Every record id this copy holds (of any kind, deleted ones too), in order: what a
    /// short id must stand apart from.
    pub fn record_ids(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM record ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The copy's own register as the personal-data check reads it: the names of areas,
    /// places, organisations and event types are places and organisations, not people. The
    /// one register for the save warning, the document gate and the bundle check.
    pub fn pii_register(&self) -> Result<crate::domain::pii::Register> {
        let names = super::pii_flags::register_names(&self.conn)?;
        Ok(super::pii_flags::register_of(names).as_ref().clone())
    }

    /// The live records of `kind` whose name (see [`EntityKind::name_field`]; a kind without
    /// one, a cause, by its description, as the pickers name it) is `name`, any case; every
    /// live record of the kind when `name` is `None`. Ordered Swedish-wise.
    pub fn named(&self, kind: EntityKind, name: Option<&str>) -> Result<Vec<Named>> {
        if kind == EntityKind::SituationPicture {
            let mut found = self.pictures_by_period()?;
            if let Some(name) = name {
                let name = name.trim().to_lowercase();
                found.retain(|f| f.name.to_lowercase() == name);
            }
            return Ok(found);
        }
        let Some(field) = kind
            .name_field()
            .or_else(|| kind.field("description").map(|f| f.name))
        else {
            return Ok(Vec::new());
        };
        // A record made before its kind had `active` has none: it is in use.
        let active = if kind.field("active").is_some() {
            "coalesce(active, 1)"
        } else {
            "1"
        };
        let sql = format!(
            "SELECT id, {field}, {active} FROM {} WHERE deleted = 0 ORDER BY {field} COLLATE sv",
            kind.table()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        let mut found = Vec::new();
        for row in rows {
            let (id, n, active) = row?;
            if let Ok(id) = id.parse() {
                found.push(Named {
                    id,
                    name: n.unwrap_or_default(),
                    active: active != 0,
                });
            }
        }
        // Compared here: SQLite's lower() folds ASCII only, and names have Å, Ä and Ö.
        if let Some(name) = name {
            let name = name.trim().to_lowercase();
            found.retain(|f| f.name.to_lowercase() == name);
        }
        Ok(found)
    }

    /// The live records of a kind that are in use: what a picker offers. A record is out of
    /// use when it is deactivated (`active` false, or a closing status; see
    /// [`super::retire::deactivation`]). In creation order.
    pub fn in_use<T: Entity>(&self) -> Result<Vec<T>> {
        let condition = match super::retire::deactivation(T::KIND) {
            super::retire::Deactivation::Active => "coalesce(e.active, 1) = 1".to_string(),
            super::retire::Deactivation::Status { field, code } => format!("e.{field} <> '{code}'"),
            super::retire::Deactivation::Unsupported => "1".to_string(),
        };
        self.find(&condition, "e.n", [])
    }

    /// Every live record of `kind` as JSON (with `classification`), in the order they were made.
    pub fn live_json(&self, kind: EntityKind) -> Result<Vec<Value>> {
        let sql = format!(
            "SELECT id FROM {} WHERE deleted = 0 ORDER BY n",
            kind.table()
        );
        let ids: Vec<String> = {
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut records = Vec::with_capacity(ids.len());
        for id in ids {
            if let Ok(id) = id.parse()
                && let Some(v) = self.record_json(kind, id)?
            {
                records.push(v);
            }
        }
        Ok(records)
    }
}

impl Store {
    /// The live situation pictures named by their period ("Lägesbild v. 47 2026"), newest
    /// first: a picture's summary is a paragraph (empty while it is a draft), no name.
    pub fn pictures_by_period(&self) -> Result<Vec<Named>> {
        let pictures: Vec<crate::domain::SituationPicture> =
            self.find("1 = 1", "e.period_start DESC, e.n DESC", [])?;
        Ok(pictures
            .into_iter()
            .map(|p| Named {
                id: p.id,
                name: p.period_name(crate::domain::Lang::Sv),
                active: true,
            })
            .collect())
    }
}
