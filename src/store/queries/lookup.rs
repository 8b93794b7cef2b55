//! Finding records by the names people type (`--area Lindängsringen`, `--owner polisen`).

use rusqlite::OptionalExtension;

use crate::domain::{EntityKind, Id};
use crate::i18n::said;
use crate::store::{Result, Store, StoreError};

impl Store {
    /// An organisation by name or short name (case-insensitive; a unique prefix also matches).
    pub fn organisation_by_name(&self, name: &str) -> Result<Id> {
        self.id_by_name(EntityKind::Organisation, "name", Some("short_name"), name)
    }

    /// An area by name (case-insensitive; a unique prefix also matches).
    pub fn area_by_name(&self, name: &str) -> Result<Id> {
        self.id_by_name(EntityKind::Area, "name", Some("code"), name)
    }

    /// A place by name.
    pub fn place_by_name(&self, name: &str) -> Result<Id> {
        self.id_by_name(EntityKind::Place, "name", None, name)
    }

    /// An event type by code or Swedish label.
    pub fn event_type_by_name(&self, name: &str) -> Result<Id> {
        self.id_by_name(EntityKind::EventType, "label_sv", Some("code"), name)
    }

    fn id_by_name(&self, kind: EntityKind, col: &str, alt: Option<&str>, name: &str) -> Result<Id> {
        let table = kind.table();
        let alt = alt
            .map(|a| format!(" OR lower({a}) = lower(?1)"))
            .unwrap_or_default();
        let exact: Option<String> = self
            .conn
            .query_row(
                &format!("SELECT id FROM {table} WHERE deleted = 0 AND (lower({col}) = lower(?1){alt}) LIMIT 1"),
                [name.trim()],
                |r| r.get(0),
            )
            .optional()?;
        let found = match exact {
            Some(id) => id,
            None => {
                let mut stmt = self.conn.prepare(&format!(
                    "SELECT id, {col} FROM {table} WHERE deleted = 0 AND lower({col}) LIKE lower(?1) || '%' ESCAPE '\\' ORDER BY {col} COLLATE sv LIMIT 6"
                ))?;
                let escaped = name
                    .trim()
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_");
                let hits: Vec<(String, String)> = stmt
                    .query_map([escaped], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()?;
                match hits.as_slice() {
                    [(id, _)] => id.clone(),
                    [] => {
                        return Err(StoreError::Said(
                            said!(
                                "error-store-name-not-found",
                                gender = kind.gender(),
                                name = name.trim().to_string()
                            )
                            .with_label("kind", kind),
                        ));
                    }
                    many => {
                        let names: Vec<&str> = many.iter().map(|(_, n)| n.as_str()).collect();
                        return Err(StoreError::Said(said!(
                            "error-store-name-ambiguous",
                            name = name.trim().to_string(),
                            names = names.join(", ")
                        )));
                    }
                }
            }
        };
        found
            .parse()
            .map_err(|_| StoreError::Said(said!("error-store-bad-stored-id", id = found.as_str())))
    }

    /// An area and all areas below it (a kommundel includes its stadsdelar).
    pub fn area_with_descendants(&self, area: Id) -> Result<Vec<Id>> {
        let mut stmt = self.conn.prepare_cached(
            "WITH RECURSIVE tree(id) AS (SELECT ?1 UNION SELECT a.id FROM area a JOIN tree t ON a.parent_id = t.id) SELECT id FROM tree",
        )?;
        let ids = stmt.query_map([area.to_string()], |r| super::id_at(r, 0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }
}
