//! Every Swedish word of the record command line, in one place so it moves to the message
//! catalogue in one step.

use crate::domain::{EntityKind, FieldDef, FieldType, Vocabulary};

pub const NEW_ABOUT: &str =
    "Skapa en ny post: ett område, en plats, en part, ett problem, en åtgärd …";
pub const EDIT_ABOUT: &str = "Ändra fält i en post (ange bara de fält som ska ändras)";
pub const DELETE_ABOUT: &str =
    "Ta bort en post, eller inaktivera den (--deactivate) om andra poster hänvisar till den";
pub const ID_HELP: &str =
    "Postens id, som lagesbild list visar det (de första 8 tecknen räcker om de är unika).";
pub const DEACTIVATE_HELP: &str = "Inaktivera i stället för att ta bort: posten försvinner ur valen men finns kvar i historik och rapporter.";

/// "Ny plats", "Nytt område": the adjective agrees with the noun's gender.
fn new_sv(kind: EntityKind) -> String {
    let neuter = kind.none_sv().starts_with("inget");
    format!("{} {}", if neuter { "Nytt" } else { "Ny" }, kind.label_sv())
}

pub fn edit_help() -> String {
    "Fälten är desamma som för lagesbild new <posttyp> (se lagesbild new <posttyp> --help), \
     plus --classification och --confirm-personal-data. Ett tomt värde (\"\") tömmer ett \
     valfritt fält. En lista (t.ex. --partner-orgs) ersätts helt; med + först läggs värdena \
     till: --police-aliases \"+Klotter\"."
        .into()
}

pub fn kind_about(kind: EntityKind) -> String {
    new_sv(kind)
}

/// The value name of a field's flag.
pub fn value_name(field: &FieldDef) -> &'static str {
    if field.reference {
        return "NAMN|ID";
    }
    if !field.labels.is_empty() {
        return "KOD";
    }
    match (field.ty, field.expects_sv) {
        (FieldType::Integer, _) => "HELTAL",
        (FieldType::Real, _) => "TAL",
        (FieldType::Bool, _) => "JA|NEJ",
        (_, e) if e.starts_with("ett datum") => "ÅÅÅÅ-MM-DD",
        (_, e) if e.starts_with("ett klockslag") => "TT:MM",
        (_, e) if e.starts_with("en vecka") => "ÅÅÅÅ-Wvv",
        _ => "TEXT",
    }
}

/// The help of a field's flag: what a valid value is, the codes of a vocabulary, whether it
/// must be given.
pub fn field_help(kind: EntityKind, field: &FieldDef, for_new: bool) -> String {
    let mut help = match (field.flags.refers, field.reference) {
        (Some(target), _) => format!("{} (namn eller id)", target.label_sv()),
        (None, true) => "id för en annan post".to_string(),
        _ => field.expects_sv.to_string(),
    };
    if field.ty == FieldType::Json {
        help.push_str("; upprepa flaggan för flera");
    }
    if !field.labels.is_empty() {
        let codes: Vec<String> = field
            .labels
            .iter()
            .map(|(code, sv, _)| {
                if code == sv {
                    code.to_string()
                } else {
                    format!("{code} ({sv})")
                }
            })
            .collect();
        help.push_str(&format!(": {}", codes.join(", ")));
    }
    if let Some(vocabulary) = super::values::term_vocabulary(kind, field) {
        help.push_str(&format!(
            ": en kod ur {vocabulary}, t.ex. {}",
            super::values::term_codes(vocabulary).join(", ")
        ));
    }
    if field.flags.free_text {
        help.push_str(" — fritext som granskas för personuppgifter");
    }
    if for_new && super::values::required(kind, field) {
        help.push_str(" [krävs]");
    }
    help
}

pub fn position_help() -> String {
    "Position som den står på en karta: latitud, longitud, t.ex. \"59.2391, 18.2297\" \
     (i stället för --lat och --lon)."
        .into()
}

pub fn classification_help() -> String {
    "Informationsklass: oppen (öppen), begransad (begränsad, standard) eller intern. \
     En intern post lämnar aldrig den här kopian: den följer inte med i paket till partner \
     och inte i exporter."
        .into()
}

pub fn confirm_help() -> String {
    "Spara fritext som ser ut att innehålla personuppgifter (namn, personnummer, telefon, \
     registreringsnummer) ändå: du har läst varningen och texten ska stå så."
        .into()
}

/// Said after `--classification intern`.
pub const INTERN_NOTICE: &str = "Posten är intern: den lämnar aldrig den här kopian (inte i paket till partner, inte i exporter).";

pub fn missing(kind: EntityKind, flags: &[String]) -> String {
    format!(
        "En ny {} behöver {}. Se lagesbild new {} --help.",
        kind.label_sv(),
        flags.join(", "),
        super::flags::kind_word(kind)
    )
}

pub fn personal_data(field: &str, flag: &str, warning: &str) -> String {
    format!(
        "Texten i fältet ”{field}” (--{flag}) ser ut att innehålla personuppgifter: {warning} \
         Skriv om texten utan dem, eller bekräfta med --confirm-personal-data att den ska sparas så. \
         Inget har ändrats."
    )
}

pub fn bad_value(field: &str, flag: &str, reason: &str) -> String {
    format!("Fältet ”{field}” (--{flag}): {reason}. Inget har ändrats.")
}

pub fn no_such_flag(kind: EntityKind, flag: &str) -> String {
    format!(
        "--{flag}: en {} har inget sådant fält. Se lagesbild new {} --help. Inget har ändrats.",
        kind.label_sv(),
        super::flags::kind_word(kind)
    )
}

pub fn not_a_number(value: &str, what: &str) -> String {
    format!("”{value}” är inte {what}")
}

pub fn not_yes_no(value: &str) -> String {
    format!("”{value}” är varken ja eller nej")
}

pub fn unknown_code(value: &str, valid: &[&str]) -> String {
    format!(
        "”{value}” är ingen giltig kod (giltiga: {})",
        valid.join(", ")
    )
}

pub fn unknown_term(value: &str, vocabulary: &str, valid: &[String]) -> String {
    format!(
        "”{value}” finns inte i {vocabulary} (giltiga: {})",
        valid.join(", ")
    )
}

pub fn no_such_record(target: EntityKind, value: &str, candidates: &[String]) -> String {
    if candidates.is_empty() {
        format!(
            "det finns {} som heter eller har id ”{value}”",
            target.none_sv()
        )
    } else {
        format!(
            "det finns {} som heter eller har id ”{value}” (finns: {})",
            target.none_sv(),
            candidates.join(", ")
        )
    }
}

pub fn ambiguous_name(target: EntityKind, value: &str, candidates: &[String]) -> String {
    format!(
        "flera poster av typen {} heter ”{value}”: {}; ange id i stället",
        target.label_sv(),
        candidates.join(", ")
    )
}

pub fn unknown_kind(word: &str, kinds: &[String]) -> String {
    format!(
        "”{word}” är ingen posttyp. Posttyper: {}.",
        kinds.join(", ")
    )
}

pub fn not_an_id(word: &str) -> String {
    format!(
        "”{word}” är inget id. Ange minst de första 8 tecknen av ett id som lagesbild list visar det."
    )
}

pub fn no_record_with(word: &str) -> String {
    format!("Det finns ingen post vars id börjar med ”{word}”. Se lagesbild list <posttyp>.")
}

pub fn ambiguous_id(word: &str, candidates: &[String]) -> String {
    format!(
        "”{word}” är början på flera id: {}. Ange fler tecken.",
        candidates.join(", ")
    )
}

pub fn deleted_already(kind: EntityKind, id: &str) -> String {
    format!("{} {id} är redan borttagen.", kind.label_sv())
}

pub fn created(kind: EntityKind, id: &str) -> String {
    format!("{} sparad: {id}", new_sv(kind))
}

pub fn edited(kind: EntityKind, id: &str, n: usize) -> String {
    match n {
        0 => format!(
            "Inget ändrades i {} {id}: värdena var redan sådana.",
            kind.label_sv()
        ),
        1 => format!("1 fält ändrades i {} {id}.", kind.label_sv()),
        n => format!("{n} fält ändrades i {} {id}.", kind.label_sv()),
    }
}

pub fn nothing_to_edit() -> String {
    "Ange minst ett fält att ändra, t.ex. --name NYTT_NAMN. Se lagesbild edit --help.".into()
}

pub fn deleted(kind: EntityKind, id: &str) -> String {
    format!(
        "{} {id} är borttagen (lagesbild history {id} visar den).",
        capital(kind.label_sv())
    )
}

pub fn deactivated(kind: EntityKind, id: &str) -> String {
    format!(
        "{} {id} är inaktiverad: den finns inte längre i valen, men finns kvar i historik och rapporter.",
        capital(kind.label_sv())
    )
}

pub fn list_empty(kind: EntityKind) -> String {
    format!("Det finns {} ännu.", kind.none_sv())
}

pub const LIST_HEADERS: [&str; 4] = ["Id", "Namn", "Aktiv", "Klass"];

pub fn edit_label(kind: EntityKind, id: &str) -> String {
    format!("Ändrade {} {id}", kind.label_sv())
}

pub fn new_label(kind: EntityKind) -> String {
    new_sv(kind)
}

pub fn delete_label(kind: EntityKind, id: &str, deactivate: bool) -> String {
    if deactivate {
        format!("Inaktiverade {} {id}", kind.label_sv())
    } else {
        format!("Tog bort {} {id}", kind.label_sv())
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
