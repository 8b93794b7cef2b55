//! `lagesbild partner …`: this copy's identity and the list of partners whose bundles it trusts.

use clap::{Args, Subcommand};

use super::output::{Table, print_json, say};
use super::{CliResult, Context};
use crate::exchange::keys::fingerprint_of;
use crate::exchange::partner;
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
    match &args.command {
        PartnerCommand::Init { name } => {
            partner::check_own_name(name)?;
            let mut store = ctx.open(Access::ReadWrite)?;
            let identity = partner::init(&mut store, name)?;
            say!("Den här kopian är nu {}.", identity.name);
            say!(
                "Nyckelfil: {} (håll den hemlig och ta med den i säkerhetskopian).",
                crate::exchange::keys::key_path(store.path()).display()
            );
            print_key(&identity.public_key);
        }
        PartnerCommand::ShowKey => {
            let store = ctx.open(Access::ReadOnly)?;
            let (identity, _, token) = partner::own_key(&store)?;
            say!("{}", identity.name);
            print_key(&token.to_token());
        }
        PartnerCommand::NewKey => {
            let mut store = ctx.open_writer()?;
            let identity = partner::new_key(&mut store)?;
            say!(
                "Ny nyckel för {} sparad i {} (håll den hemlig och ta med den i säkerhetskopian).",
                identity.name,
                crate::exchange::keys::key_path(store.path()).display()
            );
            say!(
                "Skicka den nya nyckeln till varje partner; de kör lagesbild partner trust \"{}\" NYCKEL och jämför fingeravtrycket med er per telefon.",
                identity.name
            );
            print_key(&identity.public_key);
        }
        PartnerCommand::Trust { name, key, retrust } => {
            let mut store = ctx.open_writer()?;
            let trusted = if *retrust {
                partner::trust_again(&mut store, name, key)?
            } else {
                partner::trust(&mut store, name, key)?
            };
            say!(
                "{} är nu betrodd (fingeravtryck {}). Kontrollera fingeravtrycket med {} per telefon.",
                trusted.name,
                fingerprint_of(&trusted.public_key),
                trusted.name
            );
        }
        PartnerCommand::Untrust { name } => {
            let mut store = ctx.open_writer()?;
            let n = partner::untrust(&mut store, name)?;
            say!(
                "{name} är inte längre betrodd ({n} nyckel återkallad). Det som redan importerats finns kvar."
            );
        }
        PartnerCommand::List { json } => {
            let store = ctx.open(Access::ReadOnly)?;
            let overview = crate::exchange::screen::overview(&store)?;
            if *json {
                return print_json(&overview);
            }
            if let Some(me) = &overview.identity {
                say!(
                    "Den här kopian: {} (fingeravtryck {})",
                    me.name,
                    me.fingerprint
                );
            }
            let mut t = Table::new(&[
                "Partner",
                "Fingeravtryck",
                "Status",
                "Senast mottaget",
                "Senast skickat",
            ]);
            let when = |e: &Option<crate::store::partners::BundleLogEntry>| {
                e.as_ref()
                    .map(|b| {
                        format!(
                            "{} ({} ändr.)",
                            b.at.get(..16).unwrap_or(&b.at).replace('T', " "),
                            b.op_count
                        )
                    })
                    .unwrap_or_else(|| "–".into())
            };
            for p in &overview.partners {
                t.row(vec![
                    p.name.clone(),
                    p.fingerprint.clone(),
                    match &p.revoked_at {
                        Some(at) => format!("återkallad {}", at.get(..10).unwrap_or(at)),
                        None => "betrodd".into(),
                    },
                    when(&p.last_received),
                    when(&p.last_sent),
                ]);
            }
            if t.is_empty() {
                say!(
                    "Inga betrodda partner ännu. Lägg till med lagesbild partner trust NAMN NYCKEL."
                );
            } else {
                say!("{}", t.render().trim_end());
            }
            if overview.open_conflicts > 0 {
                say!(
                    "{} olösta konflikter: se lagesbild conflicts.",
                    overview.open_conflicts
                );
            }
        }
    }
    Ok(())
}

fn print_key(token: &str) {
    say!("Publik nyckel (skicka hela raden till partnerna):");
    say!("  {token}");
    say!(
        "Fingeravtryck (läs upp per telefon): {}",
        fingerprint_of(token)
    );
}
