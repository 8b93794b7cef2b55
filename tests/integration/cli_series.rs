//! Issue 12's last gaps on the command line of a new copy: a meeting series with its members
//! (`--members`, by name), and the meeting that names its series.

use lagesbild::domain::{MeetingSeries, Organisation};
use lagesbild::store::{Access, Store};

use super::record_cli::Cli;

#[test]
fn a_series_is_made_with_its_members_by_name_and_edited() {
    let cli = Cli::init();
    cli.create(&[
        "organisation",
        "--name",
        "Räddningstjänsten Södertörn",
        "--kind",
        "raddningstjanst",
    ]);
    let id = cli.create(&[
        "meeting-series",
        "--group-name",
        "Samverkansgrupp Norrby",
        "--kind",
        "vecka",
        "--weekday",
        "torsdag",
        "--chair",
        "trygghetssamordnare",
        "--members",
        "Tyresö kommun",
        "--members",
        "Räddningstjänsten Södertörn",
    ]);
    let names = |cli: &Cli| {
        let store = Store::open(cli.path(), Access::ReadOnly).expect("open");
        let orgs: Vec<Organisation> = store.all().expect("orgs");
        let series: MeetingSeries = store.require(id.parse().expect("id")).expect("series");
        series
            .members()
            .iter()
            .filter_map(|m| orgs.iter().find(|o| o.id == *m))
            .map(|o| o.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(&cli),
        ["Tyresö kommun", "Räddningstjänsten Södertörn"]
    );
    // An organisation that is not there is named in the error, with the field.
    let why = cli.fails(&[
        "new",
        "meeting-series",
        "--group-name",
        "Samverkansgrupp Söder",
        "--kind",
        "vecka",
        "--weekday",
        "fredag",
        "--chair",
        "trygghetssamordnare",
        "--members",
        "Okänd förening",
    ]);
    assert!(why.contains("Okänd förening"), "{why}");
    assert!(why.contains("--members"), "{why}");
    // The list shows them by name, and edit replaces them.
    let listed = cli.ok(&["list", "meeting-series"]);
    assert!(listed.contains("Samverkansgrupp Norrby"), "{listed}");
    cli.ok(&["edit", &id, "--members", "Tyresö kommun"]);
    assert_eq!(names(&cli), ["Tyresö kommun"]);
}
