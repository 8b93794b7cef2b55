//! The screens that read as documents: the police agreement, preventive work and place
//! collaboration. Loaded as lines; a line that shows a record carries it with its detail
//! (`app::records::detail`), so keys act on it and the detail pane shows it whole.

use chrono::NaiveDate;

use crate::domain::{
    Agreement, CitizenPromise, EntityKind, Finding, Goal, Id, Inspection, Lang, Organisation,
    PlaceProject, Priority, PromiseActivity, Vocabulary,
};
use crate::i18n::t;
use crate::store::queries::actions::ActionFilter;
use crate::store::{Result, Store};
use crate::tui::app::messages::Msg;
use crate::tui::app::records::{Names, detail, in_use};
use crate::tui::forms::record::shown_name;
use crate::tui::screens::Screen;
use crate::tui::screens::text::messages::{TextEffect, TextMsg};
use crate::tui::screens::text::state::{Line, LineRecord};

pub fn load(s: &Store, screen: Screen, today: NaiveDate, lang: Lang) -> Result<Vec<Line>> {
    match screen {
        Screen::Agreement => agreement(s, today, lang),
        Screen::Prevention => prevention(s, lang),
        Screen::Places => places(s, lang),
        Screen::Actions => super::plan::lines(s, lang),
        _ => Ok(Vec::new()),
    }
}

/// The kinds a screen's lines show (whose references its details name).
fn kinds(screen: Screen) -> &'static [EntityKind] {
    match screen {
        Screen::Agreement => &[
            EntityKind::Agreement,
            EntityKind::Priority,
            EntityKind::Goal,
            EntityKind::CitizenPromise,
            EntityKind::PromiseActivity,
        ],
        Screen::Prevention => &[EntityKind::PreventiveMeasure],
        _ => &[
            EntityKind::PlaceProject,
            EntityKind::Goal,
            EntityKind::Inspection,
            EntityKind::Finding,
        ],
    }
}

/// A stored record as a line carries it; `None` when it is gone (deleted since the list).
pub(crate) fn record(
    s: &Store,
    names: &Names,
    kind: EntityKind,
    id: Id,
) -> Result<Option<LineRecord>> {
    let Some(stored) = s.record_json(kind, id)? else {
        return Ok(None);
    };
    let mut detail = detail(kind, &stored, names);
    if matches!(kind, EntityKind::Priority | EntityKind::PromiseActivity) {
        for f in s.follow_ups(id)? {
            let status = f
                .status_after
                .map(|st| format!(" ({})", st.label_sv()))
                .unwrap_or_default();
            detail.push((
                t!(Lang::Sv, "records-follow-up"),
                format!("{}{status}: {}", f.date, f.comment),
            ));
        }
    }
    Ok(Some(LineRecord {
        kind,
        id,
        name: shown_name(kind, id, &stored),
        active: in_use(kind, &stored),
        detail,
        stored,
        context: Vec::new(),
    }))
}

/// A line showing a record: marked when the record is out of use.
pub(crate) fn line_of(line: Line, record: &Option<LineRecord>, lang: Lang) -> Line {
    match record {
        Some(r) if !r.active => Line {
            text: format!(
                "{} [{}]",
                line.text,
                crate::tui::screens::register::words::inactive(lang)
            ),
            ..line
        }
        .of(r),
        Some(r) => line.of(r),
        None => line,
    }
}

fn org_name(orgs: &[Organisation], id: crate::domain::Id) -> String {
    orgs.iter()
        .find(|o| o.id == id)
        .map(|o| o.short_name.clone().unwrap_or_else(|| o.name.clone()))
        .unwrap_or_else(|| "–".into())
}

fn warn(text: String) -> Line {
    Line {
        warn: true,
        ..Line::plain(text)
    }
}

/// Cuts or pads to a column width (by characters, so å ä ö count as one).
fn col(text: &str, width: usize) -> String {
    let mut out: String = text.chars().take(width).collect();
    let n = out.chars().count();
    out.extend(std::iter::repeat_n(' ', width - n));
    out
}

fn agreement(s: &Store, today: NaiveDate, lang: Lang) -> Result<Vec<Line>> {
    let names = Names::load(s, kinds(Screen::Agreement), lang)?;
    let orgs: Vec<Organisation> = s.all()?;
    let agreements: Vec<Agreement> = s.agreements()?;
    let mut lines = Vec::new();
    for a in agreements {
        let rec = record(s, &names, EntityKind::Agreement, a.id)?;
        lines.push(line_of(
            Line::heading(format!(
                "{} · {} – {}",
                a.title, a.period_start, a.period_end
            )),
            &rec,
            lang,
        ));
        let revision = match a.revision_due {
            Some(d) if d < today => {
                t!(lang, "tui-agreement-revision-overdue", date = d.to_string())
            }
            Some(d) => t!(lang, "tui-agreement-revision", date = d.to_string()),
            None => t!(lang, "tui-agreement-no-revision"),
        };
        let line = Line::plain(t!(
            lang,
            "tui-agreement-revision-line",
            revision = revision,
            rule = a.follow_up_rule.as_str()
        ));
        let line = if a.revision_due.is_some_and(|d| d < today) {
            warn(line.text)
        } else {
            line
        };
        lines.push(line_of(line, &rec, lang));
        lines.push(Line::heading(t!(lang, "tui-agreement-priorities")));
        let priorities: Vec<Priority> = s.priorities_of(a.id)?;
        for p in priorities {
            let actions = s.count_actions(&ActionFilter {
                priority: Some(p.id),
                ..ActionFilter::default()
            })?;
            let rec = record(s, &names, EntityKind::Priority, p.id)?;
            lines.push(line_of(
                Line::plain(t!(
                    lang,
                    "tui-agreement-priority",
                    number = p.number,
                    title = p.title.as_str(),
                    status = p.status.label(lang),
                    count = actions
                )),
                &rec,
                lang,
            ));
            let goals: Vec<Goal> = s.goals_of_priority(p.id)?;
            for g in goals {
                let rec = record(s, &names, EntityKind::Goal, g.id)?;
                lines.push(line_of(
                    Line::plain(t!(lang, "tui-agreement-goal", goal = g.text.as_str())),
                    &rec,
                    lang,
                ));
            }
        }
        let promises: Vec<CitizenPromise> = s.promises_of_agreement(a.id)?;
        for promise in promises {
            let rec = record(s, &names, EntityKind::CitizenPromise, promise.id)?;
            lines.push(line_of(
                Line::heading(t!(
                    lang,
                    "tui-agreement-promise",
                    from = promise.period_start.to_string(),
                    to = promise.period_end.to_string(),
                    text = promise.text.as_str()
                )),
                &rec,
                lang,
            ));
            lines.push(Line::heading(format!(
                "  {} | {} | {} | {} | Status",
                col(&t!(lang, "tui-agreement-column-activity"), 34),
                col(&t!(lang, "tui-agreement-column-scope"), 18),
                col(&t!(lang, "tui-field-responsible"), 14),
                col(&t!(lang, "tui-field-follow-up"), 14)
            )));
            let activities: Vec<PromiseActivity> = s.activities_of(promise.id)?;
            for act in activities {
                let rec = record(s, &names, EntityKind::PromiseActivity, act.id)?;
                lines.push(line_of(
                    Line::plain(format!(
                        "  {} | {} | {} | {} | {}",
                        col(&act.activity, 34),
                        col(&act.scope, 18),
                        col(&org_name(&orgs, act.responsible_org_id), 14),
                        col(&act.follow_up_forum, 14),
                        act.status.label(lang)
                    )),
                    &rec,
                    lang,
                ));
            }
        }
    }
    Ok(lines)
}

fn prevention(s: &Store, lang: Lang) -> Result<Vec<Line>> {
    let names = Names::load(s, kinds(Screen::Prevention), lang)?;
    let coverage = s.theme_coverage()?;
    let measures = s.measures(None, None)?;
    let mut lines = vec![Line::heading(t!(lang, "tui-prevention-coverage"))];
    if coverage.is_empty() {
        lines.push(Line::plain(t!(lang, "records-no-themes")));
    }
    for c in &coverage {
        let bar = "■".repeat(c.active_measures.min(20));
        if c.active_measures == 0 {
            lines.push(warn(t!(
                lang,
                "tui-prevention-theme-uncovered",
                theme = col(&c.theme, 20),
                all = c.all_measures
            )));
        } else {
            lines.push(Line::plain(t!(
                lang,
                "tui-prevention-theme-covered",
                theme = col(&c.theme, 20),
                active = format!("{:>2}", c.active_measures),
                all = format!("{:>2}", c.all_measures),
                bar = bar
            )));
        }
    }
    // Each theme's measures, then those without a theme (a new one until it gets its themes).
    let mut groups: Vec<(String, Vec<&crate::store::queries::measures::MeasureRow>)> = coverage
        .iter()
        .map(|c| {
            let of_theme = measures
                .iter()
                .filter(|m| m.themes.contains(&c.theme))
                .collect();
            (c.theme.clone(), of_theme)
        })
        .collect();
    groups.push((
        t!(lang, "records-without-theme"),
        measures.iter().filter(|m| m.themes.is_empty()).collect(),
    ));
    for (theme, of_theme) in groups {
        if of_theme.is_empty() {
            continue;
        }
        lines.push(Line::heading(format!("{theme} ({})", of_theme.len())));
        for m in of_theme {
            let rec = record(s, &names, EntityKind::PreventiveMeasure, m.id)?;
            lines.push(line_of(
                Line::plain(format!(
                    "  {} · {} · {} · {}",
                    m.title,
                    m.level.label(lang),
                    m.status.label(lang),
                    m.owner
                        .clone()
                        .unwrap_or_else(|| t!(lang, "tui-prevention-no-owner"))
                )),
                &rec,
                lang,
            ));
        }
    }
    Ok(lines)
}

fn places(s: &Store, lang: Lang) -> Result<Vec<Line>> {
    let names = Names::load(s, kinds(Screen::Places), lang)?;
    let orgs: Vec<Organisation> = s.all()?;
    let projects: Vec<PlaceProject> = s.all()?;
    let mut lines = Vec::new();
    for p in projects {
        let rec = record(s, &names, EntityKind::PlaceProject, p.id)?;
        lines.push(line_of(
            Line::heading(t!(
                lang,
                "tui-places-project",
                name = p.name.as_str(),
                since = p.started_on.to_string(),
                coordinator = p.coordinator_function.as_str()
            )),
            &rec,
            lang,
        ));
        lines.push(line_of(
            Line::plain(t!(lang, "tui-places-vision", vision = p.vision.as_str())),
            &rec,
            lang,
        ));
        let partners: Vec<String> = p
            .partner_org_ids
            .iter()
            .map(|o| org_name(&orgs, *o))
            .collect();
        lines.push(line_of(
            Line::plain(t!(
                lang,
                "tui-places-partners",
                partners = partners.join(", ")
            )),
            &rec,
            lang,
        ));
        let goals: Vec<Goal> = s.goals_of_place_project(p.id)?;
        for g in goals {
            let rec = record(s, &names, EntityKind::Goal, g.id)?;
            lines.push(line_of(
                Line::plain(t!(lang, "tui-places-goal", goal = g.text.as_str())),
                &rec,
                lang,
            ));
        }
        let inspections: Vec<Inspection> = s.inspections_of_project(p.id)?;
        inspection_lines(s, &names, &orgs, inspections, &mut lines, lang)?;
    }
    // Inspections made outside a project (from the CLI, or their project taken away) under a
    // heading of their own, so that keys reach them too.
    let unattached = s.inspections_without_project()?;
    if !unattached.is_empty() {
        lines.push(Line::heading(t!(lang, "places-without-project")));
        inspection_lines(s, &names, &orgs, unattached, &mut lines, lang)?;
    }
    Ok(lines)
}

/// An inspection's line and its findings' lines under it.
fn inspection_lines(
    s: &Store,
    names: &Names,
    orgs: &[Organisation],
    inspections: Vec<Inspection>,
    lines: &mut Vec<Line>,
    lang: Lang,
) -> Result<()> {
    for i in inspections {
        let rec = record(s, names, EntityKind::Inspection, i.id)?;
        lines.push(line_of(
            Line::heading(format!(
                "  {} {}: {}",
                i.date,
                i.kind.label(lang),
                i.summary
            )),
            &rec,
            lang,
        ));
        let findings: Vec<Finding> = s.findings_of_inspection(i.id)?;
        for f in findings {
            let state = if f.action_id.is_some() {
                t!(lang, "tui-finding-has-action")
            } else {
                t!(lang, "tui-finding-no-action")
            };
            let rec = record(s, names, EntityKind::Finding, f.id)?;
            lines.push(line_of(
                Line::plain(format!(
                    "    • {}{}{} — {} {state}",
                    f.issue,
                    t!(lang, "tui-finding-suggestion"),
                    f.suggested_action,
                    f.owner_org_id
                        .map(|o| org_name(orgs, o))
                        .unwrap_or_default()
                )),
                &rec,
                lang,
            ));
        }
    }
    Ok(())
}

/// Carries out a document screen's work.
pub fn execute(s: &Store, today: NaiveDate, lang: Lang, effect: TextEffect) -> Result<Msg> {
    Ok(match effect {
        TextEffect::Load(screen) => TextMsg::Loaded(screen, load(s, screen, today, lang)?).into(),
    })
}
