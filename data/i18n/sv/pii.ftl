# Personuppgiftskontrollen (docs/personuppgifter.md): det som sägs när text som kan innehålla
# personuppgifter stoppas eller ska bekräftas.

## Paket till en partner
# "iakttagelse 3f2a9c1e, fältet beskrivning: namn (”Kalle”)"
pii-bundle-record = { $kind } { $id }, fältet { $field }: { $found }
pii-bundle-more = och { $count } till
pii-bundle-refused = Paketet skrevs inte: text som kan innehålla personuppgifter lämnar aldrig kopian obekräftad. { $records }. Skriv om texten så att den beskriver platser och situationer, eller bekräfta i programmet att den inte pekar ut någon person, och exportera sedan igen.

## Spara ett formulär: en bekräftelse per fält, som namnger det som hittades
# "Beskrivning: namn (”Kalle”), telefonnummer (”070-…”)"
pii-field-found = { $field }: { $found }
pii-form-warning = Texten kan innehålla personuppgifter — { $fields }. Beskriv platser och situationer, inte personer.
# Efter det som hittades, när texten redan har skrivits om men den gamla lydelsen finns i ändringarna som skickas.
pii-bundle-earlier-wording = i en tidigare lydelse som finns kvar i ändringsloggen och skickas med även om texten rättats eller posten tagits bort; läs lydelsen i historiken (h) och bekräfta posten om den inte pekar ut någon person

## Granskningskön: en iakttagelse (också från en partners paket) vars text flaggas
pii-review-flag = ⚠ Kan innehålla personuppgifter: { $found }. Granska texten innan den förs in i lägesbilden.
