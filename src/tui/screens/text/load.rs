//! The screens that read as documents: the police agreement, preventive work and place
//! collaboration. Loaded as lines; the screen filters and scrolls them.

use chrono::NaiveDate;

use crate::domain::{
    Agreement, CitizenPromise, Finding, Goal, Inspection, Organisation, PlaceProject, Priority,
    PromiseActivity, Vocabulary,
};
use crate::store::queries::actions::ActionFilter;
use crate::store::{Result, Store};
use crate::tui::app::messages::Msg;
use crate::tui::screens::Screen;
use crate::tui::screens::text::messages::{TextEffect, TextMsg};
use crate::tui::screens::text::state::Line;

pub fn load(s: &Store, screen: Screen, today: NaiveDate) -> Result<Vec<Line>> {
    match screen {
        Screen::Agreement => agreement(s, today),
        Screen::Prevention => prevention(s),
        Screen::Places => places(s),
        _ => Ok(Vec::new()),
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

fn agreement(s: &Store, today: NaiveDate) -> Result<Vec<Line>> {
    let orgs: Vec<Organisation> = s.all()?;
    let agreements: Vec<Agreement> = s.agreements()?;
    let mut lines = Vec::new();
    if agreements.is_empty() {
        lines.push(Line::plain(
            "Ingen samverkansöverenskommelse är inlagd ännu. Läs in demodata för att se ett exempel.",
        ));
    }
    for a in agreements {
        lines.push(Line::heading(format!(
            "{} · {} – {}",
            a.title, a.period_start, a.period_end
        )));
        let revision = match a.revision_due {
            Some(d) if d < today => format!("Revideras senast {d} – REVIDERING FÖRSENAD"),
            Some(d) => format!("Revideras senast {d}"),
            None => "Inget revideringsdatum".into(),
        };
        let line = Line::plain(format!("  {revision} · Uppföljning: {}", a.follow_up_rule));
        lines.push(if a.revision_due.is_some_and(|d| d < today) {
            warn(line.text)
        } else {
            line
        });
        lines.push(Line::heading("  Prioriterade områden"));
        let priorities: Vec<Priority> = s.priorities_of(a.id)?;
        for p in priorities {
            let actions = s.count_actions(&ActionFilter {
                priority: Some(p.id),
                ..ActionFilter::default()
            })?;
            lines.push(Line::plain(format!(
                "  {}. {} [{}] · {actions} aktiviteter",
                p.number,
                p.title,
                p.status.label_sv()
            )));
            let goals: Vec<Goal> = s.goals_of_priority(p.id)?;
            for g in goals {
                lines.push(Line::plain(format!("       Mål: {}", g.text)));
            }
        }
        let promises: Vec<CitizenPromise> = s.promises_of_agreement(a.id)?;
        for promise in promises {
            lines.push(Line::heading(format!(
                "  Medborgarlöfte {} – {}: {}",
                promise.period_start, promise.period_end, promise.text
            )));
            lines.push(Line::heading(format!(
                "  {} | {} | {} | {} | Status",
                col("Aktivitet", 34),
                col("Omfattning", 18),
                col("Ansvarig", 14),
                col("Uppföljning", 14)
            )));
            let activities: Vec<PromiseActivity> = s.activities_of(promise.id)?;
            for act in activities {
                lines.push(Line::plain(format!(
                    "  {} | {} | {} | {} | {}",
                    col(&act.activity, 34),
                    col(&act.scope, 18),
                    col(&org_name(&orgs, act.responsible_org_id), 14),
                    col(&act.follow_up_forum, 14),
                    act.status.label_sv()
                )));
            }
        }
    }
    Ok(lines)
}

fn prevention(s: &Store) -> Result<Vec<Line>> {
    let coverage = s.theme_coverage()?;
    let measures = s.measures(None, None)?;
    let mut lines = vec![Line::heading(
        "Täckning per tema (preventionsstjärnan): aktiva insatser",
    )];
    if coverage.is_empty() {
        lines.push(Line::plain(
            "Inga teman är inlagda. Läs in demodata eller teman för att se täckningen.",
        ));
    }
    for c in &coverage {
        let bar = "■".repeat(c.active_measures.min(20));
        if c.active_measures == 0 {
            lines.push(warn(format!(
                "  ⚠ {} INGEN aktiv insats ({} totalt)",
                col(&c.theme, 20),
                c.all_measures
            )));
        } else {
            lines.push(Line::plain(format!(
                "  ✓ {} {:>2} aktiva av {:>2} {bar}",
                col(&c.theme, 20),
                c.active_measures,
                c.all_measures
            )));
        }
    }
    for c in &coverage {
        let of_theme: Vec<_> = measures
            .iter()
            .filter(|m| m.themes.contains(&c.theme))
            .collect();
        if of_theme.is_empty() {
            continue;
        }
        lines.push(Line::heading(format!("{} ({})", c.theme, of_theme.len())));
        for m in of_theme {
            lines.push(Line::plain(format!(
                "  {} · {} · {} · {}",
                m.title,
                m.level.label_sv(),
                m.status.label_sv(),
                m.owner.clone().unwrap_or_else(|| "ingen ansvarig".into())
            )));
        }
    }
    Ok(lines)
}

fn places(s: &Store) -> Result<Vec<Line>> {
    let orgs: Vec<Organisation> = s.all()?;
    let projects: Vec<PlaceProject> = s.all()?;
    let mut lines = Vec::new();
    if projects.is_empty() {
        lines.push(Line::plain(
            "Ingen platssamverkan är inlagd ännu. Läs in demodata för att se ett exempel.",
        ));
    }
    for p in projects {
        lines.push(Line::heading(format!(
            "{} · sedan {} · samordnare: {}",
            p.name, p.started_on, p.coordinator_function
        )));
        lines.push(Line::plain(format!("  Målbild: {}", p.vision)));
        let partners: Vec<String> = p
            .partner_org_ids
            .iter()
            .map(|o| org_name(&orgs, *o))
            .collect();
        lines.push(Line::plain(format!("  Parter: {}", partners.join(", "))));
        let goals: Vec<Goal> = s.goals_of_place_project(p.id)?;
        for g in goals {
            lines.push(Line::plain(format!("  Mål: {}", g.text)));
        }
        let inspections: Vec<Inspection> = s.inspections_of_project(p.id)?;
        for i in inspections {
            lines.push(Line::heading(format!(
                "  {} {}: {}",
                i.date,
                i.kind.label_sv(),
                i.summary
            )));
            let findings: Vec<Finding> = s.findings_of_inspection(i.id)?;
            for f in findings {
                let state = if f.action_id.is_some() {
                    "[åtgärd finns]"
                } else {
                    "[ingen åtgärd – a gör en]"
                };
                lines.push(Line {
                    record: Some(f.id),
                    ..Line::plain(format!(
                        "    • {} — förslag: {} — {} {state}",
                        f.issue,
                        f.suggested_action,
                        f.owner_org_id
                            .map(|o| org_name(&orgs, o))
                            .unwrap_or_default()
                    ))
                });
            }
        }
    }
    Ok(lines)
}

/// Carries out a document screen's work.
pub fn execute(s: &Store, today: NaiveDate, effect: TextEffect) -> Result<Msg> {
    Ok(match effect {
        TextEffect::Load(screen) => TextMsg::Loaded(screen, load(s, screen, today)?).into(),
    })
}
