//! Draws a [`Chart`] on any plotters backend: the plot on the left, its legend on the right
//! (drawn by hand, so it never covers a bar or a line). Lines differ by marker as well as by
//! colour, so a black-and-white print still tells them apart.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::font::{FAMILY, ready};
use super::{Chart, ChartKind, Series};
use crate::i18n::{Said, said};

/// Okabe–Ito: colours that stay apart for the colour-blind.
const PALETTE: [RGBColor; 7] = [
    RGBColor(0, 114, 178),
    RGBColor(230, 159, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(86, 180, 233),
    RGBColor(213, 94, 0),
    RGBColor(0, 0, 0),
];

/// Characters of a name the legend has room for (the tables below give it whole).
const LEGEND_CHARS: usize = 27;

/// The share of the width the plot takes; the legend has the rest.
const PLOT_SHARE: f64 = 0.7;

type Area<B> = DrawingArea<B, Shift>;

fn colour(k: usize) -> RGBColor {
    PALETTE[k % PALETTE.len()]
}

fn fail(e: impl std::fmt::Display) -> Said {
    crate::report::error::detail(e)
}

/// Draws `chart` at `scale` times the CSS-pixel sizes of text and margins.
pub fn draw<B: DrawingBackend>(chart: &Chart, backend: B, scale: u32) -> Result<(), Said> {
    if !ready() {
        return Err(said!("error-report-chart-font"));
    }
    let root = backend.into_drawing_area();
    root.fill(&WHITE).map_err(fail)?;
    let (width, _) = root.dim_in_pixel();
    // Room above the title: plotters sets it at the very top, where its accents were cut.
    let root = root
        .margin(8 * scale, 0, 0, 0)
        .titled(
            &chart.title,
            (FAMILY, 15 * scale).into_font().style(FontStyle::Bold),
        )
        .map_err(fail)?;
    let (plot, legend) = root.split_horizontally((f64::from(width) * PLOT_SHARE) as u32);
    match &chart.kind {
        ChartKind::StackedBars { categories, series } => {
            bars(&plot, categories, series, scale)?;
            draw_legend(&legend, series, scale, false)?;
        }
        ChartKind::Lines { x_labels, series } => {
            lines(&plot, x_labels, series, scale)?;
            draw_legend(&legend, series, scale, true)?;
        }
    }
    root.present().map_err(fail)
}

/// Room above the highest value, and never an empty axis.
fn axis_top(max: u32) -> u32 {
    max + max / 10 + 1
}

/// Horizontal bars, one per category from the top down, so long area names read level.
fn bars<B: DrawingBackend>(
    area: &Area<B>,
    categories: &[String],
    series: &[Series],
    scale: u32,
) -> Result<(), Said> {
    let n = categories.len() as u32;
    let value = |s: &Series, i: usize| s.values.get(i).copied().unwrap_or(0);
    let totals: Vec<u32> = (0..categories.len())
        .map(|i| series.iter().map(|s| value(s, i)).sum())
        .collect();
    let top = axis_top(totals.iter().copied().max().unwrap_or(0));
    let longest = categories
        .iter()
        .map(|c| c.chars().count())
        .max()
        .unwrap_or(0) as u32;
    let mut chart = ChartBuilder::on(area)
        .margin(6 * scale)
        .x_label_area_size(22 * scale)
        .y_label_area_size((longest.clamp(4, 22) * 6 + 10) * scale)
        // A segmented 0..k has a segment per value 0..=k: one per category.
        .build_cartesian_2d(0u32..top, (0u32..n.max(1) - 1).into_segmented())
        .map_err(fail)?;
    // The first category on top: row i is drawn at n-1-i.
    let row = |i: usize| n.saturating_sub(1 + i as u32);
    let label = |v: &SegmentValue<u32>| match v {
        SegmentValue::CenterOf(r) if *r < n => categories[(n - 1 - r) as usize].clone(),
        _ => String::new(),
    };
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(categories.len().max(1))
        .y_label_formatter(&label)
        .x_labels(6)
        .x_label_formatter(&|v| v.to_string())
        .label_style((FAMILY, 11 * scale))
        .draw()
        .map_err(fail)?;
    for (k, s) in series.iter().enumerate() {
        let fill = colour(k).filled();
        chart
            .draw_series((0..categories.len()).filter(|i| value(s, *i) > 0).map(|i| {
                let below: u32 = series[..k].iter().map(|o| value(o, i)).sum();
                let r = row(i);
                let mut bar = Rectangle::new(
                    [
                        (below, SegmentValue::Exact(r)),
                        (below + value(s, i), SegmentValue::Exact(r + 1)),
                    ],
                    fill,
                );
                bar.set_margin(4 * scale, 4 * scale, 0, 0);
                bar
            }))
            .map_err(fail)?;
    }
    Ok(())
}

/// One line per series, with a marker at every week.
fn lines<B: DrawingBackend>(
    area: &Area<B>,
    x_labels: &[String],
    series: &[Series],
    scale: u32,
) -> Result<(), Said> {
    let n = x_labels.len().max(1) as u32;
    let top = axis_top(
        series
            .iter()
            .flat_map(|s| s.values.iter().copied())
            .max()
            .unwrap_or(0),
    );
    let mut chart = ChartBuilder::on(area)
        .margin(6 * scale)
        .x_label_area_size(22 * scale)
        .y_label_area_size(28 * scale)
        .build_cartesian_2d(0u32..n - 1, 0u32..top)
        .map_err(fail)?;
    let label = |x: &u32| x_labels.get(*x as usize).cloned().unwrap_or_default();
    chart
        .configure_mesh()
        .x_labels(x_labels.len().max(1))
        .x_label_formatter(&label)
        .y_labels(6)
        .y_label_formatter(&|v| v.to_string())
        .label_style((FAMILY, 10 * scale))
        .draw()
        .map_err(fail)?;
    for (k, s) in series.iter().enumerate() {
        let style = colour(k).stroke_width(2 * scale);
        let points: Vec<(u32, u32)> = s
            .values
            .iter()
            .enumerate()
            .map(|(i, v)| (i as u32, *v))
            .collect();
        chart
            .draw_series(LineSeries::new(points.iter().copied(), style))
            .map_err(fail)?;
        for p in points {
            draw_marker(chart.plotting_area(), k, p, scale)?;
        }
    }
    Ok(())
}

/// The k-th series' marker at `at`: circle, triangle, cross or square in turn.
fn draw_marker<B: DrawingBackend, C: CoordTranslate>(
    area: &DrawingArea<B, C>,
    k: usize,
    at: C::From,
    scale: u32,
) -> Result<(), Said> {
    let c = colour(k);
    let half = 3 * scale as i32;
    match k % 4 {
        0 => area.draw(&Circle::new(at, 3 * scale, c.filled())),
        1 => area.draw(&TriangleMarker::new(at, 5 * scale, c.filled())),
        2 => area.draw(&Cross::new(at, 4 * scale, c.stroke_width(2 * scale))),
        _ => area.draw(
            &(EmptyElement::at(at) + Rectangle::new([(-half, -half), (half, half)], c.filled())),
        ),
    }
    .map_err(fail)
}

/// The series' names beside their colour (and, for lines, their marker).
fn draw_legend<B: DrawingBackend>(
    area: &Area<B>,
    series: &[Series],
    scale: u32,
    markers: bool,
) -> Result<(), Said> {
    let s = |v: i32| v * scale as i32;
    let font = (FAMILY, 10 * scale).into_font();
    for (k, one) in series.iter().enumerate() {
        let y = s(24 + 20 * k as i32);
        if markers {
            area.draw(&PathElement::new(
                vec![(s(6), y), (s(26), y)],
                colour(k).stroke_width(2 * scale),
            ))
            .map_err(fail)?;
            draw_marker(area, k, (s(16), y), scale)?;
        } else {
            area.draw(&Rectangle::new(
                [(s(8), y - s(6)), (s(22), y + s(6))],
                colour(k).filled(),
            ))
            .map_err(fail)?;
        }
        let name = if one.name.chars().count() > LEGEND_CHARS {
            let short: String = one.name.chars().take(LEGEND_CHARS - 1).collect();
            format!("{}…", short.trim_end())
        } else {
            one.name.clone()
        };
        area.draw(&Text::new(name, (s(32), y - s(7)), font.clone()))
            .map_err(fail)?;
    }
    Ok(())
}
