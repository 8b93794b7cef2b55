# Domänens meddelanden: personuppgiftskontrollen, fältens värden, veckor och datum, rättigheter.

## Personuppgiftskontrollens varning
# $list: vad som hittades (pii-found-item, åtskilda med komma)
pii-warning = Texten kan innehålla personuppgifter: { $list }. Beskriv platser och situationer, inte personer.
pii-found-item = { $kind } (”{ $excerpt }”)
pii-found-more = { " " }och { $count } till
pii-kind-personnummer = personnummer
pii-kind-plate = registreringsnummer
pii-kind-phone = telefonnummer
pii-kind-email = e-postadress
pii-kind-name = namn

## Veckor, datum och tider som inte går att läsa (domain::week)
error-time-week = ”{ $text }” är ingen vecka. Skriv till exempel 2026-W47 eller v. 47.
error-time-week-out-of-range = Vecka { $week } finns inte år { $year } (året har { $max } veckor).
error-time-date = ”{ $text }” är inget datum. Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2026-11-19.
error-time-time = ”{ $text }” är ingen tid. Skriv till exempel 9, 9.00, 09:00 eller 0900.
error-time-time-or-period = ”{ $text }” är varken en tid eller en del av dygnet. Skriv till exempel 21.30, eller morgon, dag, kväll eller natt.

## Åtgärdens status (domain::action); utan punkt på slutet, den sätts av meningen runt
# $hint: error-action-decide-first, error-action-propose-again eller error-action-no-hint
error-action-status-change = Status kan inte ändras från ”{ $from }” till ”{ $to }”{ $hint }
error-action-decide-first = . Besluta eller påbörja åtgärden först
error-action-propose-again = . Föreslå åtgärden på nytt först
error-action-no-hint = { "" }

## Övriga värden som inte går att läsa
error-period = ”{ $text }” är ingen period. Skriv ett år (2026), en tertial (2026-T3), ett kvartal (2026-Q4), en månad (2026-11) eller en vecka (2026-W47).
error-vocab-unknown-value = ”{ $value }” är inget giltigt värde för { $vocabulary }. Giltiga värden: { $valid }.
error-position = ”{ $value }” är ingen position: skriv latitud och longitud med komma emellan, t.ex. 59.2391, 18.2297
error-digest-length = fel längd på kontrollsumma
# Sparas som vem som gjort ändringen när inget namn finns: alltid på svenska
store-unknown-actor = okänd
# En polistyp som ingen av våra händelsetyper motsvarar
police-type-unknown = okänd typ: { $police_type }
