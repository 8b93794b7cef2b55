# Fel med polisens händelseflöde (sources/polisen): vad som var fel, var, och vad man gör.

error-polisen-read-file = Kunde inte läsa filen { $path } ({ $reason }). Kontrollera sökvägen och att det är ett sparat svar från polisens händelseflöde.
error-polisen-empty = Filen är tom. Spara svaret från polisens händelseflöde (polisen.se/api/events) på nytt och försök igen.
error-polisen-truncated = Filen tar slut mitt i (rad { $line }, kolumn { $column }): den verkar avkortad. Spara eller hämta svaret från polisen.se på nytt. Inget har lästs in.
error-polisen-not-json = Filen är inte giltig JSON: fel på rad { $line }, kolumn { $column }. Det är inte ett svar från polisens händelseflöde, eller så har det ändrats. Inget har lästs in.
# $found: vad filen är i stället (error-polisen-kind-…)
error-polisen-not-a-list = Filen har inte händelseflödets form: den ska vara en lista [ … ] med händelser men är { $found }. Inget har lästs in.
# $event: error-polisen-event eller error-polisen-event-with-id; $problem: ett av skälen nedan
error-polisen-shape = Filen har inte händelseflödets form: { $event }, fältet ”{ $field }”: { $problem }. Inget har lästs in.
error-polisen-shape-event = Filen har inte händelseflödets form: { $event }: { $problem }. Inget har lästs in.
error-polisen-event = händelse nr { $number }
error-polisen-event-with-id = händelse nr { $number } (id { $id })
error-polisen-no-municipality = Ange minst en kommun med --municipality NAMN (till exempel --municipality Tyresö), eller spara kommunens namn i inställningarna.
error-polisen-cancelled = Hämtningen av polisens händelser avbröts. Inget lades in.
error-polisen-no-network = Kunde inte nå polisens händelseflöde ({ $url }): { $detail }. Kontrollera internetanslutningen och försök igen, eller spara svaret i en webbläsare och läs in det med lagesbild polisen import FIL.
error-polisen-http-status = Polisens händelseflöde ({ $url }) svarade med felkod { $status }. Försök igen om en stund.
error-polisen-download = Svaret från polisens händelseflöde kunde inte läsas: { $detail }. Försök igen om en stund.
error-polisen-rate-limited = Polisen ber att flödet inte hämtas oftare än var tionde sekund och högst 60 gånger i timmen. Nästa hämtning går att göra kl. { $next } (om { $wait_s } s).
error-polisen-already-promoted = Polishändelse { $police_id } är redan förd till lägesbilden som iakttagelse { $observation }. Öppna den iakttagelsen i stället.
error-polisen-unknown-type = Polishändelse { $police_id } har typen ”{ $police_type }”, som inte motsvarar någon av våra händelsetyper. Ange händelsetyp med --type NAMN.
error-polisen-personal-data = Polishändelse { $police_id }: { $warning } Sammanfattningen blir iakttagelsens beskrivning. Kontrollera den och ange --confirm för att ändå föra in den.
error-polisen-no-such-event = Det finns ingen inläst polishändelse med id { $id }. Läs in flödet först med lagesbild polisen import eller fetch.
error-polisen-no-organisation = Ange vems iakttagelsen är med --org NAMN (eller spara den egna organisationen i inställningarna).

## Vad ett fält i flödet höll i stället för det väntade
error-polisen-kind-null = null
error-polisen-kind-bool = ett sanningsvärde
error-polisen-kind-number = ett tal
error-polisen-kind-text = en text
error-polisen-kind-list = en lista
error-polisen-kind-object = ett objekt

## Vad som är fel i en händelse
error-polisen-field-missing = fältet saknas
error-polisen-not-text = ska vara en text men är { $found }
error-polisen-not-object = ska vara ett objekt { "{" } … { "}" } men är { $found }
error-polisen-not-integer = ska vara ett heltal men är { $found }
error-polisen-not-integer-number = ska vara ett heltal men är { $number }
error-polisen-not-a-time = ”{ $datetime }” är ingen tidpunkt av formen ÅÅÅÅ-MM-DD T:MM:SS +HH:MM
error-polisen-not-location = ska vara ett objekt { "{" } name, gps { "}" }
error-polisen-no-place = ”{ $name }” säger inte var händelsen inträffade

## Varför flödet inte gick att nå eller läsa
error-polisen-detail-stopped = hämtningen avbröts oväntat
error-polisen-detail-too-large = svaret är större än väntat
error-polisen-detail-stopped-answering = servern slutade svara mitt i
error-polisen-detail-host-not-found = adressen hittades inte
error-polisen-detail-connection-failed = anslutningen misslyckades
error-polisen-detail-timeout = servern svarade inte i tid
error-polisen-detail-refused = anslutningen nekades
error-polisen-detail-reset = anslutningen bröts
error-polisen-detail-unreachable = adressen gick inte att slå upp eller nätverket går inte att nå
# $detail: nätverksbibliotekets egna ord (engelska)
error-polisen-detail-other = { $detail }
