//! Preventive measures, and the theme coverage ("which themes have no active measure?").

use serde::Serialize;

use super::{id_at, vocab_at};
use crate::domain::{Id, MeasureStatus, PreventionLevel};
use crate::store::{Result, Store};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeasureRow {
    pub id: Id,
    pub title: String,
    pub owner: Option<String>,
    pub level: PreventionLevel,
    pub status: MeasureStatus,
    /// Theme labels, Swedish.
    pub themes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeCoverage {
    pub theme_id: Id,
    pub theme: String,
    pub active_measures: usize,
    pub all_measures: usize,
}

impl Store {
    pub fn measures(
        &self,
        status: Option<MeasureStatus>,
        owner: Option<Id>,
    ) -> Result<Vec<MeasureRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id, m.title, o.name, m.level, m.status, \
             (SELECT json_group_array(t.label_sv) FROM json_each(m.theme_ids) j JOIN theme t ON t.id = j.value) \
             FROM preventive_measure m LEFT JOIN organisation o ON o.id = m.responsible_org_id \
             WHERE m.deleted = 0 AND (?1 IS NULL OR m.status = ?1) AND (?2 IS NULL OR m.responsible_org_id = ?2) \
             ORDER BY m.title COLLATE sv",
        )?;
        let rows = stmt.query_map(
            rusqlite::params![
                status.map(crate::domain::Vocabulary::code),
                owner.map(|o| o.to_string())
            ],
            |r| {
                let themes: String = r.get(5)?;
                Ok(MeasureRow {
                    id: id_at(r, 0)?,
                    title: r.get(1)?,
                    owner: r.get(2)?,
                    level: vocab_at(r, 3)?,
                    status: vocab_at(r, 4)?,
                    themes: serde_json::from_str(&themes).unwrap_or_default(),
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// For every active theme: how many measures, and how many active ones, address it.
    pub fn theme_coverage(&self) -> Result<Vec<ThemeCoverage>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.id, t.label_sv, \
             (SELECT count(*) FROM preventive_measure m, json_each(m.theme_ids) j WHERE j.value = t.id AND m.deleted = 0 AND m.status = 'aktiv'), \
             (SELECT count(*) FROM preventive_measure m, json_each(m.theme_ids) j WHERE j.value = t.id AND m.deleted = 0) \
             FROM theme t WHERE t.deleted = 0 AND t.active = 1 ORDER BY t.sort, t.label_sv COLLATE sv",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(ThemeCoverage {
                theme_id: id_at(r, 0)?,
                theme: r.get(1)?,
                active_measures: r.get::<_, i64>(2)? as usize,
                all_measures: r.get::<_, i64>(3)? as usize,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
