//! This copy's own settings (not shared with partners): its partner id, its clock, the
//! municipality's name, the own organisation.

use rusqlite::{Connection, OptionalExtension, params};

use super::error::Result;

pub const PARTNER_ID: &str = "partner_id";
pub const ACTOR: &str = "actor";
pub const HLC: &str = "hlc";
pub const MUNICIPALITY: &str = "municipality";
pub const OWN_ORGANISATION: &str = "own_organisation_id";
/// The municipality's four-digit kommunkod (SCB), when the copy was set up with `init`.
pub const MUNICIPALITY_CODE: &str = "municipality_code";
pub const DEMO_LOADED: &str = "demo_loaded";
/// Prefix of the keys remembering calls to external services (`calls:polisen`).
pub const CALLS_PREFIX: &str = "calls:";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}
