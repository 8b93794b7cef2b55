//! Exporting the minutes of a meeting with 100 observations (target: under 100 ms): closed
//! (actions and events read as of the close), with intern rows marked, and justerad (the
//! meeting's own records read as approved, too).

#[path = "../tests/integration/report_world/mod.rs"]
mod report_world;

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use lagesbild::domain::{EntityKind, MeetingStatus};
use lagesbild::report::{self, Format, Options};
use lagesbild::store::{Access, Store};
use report_world::{MEETING, build, d, id, observation, set_meeting_status};

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&dir.path().join("bench.db"), Access::ReadWrite).expect("open");
    build(&mut store);
    // The world has 7 observations in the week; add 93 more across the areas, entered while
    // the meeting is held, so the minutes read all 100 as of its close from the op log.
    set_meeting_status(&mut store, MEETING, MeetingStatus::Pagar);
    let areas = [
        ("lindangen", Some("torget")),
        ("centrum", Some("busstationen")),
        ("norrvik", None),
    ];
    let types = ["skadegorelse", "ordning", "brand"];
    store
        .write(|w| {
            for n in 0..93 {
                let (area, place) = areas[n % areas.len()];
                let o = observation(
                    &format!("bench-{n}"),
                    d(2026, 11, 12 + (n % 7) as u32),
                    area,
                    place,
                    types[n % types.len()],
                    "kommun",
                    "Klotter och nedskräpning vid entrén, anmält till fastighetsägaren.",
                );
                w.create(&o)?;
            }
            Ok(())
        })
        .expect("observations");
    set_meeting_status(&mut store, MEETING, MeetingStatus::Avslutat);
    let options = Options {
        generated_at: NaiveDate::from_ymd_opt(2026, 11, 19)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .expect("time"),
        ..Options::new(d(2026, 11, 19))
    };
    let meeting = id(MEETING);
    let mut g = c.benchmark_group("minutes_100_observations");
    for format in [Format::Markdown, Format::Html, Format::Docx] {
        g.bench_function(format.extension(), |b| {
            b.iter(|| {
                black_box(
                    report::minutes::export(&store, meeting, format, &options).expect("export"),
                )
            })
        });
    }
    // Intern included: every row passes the mark.
    let with_intern = Options {
        include_internal: true,
        ..options.clone()
    };
    g.bench_function("docx_intern_included", |b| {
        b.iter(|| {
            black_box(
                report::minutes::export(&store, meeting, Format::Docx, &with_intern)
                    .expect("export"),
            )
        })
    });
    g.finish();
    // Justerad: attendance, agenda, picture, assessments and follow-ups are read as approved.
    store
        .write(|w| {
            w.set(
                EntityKind::Meeting,
                meeting,
                "approved_on",
                Some(d(2026, 11, 20)),
            )?;
            w.set(
                EntityKind::Meeting,
                meeting,
                "status",
                MeetingStatus::Justerat,
            )
        })
        .expect("justera");
    c.bench_function("minutes_100_observations_justerad/docx", |b| {
        b.iter(|| {
            black_box(
                report::minutes::export(&store, meeting, Format::Docx, &options).expect("export"),
            )
        })
    });
    let plan = id("plan");
    c.bench_function("plan_xlsx", |b| {
        b.iter(|| {
            black_box(report::plan::export(&store, plan, Format::Xlsx, &options).expect("xlsx"))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
