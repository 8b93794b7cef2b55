//! Makes plotters' SVG accessible and fit the page: the alternative text as `<title>` and
//! accessible name (`role="img"`), and a width that shrinks with the window.

use crate::report::html::escape;

/// The SVG with `alt` added; None when `svg` has no `<svg` element.
pub fn accessible(svg: &str, alt: &str) -> Option<String> {
    let start = svg.find("<svg")?;
    let end = start + svg[start..].find('>')?;
    let alt = escape(alt);
    Some(format!(
        "{open} role=\"img\" aria-label=\"{alt}\" style=\"max-width: 100%; height: auto\"><title>{alt}</title>{rest}",
        open = svg[start..end].trim_end_matches('/').trim_end(),
        rest = &svg[end + 1..],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_is_the_first_child_and_escaped() {
        let out =
            accessible("<svg width=\"10\" height=\"5\">\n<rect/></svg>", "a < b").expect("svg");
        assert_eq!(
            out,
            "<svg width=\"10\" height=\"5\" role=\"img\" aria-label=\"a &lt; b\" style=\"max-width: 100%; height: auto\"><title>a &lt; b</title>\n<rect/></svg>"
        );
        assert!(accessible("no svg", "x").is_none());
    }
}
