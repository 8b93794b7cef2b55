# The screens' own words: titles, list headers, empty states, messages.

tui-police-no-municipality = Kommunen saknas i inställningarna, så polisens händelser kan inte hämtas.
tui-police-nothing-to-promote = Det finns ingen polishändelse att föra in den här veckan.
tui-police-already-promoted = Polishändelse { $id } är redan förd till lägesbilden. Du hittar iakttagelsen i listan (p visar den).
tui-police-no-own-organisation-hint = Den egna organisationen saknas i inställningarna, så iakttagelsen kan inte registreras. Gör om välkomststeget eller läs in demodata.
tui-police-no-own-organisation = Den egna organisationen saknas i inställningarna, så iakttagelsen kan inte registreras.
tui-police-type-option = { $kind } (polisens typ)
tui-choose-option = – välj –
tui-police-promote-title = För in polishändelse { $id } i lägesbilden
tui-field-or-area = eller område
tui-police-choose-place-for-event = Välj en plats eller ett område för händelsen.
tui-police-promoted-saved = Polishändelse { $id } är förd till lägesbilden som iakttagelse (källa: { $source }).
tui-police-unknown-type = Polishändelse { $id } har typen ”{ $kind }”, som inte motsvarar någon av våra händelsetyper. Tryck a igen och välj en händelsetyp.
tui-police-personal-data-question = Polishändelse { $id }: { $warning } Sammanfattningen blir iakttagelsens beskrivning. För in den ändå?
tui-situation-nothing-to-choose = Det finns inga områden eller händelsetyper ännu. Lägg in områden på fliken { $key } Register först.
tui-situation-marked = Iakttagelsen är markerad som { $status }.
tui-exchange-import-cancelled = Importen avbröts innan något ändrades. Säkerhetskopian som togs först finns kvar.
tui-exchange-export-cancelled = Paketet skrevs inte: exporten avbröts. Ingen fil skrevs.
tui-exchange-preview-cancelled = Förhandsvisningen avbröts. Inget importerades.
tui-exchange-named = Den här kopian heter nu { $name } hos partnerna. Läs upp fingeravtrycket när ni byter nycklar.
tui-exchange-kept-current = Konflikten är löst: det nuvarande värdet behålls.
tui-exchange-took-other = Konflikten är löst: det andra värdet gäller nu.
tui-actions-indicator-target = {" "}→ mål { $value }
tui-actions-indicator-baseline = {" "}(utgångsvärde { $value })
tui-actions-no-plan-item = Åtgärden hör inte till någon punkt i en åtgärdsplan.
tui-record-named = { $kind } ”{ $name }”
tui-selected = Vald
tui-column-area = Område
tui-situation-filter-review = granskningskö: nya
tui-situation-filter-escalated = bara särskilda/extraordinära
tui-situation-filter-area = område: { $area }
tui-situation-title = Iakttagelser · { $at } av { $total }{ $more }
tui-situation-escalation = ‼ Eskalering: { $path }
tui-situation-none-match = Inga iakttagelser matchar. c rensar filtren, n lägger till en.
tui-situation-overview-level = {"  "}Läge (senaste lägesbild)
tui-situation-overview-title = Översikt: område × vecka (antal iakttagelser)
tui-police-promoted-mark = ✓ förd
tui-police-source = Källa:{" "}
tui-police-keys = {"  ·  "}{ $back } tillbaka till iakttagelserna  ·  { $promote } för in vald i lägesbilden  ·  { $fetch } hämtar flödet nu
tui-police-none = Inga polishändelser för kommunen den här veckan. { $fetch } hämtar polisens flöde nu.
tui-police-title = Polisens händelser · { $week } · { $municipality } · { $at } av { $total }
tui-police-promoted = ✓ Förd till lägesbilden som iakttagelse.
tui-police-not-promoted = Inte förd till lägesbilden: { $promote } för in den på en plats eller ett område.
tui-police-none-selected = Ingen händelse vald.
tui-police-selected-id = Vald · polisens id { $id } · källa: { $source }
tui-police-selected = Vald · källa: { $source }
tui-overdue-flag = ⚠ FÖRSENAD{" "}
tui-actions-filter-status = status: { $status }
tui-actions-filter-overdue = bara försenade
tui-actions-filter-owner = ansvarig: { $owner }
tui-actions-filter-plan-item = samma planpunkt
tui-actions-title = Åtgärder · { $at } av { $total }
tui-actions-detail-title = Åtgärd och kedja
tui-actions-none-selected = Ingen åtgärd vald.
tui-actions-detail-line = { $status } · ansvarig: { $owner }{ $function } · start { $start } · klart senast { $due }
tui-actions-cause = {"  "}Orsak: { $cause }
tui-actions-plan-item = Planpunkt: { $item } (+{ $count ->
        [one] 1 åtgärd
       *[other] { $count } åtgärder
    }, c visar dem)
tui-actions-goal = Mål: { $goal }
tui-actions-indicator = {"  "}Indikator: { $indicator }
tui-actions-follow-ups = Uppföljningar ({ $count })
tui-step-attendance = Närvaro
tui-step-agenda = Dagordning
tui-step-follow-up = Uppföljning av åtgärder
tui-step-areas = Lägesbild område för område
tui-step-decisions = Beslut och nya åtgärder
tui-step-events = Planerade händelser
tui-step-next-meeting = Nästa möte
tui-step-close = Avsluta och fastställ
tui-meeting-present =
    { $count ->
        [one] 1 organisation närvarande
       *[other] { $count } organisationer närvarande
    } · { $key } växlar · { $hint }
tui-presence-present = [✓] närvarande
tui-presence-partly = [½] delvis
tui-presence-absent = [–] förhinder
tui-presence-unknown = [ ] ej noterad
tui-meeting-decided =
    { $count ->
        [one] 1 åtgärd beslutad på mötet
       *[other] { $count } åtgärder beslutade på mötet
    } · { $key } ny åtgärd
tui-meeting-decided-row = { $marker }{ $title } · { $owner } · { $place } · senast { $due }
tui-meeting-add-event = { $key } lägger till en planerad händelse
tui-meeting-next = Nästa möte: { $date } ({ $week }) { $time } { $place }
tui-meeting-no-next = Inget nästa möte är bokat. { $key } bokar det.
tui-meeting-picture-missing = saknas
tui-meeting-picture-status = Lägesbildens status: { $status }
tui-meeting-close-summary =
    Närvaro noterad för { $present ->
        [one] 1 organisation
       *[other] { $present } organisationer
    } · { $decided ->
        [one] 1 ny åtgärd
       *[other] { $decided } nya åtgärder
    } · { $events ->
        [one] 1 planerad händelse
       *[other] { $events } planerade händelser
    }
tui-meeting-close-key = {" "}avslutar mötet och fastställer lägesbilden.
tui-column-level = Läge
tui-column-trend = Trend
tui-column-week = Vecka
tui-column-mean-4w = Snitt 4v
tui-column-prio-hot-spot = Prio / hot spot
tui-meeting-escalated = {" "}‼ { $count } { $count ->
        [one] särskild
       *[other] särskilda
    }
tui-meeting-open-actions =
    { $count ->
        [one] 1 öppen åtgärd
       *[other] { $count } öppna åtgärder
    }, { $overdue } försenade · { $key } följer upp
tui-meeting-last-note = {" "}· senast: { $note }
tui-meeting-followed-up-now = {" "}Uppföljd nu: { $title } → { $status }
tui-unchanged = oförändrad
tui-meeting-close-nobody-present = Ingen är markerad som närvarande (punkt 1) – protokollet får en tom närvarolista.{" "}
tui-meeting-close-question = { $warning }Avsluta mötet { $date } och fastställa lägesbilden för { $week }? Mötet stängs och lägesbilden blir den fastställda för veckan.
tui-meeting-no-picture = Mötet saknar lägesbild. Avsluta och starta mötet igen.
tui-meeting-level-set = { $area }: läge { $level }
tui-meeting-priority = prioriterat område
tui-meeting-not-priority = inte prioriterat
tui-meeting-no-hot-spot-places = { $area } har inga platser att välja som hot spot.
tui-meeting-start-planned = Inget möte är planerat den här veckan ({ $week }). Starta det planerade mötet { $date } ({ $meeting_week }) nu?
tui-meeting-start-new = Inget möte är planerat den här veckan ({ $week }). Starta ett nytt möte i dag, { $today }?
tui-meeting-started = Mötet har startat.
tui-meeting-started-on = Mötet { $date } ({ $week }) har startat.
tui-meeting-steps-hint = Gå igenom punkterna med { $previous } { $next }.
tui-field-action = Åtgärd
tui-field-responsible = Ansvarig
tui-field-function = Funktion
tui-field-place = Plats
tui-field-due = Klart senast
tui-field-description = Beskrivning
tui-field-follow-up = Uppföljning
tui-field-date = Datum
tui-field-time = Tid
tui-field-event-type = Händelsetyp
tui-field-reported-by = Rapporterad av
tui-field-severity = Allvarlighetsnivå
tui-field-grade = Bedömning
tui-field-classification = Informationsklass
tui-classification-open = öppen: får delas med alla
tui-classification-restricted = begränsad: bara samverkansparterna
tui-classification-intern = intern: lämnar aldrig den här kopian
tui-field-event = Händelse (t.ex. skolavslutning, valborg)
tui-field-event-text = När, var och vad det betyder för samverkan
tui-field-municipality = Kommun
tui-field-own-organisation = Din organisation
tui-field-own-function = Din funktion
tui-onboarding-default-function = trygghetssamordnare
tui-form-new-action = Ny åtgärd
tui-form-follow-up = Följ upp: { $title }
tui-status-unchanged = { $status } (oförändrad)
tui-place-not-in-area = Platsen ligger inte i det valda området.
tui-action-decided = Åtgärden ”{ $title }” beslutades.
tui-follow-up-saved = Uppföljningen sparades (status: { $status }).
tui-onboarding-form-title = Börja tomt: kommunen och din organisation
tui-onboarding-welcome = Välkommen! { $municipality } ({ $code }) är inlagd.
tui-form-saved-on-exchange = Formuläret sparas på fliken Utbyte.
tui-form-saved-on-register = Formuläret sparas på fliken Register.
tui-form-choose-format = Välj ett format.
tui-police-choose-place = Välj en plats eller ett område.
tui-form-planned-event = Planerad händelse
tui-hot-spot-removed-option = { $place } (hot spot: tas bort)
tui-hot-spot-added-option = { $place } (läggs till)
tui-form-hot-spots = Hot spots i { $area }
tui-planned-event-added = Den planerade händelsen lades till.
tui-choose-place = Välj en plats.
tui-the-area = Området
tui-hot-spot-added = { $area }: { $place } är hot spot.
tui-hot-spot-added-among = { $area }: { $place } är hot spot, liksom { $others }.
tui-hot-spot-removed-last = { $area }: { $place } är inte längre hot spot. Inga kvar.
tui-hot-spot-removed = { $area }: { $place } är inte längre hot spot. Kvar: { $others }.
tui-enter-date = Ange ett datum.
tui-next-meeting-after-today = Nästa möte ska ligga efter i dag.
tui-next-meeting-set = Nästa möte är { $date } ({ $week }).
tui-onboarding-demo-loading = Demodata läses in – vänta tills det är klart ({ $cancel } avbryter).
tui-onboarding-demo-question = Läsa in demodata (en påhittad kommun)?
tui-onboarding-title = Välkommen till lagesbild
tui-onboarding-empty = Databasen är tom. Hur vill du börja?
tui-onboarding-demo = Läs in demodata: en påhittad kommun med ett års möten, iakttagelser och åtgärder.
tui-onboarding-start-empty = Börja tomt: ange kommunens namn och din egen organisation.
tui-onboarding-exchange = Utbyte: importera ett paket från en partner (en ny partners kopia).
tui-onboarding-quit = Avsluta.
tui-onboarding-no-personal-data = Skriv aldrig personuppgifter här: beskriv platser och situationer, inte personer.
tui-form-edit-observation = Ändra iakttagelse
tui-form-new-observation = Ny iakttagelse
tui-observation-changed = Iakttagelsen ändrades.
tui-observation-saved = Iakttagelsen sparades.
tui-observation-saved-escalate = Iakttagelsen sparades. { $path }
tui-choose-area = Välj ett område.
tui-choose-event-type = Välj en händelsetyp.
tui-choose-organisation = Välj en organisation.
tui-agreement-revision-overdue = Revideras senast { $date } – REVIDERING FÖRSENAD
tui-agreement-revision = Revideras senast { $date }
tui-agreement-no-revision = Inget revideringsdatum
tui-agreement-revision-line = {"  "}{ $revision } · Uppföljning: { $rule }
tui-agreement-priorities = {"  "}Prioriterade områden
tui-agreement-priority = {"  "}{ $number }. { $title } [{ $status }] · { $count ->
        [one] 1 aktivitet
       *[other] { $count } aktiviteter
    }
tui-agreement-goal = {"       "}Mål: { $goal }
tui-agreement-promise = {"  "}Medborgarlöfte { $from } – { $to }: { $text }
tui-agreement-column-activity = Aktivitet
tui-agreement-column-scope = Omfattning
tui-prevention-coverage = Täckning per tema (preventionsstjärnan): aktiva insatser
tui-prevention-theme-uncovered = {"  "}⚠ { $theme } INGEN aktiv insats ({ $all } totalt)
tui-prevention-theme-covered = {"  "}✓ { $theme } { $active } aktiva av { $all } { $bar }
tui-prevention-no-owner = ingen ansvarig
tui-places-project = { $name } · sedan { $since } · samordnare: { $coordinator }
tui-places-vision = {"  "}Målbild: { $vision }
tui-places-partners = {"  "}Parter: { $partners }
tui-places-goal = {"  "}Mål: { $goal }
tui-finding-has-action = [åtgärd finns]
tui-finding-no-action = [ingen åtgärd – a gör en]
tui-finding-suggestion = {" "}— förslag:{" "}
tui-agreement-title = Samverkansöverenskommelse och medborgarlöften
tui-prevention-title = Förebyggande arbete
tui-places-title = Platssamverkan: projekt, besiktningar och iakttagelser
tui-finding-choose = Välj en iakttagelse från en besiktning (raderna som börjar med •).
tui-finding-already-has-action = Den här iakttagelsen har redan en åtgärd.
tui-register-areas = Områden
tui-register-places = Platser
tui-register-organisations = Organisationer
tui-register-event-types = Händelsetyper
tui-register-detail-title = Vald post
tui-register-setup = Kom igång:
tui-register-setup-done = Kommunen är upplagd: områden, platser, organisationer och ett första möte finns.
tui-register-step-areas = områden
tui-register-step-places = platser
tui-register-step-organisations = organisationer
tui-register-step-first-meeting = första mötet
tui-register-setup-key = {"  "}{ $key } öppnar
tui-register-inactive = inaktiv
tui-register-active = I bruk
tui-register-referred-by = Hänvisas till av
tui-register-no-areas = Inga områden ännu.
tui-register-no-places = Inga platser ännu.
tui-register-no-organisations = Inga organisationer ännu.
tui-register-no-event-types = Inga händelsetyper ännu.
tui-register-nothing-selected = Ingen post är vald.
tui-register-new-hint = { $key } lägger in en ny.
tui-register-ask-delete = Ta bort { $kind } ”{ $name }”? Inget hänvisar till posten, så inget annat påverkas.
tui-register-and-more = och { $count } till
tui-register-ask-deactivate = { $kind } ”{ $name }” kan inte tas bort: { $count ->
        [one] 1 post
       *[other] { $count } poster
    } hänvisar till posten ({ $referrers }). Inaktivera posten i stället? Den försvinner då ur valen men finns kvar i historik och rapporter.
tui-register-own-organisation-stays = Din egen organisation kan inte tas bort eller inaktiveras: kopian hör till den.
tui-register-ask-deactivate-event-type = Händelsetyper tas aldrig bort, bara inaktiveras. Inaktivera ”{ $name }”? Den försvinner då ur valen men finns kvar i historik och rapporter.
tui-register-already-inactive = Posten ”{ $name }” ({ $kind }) är redan inaktiv och finns inte i valen. Den finns kvar eftersom något hänvisar till den.
tui-register-switch-list = {"  "}{ $previous }/{ $next } byter lista
tui-register-title-filtered = { $section } ({ $shown } av { $total })
