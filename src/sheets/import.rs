//! Reading a filled-in sheet into the copy, in the order the checks must run, as a bundle
//! import does: read → which template → every row checked → preview (a dry run) → backup →
//! one transaction with its audit entry (the file's name and SHA-256). Nothing is written
//! while a row fails, unless the person asks for the good rows only; then the rejected rows
//! go, with their reasons, to a file beside the input.

use std::path::{Path, PathBuf};

use serde_json::json;
use sha2::{Digest, Sha256};

use super::columns::SheetKind;
use super::error::SheetError;
use super::layout::layout;
use super::lists::Lists;
use super::read::{MAX_SHEET_BYTES, SheetFormat, read};
use super::rows::{BadRow, Judge, Record, check};
use crate::domain::Lang;
use crate::files::{WriteOptions, write_file};
use crate::i18n::t;
use crate::store::Store;

/// How to read a sheet in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetImportOptions {
    /// Check and count only; change nothing.
    pub dry_run: bool,
    /// Write the good rows and set the bad ones aside, instead of writing nothing.
    pub skip_bad_rows: bool,
    /// The person has read the personal-data findings and keeps the rows as they are.
    pub confirm_personal_data: bool,
    /// The template, when the headings should not decide it.
    pub kind: Option<SheetKind>,
    /// Take a backup beside the database before writing.
    pub backup: bool,
    pub lang: Lang,
}

impl Default for SheetImportOptions {
    fn default() -> Self {
        SheetImportOptions {
            dry_run: false,
            skip_bad_rows: false,
            confirm_personal_data: false,
            kind: None,
            backup: true,
            lang: Lang::Sv,
        }
    }
}

/// What a sheet brings (dry run) or brought.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetImport {
    pub file: String,
    pub sha256: String,
    pub kind: SheetKind,
    pub new: usize,
    pub already: usize,
    pub rejected: Vec<BadRow>,
    pub dry_run: bool,
    pub backup: Option<PathBuf>,
    /// Where the rejected rows were written (`--skip-bad-rows`).
    pub rejected_file: Option<PathBuf>,
}

impl SheetImport {
    /// Everything a person is told, a line each: the summary, where things went, and every
    /// fault of every rejected row. The CLI prints them; the TUI shows them in its preview.
    pub fn told(&self, lang: Lang) -> Vec<String> {
        let mut lines = vec![self.summary(lang)];
        if self.kind == SheetKind::Observations && self.new > 0 {
            lines.push(t!(lang, "sheet-review-queue"));
        }
        if let Some(b) = &self.backup {
            lines.push(t!(lang, "sheet-backup", path = b.display().to_string()));
        }
        lines.extend(self.rejected_told(lang));
        if self.dry_run && !self.rejected.is_empty() {
            lines.push(t!(lang, "sheet-preview-bad-rows"));
        }
        lines.extend(self.faults(lang));
        lines
    }

    /// Where the rejected rows went (`--skip-bad-rows`), when they went anywhere.
    pub fn rejected_told(&self, lang: Lang) -> Option<String> {
        self.rejected_file.as_ref().map(|r| {
            t!(
                lang,
                "sheet-rejected-file",
                count = self.rejected.len(),
                path = r.display().to_string()
            )
        })
    }

    /// Every fault of every rejected row, a line each ("rad 14, kolumn Plats: …").
    pub fn faults(&self, lang: Lang) -> impl Iterator<Item = String> + '_ {
        self.rejected
            .iter()
            .flat_map(move |r| r.errors.iter().map(move |e| e.message(lang)))
    }

    /// The first line: the file, the template, and how many rows are new, read before, faulty.
    pub fn summary(&self, lang: Lang) -> String {
        let kind = self.kind.title(lang).to_lowercase();
        let file = self.file.as_str();
        if self.dry_run {
            t!(
                lang,
                "sheet-preview",
                file = file,
                kind = kind,
                new = self.new,
                already = self.already,
                bad = self.rejected.len()
            )
        } else {
            t!(
                lang,
                "sheet-imported",
                file = file,
                kind = kind,
                new = self.new,
                already = self.already
            )
        }
    }
}

/// The file beside `input` that the rejected rows go to: `rapport.xlsx` → `rapport-avvisade-rader.csv`.
pub fn rejected_path(input: &Path, lang: Lang) -> PathBuf {
    let stem = input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    input.with_file_name(format!("{stem}-{}.csv", t!(lang, "sheet-rejected-suffix")))
}

/// Reads the sheet at `path` (XLSX, ODS or CSV, by its extension) into the copy.
pub fn import_file(
    store: &mut Store,
    path: &Path,
    options: SheetImportOptions,
) -> Result<SheetImport, SheetError> {
    let file = path.display().to_string();
    // A path that is not there, or a folder, is told so before its extension is judged.
    let bytes = crate::files::read_limited(path, MAX_SHEET_BYTES)?;
    let format =
        SheetFormat::of(path).ok_or_else(|| SheetError::UnknownFormat { file: file.clone() })?;
    let rejected_to = rejected_path(path, options.lang);
    import_bytes(store, &bytes, format, &file, Some(&rejected_to), options)
}

/// Reads a sheet held in memory into the copy; `file` names it in messages and the audit log,
/// and the rejected rows of `--skip-bad-rows` go to `rejected_to`.
pub fn import_bytes(
    store: &mut Store,
    bytes: &[u8],
    format: SheetFormat,
    file: &str,
    rejected_to: Option<&Path>,
    options: SheetImportOptions,
) -> Result<SheetImport, SheetError> {
    let lang = options.lang;
    let sha256 = hex::encode(Sha256::digest(bytes));
    let table = read(bytes, format, file)?;
    if table.rows.is_empty() {
        return Err(SheetError::Empty {
            file: file.to_string(),
        });
    }
    if let Some(sheet_lang) = super::plan::is_plan_sheet(&table) {
        return import_plan(
            store, bytes, format, &table, file, sha256, sheet_lang, options,
        );
    }
    let layout = layout(&table, options.kind, file, lang)?;
    let register = store.pii_register()?;
    let mut judge = Judge {
        lists: Lists::load(store, lang)?,
        register: &register,
        confirm_personal_data: options.confirm_personal_data,
        known_keys: if layout.kind == SheetKind::Observations {
            store.observation_external_refs()?
        } else {
            Default::default()
        },
        lang,
    };
    let checked = check(&table, &layout, &mut judge);
    let new: Vec<&Record> = checked
        .good
        .iter()
        .filter(|g| !g.already)
        .map(|g| &g.record)
        .collect();
    let mut outcome = SheetImport {
        file: file.to_string(),
        sha256,
        kind: layout.kind,
        new: new.len(),
        already: checked.good.len() - new.len(),
        rejected: checked.bad.clone(),
        dry_run: options.dry_run,
        backup: None,
        rejected_file: None,
    };
    if options.dry_run {
        return Ok(outcome);
    }
    let detail = |outcome: &SheetImport| {
        json!({
            "file": outcome.file, "sha256": outcome.sha256, "kind": outcome.kind.code(),
            "rows": table.rows.len(), "new": outcome.new, "already": outcome.already,
            "rejected": outcome.rejected.len(),
            "confirmed_personal_data": options.confirm_personal_data,
        })
    };
    if !checked.bad.is_empty() {
        if !options.skip_bad_rows {
            store.audit("sheet_import_rejected", detail(&outcome))?;
            let listed: Vec<String> = checked
                .bad
                .iter()
                .flat_map(|r| r.errors.iter().map(|e| e.message(lang)))
                .collect();
            return Err(SheetError::BadRows {
                count: checked.bad.len(),
                rows: table.rows.len(),
                listed: listed.join("\n"),
            });
        }
        if let Some(to) = rejected_to {
            write_rejected(to, &table.headings, &checked.bad, lang)?;
            outcome.rejected_file = Some(to.to_path_buf());
        }
    }
    if options.backup && !new.is_empty() {
        outcome.backup = Some(store.backup_beside("fore-kalkylark")?);
    }
    let detail = detail(&outcome);
    store.write(|w| {
        for record in &new {
            match record {
                Record::Observation(o) => w.create(o)?,
                Record::Area(a) => w.create(a)?,
                Record::Place(p) => w.create(p)?,
                Record::Organisation(o) => w.create(o)?,
                Record::Measure(m) => w.create(m)?,
            };
        }
        w.audit("sheet_import", detail)
    })?;
    Ok(outcome)
}

/// The åtgärdsplan's own follow-up sheet, read back as a plan: all of it or nothing (a plan
/// with rows left out is another plan), and nothing when a plan of the same title is here.
#[allow(clippy::too_many_arguments)]
fn import_plan(
    store: &mut Store,
    bytes: &[u8],
    format: SheetFormat,
    table: &super::read::Table,
    file: &str,
    sha256: String,
    sheet_lang: Lang,
    options: SheetImportOptions,
) -> Result<SheetImport, SheetError> {
    let lang = options.lang;
    // The template's example row is no part of the plan; an untouched template brings nothing.
    let table = &super::read::Table {
        headings: table.headings.clone(),
        rows: table
            .rows
            .iter()
            .filter(|(_, cells)| {
                let number = cells.first().map(super::read::Cell::shown);
                !super::plan::template::is_example(&number.unwrap_or_default(), sheet_lang)
            })
            .cloned()
            .collect(),
    };
    if table.rows.is_empty() {
        return Err(SheetError::Empty {
            file: file.to_string(),
        });
    }
    let title = (format == SheetFormat::Xlsx)
        .then(|| super::plan::workbook_title(bytes, sheet_lang))
        .flatten()
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| {
            Path::new(file)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        });
    let already = store
        .action_plans()?
        .iter()
        .any(|p| p.title.eq_ignore_ascii_case(&title));
    let mut outcome = SheetImport {
        file: file.to_string(),
        sha256,
        kind: SheetKind::Plan,
        new: 0,
        already: usize::from(already),
        rejected: Vec::new(),
        dry_run: options.dry_run,
        backup: None,
        rejected_file: None,
    };
    if already {
        return Ok(outcome);
    }
    let register = store.pii_register()?;
    let organisations = store.all::<crate::domain::Organisation>()?;
    let records = super::plan::records(
        table,
        &title,
        &organisations,
        &register,
        options.confirm_personal_data,
        crate::context::today(),
        sheet_lang,
    );
    let records = match records {
        Ok(r) => r,
        Err(errors) => {
            let listed: Vec<String> = errors.iter().map(|e| e.message(lang)).collect();
            let count = errors
                .iter()
                .map(|e| e.row)
                .collect::<std::collections::BTreeSet<_>>()
                .len();
            if !options.dry_run {
                store.audit(
                    "sheet_import_rejected",
                    json!({"file": file, "sha256": outcome.sha256, "kind": "plan", "rejected": count}),
                )?;
            }
            return Err(SheetError::BadRows {
                count,
                rows: table.rows.len(),
                listed: listed.join("\n"),
            });
        }
    };
    outcome.new = records.count();
    if options.dry_run {
        return Ok(outcome);
    }
    if options.backup {
        outcome.backup = Some(store.backup_beside("fore-kalkylark")?);
    }
    let detail = json!({
        "file": outcome.file, "sha256": outcome.sha256, "kind": "plan", "title": title,
        "rows": table.rows.len(), "new": outcome.new,
    });
    store.write(|w| {
        records.write(w)?;
        w.audit("sheet_import", detail)
    })?;
    Ok(outcome)
}

/// The rejected rows as they were, with a column saying what is wrong with each: fixed, the
/// file can be read in as it is.
fn write_rejected(
    to: &Path,
    headings: &[String],
    bad: &[BadRow],
    lang: Lang,
) -> Result<(), SheetError> {
    let problem = t!(lang, "sheet-column-problem");
    let mut head: Vec<&str> = headings.iter().map(String::as_str).collect();
    head.push(&problem);
    let rows = bad.iter().map(|r| {
        let mut cells: Vec<String> = (0..headings.len())
            .map(|i| r.cells.get(i).cloned().unwrap_or_default())
            .collect();
        cells.push(
            r.errors
                .iter()
                .map(|e| e.message(lang))
                .collect::<Vec<_>>()
                .join(" "),
        );
        cells
    });
    let bytes =
        crate::report::csv::table(&head, rows).map_err(|e| SheetError::Encode(e.to_string()))?;
    let options = WriteOptions {
        overwrite: true,
        ..WriteOptions::default()
    };
    write_file(to, &bytes, &options)?;
    Ok(())
}
