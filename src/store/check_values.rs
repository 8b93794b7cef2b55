//! `check`: every stored value parses as its field's type (the same check an import makes), so a
//! value that would make a list, a screen or a report fail is found and named; and every
//! vocabulary code stored as text is one of this copy's terms (see `term_codes`).

use super::Store;
use super::check::CheckItem;
use super::codec::from_sql;
use super::error::Result;
use super::term_codes::{CODE_FIELD, KnownCodes};
use crate::domain::validate::field_value;
use crate::domain::{EntityKind, Id, Vocabulary};
use crate::i18n::said;

/// How many bad values the finding names (the count covers them all).
const NAMED: usize = 3;

impl Store {
    pub(super) fn check_values(&self) -> Result<CheckItem> {
        let mut bad = Vec::new();
        let mut count = 0usize;
        let codes = KnownCodes::load(&self.conn)?;
        for kind in EntityKind::ALL {
            let fields = kind.fields();
            let mut stmt = self.conn.prepare(&format!(
                "SELECT {} FROM {}",
                super::read::select_list(*kind, ""),
                kind.table()
            ))?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let id: String = row.get(0)?;
                for (i, def) in fields.iter().enumerate() {
                    let value = from_sql(def.ty, row.get_ref(2 + i)?);
                    let problem = match value {
                        Ok(v) if def.name == CODE_FIELD => field_value(def, &v)
                            .err()
                            .or_else(|| codes.problem(*kind, &v)),
                        Ok(v) => field_value(def, &v).err(),
                        Err(e) => Some(said!("error-value-field", field = def.name).with_said(
                            "reason",
                            said!("error-store-unreadable", reason = e.to_string()),
                        )),
                    };
                    if let Some(problem) = problem {
                        count += 1;
                        if bad.len() < NAMED {
                            let short = id.parse::<Id>().map_or(id.clone(), |i| i.short());
                            bad.push(
                                said!("check-bad-value", id = short)
                                    .with_label("kind", *kind)
                                    .with_said("problem", problem),
                            );
                        }
                    }
                }
            }
        }
        Ok(CheckItem {
            name: said!("check-item-values"),
            ok: count == 0,
            detail: if count == 0 {
                said!("check-values-ok")
            } else {
                said!("check-values-bad", count = count).with_list("examples", bad, "; ")
            },
        })
    }
}
