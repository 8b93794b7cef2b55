//! The font charts are measured and drawn with: DejaVu Sans, compiled in (`data/fonts/`, with
//! its licence), because CI machines and many Windows installations lack the fonts plotters
//! would otherwise look up, and a chart's labels must have Swedish letters.

use std::sync::OnceLock;

use plotters::style::FontStyle;

/// The family name charts ask for; SVG viewers fall back to their own sans-serif.
pub const FAMILY: &str = "sans-serif";

static DEJAVU_SANS: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/fonts/DejaVuSans.ttf"
));

/// Registers the font once; false if it could not be read (a broken build, never user data).
pub fn ready() -> bool {
    static READY: OnceLock<bool> = OnceLock::new();
    *READY.get_or_init(|| {
        [FontStyle::Normal, FontStyle::Bold]
            .into_iter()
            .all(|style| plotters::style::register_font(FAMILY, style, DEJAVU_SANS).is_ok())
    })
}
