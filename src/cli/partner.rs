//! `lagesbild partner …`: this copy's identity and the list of partners whose bundles it trusts.

use clap::{Args, Subcommand};

use super::output::{Table, print_json, say};
use super::{CliResult, Context, InLang};
use crate::domain::Lang;
use crate::exchange::keys::fingerprint_of;
use crate::exchange::partner;
use crate::i18n::t;
use crate::store::Access;

#[derive(Debug, Args)]
pub struct PartnerArgs {
    #[command(subcommand)]
    pub command: PartnerCommand,
}

#[derive(Debug, Subcommand)]
pub enum PartnerCommand {
    /// Skapa den här kopians partneridentitet och signeringsnyckel (en gång per kopia).
    Init {
        /// Organisationens namn, till exempel "Tyresö kommun".
        #[arg(long, value_name = "NAMN")]
        name: String,
    },
    /// Visa den här kopians publika nyckel (skicka den till partnerna) och fingeravtrycket
    /// (läs upp det per telefon).
    ShowKey,
    /// Skapa en ny signeringsnyckel när nyckelfilen har försvunnit (och inte finns i någon
    /// säkerhetskopia). Partnerna måste sedan lita på den nya nyckeln med partner trust.
    NewKey,
    /// Lita på en partners nyckel: paket signerade med den kan importeras.
    Trust {
        /// Partnerns namn, till exempel "Lokalpolisområde Nacka".
        #[arg(value_name = "NAMN")]
        name: String,
        /// Nyckeln som partnern fick från lagesbild partner show-key.
        #[arg(value_name = "NYCKEL")]
        key: String,
        /// Lita igen på en nyckel som har återkallats.
        #[arg(long)]
        retrust: bool,
    },
    /// Sluta lita på en partner. Det som redan importerats finns kvar och går att spåra.
    Untrust {
        #[arg(value_name = "NAMN")]
        name: String,
    },
    /// Lista betrodda (och återkallade) partner med senaste paket åt båda hållen.
    List {
        /// Skriv resultatet som JSON.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(args: &PartnerArgs, ctx: &Context) -> CliResult {
    let lang = ctx.lang;
    match &args.command {
        PartnerCommand::Init { name } => {
            partner::check_own_name(name).in_lang(ctx.lang)?;
            let mut store = ctx.open(Access::ReadWrite).in_lang(ctx.lang)?;
            let identity = partner::init(&mut store, name).in_lang(ctx.lang)?;
            say!(
                "{}",
                t!(lang, "cli-partner-now", name = identity.name.as_str())
            );
            let path = crate::exchange::keys::key_path(store.path());
            say!(
                "{}",
                t!(
                    lang,
                    "cli-partner-key-file",
                    path = path.display().to_string()
                )
            );
            print_key(&identity.public_key, lang);
        }
        PartnerCommand::ShowKey => {
            let store = ctx.open(Access::ReadOnly).in_lang(ctx.lang)?;
            let (identity, _, token) = partner::own_key(&store).in_lang(ctx.lang)?;
            say!("{}", identity.name);
            print_key(&token.to_token(), lang);
        }
        PartnerCommand::NewKey => {
            let mut store = ctx.open_writer().in_lang(ctx.lang)?;
            let identity = partner::new_key(&mut store).in_lang(ctx.lang)?;
            let path = crate::exchange::keys::key_path(store.path());
            say!(
                "{}",
                t!(
                    lang,
                    "cli-partner-new-key-saved",
                    name = identity.name.as_str(),
                    path = path.display().to_string()
                )
            );
            say!(
                "{}",
                t!(
                    lang,
                    "cli-partner-send-new-key",
                    name = identity.name.as_str()
                )
            );
            print_key(&identity.public_key, lang);
        }
        PartnerCommand::Trust { name, key, retrust } => {
            let mut store = ctx.open_writer().in_lang(ctx.lang)?;
            let trusted = if *retrust {
                partner::trust_again(&mut store, name, key).in_lang(ctx.lang)?
            } else {
                partner::trust(&mut store, name, key).in_lang(ctx.lang)?
            };
            say!(
                "{}",
                t!(
                    lang,
                    "cli-partner-trusted",
                    name = trusted.name.as_str(),
                    fingerprint = fingerprint_of(&trusted.public_key)
                )
            );
        }
        PartnerCommand::Untrust { name } => {
            let mut store = ctx.open_writer().in_lang(ctx.lang)?;
            let n = partner::untrust(&mut store, name).in_lang(ctx.lang)?;
            say!(
                "{}",
                t!(
                    lang,
                    "cli-partner-untrusted",
                    name = name.as_str(),
                    count = n
                )
            );
        }
        PartnerCommand::List { json } => {
            let store = ctx.open(Access::ReadOnly).in_lang(ctx.lang)?;
            let overview = crate::exchange::screen::overview(&store).in_lang(ctx.lang)?;
            if *json {
                return print_json(&overview);
            }
            if let Some(me) = &overview.identity {
                say!(
                    "{}",
                    t!(
                        lang,
                        "cli-partner-this-copy",
                        name = me.name.as_str(),
                        fingerprint = me.fingerprint.as_str()
                    )
                );
            }
            let headings: Vec<String> = [
                "cli-partner-column-partner",
                "cli-partner-column-fingerprint",
                "column-status",
                "cli-partner-column-received",
                "cli-partner-column-sent",
            ]
            .iter()
            .map(|id| t!(lang, id))
            .collect();
            let mut table = Table::new(&headings.iter().map(String::as_str).collect::<Vec<_>>());
            let when = |e: &Option<crate::store::partners::BundleLogEntry>| {
                e.as_ref()
                    .map(|b| {
                        t!(
                            lang,
                            "cli-partner-bundle",
                            at = b.at.get(..16).unwrap_or(&b.at).replace('T', " "),
                            count = b.op_count
                        )
                    })
                    .unwrap_or_else(|| "–".into())
            };
            for p in &overview.partners {
                table.row(vec![
                    p.name.clone(),
                    p.fingerprint.clone(),
                    match &p.revoked_at {
                        Some(at) => t!(
                            lang,
                            "cli-partner-revoked",
                            date = at.get(..10).unwrap_or(at)
                        ),
                        None => t!(lang, "cli-partner-trusted-status"),
                    },
                    when(&p.last_received),
                    when(&p.last_sent),
                ]);
            }
            if table.is_empty() {
                say!("{}", t!(lang, "cli-partner-none"));
            } else {
                say!("{}", table.render().trim_end());
            }
            if overview.open_conflicts > 0 {
                say!(
                    "{}",
                    t!(
                        lang,
                        "cli-partner-conflicts",
                        count = overview.open_conflicts
                    )
                );
            }
        }
    }
    Ok(())
}

fn print_key(token: &str, lang: Lang) {
    say!("{}", t!(lang, "cli-partner-public-key"));
    say!("  {token}");
    say!(
        "{}",
        t!(
            lang,
            "cli-partner-fingerprint",
            fingerprint = fingerprint_of(token)
        )
    );
}
