//! Swedish sorting (… X Y Z Å Ä Ö; é as e, ü as y), registered in SQLite as `COLLATE sv`.
//!
//! Only queries use it (`ORDER BY name COLLATE sv`); no index or table does, so the file still
//! opens in any SQLite tool.

use std::cmp::Ordering;
use std::sync::LazyLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};

static SWEDISH: LazyLock<Option<CollatorBorrowed<'static>>> = LazyLock::new(|| {
    let locale = icu_locale_core::locale!("sv");
    Collator::try_new((&locale).into(), CollatorOptions::default()).ok()
});

/// Compares two strings the Swedish way.
pub fn compare_sv(a: &str, b: &str) -> Ordering {
    match SWEDISH.as_ref() {
        Some(c) => c.compare(a, b),
        None => a.to_lowercase().cmp(&b.to_lowercase()),
    }
}

/// Registers `sv` on a connection.
pub fn register(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    conn.create_collation("sv", compare_sv)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_letters_sort_after_z_in_swedish_order() {
        let mut words = vec![
            "Östra torget",
            "Ängen",
            "Zinkgruvan",
            "Åkervägen",
            "arkaden",
            "Ekbacken",
        ];
        words.sort_by(|a, b| compare_sv(a, b));
        assert_eq!(
            words,
            [
                "arkaden",
                "Ekbacken",
                "Zinkgruvan",
                "Åkervägen",
                "Ängen",
                "Östra torget"
            ]
        );
    }
}
