//! Export keys: the Möte screen exports the meeting's minutes or the week's lägesbild to
//! share, the Åtgärder screen the åtgärdsplan or the calendar. A one-field form picks the format; the I/O side renders the
//! document and writes it with `report::save::save` (which records the audit entry) into the
//! state's export directory under the standard file name.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use serde_json::json;

use crate::domain::{Id, IsoWeek, Lang, Meeting};
use crate::files::FileError;
use crate::i18n::t;
use crate::report::{self, Format, Options, ReportError, calendar, minutes, plan, week};
use crate::store::Store;
use crate::tui::app::effects::Effect;
use crate::tui::app::messages::Msg;
use crate::tui::app::state::{Confirmed, FormPurpose, OpenForm, Overlay, State};
use crate::tui::widgets::form::{Field, Form};

/// What an export key writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportDoc {
    /// The minutes of this meeting.
    Minutes(Id),
    /// The newest åtgärdsplan (or, as ICS, the calendar of due dates and the next meeting).
    Plan,
    /// The lägesbild to share of this meeting's week (offered in the minutes' form).
    Week(Id),
}

/// The minutes' form offers the week's lägesbild too, as `vecka-docx` …: one export key.
const WEEK_CHOICE: &str = "vecka-";

impl ExportDoc {
    /// The formats offered, as (label, file extension).
    fn options(self, lang: Lang) -> Vec<(String, String)> {
        let week = TEXT_FORMATS.iter().map(|f| {
            (
                t!(lang, &format!("tui-export-week-{f}")),
                format!("{WEEK_CHOICE}{f}"),
            )
        });
        // (message id, file extension)
        let o: &[(&str, &str)] = match self {
            ExportDoc::Minutes(_) | ExportDoc::Week(_) => &[
                ("tui-export-format-docx", "docx"),
                ("tui-export-format-html", "html"),
                ("tui-export-format-md", "md"),
            ],
            ExportDoc::Plan => &[
                ("tui-export-format-xlsx", "xlsx"),
                ("tui-export-format-csv", "csv"),
                ("tui-export-format-html", "html"),
                ("tui-export-format-md", "md"),
                ("tui-export-format-ics", "ics"),
            ],
        };
        let o = o.iter().map(|(id, v)| (t!(lang, id), v.to_string()));
        match self {
            ExportDoc::Minutes(_) => o.chain(week).collect(),
            _ => o.collect(),
        }
    }
}

/// The text formats, by extension, in the order the minutes offer them.
const TEXT_FORMATS: [&str; 3] = ["docx", "html", "md"];

/// One export to write: which document, in which format, into which folder, and whether a
/// file of the same name may be replaced (only after the user said yes).
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRequest {
    pub doc: ExportDoc,
    pub format: Format,
    pub dir: PathBuf,
    pub overwrite: bool,
    /// The language the document is written in: the app's.
    pub lang: crate::domain::Lang,
}

/// The format form for a document.
pub fn form(doc: ExportDoc, year: i32, lang: Lang) -> OpenForm {
    let title = match doc {
        ExportDoc::Minutes(_) | ExportDoc::Week(_) => t!(lang, "tui-export-minutes-title"),
        ExportDoc::Plan => t!(lang, "tui-export-plan-title"),
    };
    let options = doc.options(lang);
    let first = options.first().map(|(_, v)| v.clone()).unwrap_or_default();
    OpenForm {
        form: Form::new(
            title,
            vec![Field::choice("format", "Format (← →)", options, &first)],
            year,
        ),
        purpose: FormPurpose::Export(doc),
    }
}

/// The Möte screen's export key: the meeting in progress, else the latest closed one.
pub fn open_minutes(state: &mut State) -> Vec<Effect> {
    let d = &state.meeting.data;
    match d.meeting.as_ref().or(d.last_closed.as_ref()) {
        Some(m) => {
            state.overlay = Some(Overlay::Form(Box::new(form(
                ExportDoc::Minutes(m.id),
                state.today.iso_week().year(),
                state.lang,
            ))));
        }
        None => {
            let said = t!(state.lang, "tui-export-no-meeting");
            state.error(said)
        }
    }
    Vec::new()
}

/// The Åtgärder screen's export key.
pub fn open_plan(state: &mut State) -> Vec<Effect> {
    state.overlay = Some(Overlay::Form(Box::new(form(
        ExportDoc::Plan,
        state.today.iso_week().year(),
        state.lang,
    ))));
    Vec::new()
}

/// A submitted export form: closes it and asks the I/O side to write the file. `None` when the
/// open form is not an export form.
pub fn submitted(state: &mut State) -> Option<Vec<Effect>> {
    let Some(Overlay::Form(open)) = &state.overlay else {
        return None;
    };
    let FormPurpose::Export(doc) = open.purpose else {
        return None;
    };
    let choice = open.form.text("format");
    let (doc, format) = match (doc, choice.strip_prefix(WEEK_CHOICE)) {
        (ExportDoc::Minutes(meeting), Some(format)) => (ExportDoc::Week(meeting), format),
        _ => (doc, choice.as_str()),
    };
    let format = Format::parse(format);
    state.overlay = None;
    Some(match format {
        Some(format) => {
            state.info(t!(state.lang, "tui-export-running"));
            vec![Effect::Export(ExportRequest {
                doc,
                format,
                dir: state.export_dir.clone(),
                overwrite: false,
                lang: state.lang,
            })]
        }
        None => {
            state.error(t!(state.lang, "tui-export-choose-format"));
            Vec::new()
        }
    })
}

/// Renders and writes the document; the message says where it went, that its file is there
/// already (the user is asked), or what went wrong. Between rendering and writing `progress`
/// is asked whether to go on: a cancelled export writes no file (not even a temporary one).
pub fn run(
    store: &mut Store,
    today: NaiveDate,
    request: ExportRequest,
    progress: &mut dyn FnMut(f64) -> bool,
) -> Msg {
    let rendered = render(store, today, &request);
    if rendered.is_ok() && !progress(0.5) {
        return Msg::Cancelled(t!(request.lang, "tui-export-cancelled"));
    }
    match rendered.and_then(|r| {
        // An existing file is replaced only when the user said yes (`ask_overwrite`).
        report::save::save(store, &r.path, &r.bytes, r.detail, request.overwrite)?;
        Ok((r.path, r.warnings))
    }) {
        Ok((path, warnings)) => Msg::Saved {
            label: std::iter::once(t!(
                request.lang,
                "tui-export-written",
                path = path.display().to_string()
            ))
            .chain(warnings)
            .collect::<Vec<_>>()
            .join(" "),
            undoable: false,
            hint: None,
        },
        Err(ReportError::File(FileError::Exists { path })) if !request.overwrite => {
            Msg::ExportExists { request, path }
        }
        Err(e) => {
            crate::tui::app::log::write(&format!("export: {e}"));
            Msg::Failed(e.to_string())
        }
    }
}

/// Asks before an export replaces the file of the same name.
pub fn ask_overwrite(state: &mut State, request: ExportRequest, path: &Path) {
    crate::tui::overlays::confirm::ask(
        state,
        t!(
            state.lang,
            "tui-export-overwrite",
            path = path.display().to_string()
        ),
        Confirmed::OverwriteExport(request),
    );
}

/// A document ready to write: where, what, its audit detail and what to tell the user.
struct Rendered {
    path: PathBuf,
    bytes: Vec<u8>,
    detail: serde_json::Value,
    warnings: Vec<String>,
}

fn render(
    store: &mut Store,
    today: NaiveDate,
    request: &ExportRequest,
) -> report::Result<Rendered> {
    let ExportRequest {
        doc,
        format,
        ref dir,
        lang,
        ..
    } = *request;
    let mut o = Options::new(today);
    o.lang = lang;
    let mut warnings = Vec::new();
    let (name, bytes, detail) = match (doc, format) {
        (ExportDoc::Minutes(id), _) => (
            minutes::file_name(store, id, format, &o)?,
            minutes::export(store, id, format, &o)?,
            json!({"document": "minutes", "meeting": id.to_string(), "format": format.extension()}),
        ),
        (ExportDoc::Week(meeting), _) => {
            let iso_week = IsoWeek::of(store.require::<Meeting>(meeting)?.date);
            (
                week::file_name(iso_week, format),
                week::export(store, iso_week, format, &o)?,
                json!({"document": "week", "week": iso_week.to_string(), "format": format.extension()}),
            )
        }
        (ExportDoc::Plan, Format::Ics) => {
            let file = calendar::calendar(store, &o, false)?;
            warnings = file.warnings;
            (
                format!("kalender-{today}.ics"),
                file.bytes,
                json!({"document": "calendar", "format": "ics"}),
            )
        }
        (ExportDoc::Plan, _) => {
            let p = plan::find_plan(store, None)?;
            (
                format!("atgardsplan-{today}.{}", format.extension()),
                plan::export(store, p.id, format, &o)?,
                json!({"document": "plan", "plan": p.id.to_string(), "format": format.extension()}),
            )
        }
    };
    let mut detail = detail;
    if let Some(map) = detail.as_object_mut() {
        map.insert("include_internal".into(), false.into());
        map.insert("via".into(), "tui".into());
    }
    // Say the full path: "the current directory" means little on a projector.
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    Ok(Rendered {
        path: dir.join(name),
        bytes,
        detail,
        warnings,
    })
}
