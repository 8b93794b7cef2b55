//! The week's lägesbild to share (`report week`) and the places as GeoJSON (`report map`):
//! figures against hand counts on the report world plus a few events of our own, pictures
//! present and referenced, nothing intern, the real binary and the Möte screen's export.

use crate::common;
use crate::report_world;
use crate::reports::{unzip, zip_names};

use chrono::NaiveDate;
use common::temp_store;
use lagesbild::analysis::Period;
use lagesbild::domain::*;
use lagesbild::report::week::model::WeekPicture;
use lagesbild::report::{Format, Options, map, week};
use lagesbild::store::Store;
use report_world::{build, d, id, observation};

fn w47() -> IsoWeek {
    IsoWeek::new(2026, 47).expect("week")
}

fn options() -> Options {
    let mut o = Options::new(d(2026, 11, 19));
    o.generated_at = d(2026, 11, 19).and_hms_opt(12, 0, 0).expect("time");
    o
}

fn place(key: &str, area: &str, name: &str, at: Option<(f64, f64)>) -> Place {
    Place {
        id: id(key),
        classification: Classification::Oppen,
        area_id: id(area),
        name: name.into(),
        kind: "ovrigt".into(),
        public_kind: PublicKind::Offentlig,
        lat: at.map(|(lat, _)| lat),
        lon: at.map(|(_, lon)| lon),
        active: true,
    }
}

/// The report world (W46: four events in Lindängsringen; W47: Busstationen ordning and
/// skadegörelse, Norrvik ordning without a place) and, of our own:
/// - the sub-area Lindängsskolan under Lindängsringen, its Skolgården with two skadegörelse
///   in W47 (they count in Lindängsringen too);
/// - one ordning at Lindängstorget in W44;
/// - Personalingången, a place classified intern in Sjöviks centrum, with a brand in W47 (the
///   event counts, the place's name never shows);
/// - an intern skadegörelse and a dismissed one at Lindängstorget in W47 (neither counts);
/// - coordinates (near Sjövik, fictional) for Lindängstorget, Busstationen, Skolgården and
///   Personalingången; Gångtunneln has none.
fn world() -> (tempfile::TempDir, Store) {
    let mut db = temp_store();
    build(&mut db.store);
    let store = &mut db.store;
    let mut school = Area {
        id: id("lindangsskolan"),
        classification: Classification::Oppen,
        name: "Lindängsskolan".into(),
        kind: "bostadsomrade".into(),
        code: None,
        parent_id: Some(id("lindangen")),
        police_status: PoliceStatus::Ingen,
        police_status_year: None,
        active: true,
    };
    school.kind = "skolomrade".into();
    let yard = place(
        "skolgarden",
        "lindangsskolan",
        "Skolgården",
        Some((59.6102, 16.5311)),
    );
    let mut staff = place(
        "personalingangen",
        "centrum",
        "Personalingången",
        Some((59.6170, 16.5462)),
    );
    staff.classification = Classification::Intern;
    let mut torget: Place = store.require(id("torget")).expect("torget");
    torget.lat = Some(59.6089);
    torget.lon = Some(16.5275);
    let mut station: Place = store.require(id("busstationen")).expect("busstationen");
    station.lat = Some(59.6158);
    station.lon = Some(16.5447);
    let mut intern = observation(
        "x-intern",
        d(2026, 11, 18),
        "lindangen",
        Some("torget"),
        "skadegorelse",
        "kommun",
        "Klotter på torget.",
    );
    intern.classification = Classification::Intern;
    let mut dismissed = observation(
        "x-dismissed",
        d(2026, 11, 18),
        "lindangen",
        Some("torget"),
        "skadegorelse",
        "kommun",
        "Felregistrerad.",
    );
    dismissed.review_status = ReviewStatus::Avford;
    let ours = vec![
        observation(
            "x-yard-1",
            d(2026, 11, 18),
            "lindangsskolan",
            Some("skolgarden"),
            "skadegorelse",
            "skola",
            "Klotter på förrådet.",
        ),
        observation(
            "x-yard-2",
            d(2026, 11, 20),
            "lindangsskolan",
            Some("skolgarden"),
            "skadegorelse",
            "skola",
            "Krossad ruta i förrådet.",
        ),
        observation(
            "x-w44",
            d(2026, 10, 27),
            "lindangen",
            Some("torget"),
            "ordning",
            "polis",
            "Samling vid torget.",
        ),
        observation(
            "x-staff",
            d(2026, 11, 19),
            "centrum",
            Some("personalingangen"),
            "brand",
            "rtj",
            "Brand i sopkärl.",
        ),
        intern,
        dismissed,
    ];
    store
        .write(|w| {
            w.create(&school)?;
            w.create(&yard)?;
            w.create(&staff)?;
            w.update(&torget)?;
            w.update(&station)?;
            for o in &ours {
                w.create(o)?;
            }
            Ok(())
        })
        .expect("our events");
    (db.dir, db.store)
}

#[test]
fn the_week_model_matches_hand_counts() {
    let (_dir, store) = world();
    let w = WeekPicture::gather(&store, w47(), false, Lang::Sv).expect("gathered");
    // W47: Busstationen 2 + Personalingången 1 (centrum), Skolgården 2 (Lindängsringen via its
    // sub-area), Norrvik 1; the intern and the dismissed event do not count.
    assert_eq!(w.this_week, 6);
    // W43–W46: 0, 1 (W44), 0, 4 (W46).
    assert!((w.mean - 1.25).abs() < 1e-9, "{}", w.mean);
    let names: Vec<&str> = w.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Lindängsringen", "Norrvik", "Sjöviks centrum"]);
    let row = |name: &str| w.rows.iter().find(|r| r.name == name).expect(name);
    let lindangen = row("Lindängsringen");
    assert_eq!((lindangen.this_week, lindangen.mean), (2, 1.25));
    let assessed = lindangen.assessment.as_ref().expect("assessed");
    assert_eq!(
        (assessed.level, assessed.trend, assessed.priority_rank),
        (AreaLevel::Forhojt, Trend::Okande, Some(1))
    );
    assert_eq!(
        lindangen.hot_spots,
        ["Gångtunneln vid Lindängsskolan", "Lindängstorget"]
    );
    assert!(!lindangen.hot_spots_counted, "the meeting named them");
    let centrum = row("Sjöviks centrum");
    assert_eq!((centrum.this_week, centrum.mean), (3, 0.0));
    assert_eq!(
        centrum.hot_spots,
        ["Busstationen (2)"],
        "counted, and the intern place is not named"
    );
    assert!(centrum.hot_spots_counted);
    let norrvik = row("Norrvik");
    assert!(norrvik.assessment.is_none());
    assert_eq!((norrvik.this_week, norrvik.hot_spots.len()), (1, 0));

    // Event types this week per area, busiest area and type first.
    assert_eq!(
        w.types.areas,
        ["Sjöviks centrum", "Lindängsringen", "Norrvik"]
    );
    assert_eq!(
        w.types.types,
        [
            "Skadegörelse/klotter",
            "Ordningsstörning",
            "Brand i det fria"
        ]
    );
    assert_eq!(
        w.types.counts,
        vec![vec![1, 1, 1], vec![2, 0, 0], vec![0, 1, 0]]
    );
    assert_eq!(w.types.other, vec![0, 0, 0]);

    // Twelve weeks W36–W47, Lindängsringen busiest over them (1 + 4 + 2).
    assert_eq!(w.trend.weeks.first().map(|w| w.week()), Some(36));
    assert_eq!(w.trend.weeks.len(), 12);
    let (name, counts) = &w.trend.areas[0];
    assert_eq!(name, "Lindängsringen");
    assert_eq!(counts, &[0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 4, 2]);
    assert_eq!(w.trend.total[8..], [1, 0, 4, 6]);

    // The focus: the § 6 decision (not the agenda's approval) and the two actions decided.
    let decisions: Vec<&str> = w.decisions.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(decisions, ["att genomföra åtgärderna i åtgärdslistan."]);
    let titles: Vec<&str> = w.actions.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles.len(), 2);
    assert!(titles.contains(&"Byta och förstärka belysningen i gångtunneln"));
}

#[test]
fn the_docx_embeds_both_charts_as_pngs_with_alt_text_and_their_figures_as_tables() {
    let (_dir, store) = world();
    let bytes = week::export(&store, w47(), Format::Docx, &options()).expect("docx");
    let names = zip_names(&bytes);
    let media: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with("word/media/") && n.ends_with(".png"))
        .collect();
    assert_eq!(media.len(), 2, "{names:?}");
    let rels = unzip(&bytes, "word/_rels/document.xml.rels");
    let xml = unzip(&bytes, "word/document.xml");
    for m in &media {
        let target = m.trim_start_matches("word/");
        let at = rels
            .find(&format!("Target=\"{target}\""))
            .unwrap_or_else(|| panic!("{target} has a relationship: {rels}"));
        let rel = &rels[rels[..at].rfind("<Relationship").expect("element")..at];
        let rid = rel
            .split("Id=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("Id");
        assert!(
            xml.contains(&format!("r:embed=\"{rid}\"")),
            "the body shows {rid}"
        );
    }
    assert!(
        xml.contains("descr=\"Liggande staplar, en per område"),
        "alt text"
    );
    assert!(xml.contains("descr=\"Linjer, en per område"), "alt text");
    assert!(xml.contains(
        "Sjöviks centrum 3 (Skadegörelse/klotter 1, Ordningsstörning 1, Brand i det fria 1)"
    ));
    assert_eq!(xml.matches("<wp:docPr ").count(), 2);
    // The document's own line spacing clipped a picture to one line in LibreOffice.
    assert_eq!(
        xml.matches("<w:spacing w:line=\"240\" w:lineRule=\"auto\" /><w:keepNext /></w:pPr><w:r><w:rPr /><w:drawing>")
            .count(),
        2
    );
    for text in [
        "Veckans lägesbild",
        "Händelsetyper per område vecka 47 (antal)",
        "Händelser per vecka och område (antal)",
        "Fokus till nästa vecka",
        "Busstationen (2) *",
        "Informationsklass: BEGRÄNSAD",
    ] {
        assert!(
            xml.contains(text) || unzip(&bytes, "word/header1.xml").contains(text),
            "{text}"
        );
    }
    assert!(!xml.contains("Personalingången"), "intern place named");
}

#[test]
fn the_html_has_inline_svg_with_a_title_and_markdown_the_text_alternative() {
    let (_dir, store) = world();
    let html =
        String::from_utf8(week::export(&store, w47(), Format::Html, &options()).expect("html"))
            .expect("utf-8");
    assert_eq!(html.matches("<svg").count(), 2);
    assert_eq!(html.matches("role=\"img\"").count(), 2);
    assert!(html.contains("<title>Liggande staplar, en per område"));
    assert!(
        html.contains(">\nHändelsetyper per område, vecka 47\n</text>"),
        "drawn title"
    );
    assert!(html.contains("<th scope=\"col\">Snitt 4 v.</th>"));
    let md =
        String::from_utf8(week::export(&store, w47(), Format::Markdown, &options()).expect("md"))
            .expect("utf-8");
    assert!(!md.contains("<svg"));
    assert!(md.contains("_Liggande staplar, en per område, delade efter händelsetyp."));
    assert!(md.contains("| Sjöviks centrum | 1 | 1 | 1 | 3 |"), "{md}");
    assert!(md.contains("| 2026-W47 | 2 |"), "{md}");
    for doc in [&html, &md] {
        assert!(!doc.contains("Personalingången"));
        assert!(
            !doc.contains("Informationsklass: INTERN"),
            "nothing intern went in"
        );
        // The intern event and the intern place's name.
        assert!(doc.contains("2 poster klassade INTERN lämnades utanför."));
    }
}

#[test]
fn intern_records_are_left_out_of_the_week_unless_asked_for() {
    let (_dir, store) = world();
    let shared = WeekPicture::gather(&store, w47(), false, Lang::Sv).expect("shared");
    let inside = WeekPicture::gather(&store, w47(), true, Lang::Sv).expect("inside");
    assert_eq!(shared.this_week, 6);
    assert_eq!(inside.this_week, 7, "the intern event counts inside");
    let centrum = |w: &WeekPicture| {
        w.rows
            .iter()
            .find(|r| r.name == "Sjöviks centrum")
            .map(|r| r.hot_spots.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        centrum(&inside),
        ["Busstationen (2)", "Personalingången (1)"]
    );
    let mut o = options();
    o.include_internal = true;
    let md = String::from_utf8(week::export(&store, w47(), Format::Markdown, &o).expect("md"))
        .expect("utf-8");
    assert!(md.contains("INTERN"), "the stamp says so");
}

#[test]
fn a_week_without_a_meeting_still_counts_and_says_what_is_missing() {
    let (_dir, store) = world();
    let w44 = IsoWeek::new(2026, 44).expect("week");
    let w = WeekPicture::gather(&store, w44, false, Lang::Sv).expect("gathered");
    assert_eq!(w.this_week, 1);
    assert!(w.rows.iter().all(|r| r.assessment.is_none()));
    let md =
        String::from_utf8(week::export(&store, w44, Format::Markdown, &options()).expect("md"))
            .expect("utf-8");
    assert!(md.contains("Inget veckomöte vecka 44"), "{md}");
    assert!(md.contains("Mötet fattade inga beslut"), "{md}");
}

fn geojson(store: &Store, period: &str, types: &[&str]) -> (serde_json::Value, Vec<String>) {
    let period = Period::parse(period).expect("period");
    let types: Vec<String> = types.iter().map(|t| t.to_string()).collect();
    let file = map::export(store, &period, &types, &options()).expect("map");
    (
        serde_json::from_slice(&file.bytes).expect("json"),
        file.messages,
    )
}

fn feature<'a>(json: &'a serde_json::Value, name: &str) -> Option<&'a serde_json::Value> {
    json["features"]
        .as_array()?
        .iter()
        .find(|f| f["properties"]["plats"] == name)
}

#[test]
fn the_geojson_is_a_feature_collection_of_points_longitude_first_inside_sweden() {
    let (_dir, store) = world();
    let (json, messages) = geojson(&store, "2026-W47", &[]);
    assert_eq!(json["type"], "FeatureCollection");
    let features = json["features"].as_array().expect("features");
    let names: Vec<&str> = features
        .iter()
        .map(|f| f["properties"]["plats"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["Busstationen", "Lindängstorget", "Skolgården"]);
    for f in features {
        assert_eq!(f["type"], "Feature");
        assert_eq!(f["geometry"]["type"], "Point");
        let c = f["geometry"]["coordinates"]
            .as_array()
            .expect("coordinates");
        assert_eq!(c.len(), 2);
        let (lon, lat) = (c[0].as_f64().expect("lon"), c[1].as_f64().expect("lat"));
        // Sweden's bounding box; longitude first (a swapped pair would fall outside).
        assert!((10.9..=24.2).contains(&lon), "longitude {lon}");
        assert!((55.3..=69.1).contains(&lat), "latitude {lat}");
        // The same attributes on every feature, and no free text at all.
        let keys: Vec<&String> = f["properties"].as_object().expect("props").keys().collect();
        assert_eq!(
            keys,
            [
                "antal_brand",
                "antal_ordning",
                "antal_skadegorelse",
                "antal_totalt",
                "omrade",
                "period",
                "plats",
                "platstyp"
            ]
        );
    }
    let station = feature(&json, "Busstationen").expect("station");
    assert_eq!(station["geometry"]["coordinates"][0], 16.5447);
    assert_eq!(station["properties"]["antal_skadegorelse"], 1);
    assert_eq!(station["properties"]["antal_ordning"], 1);
    assert_eq!(station["properties"]["antal_totalt"], 2);
    let yard = feature(&json, "Skolgården").expect("yard");
    assert_eq!(yard["properties"]["omrade"], "Lindängsskolan");
    assert_eq!(yard["properties"]["antal_totalt"], 2);
    let torget = feature(&json, "Lindängstorget").expect("torget");
    assert_eq!(
        torget["properties"]["antal_totalt"], 0,
        "the intern and the dismissed event do not count"
    );
    assert_eq!(json["lagesbild"]["period"], "2026-W47");
    assert_eq!(
        json["lagesbild"]["handelsetyper"]["antal_brand"],
        "Brand i det fria"
    );
    assert!(
        json["lagesbild"]["informationsklass"]
            .as_str()
            .is_some_and(|s| s.contains("BEGRÄNSAD"))
    );
    assert_eq!(
        messages,
        [
            "En plats saknar koordinater och kom inte med: Gångtunneln vid Lindängsskolan.",
            "En händelse under perioden har ingen plats och syns inte i kartan.",
            "2 poster klassade INTERN lämnades utanför."
        ]
    );
    let text = serde_json::to_string(&json).expect("text");
    assert!(!text.contains("Personalingången"), "intern place");
    for free_text in ["Klotter", "Krossat", "Brand i sopkärl", "Samling"] {
        assert!(!text.contains(free_text), "free text {free_text}");
    }
}

#[test]
fn the_geojson_counts_only_the_chosen_types_and_refuses_an_unknown_one() {
    let (_dir, store) = world();
    let (json, _) = geojson(&store, "2026-11", &["skadegorelse", "Ordningsstörning"]);
    let station = feature(&json, "Busstationen").expect("station");
    let keys: Vec<&String> = station["properties"]
        .as_object()
        .expect("p")
        .keys()
        .collect();
    assert!(!keys.iter().any(|k| *k == "antal_brand"), "{keys:?}");
    // November: Lindängstorget had skadegörelse on the 13th and brand on the 15th (not asked).
    let torget = feature(&json, "Lindängstorget").expect("torget");
    assert_eq!(torget["properties"]["antal_skadegorelse"], 1);
    assert_eq!(torget["properties"]["antal_totalt"], 1);
    let period = Period::parse("2026-11").expect("period");
    let err = map::export(&store, &period, &["inbrott".into()], &options())
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("Händelsetypen ”inbrott” finns inte") && err.contains("skadegorelse"),
        "{err}"
    );
}

#[test]
fn the_binary_writes_both_files_and_refuses_to_overwrite() {
    let (dir, store) = world();
    let db = store.path().to_path_buf();
    drop(store);
    let run = |args: &[&str]| {
        let out = crate::reports::lagesbild(dir.path(), &db, args);
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (ok, stdout, stderr) = run(&["report", "week", "2026-W47"]);
    assert!(ok, "{stderr}");
    assert!(stdout.contains("lagesbild-vecka-2026-W47.docx"), "{stdout}");
    assert!(dir.path().join("lagesbild-vecka-2026-W47.docx").is_file());
    let (ok, _, stderr) = run(&["report", "week", "2026-W47"]);
    assert!(!ok, "a second export does not overwrite");
    assert!(stderr.contains("finns redan"), "{stderr}");
    let (ok, _, stderr) = run(&["report", "week", "2026-W47", "--format", "xlsx"]);
    assert!(!ok && stderr.contains("docx, html, md"), "{stderr}");

    let (ok, stdout, stderr) = run(&["report", "map", "--period", "2026-W47", "--type", "ordning"]);
    assert!(ok, "{stderr}");
    assert!(
        stdout.contains("lagesbild-platser-2026-W47.geojson"),
        "{stdout}"
    );
    assert!(stderr.contains("saknar koordinater"), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.path().join("lagesbild-platser-2026-W47.geojson")).expect("file"),
    )
    .expect("json");
    assert_eq!(
        feature(&json, "Busstationen").expect("f")["properties"]["antal_totalt"],
        1
    );
    let (ok, _, stderr) = run(&["report", "map", "--period", "2026-T9"]);
    assert!(!ok && stderr.contains("ingen period"), "{stderr}");
}

#[test]
fn the_meeting_screen_exports_the_weeks_lagesbild_too() {
    let mut app = crate::common::app::demo_app_sized(80, 24);
    let out = tempfile::tempdir().expect("out");
    app.state.export_dir = out.path().to_path_buf();
    app.keys(&["n"]);
    let date: NaiveDate = app
        .state
        .meeting
        .data
        .meeting
        .as_ref()
        .expect("meeting")
        .date;
    let week = IsoWeek::of(date);
    for (rights, ext) in [(3, "docx"), (4, "html"), (5, "md")] {
        app.keys(&["e"]);
        for _ in 0..rights {
            app.keys(&["right"]);
        }
        app.keys(&["ctrl+s"]);
        let path = crate::tui_exports::written(&app);
        assert_eq!(
            path.file_name().and_then(|n| n.to_str()),
            Some(format!("lagesbild-vecka-{week}.{ext}").as_str())
        );
        assert!(std::fs::metadata(&path).expect("written").len() > 0);
    }
}
