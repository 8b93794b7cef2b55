//! Charts for documents (the weekly lägesbild's event types per area and 12-week trend), drawn
//! by `plotters` from plain data: SVG for HTML, PNG for DOCX. Every chart also has a text
//! alternative, which the document carries beside it (see `document::Figure`).

mod draw;
mod font;
mod svg;

use super::error::{ReportError, Result};
use crate::i18n::said;

/// One named row of values: an event type's count per area, an area's count per week.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<u32>,
}

/// What a chart shows.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartKind {
    /// One bar per category (an area), stacked by series (event types).
    StackedBars {
        categories: Vec<String>,
        series: Vec<Series>,
    },
    /// One line per series over shared x labels (weeks), oldest first.
    Lines {
        x_labels: Vec<String>,
        series: Vec<Series>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub title: String,
    pub kind: ChartKind,
}

/// The size charts are drawn at, in CSS pixels (96 per inch): 16 × 9 cm on the page.
pub const WIDTH: u32 = 605;
pub const HEIGHT: u32 = 340;
/// PNG pixels per CSS pixel: sharp when printed.
const PNG_SCALE: u32 = 2;

impl Chart {
    /// The chart as a standalone SVG element, with `alt` as its `<title>` and accessible name.
    pub fn svg(&self, alt: &str) -> Result<String> {
        let mut out = String::new();
        {
            let backend = plotters::backend::SVGBackend::with_string(&mut out, (WIDTH, HEIGHT));
            draw::draw(self, backend, 1).map_err(|e| ReportError::Encode(e, "SVG"))?;
        }
        svg::accessible(&out, alt)
            .ok_or_else(|| ReportError::Encode(said!("error-report-no-svg"), "SVG"))
    }

    /// The chart as PNG bytes and their size in pixels (twice [`WIDTH`] × [`HEIGHT`]).
    pub fn png(&self) -> Result<(Vec<u8>, u32, u32)> {
        let (w, h) = (WIDTH * PNG_SCALE, HEIGHT * PNG_SCALE);
        let mut pixels = vec![0u8; (w * h * 3) as usize];
        {
            let backend = plotters::backend::BitMapBackend::with_buffer(&mut pixels, (w, h));
            draw::draw(self, backend, PNG_SCALE).map_err(|e| ReportError::Encode(e, "PNG"))?;
        }
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder
            .write_header()
            .and_then(|mut writer| writer.write_image_data(&pixels))
            .map_err(|e| ReportError::encode("PNG", e))?;
        Ok((out, w, h))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars() -> Chart {
        Chart {
            title: "Händelsetyper per område".into(),
            kind: ChartKind::StackedBars {
                categories: vec!["Lindängen".into(), "Centrum".into()],
                series: vec![
                    Series {
                        name: "Skadegörelse".into(),
                        values: vec![3, 1],
                    },
                    Series {
                        name: "Ordningsstörning".into(),
                        values: vec![0, 2],
                    },
                ],
            },
        }
    }

    fn lines() -> Chart {
        Chart {
            title: "12 veckor".into(),
            kind: ChartKind::Lines {
                x_labels: (36..=47).map(|w| format!("v. {w}")).collect(),
                series: vec![Series {
                    name: "Lindängen".into(),
                    values: vec![1, 2, 3, 2, 1, 0, 4, 5, 3, 2, 2, 6],
                }],
            },
        }
    }

    #[test]
    fn svg_carries_its_title_labels_and_swedish_letters() {
        let svg = bars()
            .svg("Staplar: Lindängen 4, Centrum 3 <händelser>")
            .expect("svg");
        assert!(svg.starts_with("<svg"), "{}", &svg[..80.min(svg.len())]);
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("<title>Staplar: Lindängen 4, Centrum 3 &lt;händelser&gt;</title>"));
        assert!(svg.contains("Lindängen") && svg.contains("Skadegörelse"));
        assert!(lines().svg("Linje").expect("svg").contains("v. 47"));
    }

    #[test]
    fn png_is_a_png_of_the_promised_size_and_not_blank() {
        for chart in [bars(), lines()] {
            let (bytes, w, h) = chart.png().expect("png");
            assert!(bytes.starts_with(&[137, 80, 78, 71, 13, 10, 26, 10]));
            assert_eq!((w, h), (WIDTH * 2, HEIGHT * 2));
            let decoder = png::Decoder::new(std::io::Cursor::new(&bytes));
            let mut reader = decoder.read_info().expect("header");
            let mut buf = vec![0; reader.output_buffer_size().expect("size")];
            let info = reader.next_frame(&mut buf).expect("frame");
            assert_eq!((info.width, info.height), (w, h));
            let white = buf.iter().filter(|b| **b == 255).count();
            assert!(white < buf.len() * 99 / 100, "something is drawn");
        }
    }

    #[test]
    fn an_empty_chart_still_draws() {
        let empty = Chart {
            title: "Inget".into(),
            kind: ChartKind::StackedBars {
                categories: vec![],
                series: vec![],
            },
        };
        assert!(empty.svg("Inga händelser").is_ok());
        assert!(empty.png().is_ok());
    }
}
