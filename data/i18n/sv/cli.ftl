# Kommandoraden: meddelanden och hjälptexter.

## lagesbild demo
demo-loaded = Demodata för { $municipality } är inläst: vecka { $first_week } { $first_year } till vecka { $last_week } { $last_year } ({ $counts }).
demo-generating = Skapar { $years ->
    [one] ett års
   *[other] { $years } års
} syntetiska veckodata – det tar en stund …
demo-written = { $ops ->
    [one] { $ops } ändring
   *[other] { $ops } ändringar
} skrevs till { $path } på { $seconds } s. Öppna programmet med lagesbild.

## Hjälpen (clap)
cli-help-hint = Skriv lagesbild --help för hjälp.
cli-heading-usage = Användning:
cli-heading-commands = Kommandon
cli-heading-options = Flaggor
cli-heading-arguments = Argument
cli-value-command = KOMMANDO

## Hjälptexter: cli-<kommando>-about, cli-<kommando>-arg-<argument>
cli-about = Gemensam lägesbild för kommunens brottsförebyggande samverkan.
cli-long-about = Gemensam lägesbild för kommunens brottsförebyggande samverkan: veckomötet, åtgärdsplanen, överenskommelsen med polisen och det förebyggande arbetet.
    
    Utan kommando öppnas programmet i terminalen.
cli-arg-db = Databasfilen (annars LAGESBILD_DB, inställningsfilen eller standardplatsen)
cli-arg-lang = Språk: sv eller en
cli-arg-help = Visa hjälp
cli-arg-version = Visa versionen
cli-demo-about = Läs in demodata (en påhittad kommun) för att prova programmet
cli-demo-arg-years = Skapa i stället N års syntetiska veckodata i realistisk volym (för att prova i stor skala)
cli-check-about = Kontrollera databasen: integritet, referenser och ändringsloggarnas kedjor
cli-check-arg-json = Skriv resultatet som JSON
cli-stats-about = Antal poster per typ
cli-stats-arg-json = Skriv resultatet som JSON
cli-list-about = Lista iakttagelser, åtgärder, möten, prioriteringar eller förebyggande insatser
cli-list-arg-what = Vad som ska listas
cli-list-arg-week = Vecka, t.ex. 2026-W47
cli-list-arg-area = Område (med underområden), t.ex. Lindängsringen
cli-list-arg-status = Status (iakttagelser: granskningsstatus; åtgärder: åtgärdens status)
cli-list-arg-owner = Ansvarig organisation (för iakttagelser: rapporterande organisation)
cli-list-arg-overdue = Bara försenade åtgärder
cli-list-arg-event-type = Händelsetyp (iakttagelser)
cli-list-arg-text = Sök i texten
cli-list-arg-limit = Högst så här många rader (0 = alla)
cli-list-arg-json = Skriv resultatet som JSON
cli-history-about = Visa alla ändringar av en post: när, vem, fält, gammalt → nytt
cli-history-arg-id = Postens id (som det visas i listorna)
cli-history-arg-json = Skriv resultatet som JSON
cli-partner-about = Den här kopians partneridentitet och listan över betrodda partner
cli-partner-init-about = Skapa den här kopians partneridentitet och signeringsnyckel (en gång per kopia)
cli-partner-init-arg-name = Organisationens namn, till exempel "Tyresö kommun"
cli-partner-show-key-about = Visa den här kopians publika nyckel (skicka den till partnerna) och fingeravtrycket (läs upp det per telefon)
cli-partner-new-key-about = Skapa en ny signeringsnyckel när nyckelfilen har försvunnit (och inte finns i någon säkerhetskopia). Partnerna måste sedan lita på den nya nyckeln med partner trust
cli-partner-trust-about = Lita på en partners nyckel: paket signerade med den kan importeras
cli-partner-trust-arg-name = Partnerns namn, till exempel "Lokalpolisområde Nacka"
cli-partner-trust-arg-key = Nyckeln som partnern fick från lagesbild partner show-key
cli-partner-trust-arg-retrust = Lita igen på en nyckel som har återkallats
cli-partner-untrust-about = Sluta lita på en partner. Det som redan importerats finns kvar och går att spåra
cli-partner-untrust-arg-name = Partnerns namn
cli-partner-list-about = Lista betrodda (och återkallade) partner med senaste paket åt båda hållen
cli-partner-list-arg-json = Skriv resultatet som JSON
cli-export-about = Skriv ett signerat utbytespaket till en partner
cli-export-arg-to = Mottagaren: en betrodd partners namn (se lagesbild partner list)
cli-export-arg-output = Filen paketet skrivs till
cli-export-arg-overwrite = Skriv över filen om den redan finns
cli-import-about = Importera ett utbytespaket från en partner (visa först med --dry-run)
cli-import-arg-file = Paketfilen från partnern
cli-import-arg-dry-run = Visa bara vad paketet skulle ändra; ändra ingenting
cli-conflicts-about = Visa och lös konflikter mellan parternas ändringar
cli-conflicts-arg-all = Visa även lösta konflikter
cli-conflicts-arg-json = Skriv resultatet som JSON
cli-conflicts-resolve-about = Lös en konflikt: behåll värdet som gäller nu, eller ta det andra
cli-conflicts-resolve-arg-id = Konfliktens id (de första tecknen räcker)
cli-conflicts-resolve-arg-keep = Behåll värdet som gäller nu (vid borttagning: låt posten vara borttagen)
cli-conflicts-resolve-arg-take-other = Ta det andra värdet (vid borttagning: återställ posten med ändringen)
cli-minutes-about = Skriv minnesanteckningar från ett möte (Word, HTML eller Markdown)
cli-minutes-arg-meeting = Mötet: ett datum (2026-11-19), en vecka (2026-W47) eller ett id
cli-minutes-arg-format = Format: docx, html eller md
cli-minutes-arg-title = Rubrik: Minnesanteckningar (standard), Mötesanteckningar eller Protokoll
cli-minutes-arg-output = Filen att skriva (annars ett standardnamn i aktuell mapp)
cli-minutes-arg-include-internal = Ta med poster klassade intern (dokumentet märks då på varje sida)
cli-minutes-arg-overwrite = Skriv över filen om den redan finns
cli-report-about = Skriv rapporter: åtgärdsplanen, kalendern, uppföljningen av överenskommelsen, årssammanställningen
cli-report-plan-about = Åtgärdsplanen för uppföljning (Excel, CSV, Markdown, HTML eller Word)
cli-report-plan-arg-plan = Planen: titelns början eller id (annars den senaste planen)
cli-report-plan-arg-format = Format: xlsx, csv, md, html eller docx
cli-report-plan-arg-output = Filen att skriva (annars ett standardnamn i aktuell mapp)
cli-report-plan-arg-include-internal = Ta med poster klassade intern (dokumentet märks då på varje sida)
cli-report-plan-arg-overwrite = Skriv över filen om den redan finns
cli-report-calendar-about = Nästa möte och öppna åtgärders kommande slutdatum som kalenderfil (ICS) för Outlook
cli-report-calendar-arg-output = Filen att skriva (annars ett standardnamn i aktuell mapp)
cli-report-calendar-arg-include-internal = Ta med poster klassade intern (dokumentet märks då på varje sida)
cli-report-calendar-arg-overwrite = Skriv över filen om den redan finns
cli-report-agreement-about = Uppföljning av samverkansöverenskommelsen med polisen och medborgarlöftena
cli-report-agreement-arg-agreement = Överenskommelsen: titelns början eller id (annars den senaste)
cli-report-agreement-arg-format = Format: docx, html eller md
cli-report-agreement-arg-output = Filen att skriva (annars ett standardnamn i aktuell mapp)
cli-report-agreement-arg-include-internal = Ta med poster klassade intern (dokumentet märks då på varje sida)
cli-report-agreement-arg-overwrite = Skriv över filen om den redan finns
cli-report-year-about = Årssammanställning: bilaga om brottsförebyggande arbete till årsredovisningen
cli-report-year-arg-year = Året, till exempel 2026
cli-report-year-arg-format = Format: docx, html eller md
cli-report-year-arg-output = Filen att skriva (annars ett standardnamn i aktuell mapp)
cli-report-year-arg-include-internal = Ta med poster klassade intern (dokumentet märks då på varje sida)
cli-report-year-arg-overwrite = Skriv över filen om den redan finns
cli-polisen-about = Polisens öppna händelseflöde: läs in, hämta, lista och för till lägesbilden
cli-polisen-import-about = Läs in ett sparat svar från polisens händelseflöde (polisen.se/api/events)
cli-polisen-import-arg-file = Filen med flödets svar (JSON)
cli-polisen-import-arg-prova = Visa bara vad som skulle läsas in, utan att spara något
cli-polisen-import-arg-kommun = Kommun vars händelser ska sparas, t.ex. Tyresö (kan anges flera gånger; annars kommunen i inställningarna)
cli-polisen-import-arg-json = Skriv resultatet som JSON
cli-polisen-fetch-about = Hämta polisens händelseflöde direkt (högst var tionde sekund, 60 gånger i timmen)
cli-polisen-fetch-arg-kommun = Kommun vars händelser ska sparas, t.ex. Tyresö (kan anges flera gånger; annars kommunen i inställningarna)
cli-polisen-fetch-arg-json = Skriv resultatet som JSON
cli-polisen-list-about = Visa en veckas polishändelser för kommunen
cli-polisen-list-arg-week = Vecka, t.ex. 47 eller 2026-W47 (annars innevarande vecka)
cli-polisen-list-arg-kommun = Kommun (kan anges flera gånger; annars kommunen i inställningarna, annars alla)
cli-polisen-list-arg-json = Skriv resultatet som JSON
cli-polisen-promote-about = För en polishändelse till lägesbilden som iakttagelse på en plats eller ett område
cli-polisen-promote-arg-police-id = Polisens id för händelsen (kolumnen Polis-id i lagesbild polisen list)
cli-polisen-promote-arg-place = Platsen där det hände, t.ex. Lindängstorget
cli-polisen-promote-arg-area = Området, när ingen plats passar
cli-polisen-promote-arg-org = Organisationen som registrerar iakttagelsen (annars den egna organisationen)
cli-polisen-promote-arg-event-type = Händelsetyp, när polisens typ saknar motsvarighet eller ska ersättas
cli-polisen-promote-arg-bekrafta = För in sammanfattningen trots varning om möjliga personuppgifter
cli-polisen-types-about = Koppla om sparade polishändelser till händelsetyper efter ändrade polistyper (alias)

## Värdenas namn i hjälpen
cli-value-fil = FIL
cli-value-namn = NAMN
cli-value-sokvag = SÖKVÄG
cli-value-sprak = SPRÅK
cli-value-n = N
cli-value-id = ID
cli-value-mote = MÖTE
cli-value-nyckel = NYCKEL
cli-value-ord = ORD
cli-value-org = ORG
cli-value-partner = PARTNER
cli-value-plan = PLAN
cli-value-polis-id = POLIS-ID
cli-value-rubrik = RUBRIK
cli-value-status = STATUS
cli-value-typ = TYP
cli-value-vad = VAD
cli-value-vecka = VECKA
cli-value-ar = ÅR
cli-value-overenskommelse = ÖVERENSKOMMELSE
cli-value-format = FORMAT

## Meddelanden från kommandona
cli-wrote = Skrev { $path }.
cli-format-refused = { $document } kan inte skrivas som { $format }. Välj --format { $valid }.
cli-document-minutes = Minnesanteckningarna
cli-document-plan = Åtgärdsplanen
cli-document-agreement = Uppföljningen av överenskommelsen
cli-document-year = Årssammanställningen
cli-stats-column-kind = Posttyp
cli-stats-column-count = Antal
cli-stats-column-deleted = Borttagna
cli-stats-empty = Databasen är tom. Läs in demodata med lagesbild demo.
cli-stats-logs = Ändringsloggen: { $ops ->
    [one] { $ops } operation
   *[other] { $ops } operationer
} från { $origins ->
    [one] { $origins } part
   *[other] { $origins } parter
}. Granskningsloggen: { $audit ->
    [one] { $audit } post
   *[other] { $audit } poster
}. Öppna konflikter: { $conflicts }.
cli-check-of = Kontroll av { $path }
cli-check-ok = Allt stämmer.
cli-check-failed = Kontrollen hittade fel. Återställ från den senaste säkerhetskopian (lagesbild-*.db bredvid databasen) eller kontakta den som förvaltar lagesbild.
cli-check-step = Kontrollerar { $step } …

## lagesbild list
cli-list-filter-refused = Filtret { $flag } gäller inte { $what }. Se lagesbild list --help.
cli-list-observations = iakttagelser
cli-list-actions = åtgärder
cli-list-meetings = möten
cli-list-priorities = prioriteringar
cli-list-measures = förebyggande insatser
cli-list-shown-of = Visar { $shown } av { $total }. Använd --limit 0 för alla, eller filtrera.
cli-list-total = { $total } st.
cli-list-column-type = Typ
cli-list-column-level = Nivå
cli-list-column-area-place = Område/plats
cli-list-column-meeting = Möte
cli-list-column-present = Närvarande org.
cli-list-column-decided = Beslutade åtgärder
cli-list-column-priority = Prioriterat område
cli-list-column-activities = Aktiviteter (genomförda)
cli-list-column-agreement = Överenskommelse
cli-list-column-measure = Insats
cli-list-column-themes = Teman
cli-list-overdue = FÖRSENAD ({ $status })
cli-list-no-observations = Inga iakttagelser matchar.
cli-list-no-actions = Inga åtgärder matchar.
cli-list-no-meetings = Inga möten matchar.
cli-list-no-priorities = Inga prioriterade områden. Finns det en överenskommelse inläst?
cli-list-no-measures = Inga förebyggande insatser matchar.
cli-list-uncovered-themes = Teman utan aktiv insats: { $themes }.

## lagesbild history
cli-history-not-an-id = ”{ $id }” är inget id. Kopiera hela id:t från till exempel lagesbild list … --json.
cli-history-no-record = Det finns ingen post med id { $id } i { $path }.
cli-history-this-copy = den här kopian
cli-history-of = Historik för { $kind } { $id }
cli-history-column-when = Tidpunkt (svensk tid)
cli-history-column-who = Vem
cli-history-column-party = Part
cli-history-column-change = Ändring
cli-history-column-field = Fält
cli-history-column-old-new = Gammalt → nytt
cli-history-created = posten skapades

## lagesbild conflicts
cli-conflicts-none = Inga olösta konflikter.
cli-conflicts-column-id = Id
cli-conflicts-column-record = Post
cli-conflicts-column-current = Gäller nu
cli-conflicts-column-other = Det andra
cli-conflicts-open = olöst
cli-conflicts-resolved = löst
cli-conflicts-how = Lös med lagesbild conflicts resolve ID --keep eller --take-other.
cli-conflicts-choose = Ange --keep (behåll värdet som gäller nu) eller --take-other (ta det andra).
cli-conflicts-ambiguous = Hittar { $count } olösta konflikter som börjar med ”{ $id }”. Se listan med lagesbild conflicts och ange fler tecken av id:t.
cli-conflicts-done = Konflikten i { $kind } ”{ $title }” ({ $field }) är löst.

## lagesbild partner
cli-partner-now = Den här kopian är nu { $name }.
cli-partner-key-file = Nyckelfil: { $path } (håll den hemlig och ta med den i säkerhetskopian).
cli-partner-new-key-saved = Ny nyckel för { $name } sparad i { $path } (håll den hemlig och ta med den i säkerhetskopian).
cli-partner-send-new-key = Skicka den nya nyckeln till varje partner; de kör lagesbild partner trust "{ $name }" NYCKEL och jämför fingeravtrycket med er per telefon.
cli-partner-trusted = { $name } är nu betrodd (fingeravtryck { $fingerprint }). Kontrollera fingeravtrycket med { $name } per telefon.
cli-partner-untrusted = { $name } är inte längre betrodd ({ $count ->
    [one] en nyckel återkallad
   *[other] { $count } nycklar återkallade
}). Det som redan importerats finns kvar.
cli-partner-this-copy = Den här kopian: { $name } (fingeravtryck { $fingerprint })
cli-partner-column-partner = Partner
cli-partner-column-fingerprint = Fingeravtryck
cli-partner-column-received = Senast mottaget
cli-partner-column-sent = Senast skickat
cli-partner-bundle = { $at } ({ $count } ändr.)
cli-partner-revoked = återkallad { $date }
cli-partner-trusted-status = betrodd
cli-partner-none = Inga betrodda partner ännu. Lägg till med lagesbild partner trust NAMN NYCKEL.
cli-partner-conflicts = { $count ->
    [one] En olöst konflikt
   *[other] { $count } olösta konflikter
}: se lagesbild conflicts.
cli-partner-public-key = Publik nyckel (skicka hela raden till partnerna):
cli-partner-fingerprint = Fingeravtryck (läs upp per telefon): { $fingerprint }

## lagesbild import
cli-import-backup = Säkerhetskopia före importen: { $path }
cli-import-conflicts = Lös konflikterna med lagesbild conflicts.

## lagesbild polisen
cli-polisen-preview = Förhandsgranskning: inget sparas. Kör utan --dry-run för att läsa in.
cli-polisen-remapped = Händelsetypen ändrades på { $count ->
    [one] en polishändelse
   *[other] { $count } polishändelser
}.
cli-polisen-read = Läste { $count ->
    [one] en händelse
   *[other] { $count } händelser
} från { $source }; { $kept } gäller { $municipalities }.
cli-polisen-counts = Nya: { $created }, ändrade: { $updated }, oförändrade: { $unchanged }.
cli-polisen-per-municipality = Per kommun: { $counts }.
cli-polisen-unknown-types = Typer utan motsvarande händelsetyp (sparade, visas som ”okänd typ”): { $types }.
cli-polisen-none-for = Inga händelser för { $municipalities } i flödet. Kontrollera stavningen av kommunen; flödet innehåller bara de senaste cirka 500 händelserna i hela landet.
cli-polisen-week = Polishändelser vecka { $week } ({ $source }), { $count } st.
cli-polisen-week-empty = Inga inlästa polishändelser den veckan. Läs in med lagesbild polisen import FIL eller lagesbild polisen fetch.
cli-polisen-column-id = Polis-id
cli-polisen-column-day = Dag
cli-polisen-column-municipality = Kommun
cli-polisen-column-summary = Sammanfattning
cli-polisen-column-promoted = I lägesbild
cli-polisen-where = Ange var händelsen hör hemma med --place NAMN eller --area NAMN.
cli-polisen-promoted = Polishändelse { $police_id } är nu iakttagelse { $id } (källa: { $source }, status: { $status }).

## Fel vid kommandoraden
cli-no-db-place = Hittar ingen plats för databasen. Ange en med --db SÖKVÄG.
cli-export-needs-writer = Exporten registreras i granskningsloggen och behöver därför skriva i databasen.
cli-minutes-title-unknown = ”{ $title }” är ingen rubrik för anteckningarna. Välj Minnesanteckningar, Mötesanteckningar eller Protokoll.
cli-report-year-refused = Det går inte att sammanställa år { $year }: ange ett år från { $first } till { $current }, till exempel lagesbild report year { $current }.

cli-init-about = Lägg upp en ny, tom kopia för din kommun (utan demodata): kommunen, din organisation och de gemensamma begreppen
cli-init-arg-municipality = Kommunen: namn eller kommunkod (t.ex. Tyresö eller 0138)
cli-init-arg-organisation = Din egen organisation, t.ex. "Tyresö kommun, säkerhetsenheten"
cli-init-arg-function = Din funktion, t.ex. trygghetssamordnare (inte ditt namn)

cli-record-new-about = Skapa en ny post: ett område, en plats, en part, ett problem, en åtgärd …
cli-record-edit-about = Ändra fält i en post (ange bara de fält som ska ändras)
cli-record-delete-about = Ta bort en post, eller inaktivera den (--deactivate) om andra poster hänvisar till den
cli-record-id-help = Postens id, som lagesbild list visar det (början räcker om den är unik)
cli-record-deactivate-help = Inaktivera i stället för att ta bort: posten försvinner ur valen men finns kvar i historik och rapporter
cli-record-edit-help = Fälten är desamma som för lagesbild new <posttyp> (se lagesbild new <posttyp> --help), plus --classification och --confirm-personal-data. Ett tomt värde ("") tömmer ett valfritt fält. En lista (t.ex. --partner-orgs) ersätts helt; med + först läggs värdena till: --police-aliases "+Klotter".
cli-record-new-kind-neuter = Nytt { $kind }
cli-record-new-kind-common = Ny { $kind }
cli-record-position-help = Position som den står på en karta: latitud, longitud, t.ex. "59.2391, 18.2297" (i stället för --lat och --lon)
cli-record-classification-value = KLASS
cli-record-classification-help = Informationsklass: oppen (öppen), begransad (begränsad, standard) eller intern. En intern post lämnar aldrig den här kopian: den följer inte med i paket till partner och inte i exporter.
cli-record-confirm-help = Spara fritext som ser ut att innehålla personuppgifter (namn, personnummer, telefon, registreringsnummer) ändå: du har läst varningen och texten ska stå så
cli-record-value-reference = NAMN|ID
cli-record-value-code = KOD
cli-record-value-integer = HELTAL
cli-record-value-number = TAL
cli-record-value-bool = JA|NEJ
cli-record-value-date = ÅÅÅÅ-MM-DD
cli-record-value-time = TT:MM
cli-record-value-week = ÅÅÅÅ-Wvv
cli-record-value-text = TEXT
cli-record-help-reference = { $kind } (namn eller id)
cli-record-help-repeat = ; upprepa flaggan för flera
cli-record-help-term-codes = en kod ur { $vocabulary }, t.ex. { $codes }
cli-record-help-free-text = {" "}— fritext som granskas för personuppgifter
cli-record-help-required = {" "}[krävs]
