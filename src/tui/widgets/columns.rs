//! Columns sized from their content: each gets what its longest visible value needs, and only
//! when the row has no room do the widest give way (down to a floor), so names are not cut
//! while the terminal has free columns.

/// Widths for columns with these natural widths and floors, within `room` characters in all.
pub fn fit(natural: &[usize], floor: &[usize], room: usize) -> Vec<usize> {
    let mut widths: Vec<usize> = natural
        .iter()
        .zip(floor)
        .map(|(n, f)| (*n).max(*f))
        .collect();
    let mut total: usize = widths.iter().sum();
    // Shrink the widest column one step at a time: the fair cut when room is short.
    while total > room {
        let Some((i, _)) = widths
            .iter()
            .enumerate()
            .filter(|(i, w)| **w > floor[*i])
            .max_by_key(|(_, w)| **w)
        else {
            break;
        };
        widths[i] -= 1;
        total -= 1;
    }
    widths
}

/// The longest value of a column, in characters.
pub fn natural<'a>(values: impl Iterator<Item = &'a str>) -> usize {
    values.map(|v| v.chars().count()).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_keep_their_content_when_there_is_room_and_the_widest_give_way() {
        assert_eq!(fit(&[20, 9, 14], &[8, 8, 8], 100), vec![20, 9, 14]);
        assert_eq!(fit(&[20, 9, 14], &[8, 8, 8], 37), vec![14, 9, 14]);
        assert_eq!(
            fit(&[20, 9, 14], &[8, 8, 8], 10),
            vec![8, 8, 8],
            "never below the floor"
        );
        assert_eq!(fit(&[2, 0], &[6, 4], 50), vec![6, 4], "at least the floor");
    }
}
