# Postkommandona (lagesbild new, edit, delete, list): meddelanden och fel.
# $kind är postens slag ("område"); $none är "inget område" eller "ingen åtgärd" (entity-none).

cli-messages-intern-notice = Posten är intern: den lämnar aldrig den här kopian (inte i paket till partner, inte i exporter).
# Ett fälts etikett, som formuläret visar den
cli-messages-label = { $label }
# "Ett nytt område", "En ny åtgärd" ($gender: "neuter" eller "common")
cli-messages-a-new = { $gender ->
        [neuter] Ett nytt
       *[common] En ny
    } { $kind }
cli-messages-personal-data = Texten i fältet ”{ $label }” (--{ $flag }) ser ut att innehålla personuppgifter: { $warning } Skriv om texten utan dem, eller bekräfta med --confirm-personal-data att den ska sparas så. Inget har ändrats.
# $word: posttypens ord på kommandoraden
cli-messages-no-such-flag = --{ $flag }: en { $kind } har inget sådant fält. Se lagesbild new { $word } --help. Inget har ändrats.
# $expects: expects-integer eller expects-number
cli-messages-not-a = ”{ $value }” är inte { $expects }
cli-messages-not-yes-no = ”{ $value }” är varken ja eller nej
cli-messages-unknown-code = ”{ $value }” är ingen giltig kod (giltiga: { $valid })
cli-messages-unknown-term = ”{ $value }” finns inte i { $vocabulary } (giltiga: { $valid })
cli-messages-no-such-record = det finns { $none } som heter eller har id ”{ $value }”
cli-messages-no-such-record-but = det finns { $none } som heter eller har id ”{ $value }” (finns: { $candidates })
cli-messages-ambiguous-name = flera poster av typen { $kind } heter ”{ $value }”: { $candidates }; ange id i stället
cli-messages-unknown-kind = ”{ $word }” är ingen posttyp. Posttyper: { $kinds }.
cli-messages-not-an-id = ”{ $word }” är inget id. Ange minst de första 8 tecknen av ett id som lagesbild list visar det.
cli-messages-no-record-with = Det finns ingen post vars id börjar med ”{ $word }”. Se lagesbild list <posttyp>.
cli-messages-ambiguous-id = ”{ $word }” är början på flera id: { $candidates }. Ange fler tecken.
cli-messages-deleted-already = { $kind } { $id } är redan borttagen.
# "Nytt område sparad", "Ny åtgärd sparad"
cli-messages-created = { $gender ->
        [neuter] Nytt
       *[common] Ny
    } { $kind } sparad: { $id }
cli-messages-edited = { $count ->
        [0] Inget ändrades i { $kind } { $id }: värdena var redan sådana.
        [one] 1 fält ändrades i { $kind } { $id }.
       *[other] { $count } fält ändrades i { $kind } { $id }.
    }
cli-messages-nothing-to-edit = Ange minst ett fält att ändra, t.ex. --name NYTT_NAMN. Se lagesbild edit --help.
cli-messages-deleted = { $kind } { $id } är borttagen (lagesbild history { $id } visar den).
cli-messages-edit-deleted = { $kind } { $id } är borttagen och ändras inte (lagesbild history { $id } visar den). Inget har ändrats.
cli-messages-deactivated = { $kind } { $id } är inaktiverad: den finns inte längre i valen, men finns kvar i historik och rapporter.
cli-messages-list-empty = Det finns { $none } ännu.
# Ett skäl som en tolk som programmet delar med TUI:n redan formulerat (positionsfältet)
cli-messages-reason = { $reason }

## clap:s fel (cli::clap_sv); $arg är flaggan eller argumentet
cli-clap-did-you-mean = { " " }Menade du { $suggestion }?
cli-clap-no-command = Ange ett kommando.
cli-clap-unknown-argument = Okänd flagga eller okänt argument: { $arg }.{ $suggestion }
cli-clap-unknown-command = Okänt kommando: { $arg }.{ $suggestion }
cli-clap-valid-values = { " " }Giltiga värden: { $values }.
cli-clap-needs-value = { $arg } behöver ett värde.{ $valid }
cli-clap-bad-value = Värdet ”{ $value }” går inte att använda för { $arg }.{ $valid }
cli-clap-reason = : { $reason }
cli-clap-invalid-value = Värdet ”{ $value }” går inte att använda för { $arg }{ $reason }.
cli-clap-missing = Det saknas: { $arg }.
cli-clap-conflict = { $arg } kan inte användas tillsammans med { $other }.
cli-clap-wrong-count = Fel antal värden för { $arg }.
cli-clap-not-utf8 = Kommandoraden innehåller tecken som inte går att läsa (inte UTF-8).
cli-clap-unreadable = Kommandoraden går inte att tolka.
cli-lang-invalid = ange sv eller en

## Utdata
cli-output-failed = Kunde inte skriva utdata: { $reason }
# $reason: serde_json:s egna ord
cli-json-failed = Kunde inte skriva JSON: { $reason }
cli-unknown-format = okänt format ”{ $format }”
