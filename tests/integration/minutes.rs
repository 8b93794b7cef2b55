//! The minutes a secretary signs without editing (issue 13): the meeting as it was, one count
//! of reported events and open actions, contiguous §, one paragraph per area and action,
//! titles and signatures, and DOCX fit for Word. Uses the report world's week-48 meeting,
//! which each test holds and closes itself.

use crate::common::temp_store;
use crate::report_world::{action, build, d, id, observation};

use chrono::NaiveDate;
use lagesbild::domain::{
    ActionStatus, AgendaItem, AgendaKind, AreaAssessment, AreaLevel, Classification, EntityKind,
    Lang, Meeting, MeetingStatus, Observation, PictureLevel, PictureStatus, ReviewStatus,
    SituationPicture, Trend,
};
use lagesbild::report::{self, Format, MinutesTitle, Options};
use lagesbild::store::Store;

const W48: &str = "meeting-w48";

fn options() -> Options {
    Options {
        include_internal: false,
        minutes_title: MinutesTitle::Minnesanteckningar,
        today: d(2026, 11, 26),
        generated_at: NaiveDate::from_ymd_opt(2026, 11, 26)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .expect("time"),
        lang: Lang::Sv,
    }
}

fn markdown(store: &Store, o: &Options) -> String {
    let md = report::minutes::export(store, id(W48), Format::Markdown, o).expect("minutes");
    String::from_utf8(md).expect("utf-8")
}

fn set_status(store: &mut Store, status: MeetingStatus) {
    crate::report_world::set_meeting_status(store, W48, status);
}

fn week48_observation(key: &str, on: NaiveDate, text: &str) -> Observation {
    observation(
        key,
        on,
        "lindangen",
        Some("torget"),
        "ordning",
        "polis",
        text,
    )
}

/// An event in the week before the week-48 meeting.
fn gathering() -> Observation {
    week48_observation(
        "w48-a",
        d(2026, 11, 21),
        "Ungdomar samlades vid torget under kvällen.",
    )
}

/// The world, with the week-48 meeting held: two events in its week, one action decided at
/// it, one open action from no meeting at all; then closed.
fn held_and_closed() -> crate::common::TempDb {
    let mut db = temp_store();
    build(&mut db.store);
    set_status(&mut db.store, MeetingStatus::Pagar);
    let mut decided = action(
        "a-w48",
        "Klottersanering i gångtunneln",
        ActionStatus::Beslutad,
        Some(d(2026, 12, 4)),
    );
    decided.meeting_id = Some(id(W48));
    let loose = action(
        "a-loose",
        "Se över skyltningen vid torget",
        ActionStatus::Pagar,
        Some(d(2026, 11, 30)),
    );
    db.store
        .write(|w| {
            w.create(&gathering())?;
            w.create(&week48_observation(
                "w48-b",
                d(2026, 11, 23),
                "Högljudd grupp vid torget efter stängning.",
            ))?;
            w.create(&decided)?;
            w.create(&loose)?;
            Ok(())
        })
        .expect("the meeting's week");
    set_status(&mut db.store, MeetingStatus::Avslutat);
    db
}

#[test]
fn a_closed_meeting_is_exported_as_it_was_whatever_happened_after() {
    let mut db = held_and_closed();
    let o = options();
    let before = markdown(&db.store, &o);
    assert!(before.contains("Ungdomar samlades vid torget"), "{before}");
    assert!(before.contains("Högljudd grupp vid torget"));
    // After the meeting: the open action is finished, the decided one started, an event is
    // struck off, another is entered late, and the minutes are approved.
    db.store
        .write(|w| {
            w.set(
                EntityKind::Action,
                id("a-walk"),
                "status",
                ActionStatus::Genomford,
            )?;
            w.set(
                EntityKind::Action,
                id("a-w48"),
                "status",
                ActionStatus::Pagar,
            )?;
            w.set(
                EntityKind::Observation,
                id("w48-b"),
                "review_status",
                ReviewStatus::Avford,
            )?;
            w.create(&week48_observation(
                "w48-late",
                d(2026, 11, 24),
                "Inmatad efter mötet.",
            ))?;
            w.delete(EntityKind::Action, id("a-loose"))?;
            Ok(())
        })
        .expect("after the meeting");
    set_status(&mut db.store, MeetingStatus::Justerat);
    let after = markdown(&db.store, &o);
    let status_line = |s: &str| {
        s.lines()
            .find(|l| l.contains("**Status:**"))
            .map(|l| l.trim().to_string())
    };
    assert_eq!(status_line(&after).as_deref(), Some("**Status:** Justerad"));
    let strip = |s: &str| {
        s.lines()
            .filter(|l| !l.contains("**Status:**"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        strip(&before),
        strip(&after),
        "same document apart from its status"
    );
    assert!(!after.contains("Inmatad efter mötet"));
}

#[test]
fn justerade_minutes_stay_as_signed_when_the_meetings_own_records_change_after() {
    let mut db = temp_store();
    build(&mut db.store);
    set_status(&mut db.store, MeetingStatus::Pagar);
    let picture = SituationPicture {
        id: id("picture-w48"),
        classification: Classification::Begransad,
        level: PictureLevel::Vecka,
        period_start: d(2026, 11, 19),
        period_end: d(2026, 11, 25),
        scope_area_id: None,
        meeting_id: Some(id(W48)),
        summary: String::new(),
        status: PictureStatus::Utkast,
        established_by: None,
        established_at: None,
        distribution: String::new(),
    };
    let assessment = AreaAssessment {
        id: id("ass-w48-lindangen"),
        classification: Classification::Begransad,
        picture_id: picture.id,
        area_id: id("lindangen"),
        level: AreaLevel::Forhojt,
        trend: Trend::Oforandrad,
        key_event_type_ids: vec![],
        text: "Samlingar vid torget kvällstid.".into(),
        is_priority: false,
        priority_rank: None,
        hot_spot_place_ids: vec![],
    };
    let item = AgendaItem {
        id: id("w48-info"),
        classification: Classification::Begransad,
        meeting_id: id(W48),
        number: 2,
        kind: AgendaKind::Ovrigt,
        area_id: None,
        title: "Information från skolan".into(),
        text: "Skolan informerade om lovaktiviteter.".into(),
        decision: None,
    };
    db.store
        .write(|w| {
            w.create(&gathering())?;
            w.create(&picture)?;
            w.create(&assessment)?;
            w.create(&item)?;
            Ok(())
        })
        .expect("the meeting");
    set_status(&mut db.store, MeetingStatus::Avslutat);
    set_status(&mut db.store, MeetingStatus::Justerat);
    let o = options();
    let signed = markdown(&db.store, &o);
    assert!(
        signed.contains("Samlingar vid torget kvällstid."),
        "{signed}"
    );
    assert!(signed.contains("Skolan informerade om lovaktiviteter."));
    // After justering somebody edits the area's text and the agenda item, renumbers it, adds
    // an item, and writes in the meeting's notes.
    let late_item = AgendaItem {
        id: id("w48-late"),
        title: "Tillagd i efterhand".into(),
        text: "Skrevs efter justeringen.".into(),
        number: 3,
        ..item.clone()
    };
    db.store
        .write(|w| {
            w.set(
                EntityKind::AreaAssessment,
                assessment.id,
                "text",
                "Ändrad text.",
            )?;
            w.set(EntityKind::AgendaItem, item.id, "text", "Ändrad efteråt.")?;
            w.set(EntityKind::AgendaItem, item.id, "number", 7)?;
            w.set(EntityKind::Meeting, id(W48), "notes", "Anteckning efteråt.")?;
            w.create(&late_item)?;
            Ok(())
        })
        .expect("edits after justering");
    let again = markdown(&db.store, &o);
    assert_eq!(signed, again, "a justerad document does not change");
    // Reopened, the minutes are a draft again and say what the records say now.
    set_status(&mut db.store, MeetingStatus::Pagar);
    let draft = markdown(&db.store, &o);
    assert!(draft.contains("Ändrad text.") && draft.contains("Skrevs efter justeringen."));
}

#[test]
fn lateness_is_judged_on_the_meeting_day_not_the_export_day() {
    let db = held_and_closed();
    let mut o = options();
    o.today = d(2027, 1, 15);
    let md = markdown(&db.store, &o);
    // Due 2026-12-03, after the meeting: not late in its minutes, whenever they are exported.
    let walk = md
        .lines()
        .find(|l| l.contains("Trygghetsvandring i Norrvik"))
        .expect("the open action is listed");
    assert!(!walk.contains("försenad"), "{walk}");
    // Due 2026-11-15, before the meeting: late.
    let late = md
        .lines()
        .find(|l| l.contains("Röja buskage") && l.contains("2026-11-15"))
        .expect("the late action is listed");
    assert!(late.contains("försenad"), "{late}");
}

#[test]
fn the_open_action_count_is_the_meeting_screens() {
    let mut db = held_and_closed();
    set_status(&mut db.store, MeetingStatus::Pagar);
    let screen =
        lagesbild::tui::screens::meeting::load::meeting(&db.store, d(2026, 11, 26)).expect("load");
    let open = screen.open_actions.len();
    assert!(
        open >= 3,
        "a-late, a-walk and a-loose (decided at no meeting) among them"
    );
    let md = markdown(&db.store, &options());
    let line = format!("{open} åtgärder från tidigare möten var öppna när mötet avslutades");
    assert!(md.contains(&line), "{md}");
    assert!(md.contains("Se över skyltningen vid torget"));
}

#[test]
fn a_reported_event_is_one_rule_for_minutes_meeting_screen_and_year_report() {
    let mut db = temp_store();
    build(&mut db.store);
    set_status(&mut db.store, MeetingStatus::Pagar);
    let mut dismissed = week48_observation("w48-off", d(2026, 11, 21), "Avförd iakttagelse.");
    dismissed.review_status = ReviewStatus::Avford;
    // Marked as a duplicate of another, though nobody changed its review status.
    let mut duplicate = week48_observation("w48-dup", d(2026, 11, 21), "Samma som w48-a.");
    duplicate.duplicate_of_id = Some(id("w48-a"));
    db.store
        .write(|w| {
            w.create(&gathering())?;
            w.create(&dismissed)?;
            w.create(&duplicate)?;
            Ok(())
        })
        .expect("events");
    let events = db
        .store
        .observations_for_picture(d(2026, 11, 19), d(2026, 11, 22))
        .expect("events");
    assert_eq!(
        events.iter().map(|o| o.id).collect::<Vec<_>>(),
        vec![id("w48-a")],
        "the minutes' and the year report's read"
    );
    let screen =
        lagesbild::tui::screens::meeting::load::meeting(&db.store, d(2026, 11, 26)).expect("load");
    let lindangen = screen
        .areas
        .iter()
        .find(|a| a.area.id == id("lindangen"))
        .expect("area line");
    assert_eq!(lindangen.previous[3], 1, "week 47 on the meeting screen");
    let md = markdown(&db.store, &options());
    assert_eq!(
        md.matches("Som rapporterad händelse räknas").count(),
        1,
        "the rule is stated once"
    );
    assert!(!md.contains("Samma som w48-a"));
}

#[test]
fn an_area_without_this_meetings_words_says_so_and_never_borrows_last_weeks() {
    let mut db = temp_store();
    build(&mut db.store);
    let picture = SituationPicture {
        id: id("picture-w48"),
        classification: Classification::Begransad,
        level: PictureLevel::Vecka,
        period_start: d(2026, 11, 19),
        period_end: d(2026, 11, 25),
        scope_area_id: None,
        meeting_id: Some(id(W48)),
        summary: String::new(),
        status: PictureStatus::Utkast,
        established_by: None,
        established_at: None,
        distribution: String::new(),
    };
    let assessment = AreaAssessment {
        id: id("ass-w48-lindangen"),
        classification: Classification::Begransad,
        picture_id: picture.id,
        area_id: id("lindangen"),
        level: AreaLevel::Forhojt,
        trend: Trend::Oforandrad,
        key_event_type_ids: vec![],
        text: String::new(),
        is_priority: false,
        priority_rank: None,
        hot_spot_place_ids: vec![],
    };
    db.store
        .write(|w| {
            w.create(&picture)?;
            w.create(&assessment)?;
            Ok(())
        })
        .expect("week 48's picture");
    let md = markdown(&db.store, &options());
    assert!(md.contains("vecka 48"), "the meeting's own week");
    assert!(
        md.contains("Ingen bedömning skrevs för området vid mötet."),
        "{md}"
    );
    assert!(!md.contains("Skadegörelse och samlingar i och kring gångtunneln"));
}

#[test]
fn planned_events_take_their_place_and_the_paragraphs_run_1_to_n() {
    let mut db = temp_store();
    build(&mut db.store);
    let lucia = AgendaItem {
        id: id("lucia"),
        classification: Classification::Begransad,
        meeting_id: id(W48),
        number: 80,
        kind: AgendaKind::PlaneradeHandelser,
        area_id: None,
        title: "Luciafirande på Lindängstorget".into(),
        text: "Fritid samordnar.".into(),
        decision: None,
    };
    // Set up by hand: the next meeting got another group name.
    let next: Meeting = db.store.require(id("meeting-w46")).expect("a meeting");
    let next = Meeting {
        id: id("meeting-w49"),
        group_name: "EST".into(),
        date: d(2026, 12, 3),
        status: MeetingStatus::Planerat,
        ..next
    };
    db.store
        .write(|w| {
            w.create(&lucia)?;
            w.create(&next)?;
            Ok(())
        })
        .expect("agenda");
    let md = markdown(&db.store, &options());
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("## § ")).collect();
    assert_eq!(
        headings,
        vec![
            "## § 1 Mötets öppnande",
            "## § 2 Godkännande av dagordning",
            "## § 3 Uppföljning av åtgärdslistan",
            "## § 4 Gemensam lägesbild – område",
            "## § 5 Analys och prioritering",
            "## § 6 Åtgärder och insatser",
            "## § 7 Luciafirande på Lindängstorget",
            "## § 8 Information och övriga frågor",
            "## § 9 Nästa möte",
            "## § 10 Mötets avslutande",
        ],
        "{md}"
    );
    assert!(md.contains("Nästa möte: torsdag 3 december 2026"), "{md}");
}

fn unzip(bytes: &[u8], file: &str) -> String {
    use std::io::Read;
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut f = z.by_name(file).expect("part in package");
    let mut s = String::new();
    f.read_to_string(&mut s).expect("utf-8 xml");
    s
}

#[test]
fn each_area_and_each_action_is_its_own_paragraph_or_bullet_in_every_format() {
    let mut db = temp_store();
    build(&mut db.store);
    db.store
        .write(|w| {
            w.set(
                EntityKind::AgendaItem,
                id("item-4"),
                "text",
                "Lindängsringen – förhöjt: 6 händelser (fordonsbränder).\nSjöviks centrum – lugnt: 2 händelser.",
            )?;
            w.set(
                EntityKind::AgendaItem,
                id("item-6"),
                "text",
                "– Byta belysningen i gångtunneln\n– Riktad närvaro vid torget",
            )
        })
        .expect("texts");
    let o = options();
    let export = |f| {
        String::from_utf8(
            report::minutes::export(&db.store, id(crate::report_world::MEETING), f, &o)
                .expect("minutes"),
        )
        .unwrap_or_default()
    };
    let md = export(Format::Markdown);
    assert!(
        md.contains("(fordonsbränder).\n\nSjöviks centrum – lugnt"),
        "{md}"
    );
    assert!(md.contains("- Byta belysningen i gångtunneln\n- Riktad närvaro vid torget"));
    let html = export(Format::Html);
    assert!(
        html.contains("<p>Sjöviks centrum – lugnt: 2 händelser.</p>"),
        "{html}"
    );
    assert!(html.contains("<li>Riktad närvaro vid torget</li>"));
    let docx = report::minutes::export(
        &db.store,
        id(crate::report_world::MEETING),
        Format::Docx,
        &o,
    )
    .expect("docx");
    let xml = unzip(&docx, "word/document.xml");
    let paragraph_of = |text: &str| xml.split("<w:p ").filter(|p| p.contains(text)).count();
    assert_eq!(paragraph_of("(fordonsbränder)."), 1);
    let area = xml
        .split("<w:p ")
        .find(|p| p.contains("(fordonsbränder)."))
        .unwrap_or_default();
    assert!(
        !area.contains("Sjöviks centrum – lugnt"),
        "one paragraph per area"
    );
    let action = xml
        .split("<w:p ")
        .find(|p| p.contains("Byta belysningen i gångtunneln"))
        .unwrap_or_default();
    assert!(
        !action.contains("Riktad närvaro vid torget"),
        "one bullet per action"
    );
}

/// The `w:w` of each `w:gridCol` of the table holding `text`.
fn grid_of_table_with(xml: &str, text: &str) -> Vec<u32> {
    let table = xml
        .split("<w:tbl>")
        .find(|t| t.contains(text))
        .unwrap_or_default();
    table
        .split("<w:gridCol w:w=\"")
        .skip(1)
        .filter_map(|c| c.split('"').next()?.parse().ok())
        .collect()
}

#[test]
fn the_minutes_docx_is_fit_for_word() {
    let mut db = temp_store();
    build(&mut db.store);
    let bytes = report::minutes::export(
        &db.store,
        id(crate::report_world::MEETING),
        Format::Docx,
        &options(),
    )
    .expect("docx");
    // Compressed, as Word writes it.
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).expect("zip");
    let document = z.by_name("word/document.xml").expect("document");
    assert_eq!(document.compression(), zip::CompressionMethod::Deflated);
    drop(document);
    // Title, author (the organisation) and language.
    let core = unzip(&bytes, "docProps/core.xml");
    assert!(core.contains(
        "<dc:title>Minnesanteckningar 2026-11-19 – Samverkansgrupp trygghet (EST)</dc:title>"
    ));
    assert!(core.contains("<dc:creator>Sjöviks kommun – säkerhetsenheten</dc:creator>"));
    assert!(core.contains("<dc:language>sv-SE</dc:language>"));
    assert!(unzip(&bytes, "word/styles.xml").contains("<w:lang w:val=\"sv-SE\" />"));
    let xml = unzip(&bytes, "word/document.xml");
    // Every data table's header row repeats on each page and stays with the first row; the
    // label–value tables have none.
    let tables: Vec<&str> = xml.split("<w:tbl>").skip(1).collect();
    let action_list = tables
        .iter()
        .find(|t| t.contains("Klart senast") && t.contains("Ansvarig organisation"))
        .expect("the action list");
    let header_row = action_list.split("</w:tr>").next().unwrap_or_default();
    assert!(
        header_row.contains("<w:cantSplit /><w:tblHeader />"),
        "{header_row}"
    );
    assert!(header_row.contains("<w:keepNext />"));
    let fields = tables
        .iter()
        .find(|t| t.contains("Ordförande"))
        .expect("the header fields");
    assert!(!fields.contains("<w:tblHeader />"));
    // Widths from content: a date and "säkerhetsenheten" fit whole at 10 pt (Calibri: a
    // digit is 5.07 pt; cell margins 2 × 108).
    let grid = grid_of_table_with(&xml, "Ansvarig organisation");
    assert_eq!(grid.len(), 8);
    assert!(grid[5] >= 8 * 102 + 2 * 66 + 216, "Klart senast: {grid:?}");
    assert!(grid[4] >= 16 * 90 + 216, "Ansvarig organisation: {grid:?}");
    assert!(xml.contains("<w:tblLayout w:type=\"fixed\" />"));
    // The sender stands in the page header, aligned on tab stops, and not again in the body.
    let header = unzip(&bytes, "word/header1.xml");
    assert!(header.contains("w:val=\"center\""), "{header}");
    assert!(header.contains("w:val=\"right\""));
    let first_paragraph = xml.split("<w:p ").nth(1).unwrap_or_default();
    assert!(first_paragraph.contains("Title"), "{first_paragraph}");
    // The signatures keep the closing line company: no page holds "Skapad …" alone.
    let last_table = tables.last().copied().unwrap_or_default();
    assert!(last_table.contains("Justeras") && last_table.contains("<w:keepNext />"));
}

#[test]
fn the_file_name_and_the_words_follow_the_title_and_the_checker_signs_and_dates() {
    let mut db = temp_store();
    build(&mut db.store);
    let meeting = id(crate::report_world::MEETING);
    let mut o = options();
    let name = |o: &Options| {
        report::minutes::file_name(&db.store, meeting, Format::Docx, o).expect("name")
    };
    assert_eq!(name(&o), "minnesanteckningar-2026-11-19.docx");
    let notes = markdown_of(&db.store, meeting, &o);
    assert!(notes.contains("**Antecknare:**"));
    assert!(notes.contains("**Vid anteckningarna:**"));
    o.minutes_title = MinutesTitle::Protokoll;
    assert_eq!(name(&o), "protokoll-2026-11-19.docx");
    let protocol = markdown_of(&db.store, meeting, &o);
    assert!(protocol.contains("# Protokoll\n"));
    assert!(protocol.contains("**Sekreterare:** brottsförebyggande strateg"));
    assert!(protocol.contains("**Vid protokollet:** brottsförebyggande strateg"));
    assert!(!protocol.contains("Antecknare") && !protocol.contains("anteckningarna"));
    // The checker's block: name, a line to sign, a line for the date.
    let closing: Vec<&str> = protocol
        .lines()
        .skip_while(|l| !l.starts_with("**Justeras:**"))
        .take(3)
        .collect();
    assert_eq!(closing.len(), 3, "{protocol}");
    assert!(closing[0].contains("kommunpolis"));
    assert!(
        closing[1].starts_with("**Underskrift:** \\_\\_\\_"),
        "{closing:?}"
    );
    assert!(
        closing[2].starts_with("**Datum:** \\_\\_\\_"),
        "{closing:?}"
    );
    o.lang = Lang::En;
    assert_eq!(name(&o), "minutes-2026-11-19.docx");
}

fn markdown_of(store: &Store, meeting: lagesbild::domain::Id, o: &Options) -> String {
    let md = report::minutes::export(store, meeting, Format::Markdown, o).expect("minutes");
    String::from_utf8(md).expect("utf-8")
}

#[test]
fn intern_rows_are_marked_and_the_label_is_a_plain_sentence() {
    let mut db = temp_store();
    build(&mut db.store);
    let meeting = id(crate::report_world::MEETING);
    let mut secret = observation(
        "o-intern",
        d(2026, 11, 16),
        "centrum",
        Some("busstationen"),
        "ordning",
        "polis",
        "Uppgift om planerad samling vid busstationen.",
    );
    secret.classification = Classification::Intern;
    let secret_item = AgendaItem {
        id: id("item-intern"),
        classification: Classification::Intern,
        meeting_id: meeting,
        number: 8,
        kind: AgendaKind::Ovrigt,
        area_id: None,
        title: "Polisens information".into(),
        text: "Polisen berättade om ett pågående ärende.".into(),
        decision: Some("att återkomma nästa vecka".into()),
    };
    db.store
        .write(|w| {
            // Entered while the meeting is held.
            w.set(EntityKind::Meeting, meeting, "status", MeetingStatus::Pagar)?;
            w.create(&secret)?;
            w.create(&secret_item)?;
            w.set(
                EntityKind::Meeting,
                meeting,
                "status",
                MeetingStatus::Avslutat,
            )
        })
        .expect("intern observation");
    let mut o = options();
    o.include_internal = true;
    let md = markdown_of(&db.store, meeting, &o);
    let row = md
        .lines()
        .find(|l| l.contains("Uppgift om planerad samling"))
        .expect("the intern row");
    assert!(row.contains("(intern)"), "{row}");
    let other = md
        .lines()
        .find(|l| l.contains("Störande berusade personer"))
        .expect("an open row");
    assert!(!other.contains("(intern)"));
    // An intern § says so after its text and its decision, as a row does.
    for written in ["ett pågående ärende.", "att återkomma nästa vecka"] {
        let line = md
            .lines()
            .find(|l| l.contains(written))
            .expect("the intern §");
        assert!(line.contains("(intern)"), "{line}");
    }
    assert!(
        md.contains("OBS! Dokumentet innehåller poster klassade INTERN. De är märkta ”(intern)”.")
    );
    assert!(!md.contains("--include-internal"), "no command-line words");
    let notice = md.lines().find(|l| l.contains("OBS!")).unwrap_or_default();
    assert!(
        !notice.contains("får inte lämna"),
        "said once, by the stamp: {notice}"
    );
}

#[test]
fn printed_html_neither_pushes_a_long_paragraph_to_a_new_page_nor_leaves_the_closing_line_alone() {
    let mut db = temp_store();
    build(&mut db.store);
    let html = String::from_utf8(
        report::minutes::export(
            &db.store,
            id(crate::report_world::MEETING),
            Format::Html,
            &options(),
        )
        .expect("html"),
    )
    .expect("utf-8");
    // Kept whole, a § longer than what is left of a page starts on the next one (Chromium
    // left half of page 3 blank before § 4); rows and headings still keep together.
    let rule = |selector: &str| {
        html.lines()
            .find(|l| l.starts_with(selector))
            .unwrap_or_default()
            .to_string()
    };
    assert!(!html.contains(".paragraf { break-inside: avoid"), "{html}");
    assert!(rule("tr ").contains("break-inside: avoid"));
    assert!(rule("h2 ").contains("break-after: avoid"));
    // "Skapad …" follows the last lines of the minutes onto the last page.
    assert!(rule("footer ").contains("break-before: avoid"), "{html}");
    // A caption and header row stay with the first row: printed, the demo's minutes left
    // "Iakttagelser i Norrviks centrum" and its header alone at the foot of page 7.
    assert!(
        html.lines()
            .any(|l| l.starts_with("thead ") && l.contains("break-after: avoid")),
        "{html}"
    );
    assert!(rule("tbody tr:first-child ").contains("break-before: avoid"));
}

#[test]
fn the_action_list_names_the_owner_as_the_other_tables_do() {
    let db = held_and_closed();
    let md = markdown(&db.store, &options());
    let list = md.rsplit("Åtgärdslista").next().expect("the action list");
    let row = list
        .lines()
        .find(|l| l.contains("Klottersanering i gångtunneln"))
        .expect("the decided action");
    // The organisation's short name (Word broke "samhällsbyggnadsförva|ltningen" in the
    // column of full names), with the function.
    assert!(row.contains("| Säkerhetsenheten"), "{row}");
    assert!(!row.contains("Sjöviks kommun – säkerhetsenheten"), "{row}");
}

/// A document's parts as text: the package's XML parts for DOCX, the whole text otherwise.
fn parts(format: Format, bytes: &[u8]) -> Vec<(String, String)> {
    use std::io::Read;
    if format != Format::Docx {
        return vec![(
            String::new(),
            String::from_utf8(bytes.to_vec()).expect("utf-8"),
        )];
    }
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).expect("part");
            let mut s = String::new();
            f.read_to_string(&mut s).expect("utf-8 part");
            (f.name().to_string(), s)
        })
        .collect()
}

/// The text with its generation time taken out: the "Skapad … kl. …" line and the package's
/// created and modified stamps.
fn without_generation_time(text: &str, o: &Options) -> String {
    let mut out = text.replace(
        &format!(
            "{} kl. {}",
            o.generated_at.date(),
            o.generated_at.format("%H.%M")
        ),
        "TID",
    );
    for tag in ["dcterms:created", "dcterms:modified"] {
        while let (Some(from), Some(to)) =
            (out.find(&format!("<{tag}")), out.find(&format!("</{tag}>")))
        {
            out.replace_range(from..to + tag.len() + 3, "");
        }
    }
    out
}

#[test]
fn a_justerad_meeting_exported_again_weeks_later_is_the_same_document_in_every_format() {
    let mut db = held_and_closed();
    set_status(&mut db.store, MeetingStatus::Justerat);
    let first = options();
    let signed: Vec<_> = [Format::Docx, Format::Html, Format::Markdown]
        .into_iter()
        .map(|f| {
            let bytes = report::minutes::export(&db.store, id(W48), f, &first).expect("minutes");
            (f, parts(f, &bytes))
        })
        .collect();
    // Weeks later: the decided action is done, the open one cancelled, an event of the
    // period struck off and another entered, and the export is made on another day.
    db.store
        .write(|w| {
            w.set(
                EntityKind::Action,
                id("a-w48"),
                "status",
                ActionStatus::Genomford,
            )?;
            w.set(EntityKind::Action, id("a-w48"), "done_on", d(2026, 12, 2))?;
            w.set(
                EntityKind::Action,
                id("a-loose"),
                "status",
                ActionStatus::Installd,
            )?;
            w.set(
                EntityKind::Observation,
                id("w48-a"),
                "review_status",
                ReviewStatus::Avford,
            )?;
            w.create(&week48_observation(
                "w48-later",
                d(2026, 11, 22),
                "Inmatad veckor efter mötet.",
            ))
        })
        .expect("after the meeting");
    let later = Options {
        today: d(2027, 1, 15),
        generated_at: NaiveDate::from_ymd_opt(2027, 1, 15)
            .and_then(|d| d.and_hms_opt(8, 30, 0))
            .expect("time"),
        ..options()
    };
    for (format, signed_parts) in signed {
        let bytes = report::minutes::export(&db.store, id(W48), format, &later).expect("minutes");
        let again = parts(format, &bytes);
        assert_eq!(
            signed_parts.len(),
            again.len(),
            "{format:?}: the same parts"
        );
        for ((name, before), (name_again, after)) in signed_parts.iter().zip(&again) {
            assert_eq!(name, name_again, "{format:?}");
            assert_eq!(
                without_generation_time(before, &first),
                without_generation_time(after, &later),
                "{format:?} {name}: only the generation time may differ"
            );
        }
        // And the generation time did change (the comparison took it out, not nothing).
        assert_ne!(signed_parts, again, "{format:?}");
    }
}

#[test]
fn a_fields_table_is_never_split_across_pages_in_word_or_a_browser() {
    let mut db = temp_store();
    build(&mut db.store);
    let meeting = id(crate::report_world::MEETING);
    let docx = report::minutes::export(&db.store, meeting, Format::Docx, &options()).expect("docx");
    let xml = unzip(&docx, "word/document.xml");
    // An area's fields (Läge, Prioriterat, …, Iakttagelser): every row but the last keeps with
    // the next, so Word moves the table whole (Chromium left "Iakttagelser" alone on a page).
    let table = xml
        .split("<w:tbl>")
        .find(|t| t.contains("Centrala händelsetyper"))
        .and_then(|t| t.split("</w:tbl>").next())
        .expect("an area's fields");
    let rows: Vec<&str> = table.split("<w:tr>").skip(1).collect();
    assert!(rows.len() >= 3, "{table}");
    for row in &rows[..rows.len() - 1] {
        assert!(row.contains("<w:keepNext"), "{row}");
    }
    let html = String::from_utf8(
        report::minutes::export(&db.store, meeting, Format::Html, &options()).expect("html"),
    )
    .expect("utf-8");
    assert!(
        html.lines()
            .any(|l| l.starts_with("table.falt {") && l.contains("break-inside: avoid")),
        "{html}"
    );
}
