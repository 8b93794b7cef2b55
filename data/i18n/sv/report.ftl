# Rapporter och exporter: minnesanteckningar, åtgärdsplan, årsrapport, kalender, kalkylblad.

## Gemensamt för alla dokument
report-generated = Skapad { $date } kl. { $time } med lagesbild.
report-internal-notice = OBS! Dokumentet innehåller poster klassade INTERN (--include-internal). Det får inte lämna organisationen.
stamp-oppen = Informationsklass: ÖPPEN
stamp-begransad = Informationsklass: BEGRÄNSAD – endast för samverkansparterna
stamp-intern = Informationsklass: INTERN – får inte lämna organisationen
# "pågår – försenad"
action-overdue = { $status } – försenad
week-short = v. { $week }

## Kolumnrubriker
column-number = Nr
column-action = Åtgärd
column-responsible = Ansvarig
column-responsible-organisation = Ansvarig organisation
column-status = Status
column-comment = Kommentar
column-due = Klart senast
column-week = Vecka
column-place = Plats
column-date = Datum
column-time = Tid
column-event-type = Händelsetyp
column-observation = Iakttagelse
column-reporter = Rapportör
column-organisation = Organisation
column-function = Funktion
column-presence = Närvaro

## Minnesanteckningar
minutes-title-minnesanteckningar = Minnesanteckningar
minutes-title-motesanteckningar = Mötesanteckningar
minutes-title-protokoll = Protokoll
minutes-subtitle = { $group } – gemensam lägesbild, vecka { $week }
minutes-header-dnr = { $date } · Dnr { $dnr }
minutes-approved-on = Justerad { $date }
minutes-approved = Justerad
minutes-draft = Utkast
minutes-field-date = Datum
minutes-date-value = { $date } ({ $weekday }, vecka { $week })
minutes-field-time = Tid
minutes-field-place = Plats
minutes-field-chair = Ordförande
minutes-field-note-taker = Antecknare
minutes-field-adjuster = Justerare
minutes-field-dnr = Dnr
minutes-field-status = Status
minutes-present = Närvarande
minutes-no-attendance = Ingen närvaro är registrerad.
minutes-partly-until = delvis, t.o.m. § { $item }
minutes-partly = delvis
minutes-present-value = närvarande
minutes-apologies = Anmält förhinder
minutes-adjunct = Adjungerade
minutes-follow-up-caption = Uppföljning av tidigare beslutade åtgärder
minutes-open-earlier-caption = Öppna åtgärder från tidigare möten
minutes-no-open-earlier = Inga öppna åtgärder från tidigare möten.
minutes-priority-line = { $area } – { $level } { $arrow }
minutes-priority-line-spots = { $area } – { $level } { $arrow }; hot spots: { $spots }
minutes-no-priorities = Inga områden prioriterades.
minutes-priorities = Prioriterade områden till nästa vecka:
minutes-next-meeting = Nästa möte: { $weekday } { $date } { $time }, { $place }.
minutes-next-undecided = Nästa möte är inte bestämt.
minutes-action-list = Åtgärdslista
minutes-no-new-actions = Inga nya åtgärder beslutades.
minutes-period = Period { $period }. Lägesbilden beskriver platser och situationer, inte personer.
minutes-other-areas = Övriga områden
minutes-decided = Gruppen beslutade om { $count ->
    [one] en åtgärd
   *[other] { $count } åtgärder
}; se åtgärdslistan.
minutes-decision = Beslut:
minutes-notes = Anteckningar
minutes-signed-note-taker = Vid anteckningarna
minutes-signed-adjuster = Justeras
minutes-distribution = Sändlista

## Ett område i minnesanteckningarnas lägesbild
area-level = Läge
area-level-value = { $level } – trend { $arrow } { $trend }
area-priority = Prioriterat
area-priority-rank = ja (nr { $rank })
area-key-event-types = Centrala händelsetyper
area-hot-spots = Hot spots
area-not-assessed = inte bedömt
area-observations = Iakttagelser
area-no-observations = inga under perioden
area-observation-count = { $count } st: { $kinds }
area-observations-caption = Iakttagelser i { $area } { $period }

## Sidnummer i Word-dokument: "Sida 1 (3)"; före, mellan och efter sidans och dokumentets nummer
report-page-before = {"Sida "}
report-page-between = {" ("}
report-page-after = )

## Åtgärdsplan
# Hur ofta planen följs upp; små tal i ord, som svensk text vill ha dem
plan-review-interval = { $months ->
    [1] varje månad
    [2] varannan månad
    [3] var tredje månad
    [4] var fjärde månad
    [5] var femte månad
    [6] var sjätte månad
    [7] var sjunde månad
    [8] var åttonde månad
    [9] var nionde månad
    [10] var tionde månad
    [11] var elfte månad
    [12] en gång om året
   *[other] var { $months }:e månad
}
plan-name = Åtgärdsplan – { $title }
plan-title = Åtgärdsplan – uppföljning
plan-sheet = Åtgärdsplan
plan-field-period = Period
plan-field-decided-by = Beslutad av
plan-field-decision = Beslut
plan-field-decided-on = Beslutsdatum
plan-field-review = Uppföljning
plan-field-as-of = Läge per
plan-empty = Planen har inga punkter ännu.
plan-no-actions = inga åtgärder
# A plan item's heading in the document: "1 Trygg passage genom gångtunneln"
plan-item-heading = { $number } { $title }
plan-item-no-actions = Inga åtgärder ännu.
plan-column-item = Planpunkt
plan-column-problem = Problem
plan-column-cause = Orsak
plan-column-goal = Mål
plan-column-last-follow-up = Senaste uppföljning
plan-column-indicator = Indikator
# "Anmälda skadegörelsebrott: 38 st (utgångsläge 52, mål 35)"
plan-indicator-baseline = utgångsläge { $value }
plan-indicator-target = mål { $value }
plan-indicator-unmeasured = : inget uppmätt värde

## Indikatorer (överenskommelsen och årssammanställningen)
indicator-column-source = Källa
indicator-column-baseline = Utgångsläge
indicator-column-latest = Senaste värde
indicator-column-progress = Utveckling
indicator-unmeasured = inget uppmätt värde
indicator-no-baseline-or-target = utgångsläge eller mål saknas
indicator-reached = målet nått
indicator-on-the-way = på väg mot målet ({ $percent } %)
indicator-unchanged = oförändrat
indicator-wrong-way-falling = fel riktning (minskar)
indicator-wrong-way-rising = fel riktning (ökar)

## Uppföljning av samverkansöverenskommelsen
agreement-name = Uppföljning – { $title }
agreement-title = Uppföljning av samverkansöverenskommelsen
agreement-field-parties = Parter
agreement-field-signed-by = Undertecknad av
agreement-field-signed-on = Undertecknad
agreement-field-revision-due = Revideras senast
agreement-priority = Prioriterat område { $number }: { $title }
agreement-problem-picture = Problembild
agreement-causes = Troliga orsaker
agreement-goals = Mål
agreement-activities = Aktiviteter
agreement-no-activities = Inga aktiviteter är registrerade.
agreement-column-activity = Aktivitet
agreement-column-scope = Omfattning
agreement-indicators = Indikatorer
agreement-no-indicators = Inga indikatorer är kopplade till överenskommelsens mål.
agreement-promises = Medborgarlöften
agreement-no-promises = Inga medborgarlöften är registrerade.
agreement-field-basis = Underlag
agreement-field-places = Platser

## Kalendern (ICS)
calendar-name = Lägesbild – möten och åtgärder
calendar-meeting-description = Ordförande: { $chair }. Antecknare: { $note_taker }.
calendar-action-summary = Klart senast: { $title }
calendar-action-description = Ansvarig: { $owner }. Status: { $status }. { $stamp }

## Årssammanställningen (bilaga till årsredovisningen, lag 2023:196)
year-title = Brottsförebyggande arbete och trygghet { $year }
year-subtitle = Bilaga till årsredovisningen
year-as-of = Läge per { $date }
year-introduction = Sammanställningen följer upp kommunens ansvar enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete: lägesbild, orsaksanalys, åtgärdsplan och uppföljning. Läge per { $date }.
year-picture-heading = Lägesbild { $year } per område
year-column-area = Område
year-column-observations = Iakttagelser { $year }
year-column-change = Förändring
year-column-top-event-types = Vanligaste händelsetyper
year-column-priority-weeks = Veckor som prioriterat
year-change-new = ny
year-actions = Åtgärder
year-column-done = Genomförda
year-column-ongoing = Pågående
year-column-overdue = Försenade
year-column-cancelled = Inställda
year-column-total = Totalt
year-overdue-caption = Försenade åtgärder per { $date }
year-no-indicators = Inga indikatorer är registrerade.
year-chain-heading = Från lägesbild till åtgärd: problem, orsak, åtgärd och uppföljning (lag 2023:196)
year-no-problems = Inga problembilder är registrerade.
year-problem = Problem: { $title }
year-field-description = Beskrivning
year-field-areas = Områden
year-field-evidence = Underlag
year-cause = Orsak ({ $perspective }, { $side }; säkerhet { $certainty }): { $description }
year-goal = Mål:
year-no-actions-for-problem = Inga åtgärder är kopplade till problemet ännu.
