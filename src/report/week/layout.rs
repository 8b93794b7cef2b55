//! Lays the week's lägesbild out as a [`Document`]: a summary, the table per area, the two
//! charts each followed by its figures as a table (the text alternative), the focus for next
//! week and how it was counted.

use super::model::{AreaRow, TypesByArea, WeekPicture};
use crate::domain::{Lang, Vocabulary};
use crate::i18n::{range, t};
use crate::report::Options;
use crate::report::charts::{Chart, ChartKind, Series};
use crate::report::document::{Document, Figure, Table};
use crate::report::safety::{marked, marked_text};

pub fn layout(w: &WeekPicture, o: &Options) -> Document {
    let lang = o.lang;
    let (week, year) = (w.week.week(), w.week.year());
    let period = range(w.week.monday().to_string(), w.week.sunday().to_string());
    let mut doc = Document {
        name: t!(lang, "week-name", week = week, year = year),
        sender: w.sender.clone(),
        title: t!(lang, "week-title"),
        subtitle: Some(match &w.meeting {
            Some(m) => t!(
                lang,
                "week-subtitle",
                group = m.group_name.as_str(),
                week = week,
                period = period.as_str()
            ),
            None => t!(
                lang,
                "week-subtitle-no-group",
                week = week,
                period = period.as_str()
            ),
        }),
        header_note: t!(lang, "week-header", week = week, year = year),
        stamp: w.gate.stamp(lang),
        internal_notice: w.gate.internal_notice(lang),
        generated: o.generated_line(),
        landscape: false,
        blocks: Vec::new(),
        lang,
    };
    summary(w, &mut doc, lang);
    areas(w, &mut doc, lang);
    focus(w, &mut doc, lang);
    doc.paragraph(t!(lang, "week-method"));
    if w.gate.internal_left_out() > 0 {
        doc.paragraph(t!(
            lang,
            "week-internal-left-out",
            count = w.gate.internal_left_out()
        ));
    }
    doc
}

fn summary(w: &WeekPicture, doc: &mut Document, lang: Lang) {
    doc.heading(1, t!(lang, "week-summary"));
    let mut fields = Vec::new();
    if let Some(m) = &w.meeting {
        fields.push((
            t!(lang, "week-meeting"),
            marked(
                format!("{} {}", m.date, m.group_name),
                m.classification,
                lang,
            ),
        ));
    }
    fields.push((
        t!(lang, "week-events"),
        t!(
            lang,
            "week-events-value",
            count = w.this_week,
            mean = lang.decimal(w.mean, 1)
        ),
    ));
    doc.fields(fields);
    match (&w.meeting, &w.picture) {
        (None, _) => doc.paragraph(t!(lang, "week-meeting-none", week = w.week.week())),
        (Some(_), Some(p)) => doc.text(&marked_text(&p.summary, p.classification, lang)),
        (Some(_), None) => {}
    }
}

fn level_and_trend(r: &AreaRow, lang: Lang) -> (String, String, String) {
    match &r.assessment {
        Some(a) => (
            marked(a.level.label(lang).to_string(), a.classification, lang),
            format!("{} {}", a.trend.arrow(), a.trend.label(lang)),
            match (a.is_priority, a.priority_rank) {
                (true, Some(rank)) => t!(lang, "area-priority-rank", rank = rank),
                (true, None) => t!(lang, "value-yes"),
                (false, _) => t!(lang, "week-not-prioritised"),
            },
        ),
        None => (t!(lang, "area-not-assessed"), String::new(), String::new()),
    }
}

fn areas(w: &WeekPicture, doc: &mut Document, lang: Lang) {
    doc.heading(1, t!(lang, "week-areas"));
    let rows = w
        .rows
        .iter()
        .map(|r| {
            let (level, trend, priority) = level_and_trend(r, lang);
            let marker = if r.hot_spots_counted { " *" } else { "" };
            let hot_spots = if r.hot_spots.is_empty() {
                String::new()
            } else {
                format!("{}{marker}", r.hot_spots.join(", "))
            };
            vec![
                format!("{}{}", "– ".repeat(r.depth), r.name),
                level,
                trend,
                priority,
                r.this_week.to_string(),
                lang.decimal(r.mean, 1),
                hot_spots,
            ]
        })
        .collect();
    doc.table(Table {
        caption: None,
        headers: vec![
            t!(lang, "year-column-area"),
            t!(lang, "area-level"),
            t!(lang, "week-column-trend"),
            t!(lang, "area-priority"),
            t!(lang, "week-column-this-week"),
            t!(lang, "week-column-mean"),
            t!(lang, "area-hot-spots"),
        ],
        rows,
        widths: vec![14, 8, 10, 8, 7, 7, 22],
    });
    types_figure(&w.types, w, doc, lang);
    trend_figure(w, doc, lang);
}

fn types_figure(types: &TypesByArea, w: &WeekPicture, doc: &mut Document, lang: Lang) {
    let week = w.week.week();
    if types.areas.is_empty() {
        doc.paragraph(t!(lang, "week-types-alt-none", week = week));
        return;
    }
    let other = t!(lang, "week-column-other");
    let has_other = types.other.iter().any(|n| *n > 0);
    let mut series: Vec<Series> = types
        .types
        .iter()
        .enumerate()
        .map(|(k, name)| Series {
            name: name.clone(),
            values: types.counts.iter().map(|row| row[k]).collect(),
        })
        .collect();
    if has_other {
        series.push(Series {
            name: other.clone(),
            values: types.other.clone(),
        });
    }
    let described: Vec<String> = (0..types.areas.len())
        .map(|i| {
            let kinds: Vec<String> = series
                .iter()
                .filter(|s| s.values[i] > 0)
                .map(|s| format!("{} {}", s.name, s.values[i]))
                .collect();
            t!(
                lang,
                "week-types-alt-area",
                area = types.areas[i].as_str(),
                count = types.total(i),
                kinds = kinds.join(", ")
            )
        })
        .collect();
    doc.figure(Figure {
        chart: Chart {
            title: t!(lang, "week-types-chart", week = week),
            kind: ChartKind::StackedBars {
                categories: types.areas.clone(),
                series: series.clone(),
            },
        },
        alt: with_other_areas(
            t!(lang, "week-types-alt", areas = described.join("; ")),
            types.areas.len(),
            types.other_areas,
            lang,
        ),
    });
    let mut headers = vec![t!(lang, "year-column-area")];
    headers.extend(series.iter().map(|s| s.name.clone()));
    headers.push(t!(lang, "year-column-total"));
    let widths = std::iter::once(4)
        .chain(headers[1..].iter().map(|_| 2))
        .collect();
    doc.table(Table {
        caption: Some(t!(lang, "week-types-caption", week = week)),
        rows: (0..types.areas.len())
            .map(|i| {
                std::iter::once(types.areas[i].clone())
                    .chain(series.iter().map(|s| s.values[i].to_string()))
                    .chain(std::iter::once(types.total(i).to_string()))
                    .collect()
            })
            .collect(),
        headers,
        widths,
    });
}

fn trend_figure(w: &WeekPicture, doc: &mut Document, lang: Lang) {
    let t = &w.trend;
    let (Some(first), Some(last)) = (t.weeks.first(), t.weeks.last()) else {
        return;
    };
    if t.areas.is_empty() {
        return;
    }
    let week_label = |w: &crate::domain::IsoWeek| t!(lang, "week-short", week = w.week());
    let (first_label, last_label) = (week_label(first), week_label(last));
    let described: Vec<String> = t
        .areas
        .iter()
        .map(|(name, counts)| {
            t!(
                lang,
                "week-trend-alt-area",
                area = name.as_str(),
                first = counts.first().copied().unwrap_or(0),
                last = counts.last().copied().unwrap_or(0),
                max = counts.iter().copied().max().unwrap_or(0)
            )
        })
        .collect();
    doc.figure(Figure {
        chart: Chart {
            title: t!(
                lang,
                "week-trend-chart",
                first = first_label.as_str(),
                last = last_label.as_str()
            ),
            kind: ChartKind::Lines {
                x_labels: t.weeks.iter().map(week_label).collect(),
                series: t
                    .areas
                    .iter()
                    .map(|(name, counts)| Series {
                        name: name.clone(),
                        values: counts.clone(),
                    })
                    .collect(),
            },
        },
        alt: with_other_areas(
            t!(
                lang,
                "week-trend-alt",
                first = first_label.as_str(),
                last = last_label.as_str(),
                areas = described.join(" ")
            ),
            t.areas.len(),
            t.other_areas,
            lang,
        ),
    });
    let mut headers = vec![t!(lang, "week-column-week")];
    headers.extend(t.areas.iter().map(|(name, _)| name.clone()));
    headers.push(t!(lang, "year-column-total"));
    let widths = std::iter::once(3)
        .chain(headers[1..].iter().map(|_| 3))
        .collect();
    doc.table(Table {
        caption: Some(t!(lang, "week-trend-caption")),
        rows: t
            .weeks
            .iter()
            .enumerate()
            .map(|(i, wk)| {
                std::iter::once(wk.to_string())
                    .chain(t.areas.iter().map(|(_, c)| c[i].to_string()))
                    .chain(std::iter::once(t.total[i].to_string()))
                    .collect()
            })
            .collect(),
        headers,
        widths,
    });
}

fn focus(w: &WeekPicture, doc: &mut Document, lang: Lang) {
    doc.heading(1, t!(lang, "week-focus"));
    if w.decisions.is_empty() && w.actions.is_empty() {
        doc.paragraph(t!(lang, "week-focus-none"));
        return;
    }
    if !w.decisions.is_empty() {
        doc.heading(2, t!(lang, "week-focus-decisions"));
        doc.bullets(
            w.decisions
                .iter()
                .map(|(text, c)| marked(text.clone(), *c, lang))
                .collect(),
        );
    }
    if !w.actions.is_empty() {
        doc.table(Table {
            caption: Some(t!(lang, "week-focus-actions")),
            headers: vec![
                t!(lang, "column-action"),
                t!(lang, "column-place"),
                t!(lang, "column-responsible"),
                t!(lang, "column-due"),
            ],
            rows: w
                .actions
                .iter()
                .map(|a| {
                    vec![
                        marked(a.title.clone(), a.classification, lang),
                        w.names.place_or_area(a.place_id, a.area_id),
                        w.names.organisation_short(a.responsible_org_id),
                        a.due_on
                            .map(|d| d.to_string())
                            .or(a
                                .due_week
                                .map(|wk| t!(lang, "week-short", week = wk.week())))
                            .unwrap_or_default(),
                    ]
                })
                .collect(),
            widths: vec![12, 7, 6, 4],
        });
    }
}

/// A chart's text alternative, saying so when its last bar or line sums the quieter areas.
fn with_other_areas(alt: String, drawn: usize, other_areas: usize, lang: Lang) -> String {
    if other_areas == 0 {
        return alt;
    }
    let note = t!(
        lang,
        "analysis2-other-areas-alt",
        shown = drawn.saturating_sub(1),
        count = other_areas
    );
    format!("{alt} {note}")
}
