//! Unit tests of the feed parser: every fact of the feed's README, and every kind of bad input.

use super::*;
use chrono::{NaiveDate, Timelike};

fn event_json(id: i64, datetime: &str, name: &str, typ: &str, location: &str) -> String {
    format!(
        r#"{{"id": {id}, "datetime": "{datetime}", "name": "{name}", "summary": "Kort text.",
            "url": "/aktuellt/handelser/x/", "type": "{typ}",
            "location": {{"name": "{location}", "gps": "59.422397,16.097786"}}}}"#
    )
}

fn one(json: &str) -> FeedEvent {
    let mut events = parse_feed(&format!("[{json}]")).expect("parses");
    assert_eq!(events.len(), 1);
    events.remove(0)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

#[test]
fn old_format_record() {
    let e = one(&event_json(
        588172,
        "2025-06-07 7:32:06 +02:00",
        "06 juni 18.50, Trafikbrott, Kungsör",
        "Trafikbrott",
        "Kungsör",
    ));
    assert_eq!(e.police_id, 588172);
    assert_eq!(e.place, "Kungsör");
    assert_eq!(e.county(), None);
    assert_eq!(e.police_type, "Trafikbrott");
    assert_eq!(
        e.incident_at,
        Some(date(2025, 6, 6).and_hms_opt(18, 50, 0).expect("time"))
    );
    assert_eq!(e.url, "https://polisen.se/aktuellt/handelser/x/");
    assert_eq!(e.lat, Some(59.422397));
    assert_eq!(e.lon, Some(16.097786));
    assert_eq!(e.summary, "Kort text.");
}

#[test]
fn new_format_county_location_municipality_from_name() {
    let e = one(&event_json(
        650297,
        "2026-08-22 19:51:41 +02:00",
        "22 augusti 17.59, Brand, Kävlinge",
        "Brand",
        "Skåne län",
    ));
    assert_eq!(e.place, "Kävlinge");
    assert_eq!(e.location_name, "Skåne län");
    assert_eq!(e.county(), Some("Skåne län"));
}

#[test]
fn unpadded_hour_in_datetime() {
    let t = parse_published("2025-06-07 7:32:06 +02:00").expect("un-padded hour");
    assert_eq!(t.hour(), 7);
    assert_eq!(t.to_rfc3339(), "2025-06-07T07:32:06+02:00");
    assert_eq!(
        parse_published("2025-06-07 17:32:06 +02:00").map(|t| t.hour()),
        Some(17)
    );
    assert_eq!(
        parse_published("2026-01-10 0:05:00 +01:00").map(|t| t.naive_utc()),
        Some(date(2026, 1, 9).and_hms_opt(23, 5, 0).expect("time"))
    );
    assert!(parse_published("2025-06-07T07:32:06+02:00").is_none());
    assert!(parse_published("2025-06-07 25:32:06 +02:00").is_none());
    assert!(parse_published("igår kväll").is_none());
    assert!(parse_published("2025-06-07 7:32:06").is_none());
}

#[test]
fn comma_inside_type_splits_from_the_right() {
    let e = one(&event_json(
        1,
        "2026-08-22 12:00:00 +02:00",
        "22 augusti 11.48, Trafikolycka, personskada, Hjo",
        "Trafikolycka, personskada",
        "Västra Götalands län",
    ));
    assert_eq!(e.place, "Hjo");
    assert_eq!(e.police_type, "Trafikolycka, personskada");
    assert_eq!(e.incident_at.map(|t| t.hour()), Some(11));
}

#[test]
fn split_name_cases() {
    assert_eq!(
        split_name("06 juni 18.50, Trafikbrott, Kungsör"),
        (Some("06 juni 18.50"), Some("Kungsör"))
    );
    assert_eq!(
        split_name("06 juni 18.50, Farligt föremål, misstänkt, Upplands Väsby"),
        (Some("06 juni 18.50"), Some("Upplands Väsby"))
    );
    assert_eq!(
        split_name("06 juni 18.50, Malung-Sälen"),
        (Some("06 juni 18.50"), Some("Malung-Sälen"))
    );
    assert_eq!(split_name("Ingen kommatering"), (None, None));
    assert_eq!(
        split_name("06 juni 18.50, Brand, "),
        (Some("06 juni 18.50"), None)
    );
}

#[test]
fn summary_pseudo_type_on_a_county() {
    let e = one(&event_json(
        588171,
        "2025-06-07 7:27:20 +02:00",
        "07 juni 07.25, Sammanfattning natt, Örebro län",
        "Sammanfattning natt",
        "Örebro län",
    ));
    assert_eq!(e.place, "Örebro län");
    assert_eq!(e.county(), Some("Örebro län"));
}

#[test]
fn trailing_space_in_type_is_kept_as_received() {
    let e = one(&event_json(
        2,
        "2025-06-07 7:27:20 +02:00",
        "07 juni 07.25, Lagen om hundar och katter, Tyresö",
        "Lagen om hundar och katter ",
        "Tyresö",
    ));
    assert_eq!(e.police_type, "Lagen om hundar och katter ");
    assert_eq!(e.place, "Tyresö");
}

#[test]
fn incident_year_comes_from_publication() {
    let published = date(2026, 1, 1);
    assert_eq!(
        parse_incident("31 december 23.40", published),
        Some(date(2025, 12, 31).and_hms_opt(23, 40, 0).expect("time"))
    );
    assert_eq!(
        parse_incident("01 januari 00.10", published),
        Some(date(2026, 1, 1).and_hms_opt(0, 10, 0).expect("time"))
    );
    // A day of slack for clocks that disagree.
    assert_eq!(
        parse_incident("02 januari 00.10", published).map(|t| t.date()),
        Some(date(2026, 1, 2))
    );
    assert_eq!(
        parse_incident("6 juni 8.05", date(2025, 6, 7)),
        Some(date(2025, 6, 6).and_hms_opt(8, 5, 0).expect("time"))
    );
    assert_eq!(
        parse_incident("29 februari 12.00", date(2024, 3, 1)).map(|t| t.date()),
        Some(date(2024, 2, 29))
    );
}

#[test]
fn unparseable_incident_time_is_kept_without_time() {
    for text in [
        "Sammanfattning",
        "32 juni 18.50",
        "06 juno 18.50",
        "06 juni 25.00",
        "06 juni",
    ] {
        assert_eq!(parse_incident(text, date(2025, 6, 7)), None, "{text}");
    }
    let e = one(&event_json(
        3,
        "2025-06-07 7:27:20 +02:00",
        "Trafikolycka, Tyresö",
        "Trafikolycka",
        "Tyresö",
    ));
    assert_eq!(e.incident_at, None);
    assert_eq!(e.place, "Tyresö");
    assert_eq!(e.day(), date(2025, 6, 7));
}

#[test]
fn name_without_place_falls_back_to_location() {
    let e = one(&event_json(
        4,
        "2025-06-07 7:27:20 +02:00",
        "Information",
        "Information",
        "Tyresö",
    ));
    assert_eq!(e.place, "Tyresö");
}

#[test]
fn absolute_url_is_kept_and_relative_gets_the_site() {
    assert_eq!(full_url("https://polisen.se/a/"), "https://polisen.se/a/");
    assert_eq!(full_url("/a/"), "https://polisen.se/a/");
    assert_eq!(full_url("a/"), "https://polisen.se/a/");
}

#[test]
fn gps_variants() {
    assert_eq!(
        parse_gps("55.990257,13.595769"),
        Some((55.990257, 13.595769))
    );
    assert_eq!(parse_gps(" 55.9 , 13.5 "), Some((55.9, 13.5)));
    assert_eq!(parse_gps(""), None);
    assert_eq!(parse_gps("55.9"), None);
    assert_eq!(parse_gps("955.9,13.5"), None);
}

#[test]
fn byte_order_mark_and_empty_list() {
    assert_eq!(parse_feed("\u{feff}[]").expect("bom").len(), 0);
    assert_eq!(parse_feed(" [ ] ").expect("empty").len(), 0);
}

#[test]
fn extra_fields_are_ignored() {
    let json = event_json(
        5,
        "2025-06-07 7:27:20 +02:00",
        "07 juni 07.25, Brand, Tyresö",
        "Brand",
        "Tyresö",
    )
    .replacen('{', r#"{"ny": 1, "#, 1);
    assert_eq!(one(&json).police_id, 5);
}

// ---- bad input: a Swedish error that says what and where ------------------------------------

fn err(text: &str) -> (PolisenError, String) {
    let e = parse_feed(text).expect_err("must fail");
    let msg = e.to_string();
    (e, msg)
}

#[test]
fn empty_file() {
    let (e, msg) = err("  \n");
    assert!(matches!(e, PolisenError::Empty));
    assert!(msg.contains("tom"), "{msg}");
}

#[test]
fn not_json_says_line_and_column() {
    let (e, msg) = err("<html>\n<body>Serverfel</body>");
    assert!(
        matches!(e, PolisenError::NotJson { line: 1, column: 1 }),
        "{e:?}"
    );
    assert!(msg.contains("rad 1, kolumn 1"), "{msg}");
    let (e, _) = err("[\n  {\"id\": 1,,}\n]");
    assert!(matches!(e, PolisenError::NotJson { line: 2, .. }), "{e:?}");
}

#[test]
fn truncated_file() {
    let full = format!(
        "[{}]",
        event_json(
            6,
            "2025-06-07 7:27:20 +02:00",
            "07 juni 07.25, Brand, Tyresö",
            "Brand",
            "Tyresö"
        )
    );
    let cut = &full[..full.len() / 2];
    let (e, msg) = err(cut);
    assert!(matches!(e, PolisenError::Truncated { .. }), "{e:?}");
    assert!(msg.contains("avkortad"), "{msg}");
}

#[test]
fn not_a_list() {
    let (e, msg) = err(r#"{"events": []}"#);
    assert!(
        matches!(
            e,
            PolisenError::NotAList {
                found: "error-polisen-kind-object"
            }
        ),
        "{e:?}"
    );
    assert!(msg.contains("lista"), "{msg}");
}

#[test]
fn wrong_shape_names_event_id_and_field() {
    let good = event_json(
        7,
        "2025-06-07 7:27:20 +02:00",
        "07 juni 07.25, Brand, Tyresö",
        "Brand",
        "Tyresö",
    );
    let no_name = good.replace(r#""name": "07 juni 07.25, Brand, Tyresö", "#, "");
    let (e, msg) = err(&format!("[{good}, {no_name}]"));
    assert!(
        matches!(
            &e,
            PolisenError::Shape {
                number: 2,
                police_id: Some(7),
                field: "name",
                ..
            }
        ),
        "{e:?}"
    );
    assert!(msg.contains("händelse nr 2 (id 7)"), "{msg}");
    assert!(msg.contains("”name”"), "{msg}");
    assert!(msg.contains("saknas"), "{msg}");

    let id_text = good.replace(r#""id": 7"#, r#""id": "7""#);
    let (e, msg) = err(&format!("[{id_text}]"));
    assert!(
        matches!(
            &e,
            PolisenError::Shape {
                number: 1,
                field: "id",
                ..
            }
        ),
        "{e:?}"
    );
    assert!(msg.contains("heltal"), "{msg}");

    let bad_time = good.replace("2025-06-07 7:27:20 +02:00", "igår");
    let (e, _) = err(&format!("[{bad_time}]"));
    assert!(
        matches!(
            &e,
            PolisenError::Shape {
                field: "datetime",
                ..
            }
        ),
        "{e:?}"
    );

    let no_gps = good.replace(r#", "gps": "59.422397,16.097786""#, "");
    let (e, _) = err(&format!("[{no_gps}]"));
    assert!(
        matches!(
            &e,
            PolisenError::Shape {
                field: "location.gps",
                ..
            }
        ),
        "{e:?}"
    );

    let loc_text = good.replace(
        r#"{"name": "Tyresö", "gps": "59.422397,16.097786"}"#,
        r#""Tyresö""#,
    );
    let (e, _) = err(&format!("[{loc_text}]"));
    assert!(
        matches!(
            &e,
            PolisenError::Shape {
                field: "location",
                ..
            }
        ),
        "{e:?}"
    );

    let (e, msg) = err("[1, 2]");
    assert!(
        matches!(
            &e,
            PolisenError::Shape {
                number: 1,
                police_id: None,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(msg.contains("händelse nr 1: ska vara ett objekt"), "{msg}");

    let type_null = good.replace(r#""type": "Brand""#, r#""type": null"#);
    let (e, msg) = err(&format!("[{type_null}]"));
    assert!(
        matches!(&e, PolisenError::Shape { field: "type", .. }),
        "{e:?}"
    );
    assert!(msg.contains("null"), "{msg}");
}
