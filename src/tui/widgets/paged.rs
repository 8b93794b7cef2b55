//! A list that holds only a window of its rows: the cursor moves over the whole list, and when
//! it nears the edge of the loaded window, a new page around it is fetched from the store.

use crate::store::queries::Page;

/// Rows fetched per page: a few screens' worth.
pub const WINDOW: usize = 120;

#[derive(Debug, Clone)]
pub struct Paged<T> {
    /// Rows matching the filter, in the whole database.
    pub total: usize,
    /// Where the loaded rows start.
    pub offset: usize,
    pub rows: Vec<T>,
    /// The selected row (absolute index).
    pub cursor: usize,
    /// The first row on screen (absolute index).
    pub top: usize,
}

impl<T> Default for Paged<T> {
    fn default() -> Self {
        Paged {
            total: 0,
            offset: 0,
            rows: Vec::new(),
            cursor: 0,
            top: 0,
        }
    }
}

impl<T> Paged<T> {
    pub fn selected(&self) -> Option<&T> {
        self.cursor
            .checked_sub(self.offset)
            .and_then(|i| self.rows.get(i))
    }

    /// Moves the cursor by `delta` rows, keeping it on screen (`height` rows visible). Returns
    /// the page to fetch when the cursor left (or nears the edge of) the loaded window.
    pub fn move_by(&mut self, delta: isize, height: usize) -> Option<Page> {
        if self.total == 0 {
            return None;
        }
        let last = self.total - 1;
        self.cursor = (self.cursor as isize + delta).clamp(0, last as isize) as usize;
        self.scroll(height);
        self.page_needed(height)
    }

    pub fn move_to(&mut self, index: usize, height: usize) -> Option<Page> {
        let delta = index as isize - self.cursor as isize;
        self.move_by(delta, height)
    }

    fn scroll(&mut self, height: usize) {
        let height = height.max(1);
        if self.cursor < self.top {
            self.top = self.cursor;
        } else if self.cursor >= self.top + height {
            self.top = self.cursor + 1 - height;
        }
    }

    /// The page that covers the screen around the cursor, if the loaded rows do not.
    pub fn page_needed(&self, height: usize) -> Option<Page> {
        let end = (self.top + height).min(self.total);
        let loaded_end = self.offset + self.rows.len();
        if self.total == 0 || (self.top >= self.offset && end <= loaded_end) {
            return None;
        }
        let offset = self.top.saturating_sub(WINDOW / 2 - height.min(WINDOW / 2));
        Some(Page::new(offset, WINDOW))
    }

    /// Takes a freshly loaded page; after a filter change the cursor goes back to the top.
    pub fn loaded(&mut self, total: usize, page: Page, rows: Vec<T>, reset: bool) {
        self.total = total;
        self.offset = page.offset;
        self.rows = rows;
        if reset {
            self.cursor = 0;
            self.top = 0;
        }
        if self.total > 0 && self.cursor >= self.total {
            self.cursor = self.total - 1;
        }
    }

    /// The rows on screen, with their absolute index.
    /// `height` is what the screen really has; the cursor always stays in view.
    pub fn visible(&self, height: usize) -> impl Iterator<Item = (usize, &T)> {
        let height = height.max(1);
        let mut top = self.top;
        if self.cursor >= top + height {
            top = self.cursor + 1 - height;
        }
        top = top.min(self.cursor);
        let start = top.max(self.offset);
        let skip = start - self.offset;
        self.rows
            .iter()
            .enumerate()
            .skip(skip)
            .take(height.saturating_sub(start - top))
            .map(move |(i, r)| (self.offset + i, r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_past_the_window_asks_for_a_page_around_the_cursor() {
        let mut p: Paged<usize> = Paged::default();
        p.loaded(10_000, Page::new(0, WINDOW), (0..WINDOW).collect(), true);
        assert_eq!(p.move_by(5, 20), None);
        assert_eq!(p.selected(), Some(&5));
        let page = p.move_by(500, 20).expect("a new page");
        assert!(page.offset <= p.top && p.top + 20 <= page.offset + page.limit);
        p.loaded(
            10_000,
            page,
            (page.offset..page.offset + WINDOW).collect(),
            false,
        );
        assert_eq!(p.selected(), Some(&505));
        let shown: Vec<usize> = p.visible(20).map(|(i, _)| i).collect();
        assert_eq!(shown.len(), 20);
        assert!(shown.contains(&505));
        p.move_by(100_000, 20);
        assert_eq!(p.cursor, 9_999, "the cursor stops at the last row");
    }
}
