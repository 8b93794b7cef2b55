//! The ids `list` prints: the shortest beginning of each id, at least 8 characters, that no
//! other record's id shares, so `history`, `edit` and `delete` take it as it stands.
//!
//! Ids are UUIDv7: their first 8 hex digits are the high bits of the creation time, the same
//! for every record made within about a minute. So 8 characters are enough only for records
//! made apart; a batch (a script, the demo) needs a few more, as git's short hashes do.

/// The fewest characters a short id has (`0193abcd`).
pub const MIN: usize = 8;

/// The shortest unique beginning (at least [`MIN`] characters) of `id` among `all`, every id
/// of the copy sorted; never ending in a hyphen, which would add nothing.
pub fn shortest_unique(all: &[String], id: &str) -> String {
    let common = |other: &str| {
        id.bytes()
            .zip(other.bytes())
            .take_while(|(a, b)| a == b)
            .count()
    };
    let at = all.partition_point(|other| other.as_str() < id);
    let before = at.checked_sub(1).and_then(|i| all.get(i));
    // The id itself may be in the list: its neighbour is the one after it.
    let after = all[at..].iter().find(|other| other.as_str() != id);
    let shared = before
        .map(|o| common(o))
        .max(after.map(|o| common(o)))
        .unwrap_or(0);
    let mut len = (shared + 1).max(MIN).min(id.len());
    if id.as_bytes().get(len - 1) == Some(&b'-') {
        len = (len + 1).min(id.len());
    }
    id[..len].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(ids: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
        v.sort();
        v
    }

    #[test]
    fn eight_characters_when_they_tell_the_record_apart() {
        let all = sorted(&[
            "0193aaaa-0000-7000-8000-000000000001",
            "0193bbbb-0000-7000-8000-000000000002",
        ]);
        assert_eq!(shortest_unique(&all, &all[0]), "0193aaaa");
        assert_eq!(shortest_unique(&all, &all[1]), "0193bbbb");
    }

    #[test]
    fn records_made_in_the_same_minute_get_as_many_as_they_need() {
        let all = sorted(&[
            "0193aaaa-0c10-7000-8000-000000000001",
            "0193aaaa-0c2f-7000-8000-000000000002",
            "0193aaaa-1000-7000-8000-000000000003",
        ]);
        // The hyphen alone tells nothing apart: the digit after it is added.
        assert_eq!(shortest_unique(&all, &all[2]), "0193aaaa-1");
        assert_eq!(shortest_unique(&all, &all[0]), "0193aaaa-0c1");
        assert_eq!(shortest_unique(&all, &all[1]), "0193aaaa-0c2");
        for id in &all {
            let short = shortest_unique(&all, id);
            assert_eq!(
                all.iter().filter(|o| o.starts_with(&short)).count(),
                1,
                "{short} is unique"
            );
        }
    }

    #[test]
    fn an_id_alone_or_not_in_the_list_still_gets_eight() {
        let id = "0193aaaa-0000-7000-8000-000000000001";
        assert_eq!(shortest_unique(&[], id), "0193aaaa");
        assert_eq!(shortest_unique(&[id.to_string()], id), "0193aaaa");
    }
}
