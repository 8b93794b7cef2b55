//! Reading a filled-in spreadsheet in from the app: `i` on Lägesbild (observations) and on
//! Register (the kind of records the list shows). The steps of `lagesbild sheet import`: a
//! file form like Utbyte's → a dry run on the I/O side (a job) → the preview (counts, the
//! first faults by row and column, what to do) → yes → the import (a job: backup, one
//! transaction, audit) → the lists reload as after any save. A file that cannot be read, or
//! that is another template, changes nothing and says what to do.

use std::path::PathBuf;

use chrono::Datelike;

use crate::domain::Lang;
use crate::i18n::{Localized, t};
use crate::sheets::import::rejected_path;
use crate::sheets::{SheetError, SheetImport, SheetImportOptions, SheetKind, import_file};
use crate::store::Store;
use crate::tui::app::effects::Effect;
use crate::tui::app::messages::Msg;
use crate::tui::app::state::{Confirmed, FormPurpose, Overlay, State};

/// One sheet to read in: the file, the template the screen takes, and whether the faulty rows
/// are set aside (the user said yes to reading in the good ones).
#[derive(Debug, Clone, PartialEq)]
pub struct SheetRequest {
    pub file: PathBuf,
    pub kind: SheetKind,
    pub skip_bad_rows: bool,
    pub lang: Lang,
}

/// Work for the I/O side.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetEffect {
    /// A dry run: what the file would bring.
    Preview(SheetRequest),
    /// The import itself.
    Import(SheetRequest),
}

/// What a dry run found, for the preview.
#[derive(Debug, Clone)]
pub struct SheetPreview {
    pub request: SheetRequest,
    pub outcome: SheetImport,
}

/// How many faults the preview lists before "… and N more".
const SHOWN_FAULTS: usize = 5;

/// The path was just typed: the preview and the message line name the file alone.
fn name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// `i` on a screen that takes `kind`: the file form, starting in the app's folder.
pub fn open(state: &mut State, kind: SheetKind) {
    let lang = state.lang;
    let title = t!(
        lang,
        "sheet-tui-form-title",
        kind = kind.title(lang).to_lowercase()
    );
    // The folder Utbyte read (whole), else the one exports go to.
    let dir = state
        .exchange
        .cwd
        .clone()
        .unwrap_or_else(|| state.export_dir.clone());
    let open = crate::tui::screens::exchange::update::file_form(
        title,
        &dir,
        state.today.year(),
        lang,
        FormPurpose::SheetImport(kind),
    );
    state.overlay = Some(Overlay::Form(Box::new(open)));
}

/// The file form, sent: the dry run. None for other forms.
pub fn submitted(state: &mut State) -> Option<Vec<Effect>> {
    let Some(Overlay::Form(open)) = &state.overlay else {
        return None;
    };
    let FormPurpose::SheetImport(kind) = open.purpose else {
        return None;
    };
    let file = PathBuf::from(open.form.text("file").trim());
    state.info(t!(state.lang, "sheet-tui-reading"));
    Some(vec![Effect::Sheet(SheetEffect::Preview(SheetRequest {
        file,
        kind,
        skip_bad_rows: false,
        lang: state.lang,
    }))])
}

/// The dry run's answer: the preview, asked over the file form ("no" goes back to it).
pub fn previewed(state: &mut State, preview: SheetPreview) {
    let lang = state.lang;
    let SheetPreview {
        mut request,
        mut outcome,
    } = preview;
    outcome.file = name(&request.file);
    if outcome.kind != request.kind {
        state.error(t!(
            lang,
            "sheet-tui-other-template",
            file = outcome.file.as_str(),
            found = outcome.kind.title(lang).to_lowercase(),
            wanted = request.kind.title(lang).to_lowercase()
        ));
        return;
    }
    let mut lines = vec![outcome.summary(lang)];
    if outcome.new > 0 && request.kind == SheetKind::Observations {
        lines.push(t!(lang, "sheet-review-queue"));
    }
    let faults: Vec<String> = outcome.faults(lang).collect();
    lines.extend(faults.iter().take(SHOWN_FAULTS).cloned());
    if faults.len() > SHOWN_FAULTS {
        lines.push(t!(
            lang,
            "sheet-tui-more-faults",
            count = faults.len() - SHOWN_FAULTS
        ));
    }
    // The reading is done: the preview says the rest.
    state.status = None;
    let bad = outcome.rejected.len();
    if outcome.new == 0 && bad == 0 {
        // Everything in it is here already: nothing to ask.
        state.overlay = None;
        state.info(format!(
            "{} {}",
            outcome.summary(lang),
            t!(lang, "sheet-tui-nothing-new")
        ));
        return;
    }
    let question = if outcome.new == 0 {
        t!(lang, "sheet-tui-nothing-to-import")
    } else if bad == 0 {
        t!(lang, "sheet-tui-import-question", count = outcome.new)
    } else {
        request.skip_bad_rows = true;
        t!(
            lang,
            "sheet-tui-import-good-rows",
            count = outcome.new,
            path = name(&rejected_path(&request.file, lang))
        )
    };
    lines.push(String::new());
    lines.push(question);
    let on_yes = if outcome.new == 0 {
        Confirmed::DiscardForm
    } else {
        Confirmed::ImportSheet(request)
    };
    crate::tui::overlays::confirm::ask_over(state, lines.join("\n"), on_yes);
}

/// The preview's yes: the import, as a job.
pub fn confirmed(state: &mut State, request: SheetRequest) -> Vec<Effect> {
    state.info(t!(state.lang, "sheet-tui-importing"));
    vec![Effect::Sheet(SheetEffect::Import(request))]
}

/// Carries out the dry run or the import; every fault becomes a sentence to read. `progress`
/// is asked after the dry run whether to go on (a stopped preview shows nothing).
pub fn execute(
    store: &mut Store,
    effect: SheetEffect,
    progress: &mut dyn FnMut(f64) -> bool,
) -> Msg {
    let (request, dry_run) = match effect {
        SheetEffect::Preview(r) => (r, true),
        SheetEffect::Import(r) => (r, false),
    };
    let lang = request.lang;
    let options = SheetImportOptions {
        dry_run,
        skip_bad_rows: request.skip_bad_rows,
        confirm_personal_data: false,
        // The headings say which template the file is; the preview refuses another one.
        kind: None,
        backup: true,
        lang,
    };
    let result = import_file(store, &request.file, options);
    if dry_run && !progress(1.0) {
        return Msg::Cancelled(t!(lang, "sheet-tui-preview-cancelled"));
    }
    match result {
        Ok(outcome) if dry_run => Msg::SheetPreview(Box::new(SheetPreview { request, outcome })),
        Ok(mut outcome) => {
            outcome.file = name(&request.file);
            let mut said = vec![outcome.summary(lang)];
            said.extend(outcome.rejected_told(lang));
            Msg::Saved {
                label: said.join(" "),
                undoable: false,
                hint: None,
            }
        }
        Err(e) => {
            crate::tui::app::log::write(&format!("sheet import error: {e}"));
            Msg::Failed(match e {
                SheetError::File(f) => f.message(lang),
                other => other.to_string(),
            })
        }
    }
}
