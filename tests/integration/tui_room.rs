//! Room on screen: the narrow tab bar, content-sized columns on every list screen, and what
//! stays whole at 80×24.

use crate::common;

use common::app::*;

#[test]
fn the_narrow_tab_bar_keeps_a_space_before_and_after_the_active_tab() {
    let mut app = town_app();
    app.keys(&["2"]);
    let tabs = app
        .screen(80, 24)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(tabs.contains("1 Möte [2 Lägesbild] 3 Åtgärder"), "{tabs}");
    app.keys(&["1"]);
    let tabs = app
        .screen(80, 24)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(tabs.contains("[1 Möte] 2 Lägesbild"), "{tabs}");
    assert!(tabs.contains("7 Utbyte"), "all seven fit: {tabs}");
}
