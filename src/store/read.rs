//! Typed reads of any entity: a row becomes the entity's JSON form, then the domain struct.

use rusqlite::{Connection, OptionalExtension, Params, Row};
use serde_json::{Map, Value};

use super::Store;
use super::codec::from_sql;
use super::error::Result;
use crate::domain::{Entity, EntityKind, FieldType, Id};

/// `id, classification, field1, field2, …` for a kind, in registry order.
pub(crate) fn select_list(kind: EntityKind, alias: &str) -> String {
    let prefix = if alias.is_empty() {
        String::new()
    } else {
        format!("{alias}.")
    };
    let mut cols = vec![format!("{prefix}id"), format!("{prefix}classification")];
    cols.extend(kind.fields().iter().map(|f| format!("{prefix}{}", f.name)));
    cols.join(", ")
}

/// Reads the entity columns that start at `offset` in a row selected with `select_list`.
pub(crate) fn entity_from_row<T: Entity>(row: &Row<'_>, offset: usize) -> Result<T> {
    let mut map = Map::new();
    map.insert(
        "id".into(),
        from_sql(FieldType::Text, row.get_ref(offset)?)?,
    );
    map.insert(
        "classification".into(),
        from_sql(FieldType::Text, row.get_ref(offset + 1)?)?,
    );
    for (i, f) in T::FIELDS.iter().enumerate() {
        map.insert(f.name.into(), from_sql(f.ty, row.get_ref(offset + 2 + i)?)?);
    }
    Ok(serde_json::from_value(Value::Object(map))?)
}

/// One record by id, deleted or not.
pub(crate) fn get_on<T: Entity>(conn: &Connection, id: Id) -> Result<Option<T>> {
    let sql = format!(
        "SELECT {} FROM {} WHERE id = ?1",
        select_list(T::KIND, ""),
        T::KIND.table()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let found = stmt
        .query_row([id.to_string()], |row| Ok(entity_from_row::<T>(row, 0)))
        .optional()?;
    found.transpose()
}

/// Entities matching a condition (`where_sql` may use `?1`…), in the given order.
pub(crate) fn query_on<T: Entity, P: Params>(
    conn: &Connection,
    where_sql: &str,
    order_sql: &str,
    params: P,
) -> Result<Vec<T>> {
    let sql = format!(
        "SELECT {} FROM {} AS e WHERE {where_sql} ORDER BY {order_sql}",
        select_list(T::KIND, "e"),
        T::KIND.table()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params, |row| Ok(entity_from_row::<T>(row, 0)))?;
    let mut out = Vec::new();
    for r in rows {
        out.push(r??);
    }
    Ok(out)
}

impl Store {
    /// One record by id (also a deleted one: history and links still need it).
    pub fn get<T: Entity>(&self, id: Id) -> Result<Option<T>> {
        get_on(&self.conn, id)
    }

    /// One record that must exist.
    pub fn require<T: Entity>(&self, id: Id) -> Result<T> {
        self.get(id)?.ok_or(super::StoreError::NotFound {
            kind: T::KIND,
            id: id.to_string(),
        })
    }

    /// Every live record of a kind, in creation order. For small kinds (taxonomies,
    /// organisations, areas); large lists have paged queries.
    pub fn all<T: Entity>(&self) -> Result<Vec<T>> {
        query_on(&self.conn, "e.deleted = 0", "e.n", [])
    }

    /// Live records matching a condition on the columns of `e`.
    pub fn find<T: Entity, P: Params>(
        &self,
        where_sql: &str,
        order_sql: &str,
        params: P,
    ) -> Result<Vec<T>> {
        query_on(
            &self.conn,
            &format!("e.deleted = 0 AND ({where_sql})"),
            order_sql,
            params,
        )
    }

    /// Which kind a record id belongs to.
    pub fn kind_of(&self, id: Id) -> Result<Option<EntityKind>> {
        let code: Option<String> = self
            .conn
            .query_row(
                "SELECT entity FROM record WHERE id = ?1",
                [id.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        Ok(code.and_then(|c| <EntityKind as crate::domain::Vocabulary>::parse(&c)))
    }

    /// The partner that created a record (its owner), if the record is here.
    pub fn owner_of(&self, id: Id) -> Result<Option<Id>> {
        owner_on(&self.conn, id)
    }

    /// A record of any kind as JSON (with `classification` and `deleted`).
    pub fn record_json(&self, kind: EntityKind, id: Id) -> Result<Option<Value>> {
        json_on(&self.conn, kind, id)
    }

    /// Whether a record is deleted (a tombstone).
    pub fn is_deleted(&self, kind: EntityKind, id: Id) -> Result<bool> {
        let sql = format!("SELECT deleted FROM {} WHERE id = ?1", kind.table());
        let d: Option<i64> = self
            .conn
            .query_row(&sql, [id.to_string()], |r| r.get(0))
            .optional()?;
        Ok(d.unwrap_or(0) != 0)
    }
}

/// How many live records refer to `id` through a reference field (see
/// [`super::retire::referrers_on`]).
pub(crate) fn referrers_on(conn: &Connection, id: Id) -> Result<usize> {
    Ok(super::retire::referrers_on(conn, id)?.len())
}

/// The partner that created a record, if the record is here.
pub(crate) fn owner_on(conn: &Connection, id: Id) -> Result<Option<Id>> {
    let owner: Option<String> = conn
        .prepare_cached("SELECT owner FROM record WHERE id = ?1")?
        .query_row([id.to_string()], |r| r.get(0))
        .optional()?;
    Ok(owner.and_then(|o| o.parse().ok()))
}

/// A record of any kind as its JSON form (with `classification` and `deleted`), by id.
pub(crate) fn json_on(conn: &Connection, kind: EntityKind, id: Id) -> Result<Option<Value>> {
    let sql = format!(
        "SELECT {}, deleted FROM {} WHERE id = ?1",
        select_list(kind, ""),
        kind.table()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let fields = kind.fields();
    let found = stmt
        .query_row([id.to_string()], |row| {
            let mut map = Map::new();
            let mut put = |name: &str, ty: FieldType, i: usize| -> Result<()> {
                map.insert(name.into(), from_sql(ty, row.get_ref(i)?)?);
                Ok(())
            };
            let r = (|| {
                put("id", FieldType::Text, 0)?;
                put("classification", FieldType::Text, 1)?;
                for (i, f) in fields.iter().enumerate() {
                    put(f.name, f.ty, 2 + i)?;
                }
                put("deleted", FieldType::Bool, 2 + fields.len())
            })();
            Ok(r.map(|_| Value::Object(map)))
        })
        .optional()?;
    found.transpose()
}
