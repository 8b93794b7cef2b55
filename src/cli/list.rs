//! `lagesbild list <what> [filters]`: the lists, for people or (`--json`) programs.

use clap::{Args, ValueEnum};

use super::output::{Table, clip, print_json, say};
use super::{CliError, CliResult, Context, today};
use crate::domain::{
    ActionStatus, IsoWeek, Lang, MeasureStatus, MeetingStatus, ReviewStatus, Vocabulary,
};
use crate::i18n::t;
use crate::store::queries::Page;
use crate::store::queries::actions::ActionFilter;
use crate::store::queries::observations::ObservationFilter;
use crate::store::{Access, Store};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum What {
    /// Iakttagelser.
    Observations,
    /// Åtgärder och insatser.
    Actions,
    /// Möten.
    Meetings,
    /// Överenskommelsens prioriterade områden.
    Priorities,
    /// Förebyggande insatser.
    Measures,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Vad som ska listas: observations, actions, meetings, priorities, measures, eller
    /// vilken posttyp som helst (area, place, organisation, event-type, problem …).
    #[arg(value_name = "VAD", value_parser = parse_what)]
    pub what: String,
    /// Vecka, t.ex. 2026-W47.
    #[arg(long, value_name = "VECKA")]
    pub week: Option<String>,
    /// Område (med underområden), t.ex. Lindängsringen.
    #[arg(long, value_name = "NAMN")]
    pub area: Option<String>,
    /// Status (iakttagelser: granskningsstatus; åtgärder: åtgärdens status).
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Ansvarig organisation (för iakttagelser: rapporterande organisation).
    #[arg(long, value_name = "ORG")]
    pub owner: Option<String>,
    /// Bara försenade åtgärder.
    #[arg(long)]
    pub overdue: bool,
    /// Händelsetyp (iakttagelser).
    #[arg(long = "type", value_name = "TYP")]
    pub event_type: Option<String>,
    /// Sök i texten.
    #[arg(long, value_name = "ORD")]
    pub text: Option<String>,
    /// Högst så här många rader (0 = alla).
    #[arg(long, default_value_t = 100, value_name = "N")]
    pub limit: usize,
    /// Skriv resultatet som JSON.
    #[arg(long)]
    pub json: bool,
    /// Visa hela id:n i stället för korta (för skript som sparar dem).
    #[arg(long)]
    pub full_ids: bool,
}

/// A list's name or a record kind's, refused by clap (a usage error) when it is neither.
fn parse_what(s: &str) -> Result<String, String> {
    if What::from_str(s, true).is_ok() {
        return Ok(s.to_string());
    }
    super::record::list_kind_named(s)
        .map(|_| s.to_string())
        .map_err(|e| {
            e.text(crate::domain::Lang::Sv)
                .trim_end_matches('.')
                .to_string()
        })
}

fn page(args: &ListArgs) -> Page {
    Page::new(
        0,
        if args.limit == 0 {
            usize::MAX >> 1
        } else {
            args.limit
        },
    )
}

fn parse_week(s: &str) -> CliResult<IsoWeek> {
    IsoWeek::parse_with_year(s, today().year_ce().1 as i32).map_err(CliError::from)
}

fn parse_status<T: Vocabulary + std::str::FromStr>(s: &str) -> CliResult<T>
where
    T::Err: std::fmt::Display,
{
    s.parse::<T>().map_err(|e| CliError::Worded(e.to_string()))
}

/// `what` is the message id of the listed records' name ("cli-list-observations").
fn refuse(args: &ListArgs, what: &str, flags: &[(&str, bool)], lang: Lang) -> CliResult {
    for (flag, used) in flags {
        if *used {
            return Err(CliError::Worded(t!(
                lang,
                "cli-list-filter-refused",
                flag = *flag,
                what = t!(lang, what)
            )));
        }
    }
    let _ = args;
    Ok(())
}

fn areas(store: &Store, name: &Option<String>) -> CliResult<Option<Vec<crate::domain::Id>>> {
    match name {
        None => Ok(None),
        Some(n) => Ok(Some(store.area_with_descendants(store.area_by_name(n)?)?)),
    }
}

pub fn run(args: &ListArgs, ctx: &Context) -> CliResult {
    let Ok(what) = What::from_str(&args.what, true) else {
        let kind = super::record::list_kind_named(&args.what)?;
        return super::record::list_kind(kind, args.json, args.full_ids, ctx);
    };
    let store = ctx.open(Access::ReadOnly)?;
    match what {
        What::Observations => observations(&store, args, ctx.lang),
        What::Actions => actions(&store, args, ctx.lang),
        What::Meetings => meetings(&store, args, ctx.lang),
        What::Priorities => priorities(&store, args, ctx.lang),
        What::Measures => measures(&store, args, ctx.lang),
    }
}

fn footer(shown: usize, total: usize, lang: Lang) {
    if total > shown {
        say!(
            "\n{}",
            t!(lang, "cli-list-shown-of", shown = shown, total = total)
        );
    } else {
        say!("\n{}", t!(lang, "cli-list-total", total = total));
    }
}

/// The short ids of a list's rows: the first 8 characters of each, or as many more as make it
/// unique among every record here (what `history`, `edit` and `delete` take).
struct ShortIds(Vec<String>);

impl ShortIds {
    fn load(store: &Store) -> CliResult<ShortIds> {
        Ok(ShortIds(store.record_ids()?))
    }

    fn of(&self, id: crate::domain::Id) -> String {
        super::record::shortest_unique(&self.0, &id.to_string())
    }
}

/// A table whose column headings are the messages `ids`.
pub(super) fn table(ids: &[&str], lang: Lang) -> Table {
    let headings: Vec<String> = ids.iter().map(|id| t!(lang, id)).collect();
    Table::new(&headings.iter().map(String::as_str).collect::<Vec<_>>())
}

use chrono::Datelike;

fn observations(store: &Store, args: &ListArgs, lang: Lang) -> CliResult {
    refuse(
        args,
        "cli-list-observations",
        &[("--overdue", args.overdue)],
        lang,
    )?;
    let filter = ObservationFilter {
        week: args.week.as_deref().map(parse_week).transpose()?,
        areas: areas(store, &args.area)?,
        organisation: args
            .owner
            .as_deref()
            .map(|o| store.organisation_by_name(o))
            .transpose()?,
        review_status: args
            .status
            .as_deref()
            .map(parse_status::<ReviewStatus>)
            .transpose()?,
        event_type: args
            .event_type
            .as_deref()
            .map(|t| store.event_type_by_name(t))
            .transpose()?,
        text: args.text.clone(),
        ..Default::default()
    };
    let rows = store.observations(&filter, page(args))?;
    if args.json {
        return print_json(&rows);
    }
    let total = store.count_observations(&filter)?;
    let mut t = table(
        &[
            "column-date",
            "column-week",
            "column-time",
            "year-column-area",
            "column-place",
            "cli-list-column-type",
            "cli-list-column-level",
            "column-status",
            "year-field-description",
            "cli-records-column-id",
        ],
        lang,
    );
    let ids = ShortIds::load(store)?;
    for r in &rows {
        t.row(vec![
            r.occurred_on.to_string(),
            r.week.clone(),
            r.time_from
                .clone()
                .or_else(|| r.day_period.clone())
                .unwrap_or_default(),
            r.area.clone(),
            r.place.clone().unwrap_or_default(),
            r.event_type.clone(),
            if r.severity == crate::domain::Severity::Storning {
                r.grade.label(lang).into()
            } else {
                format!("! {}", r.severity.label(lang))
            },
            match crate::sheets::template_source(r.source, &r.organisation, lang) {
                Some(from) => format!("{} · {from}", r.review_status.label(lang)),
                None => r.review_status.label(lang).into(),
            },
            clip(&r.description, 50),
            ids.of(r.id),
        ]);
    }
    print_table_or_empty(&t, &t!(lang, "cli-list-no-observations"));
    footer(rows.len(), total, lang);
    Ok(())
}

fn actions(store: &Store, args: &ListArgs, lang: Lang) -> CliResult {
    refuse(
        args,
        "cli-list-actions",
        &[
            ("--week", args.week.is_some()),
            ("--type", args.event_type.is_some()),
        ],
        lang,
    )?;
    let today = today();
    let filter = ActionFilter {
        statuses: args
            .status
            .as_deref()
            .map(parse_status::<ActionStatus>)
            .transpose()?
            .map(|s| vec![s]),
        overdue_on: args.overdue.then_some(today),
        owner: args
            .owner
            .as_deref()
            .map(|o| store.organisation_by_name(o))
            .transpose()?,
        areas: areas(store, &args.area)?,
        text: args.text.clone(),
        ..Default::default()
    };
    let rows = store.actions(&filter, today, page(args))?;
    if args.json {
        return print_json(&rows);
    }
    let total = store.count_actions(&filter)?;
    let mut t = table(
        &[
            "column-due",
            "column-week",
            "column-status",
            "column-action",
            "column-responsible",
            "cli-list-column-area-place",
            "cli-records-column-id",
        ],
        lang,
    );
    let ids = ShortIds::load(store)?;
    for r in &rows {
        let status = if r.overdue {
            t!(lang, "cli-list-overdue", status = r.status.label(lang))
        } else {
            r.status.label(lang).into()
        };
        t.row(vec![
            r.due_on
                .map(|d| d.to_string())
                .unwrap_or_else(|| "–".into()),
            r.due_on
                .map(|d| t!(lang, "week-short", week = IsoWeek::of(d).week()))
                .unwrap_or_default(),
            status,
            clip(&r.title, 45),
            r.owner.clone().unwrap_or_default(),
            [r.area.clone(), r.place.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" / "),
            ids.of(r.id),
        ]);
    }
    print_table_or_empty(&t, &t!(lang, "cli-list-no-actions"));
    footer(rows.len(), total, lang);
    Ok(())
}

fn meetings(store: &Store, args: &ListArgs, lang: Lang) -> CliResult {
    refuse(
        args,
        "cli-list-meetings",
        &[
            ("--overdue", args.overdue),
            ("--owner", args.owner.is_some()),
            ("--area", args.area.is_some()),
        ],
        lang,
    )?;
    let week = args.week.as_deref().map(parse_week).transpose()?;
    let status = args
        .status
        .as_deref()
        .map(parse_status::<MeetingStatus>)
        .transpose()?;
    let mut rows = store.meetings(week, Page::default())?;
    rows.retain(|r| status.is_none_or(|s| r.status == s));
    let total = rows.len();
    rows.truncate(page(args).limit);
    if args.json {
        return print_json(&rows);
    }
    let mut t = table(
        &[
            "column-date",
            "column-week",
            "cli-list-column-meeting",
            "column-status",
            "cli-list-column-present",
            "cli-list-column-decided",
            "cli-records-column-id",
        ],
        lang,
    );
    let ids = ShortIds::load(store)?;
    for r in &rows {
        t.row(vec![
            r.date.to_string(),
            r.week.clone(),
            r.group_name.clone(),
            r.status.label(lang).into(),
            r.present.to_string(),
            r.decided_actions.to_string(),
            ids.of(r.id),
        ]);
    }
    print_table_or_empty(&t, &t!(lang, "cli-list-no-meetings"));
    footer(rows.len(), total, lang);
    Ok(())
}

fn priorities(store: &Store, args: &ListArgs, lang: Lang) -> CliResult {
    refuse(
        args,
        "cli-list-priorities",
        &[
            ("--overdue", args.overdue),
            ("--week", args.week.is_some()),
            ("--owner", args.owner.is_some()),
        ],
        lang,
    )?;
    let status = args
        .status
        .as_deref()
        .map(parse_status::<ActionStatus>)
        .transpose()?;
    let rows = store.priorities(status)?;
    if args.json {
        return print_json(&rows);
    }
    let mut t = table(
        &[
            "column-number",
            "cli-list-column-priority",
            "column-status",
            "agreement-goals",
            "cli-list-column-activities",
            "cli-list-column-agreement",
            "cli-records-column-id",
        ],
        lang,
    );
    let ids = ShortIds::load(store)?;
    for r in &rows {
        t.row(vec![
            r.number.to_string(),
            r.title.clone(),
            r.status.label(lang).into(),
            r.goals.to_string(),
            format!("{} ({})", r.activities, r.activities_done),
            r.agreement.clone(),
            ids.of(r.id),
        ]);
    }
    print_table_or_empty(&t, &t!(lang, "cli-list-no-priorities"));
    Ok(())
}

fn measures(store: &Store, args: &ListArgs, lang: Lang) -> CliResult {
    refuse(
        args,
        "cli-list-measures",
        &[("--overdue", args.overdue), ("--week", args.week.is_some())],
        lang,
    )?;
    let status = args
        .status
        .as_deref()
        .map(parse_status::<MeasureStatus>)
        .transpose()?;
    let owner = args
        .owner
        .as_deref()
        .map(|o| store.organisation_by_name(o))
        .transpose()?;
    let rows = store.measures(status, owner)?;
    if args.json {
        return print_json(&rows);
    }
    let mut t = table(
        &[
            "cli-list-column-measure",
            "cli-list-column-level",
            "column-status",
            "cli-list-column-themes",
            "column-responsible",
            "cli-records-column-id",
        ],
        lang,
    );
    let ids = ShortIds::load(store)?;
    for r in &rows {
        t.row(vec![
            clip(&r.title, 40),
            r.level.label(lang).into(),
            r.status.label(lang).into(),
            r.themes.join(", "),
            r.owner.clone().unwrap_or_default(),
            ids.of(r.id),
        ]);
    }
    print_table_or_empty(&t, &t!(lang, "cli-list-no-measures"));
    let uncovered: Vec<String> = store
        .theme_coverage()?
        .into_iter()
        .filter(|c| c.active_measures == 0)
        .map(|c| c.theme)
        .collect();
    if !uncovered.is_empty() {
        say!(
            "\n{}",
            t!(
                lang,
                "cli-list-uncovered-themes",
                themes = uncovered.join(", ")
            )
        );
    }
    Ok(())
}

fn print_table_or_empty(t: &Table, empty: &str) {
    if t.is_empty() {
        say!("{empty}");
    } else {
        say!("{}", t.render());
    }
}
